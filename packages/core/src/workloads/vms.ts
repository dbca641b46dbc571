import type { Duplex } from "node:stream";
import type { Vm, VmCreate } from "@shipyard/contract";
import type { EventBus } from "../events/event-bus.ts";
import { conflict, DomainError, notFound } from "../shared/errors.ts";
import type { WorkloadHosts } from "./hosts.ts";
import type { VmDriver, VmMetrics, VmSpec, VmStatus } from "./vm-driver-port.ts";

export interface StoredVm {
  id: string;
  name: string;
  hostId: string;
  spec: VmCreate;
  desired: "running" | "stopped";
  createdAt: string;
  updatedAt: string;
}

export interface VmRepository {
  create(vm: { name: string; hostId: string; spec: VmCreate; templateId?: string | undefined }): Promise<StoredVm>;
  get(idOrName: string): Promise<StoredVm | undefined>;
  list(): Promise<StoredVm[]>;
  setDesired(id: string, desired: "running" | "stopped"): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Where VM assets (kernels, initrds, root file systems) may be read from: a user cannot point QEMU at /etc/shadow. */
export interface AssetGuard {
  check(path: string, what: string): Promise<string>;
}

/**
 * MicroVMs, each placed on a host with room and run by that host's VM driver (QEMU; Firecracker
 * where it can run). The database keeps what was asked for; the driver says what is true: a VM that
 * should run but has died is `error`, with its last console output; one on a lost host is `error`
 * saying so.
 */
export class VmService {
  private readonly repo: VmRepository;
  private readonly hosts: WorkloadHosts;
  private readonly assets: AssetGuard;
  private readonly bus: EventBus;

  constructor(deps: { repo: VmRepository; hosts: WorkloadHosts; assets: AssetGuard; bus: EventBus }) {
    this.repo = deps.repo;
    this.hosts = deps.hosts;
    this.assets = deps.assets;
    this.bus = deps.bus;
  }

  async create(input: VmCreate, from: { templateId?: string | undefined } = {}): Promise<Vm> {
    if (await this.repo.get(input.name)) throw conflict(`A VM named ${input.name} already exists.`, "Pick another name.");
    const spec = await checkVmFiles(this.assets, input);
    const host = await this.hosts.place("vm", { vcpus: spec.vcpu, memoryMb: spec.mem_mib }, spec.host_id);
    const driver = await this.hosts.vmDriver(host.id);
    const { host_id: _pinned, ...kept } = spec;
    const stored = await this.repo.create({ name: input.name, hostId: host.id, spec: kept, templateId: from.templateId });
    try {
      await driver.create(toVmSpec(stored.id, kept));
      if (kept.start) {
        await driver.start(stored.id);
        await this.repo.setDesired(stored.id, "running");
      }
    } catch (e) {
      await driver.delete(stored.id).catch(() => undefined);
      await this.repo.delete(stored.id);
      throw e;
    }
    await this.publish(stored.id, "vm.created", { name: input.name, started: kept.start, host_id: host.id });
    return this.get(stored.id);
  }

  private async find(idOrName: string): Promise<StoredVm> {
    const vm = await this.repo.get(idOrName);
    if (!vm) throw notFound("VM", idOrName, "List VMs with GET /v1/vms.");
    return vm;
  }

  /** The driver of the host the VM lives on. */
  private driverOf(vm: StoredVm): Promise<VmDriver> {
    return this.hosts.vmDriver(vm.hostId);
  }

  async get(idOrName: string): Promise<Vm> {
    const vm = await this.find(idOrName);
    let status: VmStatus | undefined;
    let problem: string | undefined;
    try {
      status = await (await this.driverOf(vm)).status(vm.id);
    } catch (e) {
      if (!(e instanceof DomainError && (e.code === "not_found" || e.code === "unavailable"))) throw e;
      problem = e.code === "unavailable" ? e.message : "The hypervisor has no trace of this VM (deleted outside Shipyard?).";
    }
    return this.view(vm, status, problem, await this.hosts.address(vm.hostId));
  }

  async list(): Promise<Vm[]> {
    const all = await this.repo.list();
    return Promise.all(all.map((v) => this.get(v.id)));
  }

  async action(idOrName: string, action: "start" | "stop" | "pause" | "resume" | "ctrl-alt-del"): Promise<Vm> {
    const vm = await this.find(idOrName);
    const d = await this.driverOf(vm);
    if (action === "start") {
      await d.start(vm.id);
      await this.repo.setDesired(vm.id, "running");
    } else if (action === "stop") {
      await this.repo.setDesired(vm.id, "stopped");
      await d.stop(vm.id);
    } else if (action === "pause") await d.pause(vm.id);
    else if (action === "resume") await d.resume(vm.id);
    else await d.ctrlAltDel(vm.id);
    await this.publish(vm.id, `vm.${action}`, { name: vm.name });
    return this.get(vm.id);
  }

  async delete(idOrName: string): Promise<void> {
    const vm = await this.find(idOrName);
    const d = await this.driverOf(vm);
    await d.delete(vm.id).catch((e: unknown) => {
      if (!(e instanceof DomainError && e.code === "not_found")) throw e;
    });
    await this.repo.delete(vm.id);
    await this.publish(vm.id, "vm.deleted", { name: vm.name });
  }

  async metrics(idOrName: string): Promise<VmMetrics> {
    const vm = await this.find(idOrName);
    return (await this.driverOf(vm)).metrics(vm.id);
  }

  async console(idOrName: string): Promise<Duplex> {
    const vm = await this.find(idOrName);
    return (await this.driverOf(vm)).console(vm.id);
  }

  async resolve(idOrName: string): Promise<string> {
    return (await this.find(idOrName)).id;
  }

  private publish(id: string, type: string, data: Record<string, unknown>) {
    return this.bus.publish({ type, resource: { kind: "vm", id }, data, audience: { permission: "workloads:read" } });
  }

  private view(vm: StoredVm, status: VmStatus | undefined, problem: string | undefined, hostAddr: string): Vm {
    let state: Vm["state"] = status?.state ?? "error";
    if (vm.desired === "running" && status && status.state === "stopped") state = "error"; // it died
    return {
      id: vm.id,
      name: vm.name,
      state,
      host_id: vm.hostId,
      host_addr: hostAddr,
      vcpu: vm.spec.vcpu,
      mem_mib: vm.spec.mem_mib,
      kernel_path: vm.spec.kernel_path,
      initrd_path: vm.spec.initrd_path ?? null,
      rootfs_path: vm.spec.rootfs_path ?? null,
      guest_mac: vm.spec.guest_mac ?? null,
      guest_ip: null,
      last_output: state === "running" || state === "paused" ? null : (problem ?? status?.lastOutput ?? null),
      created_at: vm.createdAt,
      updated_at: vm.updatedAt,
    };
  }
}

/** The spec with its kernel, initrd and root file system resolved through the asset guard. */
export async function checkVmFiles<
  T extends { kernel_path: string; initrd_path?: string | undefined; rootfs_path?: string | undefined },
>(assets: AssetGuard, spec: T): Promise<T> {
  return {
    ...spec,
    kernel_path: await assets.check(spec.kernel_path, "kernel_path"),
    ...(spec.initrd_path ? { initrd_path: await assets.check(spec.initrd_path, "initrd_path") } : {}),
    ...(spec.rootfs_path ? { rootfs_path: await assets.check(spec.rootfs_path, "rootfs_path") } : {}),
  };
}

/** A stable locally administered MAC from the VM id, when none was asked for. */
export function macFor(id: string): string {
  let h = 2166136261;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const b = [0x52, 0x54, 0x00, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff];
  return b.map((x) => x.toString(16).padStart(2, "0")).join(":");
}

export function toVmSpec(id: string, s: VmCreate): VmSpec {
  return {
    id,
    vcpus: s.vcpu,
    memoryMb: s.mem_mib,
    kernel: s.kernel_path,
    initrd: s.initrd_path,
    kernelArgs: s.kernel_args,
    drives: s.rootfs_path ? [{ id: "rootfs", path: s.rootfs_path, readOnly: false, root: true }] : [],
    nics: [{ id: "eth0", mode: "user", mac: s.guest_mac ?? macFor(id) }],
    console: true,
  };
}
