import type { Duplex } from "node:stream";
import type { RateLimiter, Snapshot, Vm, VmCreate, VmDrive, VmNic } from "@shipyard/contract";
import type { EventBus } from "../events/event-bus.ts";
import { conflict, DomainError, notFound } from "../shared/errors.ts";
import type { SecretBox } from "./functions.ts";
import type { WorkloadHosts } from "./hosts.ts";
import type { VmDriver, VmMetrics, VmRateLimit, VmSpec, VmStatus } from "./vm-driver-port.ts";

/** A console login: the password sealed (to show it on request) and its crypt hash (for the guest). */
export interface StoredCredentials {
  username: string;
  passwordSealed: string;
  passwordHash: string;
}

/** What the database keeps of a VM's configuration. Rows from before drives/NICs existed have neither. */
export type StoredVmSpec = Omit<VmCreate, "host_id" | "credentials" | "drives" | "nics"> & {
  drives?: VmDrive[] | undefined;
  nics?: VmNic[] | undefined;
  credentials?: StoredCredentials | undefined;
};

export interface StoredVm {
  id: string;
  name: string;
  hostId: string;
  spec: StoredVmSpec;
  desired: "running" | "stopped";
  createdAt: string;
  updatedAt: string;
}

export interface VmRepository {
  create(vm: { name: string; hostId: string; spec: StoredVmSpec; templateId?: string | undefined }): Promise<StoredVm>;
  get(idOrName: string): Promise<StoredVm | undefined>;
  list(): Promise<StoredVm[]>;
  updateSpec(id: string, spec: StoredVmSpec): Promise<void>;
  setDesired(id: string, desired: "running" | "stopped"): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface StoredSnapshot {
  id: string;
  vmId: string;
  vmName: string;
  hostId: string;
  spec: StoredVmSpec;
  snapshotPath: string;
  memFilePath: string | null;
  sizeBytes: number;
  createdAt: string;
}

export interface SnapshotRepository {
  /** A new snapshot id (it names the snapshot's folder on the host). */
  newId(): string;
  create(s: Omit<StoredSnapshot, "createdAt">): Promise<StoredSnapshot>;
  get(id: string): Promise<StoredSnapshot | undefined>;
  listFor(vmId: string): Promise<StoredSnapshot[]>;
  delete(id: string): Promise<void>;
}

/** Turns a console password into the crypt(3) hash the guest checks (SHA-512 `$6$`). */
export interface PasswordCrypt {
  hash(password: string): string;
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
  private readonly snapshots: SnapshotRepository;
  private readonly hosts: WorkloadHosts;
  private readonly assets: AssetGuard;
  private readonly bus: EventBus;
  private readonly secrets: SecretBox;
  private readonly crypt: PasswordCrypt;

  constructor(deps: {
    repo: VmRepository;
    snapshots: SnapshotRepository;
    hosts: WorkloadHosts;
    assets: AssetGuard;
    bus: EventBus;
    secrets: SecretBox;
    crypt: PasswordCrypt;
  }) {
    this.repo = deps.repo;
    this.snapshots = deps.snapshots;
    this.hosts = deps.hosts;
    this.assets = deps.assets;
    this.bus = deps.bus;
    this.secrets = deps.secrets;
    this.crypt = deps.crypt;
  }

  async create(input: VmCreate, from: { templateId?: string | undefined } = {}): Promise<Vm> {
    if (await this.repo.get(input.name)) throw conflict(`A VM named ${input.name} already exists.`, "Pick another name.");
    const checked = await checkVmFiles(this.assets, input);
    const { host_id: pinned, credentials, drives: extraDrives, nics, ...rest } = checked;
    const drives = await this.checkDrives([
      ...(rest.rootfs_path
        ? [{ drive_id: "rootfs", path_on_host: rest.rootfs_path, is_root_device: true, is_read_only: false }]
        : []),
      ...(extraDrives ?? []),
    ]);
    const spec: StoredVmSpec = {
      ...rest,
      drives,
      ...(nics ? { nics } : {}),
      ...(credentials
        ? {
            credentials: {
              username: credentials.username,
              passwordSealed: this.secrets.seal(credentials.password),
              passwordHash: this.crypt.hash(credentials.password),
            },
          }
        : {}),
    };
    const host = await this.hosts.place("vm", { vcpus: spec.vcpu, memoryMb: spec.mem_mib }, pinned);
    const driver = await this.hosts.vmDriver(host.id);
    const stored = await this.repo.create({ name: input.name, hostId: host.id, spec, templateId: from.templateId });
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
    await this.publish(stored.id, "vm.created", { name: input.name, started: spec.start, host_id: host.id });
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

  /** `only`: just these ids (what is shared with a client); their live state is read, no one else's. */
  async list(only?: readonly string[]): Promise<Vm[]> {
    const all = (await this.repo.list()).filter((v) => !only || only.includes(v.id));
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
    else {
      await d.ctrlAltDel(vm.id);
      // the guest reboots, which ends a microVM (-no-reboot): that is a requested stop, not a crash
      await this.repo.setDesired(vm.id, "stopped");
    }
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

  // --- drives and NICs: the driver applies them to a created or stopped VM (it refuses a running one)

  private async checkDrives(drives: VmDrive[]): Promise<VmDrive[]> {
    return Promise.all(
      drives.map(async (d, i) => ({ ...d, path_on_host: await this.assets.check(d.path_on_host, `drives.${i}.path_on_host`) })),
    );
  }

  /** Validates the new configuration with the driver, which applies it at the next start; then records it. */
  private async reconfigure(vm: StoredVm, spec: StoredVmSpec, event: string, data: Record<string, unknown>) {
    const next = { ...spec, rootfs_path: drivesOf(spec).find((d) => d.is_root_device)?.path_on_host };
    await (await this.driverOf(vm)).reconfigure(vm.id, toVmSpec(vm.id, next));
    await this.repo.updateSpec(vm.id, next);
    await this.publish(vm.id, event, { name: vm.name, ...data });
  }

  async drives(idOrName: string) {
    return drivesOf((await this.find(idOrName)).spec).map(driveView);
  }

  async addDrive(idOrName: string, drive: VmDrive) {
    const vm = await this.find(idOrName);
    const drives = drivesOf(vm.spec);
    if (drives.some((d) => d.drive_id === drive.drive_id))
      throw conflict(`VM ${vm.name} already has a drive ${drive.drive_id}.`, "Pick another drive_id, or PATCH the drive.");
    const [checked] = await this.checkDrives([drive]);
    await this.reconfigure(vm, { ...vm.spec, drives: [...drives, checked as VmDrive] }, "vm.drive.added", {
      drive_id: drive.drive_id,
    });
    return driveView(checked as VmDrive);
  }

  async updateDrive(
    idOrName: string,
    driveId: string,
    patch: {
      path_on_host?: string | undefined;
      is_root_device?: boolean | undefined;
      is_read_only?: boolean | undefined;
      rate_limiter?: RateLimiter | null | undefined;
    },
  ) {
    const vm = await this.find(idOrName);
    const drives = drivesOf(vm.spec);
    const current = drives.find((d) => d.drive_id === driveId);
    if (!current) throw notFound(`Drive ${driveId} of VM`, vm.name, `List its drives with GET /v1/vms/${vm.id}/drives.`);
    const { rate_limiter, ...rest } = patch;
    const merged: VmDrive = { ...current, ...definedOnly(rest) };
    if (rate_limiter === null) delete merged.rate_limiter;
    else if (rate_limiter) merged.rate_limiter = rate_limiter;
    const [checked] = await this.checkDrives([merged]);
    await this.reconfigure(
      vm,
      { ...vm.spec, drives: drives.map((d) => (d.drive_id === driveId ? (checked as VmDrive) : d)) },
      "vm.drive.updated",
      { drive_id: driveId },
    );
    return driveView(checked as VmDrive);
  }

  async removeDrive(idOrName: string, driveId: string) {
    const vm = await this.find(idOrName);
    const drives = drivesOf(vm.spec);
    if (!drives.some((d) => d.drive_id === driveId)) throw notFound(`Drive ${driveId} of VM`, vm.name);
    await this.reconfigure(vm, { ...vm.spec, drives: drives.filter((d) => d.drive_id !== driveId) }, "vm.drive.removed", {
      drive_id: driveId,
    });
  }

  async nics(idOrName: string) {
    const vm = await this.find(idOrName);
    return nicsOf(vm.spec).map((n, i) => nicView(vm.id, n, i));
  }

  async addNic(idOrName: string, nic: VmNic) {
    const vm = await this.find(idOrName);
    const nics = nicsOf(vm.spec);
    if (nics.some((n) => n.iface_id === nic.iface_id))
      throw conflict(`VM ${vm.name} already has a NIC ${nic.iface_id}.`, "Pick another iface_id, or PATCH the NIC.");
    await this.reconfigure(vm, { ...vm.spec, nics: [...nics, nic] }, "vm.nic.added", { iface_id: nic.iface_id });
    return nicView(vm.id, nic, nics.length);
  }

  async updateNic(
    idOrName: string,
    nicId: string,
    patch: {
      guest_mac?: string | undefined;
      host_dev_name?: string | null | undefined;
      bridge?: string | null | undefined;
      rx_rate_limiter?: RateLimiter | null | undefined;
      tx_rate_limiter?: RateLimiter | null | undefined;
    },
  ) {
    const vm = await this.find(idOrName);
    const nics = nicsOf(vm.spec);
    const current = nics.find((n) => n.iface_id === nicId);
    if (!current) throw notFound(`NIC ${nicId} of VM`, vm.name, `List its NICs with GET /v1/vms/${vm.id}/nics.`);
    const merged: Record<string, unknown> = { ...current };
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete merged[k];
      else if (v !== undefined) merged[k] = v;
    }
    const next = merged as VmNic;
    await this.reconfigure(vm, { ...vm.spec, nics: nics.map((n) => (n.iface_id === nicId ? next : n)) }, "vm.nic.updated", {
      iface_id: nicId,
    });
    return nicView(vm.id, next, nics.indexOf(current));
  }

  async removeNic(idOrName: string, nicId: string) {
    const vm = await this.find(idOrName);
    const nics = nicsOf(vm.spec);
    if (!nics.some((n) => n.iface_id === nicId)) throw notFound(`NIC ${nicId} of VM`, vm.name);
    await this.reconfigure(vm, { ...vm.spec, nics: nics.filter((n) => n.iface_id !== nicId) }, "vm.nic.removed", {
      iface_id: nicId,
    });
  }

  // --- snapshots: a folder on the VM's host; restoring makes a new VM on that host

  async listSnapshots(idOrName: string): Promise<Snapshot[]> {
    const vm = await this.find(idOrName);
    return (await this.snapshots.listFor(vm.id)).map(snapshotView);
  }

  async snapshot(idOrName: string): Promise<Snapshot> {
    const vm = await this.find(idOrName);
    const id = this.snapshots.newId();
    const info = await (await this.driverOf(vm)).snapshot(vm.id, id);
    const stored = await this.snapshots.create({
      id,
      vmId: vm.id,
      vmName: vm.name,
      hostId: vm.hostId,
      spec: vm.spec,
      snapshotPath: info.dir,
      memFilePath: info.memoryFile,
      sizeBytes: info.sizeBytes,
    });
    await this.publish(vm.id, "vm.snapshot.created", { name: vm.name, snapshot_id: id, size_bytes: info.sizeBytes });
    return snapshotView(stored);
  }

  async restore(snapshotId: string, input: { name: string }): Promise<Vm> {
    const snap = await this.snapshots.get(snapshotId);
    if (!snap) throw notFound("Snapshot", snapshotId, "List a VM's snapshots with GET /v1/vms/:id/snapshots.");
    if (await this.repo.get(input.name)) throw conflict(`A VM named ${input.name} already exists.`, "Pick another name.");
    const driver = await this.hosts.vmDriver(snap.hostId);
    const stored = await this.repo.create({ name: input.name, hostId: snap.hostId, spec: { ...snap.spec, start: true } });
    try {
      await driver.restore(snap.id, { id: stored.id });
      await this.repo.setDesired(stored.id, "running");
    } catch (e) {
      await driver.delete(stored.id).catch(() => undefined);
      await this.repo.delete(stored.id);
      throw e;
    }
    await this.publish(stored.id, "vm.restored", { name: input.name, snapshot_id: snap.id, from_vm: snap.vmName });
    return this.get(stored.id);
  }

  async deleteSnapshot(snapshotId: string): Promise<void> {
    const snap = await this.snapshots.get(snapshotId);
    if (!snap) throw notFound("Snapshot", snapshotId);
    await (await this.hosts.vmDriver(snap.hostId)).deleteSnapshot(snap.id);
    await this.snapshots.delete(snap.id);
    await this.publish(snap.vmId, "vm.snapshot.deleted", { snapshot_id: snap.id });
  }

  /** The console login, with its password unsealed: only for callers allowed to use the console. */
  async shell(idOrName: string) {
    const vm = await this.find(idOrName);
    const c = vm.spec.credentials;
    return {
      username: c?.username ?? "root",
      password: c ? this.secrets.open(c.passwordSealed) : null,
      console_ws: `/v1/vms/${vm.id}/shell/ws`,
    };
  }

  private publish(id: string, type: string, data: Record<string, unknown>) {
    return this.bus.publish({ type, resource: { kind: "vm", id }, data, audience: { permission: "workloads:read" } });
  }

  private view(vm: StoredVm, status: VmStatus | undefined, problem: string | undefined, hostAddr: string): Vm {
    let state: Vm["state"] = status?.state ?? "error";
    if (vm.desired === "running" && status && status.state === "stopped") state = "error"; // it died
    const nics = nicsOf(vm.spec).map((n, i) => nicView(vm.id, n, i));
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
      rootfs_path: drivesOf(vm.spec).find((d) => d.is_root_device)?.path_on_host ?? null,
      guest_mac: nics[0]?.guest_mac ?? null,
      guest_ip: null,
      drives: drivesOf(vm.spec).map(driveView),
      nics,
      shell_username: vm.spec.credentials?.username ?? null,
      last_output: state === "running" || state === "paused" ? null : (problem ?? status?.lastOutput ?? null),
      created_at: vm.createdAt,
      updated_at: vm.updatedAt,
    };
  }
}

const definedOnly = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** A VM's drives; rows from before drives existed have only rootfs_path. */
export function drivesOf(s: StoredVmSpec): VmDrive[] {
  if (s.drives) return s.drives;
  return s.rootfs_path ? [{ drive_id: "rootfs", path_on_host: s.rootfs_path, is_root_device: true, is_read_only: false }] : [];
}

/** A VM's NICs; by default one user-mode `eth0` with guest_mac. */
export function nicsOf(s: StoredVmSpec): VmNic[] {
  if (s.nics) return s.nics;
  return [{ iface_id: "eth0", ...(s.guest_mac ? { guest_mac: s.guest_mac } : {}) }];
}

const driveView = (d: VmDrive) => ({
  drive_id: d.drive_id,
  path_on_host: d.path_on_host,
  is_root_device: d.is_root_device,
  is_read_only: d.is_read_only,
  rate_limiter: d.rate_limiter ?? null,
});

/** The MAC of a NIC: as asked, else stable from the VM id (and the NIC's position). */
const macOf = (vmId: string, n: VmNic, index: number) => n.guest_mac ?? macFor(index === 0 ? vmId : `${vmId}/${n.iface_id}`);

const nicView = (vmId: string, n: VmNic, index = 0) => ({
  iface_id: n.iface_id,
  guest_mac: macOf(vmId, n, index),
  host_dev_name: n.host_dev_name ?? null,
  bridge: n.bridge ?? null,
  rx_rate_limiter: n.rx_rate_limiter ?? null,
  tx_rate_limiter: n.tx_rate_limiter ?? null,
});

const snapshotView = (s: StoredSnapshot): Snapshot => ({
  id: s.id,
  vm_id: s.vmId,
  vm_name: s.vmName,
  host_id: s.hostId,
  snapshot_type: "Full",
  snapshot_path: s.snapshotPath,
  mem_file_path: s.memFilePath,
  size_bytes: s.sizeBytes,
  created_at: s.createdAt,
});

const rateLimit = (r: RateLimiter | undefined): VmRateLimit | undefined =>
  r
    ? {
        ...(r.bandwidth
          ? {
              bandwidth: {
                size: r.bandwidth.size,
                refillTimeMs: r.bandwidth.refill_time,
                oneTimeBurst: r.bandwidth.one_time_burst,
              },
            }
          : {}),
        ...(r.ops ? { ops: { size: r.ops.size, refillTimeMs: r.ops.refill_time, oneTimeBurst: r.ops.one_time_burst } } : {}),
      }
    : undefined;

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

export function toVmSpec(id: string, s: StoredVmSpec): VmSpec {
  return {
    id,
    vcpus: s.vcpu,
    memoryMb: s.mem_mib,
    kernel: s.kernel_path,
    initrd: s.initrd_path,
    kernelArgs: s.kernel_args,
    drives: drivesOf(s).map((d) => ({
      id: d.drive_id,
      path: d.path_on_host,
      readOnly: d.is_read_only,
      root: d.is_root_device,
      rateLimit: rateLimit(d.rate_limiter),
    })),
    nics: nicsOf(s).map((n, i) => ({
      id: n.iface_id,
      mode: n.host_dev_name ? "tap" : "user",
      mac: macOf(id, n, i),
      tap: n.host_dev_name,
      bridge: n.bridge,
      rxRateLimit: rateLimit(n.rx_rate_limiter),
      txRateLimit: rateLimit(n.tx_rate_limiter),
    })),
    ...(s.credentials ? { credentials: { username: s.credentials.username, passwordHash: s.credentials.passwordHash } } : {}),
    console: true,
  };
}
