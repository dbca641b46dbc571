import type { Duplex } from "node:stream";
import type { Vm, VmCreate } from "@shipyard/contract";
import type { EventBus } from "../events/event-bus.ts";
import { conflict, DomainError, notFound } from "../shared/errors.ts";
import type { Clock } from "../shared/ports.ts";
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
 * MicroVMs on this host's VM driver (QEMU; Firecracker where it can run). The database keeps what
 * was asked for; the driver says what is true: a VM that should run but has died is `error`, with
 * its last console output.
 */
export class VmService {
  private readonly repo: VmRepository;
  private readonly driver: VmDriver | undefined;
  private readonly assets: AssetGuard;
  private readonly bus: EventBus;
  private readonly clock: Clock;
  private readonly host: { id: string; addr: string };

  constructor(deps: {
    repo: VmRepository;
    driver: VmDriver | undefined;
    assets: AssetGuard;
    bus: EventBus;
    clock: Clock;
    host: { id: string; addr: string };
  }) {
    this.repo = deps.repo;
    this.driver = deps.driver;
    this.assets = deps.assets;
    this.bus = deps.bus;
    this.clock = deps.clock;
    this.host = deps.host;
  }

  private engine(): VmDriver {
    if (!this.driver) {
      throw new DomainError("unavailable", "No VM driver can run on this server.", {
        suggestion: "Install QEMU (qemu-system-x86_64); see GET /v1/system for what this host has.",
      });
    }
    return this.driver;
  }

  async create(input: VmCreate, from: { templateId?: string | undefined } = {}): Promise<Vm> {
    const driver = this.engine();
    if (await this.repo.get(input.name)) throw conflict(`A VM named ${input.name} already exists.`, "Pick another name.");
    const spec = await checkVmFiles(this.assets, input);
    const stored = await this.repo.create({ name: input.name, hostId: this.host.id, spec, templateId: from.templateId });
    try {
      await driver.create(toVmSpec(stored.id, spec));
      if (spec.start) {
        await driver.start(stored.id);
        await this.repo.setDesired(stored.id, "running");
      }
    } catch (e) {
      await driver.delete(stored.id).catch(() => undefined);
      await this.repo.delete(stored.id);
      throw e;
    }
    await this.publish(stored.id, "vm.created", { name: input.name, started: spec.start });
    return this.get(stored.id);
  }

  private async find(idOrName: string): Promise<StoredVm> {
    const vm = await this.repo.get(idOrName);
    if (!vm) throw notFound("VM", idOrName, "List VMs with GET /v1/vms.");
    return vm;
  }

  async get(idOrName: string): Promise<Vm> {
    const vm = await this.find(idOrName);
    let status: VmStatus | undefined;
    try {
      status = await this.engine().status(vm.id);
    } catch (e) {
      if (!(e instanceof DomainError && (e.code === "not_found" || e.code === "unavailable"))) throw e;
    }
    return this.view(vm, status);
  }

  async list(): Promise<Vm[]> {
    const all = await this.repo.list();
    return Promise.all(all.map((v) => this.get(v.id)));
  }

  async action(idOrName: string, action: "start" | "stop" | "pause" | "resume" | "ctrl-alt-del"): Promise<Vm> {
    const vm = await this.find(idOrName);
    const d = this.engine();
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
    await this.engine()
      .delete(vm.id)
      .catch((e: unknown) => {
        if (!(e instanceof DomainError && e.code === "not_found")) throw e;
      });
    await this.repo.delete(vm.id);
    await this.publish(vm.id, "vm.deleted", { name: vm.name });
  }

  async metrics(idOrName: string): Promise<VmMetrics> {
    const vm = await this.find(idOrName);
    return this.engine().metrics(vm.id);
  }

  async console(idOrName: string): Promise<Duplex> {
    const vm = await this.find(idOrName);
    return this.engine().console(vm.id);
  }

  async resolve(idOrName: string): Promise<string> {
    return (await this.find(idOrName)).id;
  }

  private publish(id: string, type: string, data: Record<string, unknown>) {
    return this.bus.publish({ type, resource: { kind: "vm", id }, data, audience: { permission: "workloads:read" } });
  }

  private view(vm: StoredVm, status: VmStatus | undefined): Vm {
    let state: Vm["state"] = status?.state ?? "error";
    if (vm.desired === "running" && status && status.state === "stopped") state = "error"; // it died
    return {
      id: vm.id,
      name: vm.name,
      state,
      host_id: vm.hostId,
      host_addr: this.host.addr,
      vcpu: vm.spec.vcpu,
      mem_mib: vm.spec.mem_mib,
      kernel_path: vm.spec.kernel_path,
      initrd_path: vm.spec.initrd_path ?? null,
      rootfs_path: vm.spec.rootfs_path ?? null,
      guest_mac: vm.spec.guest_mac ?? null,
      guest_ip: null,
      last_output: state === "running" || state === "paused" ? null : (status?.lastOutput ?? null),
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
