import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import {
  access,
  constants,
  copyFile,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  stat,
  writeFile,
} from "node:fs/promises";
import { connect } from "node:net";
import { basename, join, resolve } from "node:path";
import type { Duplex } from "node:stream";
import { DomainError, notFound } from "@shipyard/core";
import {
  assertValidVmSpec,
  assertVmSpecSupported,
  restoredVmSpec,
  unsupportedVmFeature,
  VM_SNAPSHOT_MANIFEST,
  type VmDriver,
  type VmDriverAvailability,
  type VmDriverCapabilities,
  type VmHandle,
  type VmMetrics,
  type VmRateLimit,
  type VmRestoreSpec,
  type VmSnapshotInfo,
  type VmSnapshotManifest,
  type VmSpec,
  type VmState,
  type VmStatus,
  type VmStopOptions,
  type VmStopResult,
  type VmTokenBucket,
  vmSnapshotManifestOf,
} from "./port.ts";
import { QmpClient } from "./qmp-client.ts";

export interface QemuVmDriverOptions {
  /** One folder per VM is made below it. Keep it short: unix socket paths are limited to 107 bytes. */
  stateDir: string;
  /** Default `qemu-system-x86_64` from PATH. */
  qemuBinary?: string | undefined;
  /** `tcg` (default) or `kvm`. The KVM device on our CI hosts hangs stock kernels: keep `tcg` unless a KVM boot is proven. */
  accel?: "tcg" | "kvm" | undefined;
  /** Appended to every kernel command line; the default skips TSC calibration, which is slow under TCG. */
  kernelHints?: string | undefined;
  /** Default 10 000 ms. */
  stopTimeoutMs?: number | undefined;
  /** How long saving or loading a snapshot's memory may take; default 120 000 ms. */
  migrationTimeoutMs?: number | undefined;
}

const CAPABILITIES: VmDriverCapabilities = {
  driveRateLimits: true,
  // QEMU has no per-NIC rate limiter for user/tap netdevs: `filter-buffer` only releases queued
  // packets every interval (a delay, not a byte or packet rate).
  nicRateLimits: false,
  snapshots: true,
  tapNetworking: true,
  userNetworking: true,
  adopt: true,
  ctrlAltDel: true,
};

/** QEMU refuses throttling values above this (`THROTTLE_VALUE_MAX`). */
const QEMU_THROTTLE_MAX = 1e15;

/**
 * QEMU `-drive` throttling options for a Firecracker-style token bucket. The average rate is the
 * bucket's refill rate (`size` tokens per `refillTimeMs`). Firecracker lets a full bucket plus the
 * one-time burst through at once; QEMU's leaky bucket lets through either a tenth of a second of the
 * rate (no `-max`) or `max × max-length` at any speed when `max-length` is 1 s. We set `max` (length
 * 1 s) to the Firecracker budget when that is closer, i.e. from about 0.32 s of the rate (the geometric
 * middle of 0.1 s and 1 s) up; `max` cannot be below the rate. One difference remains: QEMU refills the
 * burst at the average rate after an idle time, Firecracker's one-time burst never comes back.
 * Bandwidth tokens are bytes (`bps-total`), ops tokens are requests of any size (`iops-total`).
 */
export const qemuDriveThrottle = (limit: VmRateLimit): Record<string, number> => {
  const out: Record<string, number> = {};
  const map = (bucket: VmTokenBucket | undefined, key: "bps-total" | "iops-total") => {
    if (!bucket) return;
    const rate = Math.max(1, Math.round((bucket.size * 1000) / bucket.refillTimeMs));
    const budget = bucket.size + (bucket.oneTimeBurst ?? 0);
    out[`throttling.${key}`] = rate;
    if (budget >= rate / Math.sqrt(10)) {
      out[`throttling.${key}-max`] = Math.max(rate, budget);
      out[`throttling.${key}-max-length`] = 1;
    }
  };
  map(limit.bandwidth, "bps-total");
  map(limit.ops, "iops-total");
  return out;
};

/** The guest's kernel arguments for console credentials (read by the guest's init; see scripts/build-guest.sh). */
export const credentialKernelArgs = (spec: VmSpec): string =>
  spec.credentials ? `shipyard.user=${spec.credentials.username} shipyard.pwhash=${spec.credentials.passwordHash}` : "";

/** A word for `/bin/sh -c` (QEMU's `exec:` migration URIs run through the shell). */
const shellQuote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

const CTRL_ALT_DEL = ["ctrl", "alt", "delete"].map((data) => ({ type: "qcode", data }));

const CLOCK_TICKS = 100;
const PAGE_KB = 4;

interface CpuSample {
  ticks: number;
  at: number;
  percent: number;
}

/** Several watchers of one VM share a CPU window: a sample younger than this is reused, not re-based. */
const CPU_WINDOW_MS = 500;

interface VmEntry {
  spec: VmSpec;
  dir: string;
  qmp?: QmpClient | undefined;
  pid?: number | undefined;
  started: boolean;
  failed?: string | undefined;
  cpu?: CpuSample | undefined;
  /** A snapshot is being taken: no second one meanwhile. */
  snapshotting?: boolean | undefined;
}

const paths = (dir: string) => ({
  spec: join(dir, "spec.json"),
  qmp: join(dir, "qmp.sock"),
  serial: join(dir, "serial.sock"),
  serialLog: join(dir, "serial.log"),
  pid: join(dir, "qemu.pid"),
  qemuLog: join(dir, "qemu.log"),
});

const SNAPSHOT_MEMORY = "memory.bin";
/** The copy of a drive keeps `.qcow2` (the driver picks the format by that suffix); anything else is raw. */
const driveCopyName = (d: { id: string; path: string }) => `drive-${d.id}${d.path.endsWith(".qcow2") ? ".qcow2" : ".img"}`;

const exists = async (path: string, mode = constants.R_OK) =>
  access(path, mode).then(
    () => true,
    () => false,
  );

const alive = (pid: number | undefined): pid is number => {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // a daemonized QEMU that exited is a zombie until init reaps it (seconds, here): it is gone for us
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const tail = async (path: string, bytes = 4096): Promise<string | undefined> => {
  try {
    const fh = await open(path, "r");
    try {
      const { size } = await fh.stat();
      const start = Math.max(0, size - bytes);
      const buf = Buffer.alloc(size - start);
      await fh.read(buf, 0, buf.length, start);
      return buf.toString("utf8");
    } finally {
      await fh.close();
    }
  } catch {
    return undefined;
  }
};

/** Writes spec.json atomically and private (a spec may hold a password hash). */
const writeSpec = async (dir: string, spec: VmSpec): Promise<void> => {
  const file = paths(dir).spec;
  await writeFile(`${file}.tmp`, JSON.stringify(spec, null, 2), { mode: 0o600 });
  await rename(`${file}.tmp`, file);
};

/** QMP RunState → our state. */
const fromRunState = (status: string): VmState => {
  switch (status) {
    case "running":
      return "running";
    case "shutdown":
      return "stopped";
    case "internal-error":
    case "io-error":
    case "guest-panicked":
      return "error";
    case "prelaunch":
      return "created";
    default:
      return "paused";
  }
};

/**
 * Runs micro-VMs with QEMU's `microvm` machine: one daemonized `qemu-system-x86_64` per VM, driven
 * over QMP, with the serial console on a unix socket (and logged to a file) and virtio-mmio disks and
 * NICs. Everything a VM owns lives in `<stateDir>/<id>/`; `delete` removes it.
 */
export class QemuVmDriver implements VmDriver {
  readonly name = "qemu";
  readonly #stateDir: string;
  readonly #qemu: string;
  readonly #accel: "tcg" | "kvm";
  readonly #kernelHints: string;
  readonly #stopTimeoutMs: number;
  readonly #migrationTimeoutMs: number;
  readonly #vms = new Map<string, VmEntry>();

  constructor(options: QemuVmDriverOptions) {
    this.#stateDir = resolve(options.stateDir);
    this.#qemu = options.qemuBinary ?? "qemu-system-x86_64";
    this.#accel = options.accel ?? "tcg";
    this.#kernelHints = options.kernelHints ?? "tsc_early_khz=2000000 lpj=8000000";
    this.#stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
    this.#migrationTimeoutMs = options.migrationTimeoutMs ?? 120_000;
  }

  capabilities(): VmDriverCapabilities {
    return { ...CAPABILITIES };
  }

  async available(): Promise<VmDriverAvailability> {
    return new Promise((done) => {
      execFile(this.#qemu, ["--version"], { timeout: 5_000 }, (error, stdout) => {
        if (error) done({ available: false, reason: `${this.#qemu} cannot run: ${error.message}` });
        else done({ available: true, reason: stdout.split("\n")[0] });
      });
    });
  }

  async create(spec: VmSpec): Promise<VmHandle> {
    await this.#checkSpec(spec);
    if (this.#vms.has(spec.id)) throw new DomainError("conflict", `VM ${spec.id} already exists.`);
    const dir = await this.#newDir(spec.id);
    await writeSpec(dir, spec);
    this.#vms.set(spec.id, { spec, dir, started: false });
    return { id: spec.id, state: "created" };
  }

  async start(id: string): Promise<void> {
    const vm = this.#get(id);
    if (alive(vm.pid)) throw new DomainError("conflict", `VM ${id} is already running.`, { suggestion: "Stop it first." });
    await this.#launch(vm, []);
  }

  async stop(id: string, options: VmStopOptions = {}): Promise<VmStopResult> {
    const vm = this.#get(id);
    if (!alive(vm.pid)) return { how: "already-stopped" };
    const timeoutMs = options.timeoutMs ?? this.#stopTimeoutMs;
    const qmp = await this.#qmp(vm);
    // A paused guest cannot handle the power button.
    const status = await qmp.execute<{ status: string }>("query-status").catch(() => undefined);
    if (status && fromRunState(status.status) === "paused") await qmp.execute("cont").catch(() => undefined);
    await qmp.execute("system_powerdown").catch(() => undefined);
    if (await this.#waitExit(vm, timeoutMs)) return { how: "graceful" };
    await this.#force(vm);
    return { how: "forced" };
  }

  async pause(id: string): Promise<void> {
    const vm = this.#running(id);
    await (await this.#qmp(vm)).execute("stop");
  }

  async resume(id: string): Promise<void> {
    const vm = this.#running(id);
    await (await this.#qmp(vm)).execute("cont");
  }

  /**
   * Presses Ctrl-Alt-Del on the VM's virtio keyboard (microvm has no i8042 controller; every VM gets a
   * `virtio-keyboard-device`). The guest needs a virtio-input driver and the kernel's VT keyboard
   * handling, which signals init (SIGINT); what happens then is the guest's choice, typically a reboot,
   * which ends the VM (`-no-reboot`).
   */
  async ctrlAltDel(id: string): Promise<void> {
    const vm = this.#running(id);
    const qmp = await this.#qmp(vm);
    const { status } = await qmp.execute<{ status: string }>("query-status");
    if (fromRunState(status) !== "running")
      throw new DomainError("conflict", `VM ${id} is ${fromRunState(status)}; a stopped CPU cannot see keys.`, {
        suggestion: "Resume the VM first.",
      });
    const cmdline = await readFile(`/proc/${vm.pid}/cmdline`, "utf8").catch(() => "");
    if (!cmdline.includes("virtio-keyboard-device"))
      throw unsupportedVmFeature(
        this.name,
        "ctrlAltDel",
        "This VM was started without a keyboard (microvm has no i8042; older drivers added no virtio keyboard): stop and start it once.",
      );
    await qmp.execute("send-key", { keys: CTRL_ALT_DEL });
  }

  async reconfigure(id: string, spec: VmSpec): Promise<void> {
    const vm = this.#get(id);
    if (spec.id !== id)
      throw new DomainError("invalid_input", `The new spec names VM ${spec.id}, not ${id}.`, {
        issues: [{ path: "id", message: `Must stay ${id}; a VM cannot be renamed.` }],
        suggestion: `Set id to ${id}.`,
      });
    if (alive(vm.pid)) {
      const state = (await this.status(id)).state;
      throw new DomainError("conflict", `VM ${id} is ${state}; only a created or stopped VM can be reconfigured.`, {
        suggestion: "Stop the VM first; virtio-mmio devices cannot be hot-plugged.",
      });
    }
    await this.#checkSpec(spec);
    await writeSpec(vm.dir, spec);
    vm.spec = structuredClone(spec);
  }

  async snapshot(id: string, dir: string): Promise<VmSnapshotInfo> {
    const vm = this.#running(id);
    if (vm.snapshotting) throw new DomainError("conflict", `A snapshot of VM ${id} is already being taken.`);
    const qmp = await this.#qmp(vm);
    const { status } = await qmp.execute<{ status: string }>("query-status");
    const before = fromRunState(status);
    if (status !== "running" && status !== "paused")
      throw new DomainError("conflict", `VM ${id} is ${status}; only a running or paused VM can be snapshotted.`, {
        suggestion: "Start or resume it first.",
      });
    const target = resolve(dir);
    if (/[\n\r\0]/.test(target)) throw new DomainError("invalid_input", "A snapshot folder name must be one line.");
    const made = await this.#snapshotDir(target);
    const createdAt = new Date().toISOString();
    const spec = structuredClone(vm.spec);
    const memoryFile = join(target, SNAPSHOT_MEMORY);
    const written: string[] = [];
    vm.snapshotting = true;
    try {
      if (before === "running") await qmp.execute("stop");
      try {
        written.push(memoryFile);
        await qmp.execute("migrate-set-parameters", { "max-bandwidth": 16 * 1024 ** 3 });
        await qmp.execute("migrate", { uri: `exec:cat > ${shellQuote(memoryFile)}` });
        await this.#waitMigration(qmp, `saving VM ${id}`);
        // QEMU has flushed and released the drives when the migration completed: the copies are consistent.
        const drives: VmSnapshotManifest["drives"] = [];
        for (const d of spec.drives) {
          if (d.readOnly) {
            drives.push({ id: d.id });
            continue;
          }
          const file = driveCopyName(d);
          written.push(join(target, file));
          await copyFile(resolve(d.path), join(target, file), constants.COPYFILE_FICLONE);
          drives.push({ id: d.id, file });
        }
        const manifest: VmSnapshotManifest = {
          format: "shipyard-vm-snapshot",
          version: 1,
          driver: this.name,
          createdAt,
          spec,
          memoryFile: SNAPSHOT_MEMORY,
          drives,
        };
        written.push(join(target, VM_SNAPSHOT_MANIFEST));
        // The spec may hold a password hash.
        await writeFile(join(target, VM_SNAPSHOT_MANIFEST), JSON.stringify(manifest, null, 2), { mode: 0o600 });
      } finally {
        // After a migration QEMU holds the drives inactive until `cont`. A VM that was paused gets
        // `cont` and `stop` back to back (it runs for that instant): QEMU 7.2 has no other way to take
        // the drives back, and refuses a second migration from the post-migration state.
        if (before === "running") await qmp.execute("cont");
        else await Promise.all([qmp.execute("cont"), qmp.execute("stop")]);
      }
    } catch (e) {
      for (const f of written) await rm(f, { force: true });
      if (made) await rmdir(target).catch(() => undefined);
      throw e;
    } finally {
      vm.snapshotting = false;
    }
    let sizeBytes = 0;
    for (const f of written) sizeBytes += (await stat(f)).size;
    return { dir: target, memoryFile, sizeBytes, createdAt, spec };
  }

  async restore(snapshotDir: string, restore: VmRestoreSpec): Promise<VmHandle> {
    const from = resolve(snapshotDir);
    if (/[\n\r\0]/.test(from)) throw new DomainError("invalid_input", "A snapshot folder name must be one line.");
    const text = await readFile(join(from, VM_SNAPSHOT_MANIFEST), "utf8").catch((e: Error) => e);
    const manifest = vmSnapshotManifestOf(text, from, this.name);
    const restored = restoredVmSpec(restore, manifest.spec);
    if (this.#vms.has(restored.id))
      throw new DomainError("conflict", `VM ${restored.id} already exists.`, { suggestion: "Pick another id." });
    const dir = join(this.#stateDir, restored.id);
    const copies = new Map(manifest.drives.flatMap((d) => (d.file ? [[d.id, d.file] as const] : [])));
    // Copied drives are checked (and later opened) at their place in the new VM's folder.
    const spec: VmSpec = {
      ...restored,
      drives: restored.drives.map((d) => {
        const file = copies.get(d.id);
        return file ? { ...d, path: join(dir, basename(file)) } : d;
      }),
    };
    const snapshotFiles = [manifest.memoryFile, ...copies.values()].map((f) => join(from, f));
    const missing: Array<{ path: string; message: string }> = [];
    for (const f of snapshotFiles)
      if (!(await exists(f))) missing.push({ path: "snapshotDir", message: `${f} is missing or not readable.` });
    if (missing.length > 0)
      throw new DomainError("invalid_input", `Snapshot ${from} is incomplete: ${missing.map((m) => m.message).join(" ")}`, {
        issues: missing,
        suggestion: "Take the snapshot again.",
      });
    await this.#checkSpec(spec, { skipFiles: new Set(copies.keys()) });
    await this.#newDir(spec.id);
    const vm: VmEntry = { spec, dir, started: false };
    try {
      for (const [driveId, file] of copies) {
        const d = spec.drives.find((x) => x.id === driveId) as VmSpec["drives"][number];
        await copyFile(join(from, file), d.path, constants.COPYFILE_FICLONE);
      }
      await writeSpec(dir, spec);
      await this.#launch(vm, ["-S", "-incoming", "defer"]);
      const qmp = await this.#qmp(vm);
      await qmp.execute("migrate-incoming", { uri: `exec:cat ${shellQuote(join(from, manifest.memoryFile))}` });
      await this.#waitMigration(qmp, `loading snapshot ${from} into VM ${spec.id}`);
      await qmp.execute("cont");
    } catch (e) {
      if (alive(vm.pid)) await this.#force(vm).catch(() => undefined);
      await vm.qmp?.close();
      await rm(dir, { recursive: true, force: true });
      if (e instanceof DomainError) throw e;
      throw new DomainError("unavailable", `Could not restore ${from} into VM ${spec.id}: ${(e as Error).message}`, {
        cause: e,
        suggestion: "The snapshot must come from this QEMU version with the same kernel and initrd files.",
      });
    }
    this.#vms.set(spec.id, vm);
    return { id: spec.id, state: (await this.status(spec.id)).state };
  }

  async status(id: string): Promise<VmStatus> {
    const vm = this.#get(id);
    const lastOutput = vm.failed ?? (await tail(paths(vm.dir).serialLog));
    if (!alive(vm.pid)) {
      return { id, state: vm.failed ? "error" : vm.started ? "stopped" : "created", lastOutput };
    }
    try {
      const reply = await (await this.#qmp(vm)).execute<{ status: string }>("query-status");
      return { id, state: fromRunState(reply.status), pid: vm.pid, lastOutput };
    } catch (e) {
      if (!alive(vm.pid)) return { id, state: "stopped", lastOutput };
      return { id, state: "error", pid: vm.pid, lastOutput: `${lastOutput ?? ""}\nQMP: ${(e as Error).message}` };
    }
  }

  async metrics(id: string): Promise<VmMetrics> {
    const vm = this.#running(id);
    const pid = vm.pid as number;
    let stat: string;
    let status: string;
    try {
      [stat, status] = await Promise.all([readFile(`/proc/${pid}/stat`, "utf8"), readFile(`/proc/${pid}/status`, "utf8")]);
    } catch {
      throw new DomainError("conflict", `VM ${id} stopped while reading its metrics.`);
    }
    // Fields after the command name (which may hold spaces) start at field 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const num = (field: number) => Number(fields[field - 3] ?? 0);
    const ticks = num(14) + num(15);
    const startTicks = num(22);
    const uptime = Number((await readFile("/proc/uptime", "utf8")).split(" ")[0]);
    const now = Date.now();
    const uptimeSeconds = Math.max(0, uptime - startTicks / CLOCK_TICKS);
    let cpuPercent: number;
    if (vm.cpu && now - vm.cpu.at < CPU_WINDOW_MS) cpuPercent = vm.cpu.percent;
    else {
      const previous = vm.cpu ?? { ticks: 0, at: now - uptimeSeconds * 1000 };
      const elapsed = (now - previous.at) / 1000;
      cpuPercent = elapsed > 0 ? ((ticks - previous.ticks) / CLOCK_TICKS / elapsed) * 100 : 0;
      vm.cpu = { ticks, at: now, percent: cpuPercent };
    }
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    const io = await readFile(`/proc/${pid}/io`, "utf8").catch(() => "");
    const ioField = (key: string) => {
      const m = new RegExp(`^${key}: (\\d+)`, "m").exec(io);
      return m ? Number(m[1]) : undefined;
    };
    return {
      cpuPercent: Math.round(cpuPercent * 10) / 10,
      memoryUsedMb: Math.round(((kb("VmRSS") || num(24) * PAGE_KB) / 1024) * 10) / 10,
      memoryLimitMb: vm.spec.memoryMb,
      uptimeSeconds: Math.round(uptimeSeconds * 10) / 10,
      threads: kb("Threads"),
      diskReadBytes: ioField("read_bytes"),
      diskWriteBytes: ioField("write_bytes"),
    };
  }

  async console(id: string): Promise<Duplex> {
    const vm = this.#running(id);
    const socket = connect(paths(vm.dir).serial);
    await new Promise<void>((done, fail) => {
      socket.once("connect", () => done());
      socket.once("error", (e) =>
        fail(new DomainError("unavailable", `Cannot attach to the console of VM ${id}: ${e.message}`, { cause: e })),
      );
    });
    return socket;
  }

  async delete(id: string): Promise<void> {
    const vm = this.#get(id);
    if (alive(vm.pid)) await this.#force(vm);
    await vm.qmp?.close();
    await rm(vm.dir, { recursive: true, force: true });
    this.#vms.delete(id);
  }

  async adopt(id: string): Promise<VmHandle> {
    const known = this.#vms.get(id);
    if (known && alive(known.pid)) return { id, state: (await this.status(id)).state };
    const dir = join(this.#stateDir, id);
    const p = paths(dir);
    let spec: VmSpec;
    try {
      spec = JSON.parse(await readFile(p.spec, "utf8")) as VmSpec;
    } catch {
      throw notFound("VM", id, "Nothing of it is left on this host; create it again.");
    }
    const pid = Number.parseInt(await readFile(p.pid, "utf8").catch(() => ""), 10);
    const vm: VmEntry = { spec, dir, started: true };
    this.#vms.set(id, vm);
    if (!Number.isNaN(pid) && alive(pid)) {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
      if (cmdline.includes(p.qmp)) {
        vm.pid = pid;
        vm.qmp = await QmpClient.connect(p.qmp);
      }
    }
    return { id, state: (await this.status(id)).state };
  }

  /**
   * Drops every QMP connection and forgets the VMs, leaving them running: what an agent does when it
   * shuts down. QEMU's monitor serves one client at a time, so a new driver can only `adopt` after this.
   */
  async detach(): Promise<void> {
    await Promise.all([...this.#vms.values()].map((vm) => vm.qmp?.close()));
    this.#vms.clear();
  }

  async *list(): AsyncIterable<VmHandle> {
    const ids = new Set(this.#vms.keys());
    for (const name of await readdir(this.#stateDir).catch(() => [] as string[])) ids.add(name);
    for (const id of [...ids].sort()) {
      if (this.#vms.has(id)) yield { id, state: (await this.status(id)).state };
    }
  }

  #args(vm: VmEntry): string[] {
    const { spec } = vm;
    const p = paths(vm.dir);
    const rootIndex = spec.drives.findIndex((d) => d.root);
    const userArgs = spec.kernelArgs ?? "";
    const root =
      rootIndex >= 0 && !/\broot=/.test(userArgs)
        ? `root=/dev/vd${String.fromCharCode(97 + rootIndex)} ${spec.drives[rootIndex]?.readOnly ? "ro" : "rw"}`
        : "";
    const append = ["console=ttyS0", "reboot=t", "panic=-1", this.#kernelHints, root, userArgs, credentialKernelArgs(spec)]
      .filter(Boolean)
      .join(" ");
    const args = [
      "-M",
      "microvm",
      "-accel",
      this.#accel,
      "-cpu",
      this.#accel === "kvm" ? "host" : "max",
      "-m",
      String(spec.memoryMb),
      "-smp",
      String(spec.vcpus),
      "-kernel",
      resolve(spec.kernel),
      ...(spec.initrd ? ["-initrd", resolve(spec.initrd)] : []),
      "-append",
      append,
      "-nodefaults",
      "-no-user-config",
      "-display",
      "none",
      "-no-reboot",
      "-name",
      `shipyard-${spec.id}`,
      "-chardev",
      `socket,id=serial0,path=${p.serial},server=on,wait=off,logfile=${p.serialLog},logappend=on`,
      "-serial",
      "chardev:serial0",
      "-qmp",
      `unix:${p.qmp},server=on,wait=off`,
      "-pidfile",
      p.pid,
      "-daemonize",
      // virtio-input is a virtio 1.0 device: microvm's transports default to legacy (0.9.5) mode.
      "-global",
      "virtio-mmio.force-legacy=false",
      // microvm has no i8042 controller: Ctrl-Alt-Del goes through a virtio keyboard.
      "-device",
      "virtio-keyboard-device",
    ];
    for (const d of spec.drives) {
      const format = d.path.endsWith(".qcow2") ? "qcow2" : "raw";
      const throttle = Object.entries(d.rateLimit ? qemuDriveThrottle(d.rateLimit) : {}).map(([k, v]) => `,${k}=${v}`);
      args.push(
        "-drive",
        `id=drive-${d.id},file=${resolve(d.path).replaceAll(",", ",,")},format=${format},if=none,readonly=${d.readOnly ? "on" : "off"}${throttle.join("")}`,
        "-device",
        `virtio-blk-device,drive=drive-${d.id}`,
      );
    }
    for (const n of spec.nics) {
      const netdev =
        n.mode === "user"
          ? `user,id=net-${n.id}`
          : // QEMU opens (and, with the right to, creates) the named tap; it goes away with QEMU unless
            // it was made persistent beforehand. Joining a bridge happens after launch (#plugTaps).
            `tap,id=net-${n.id},ifname=${n.tap},script=no,downscript=no`;
      args.push("-netdev", netdev, "-device", `virtio-net-device,netdev=net-${n.id},mac=${n.mac}`);
    }
    return args;
  }

  /** Validates a spec like `create` does: fields, features, and that its files exist (with the access they need). */
  async #checkSpec(spec: VmSpec, options: { skipFiles?: Set<string> } = {}): Promise<void> {
    assertValidVmSpec(spec);
    if (spec.nics.some((n) => n.rxRateLimit || n.txRateLimit))
      throw unsupportedVmFeature(
        this.name,
        "nicRateLimits",
        "QEMU has no rate limiter for user or tap NICs; shape the tap device on the host (tc), or use the Firecracker driver.",
      );
    assertVmSpecSupported(this.name, CAPABILITIES, spec);
    const tooFast = spec.drives.flatMap((d, i) =>
      d.rateLimit && Object.values(qemuDriveThrottle(d.rateLimit)).some((v) => v > QEMU_THROTTLE_MAX)
        ? [{ path: `drives.${i}.rateLimit`, message: "QEMU throttles at most 10^15 bytes or operations per second." }]
        : [],
    );
    if (tooFast.length > 0)
      throw new DomainError("invalid_input", `VM ${spec.id} has rate limits QEMU cannot express.`, {
        issues: tooFast,
        suggestion: "Lower the bucket sizes or lengthen the refill times.",
      });
    const files: Array<[string, string, boolean]> = [
      ["kernel", spec.kernel, false],
      ...(spec.initrd ? [["initrd", spec.initrd, false] as [string, string, boolean]] : []),
      ...spec.drives.flatMap((d, i) =>
        options.skipFiles?.has(d.id) ? [] : [[`drives.${i}.path`, d.path, !d.readOnly] as [string, string, boolean]],
      ),
    ];
    const missing: Array<{ path: string; message: string }> = [];
    for (const [field, path, writable] of files) {
      if (!(await exists(path, writable ? constants.R_OK | constants.W_OK : constants.R_OK)))
        missing.push({ path: field, message: `${path} does not exist or is not ${writable ? "writable" : "readable"}.` });
    }
    if (missing.length > 0)
      throw new DomainError(
        "invalid_input",
        `VM ${spec.id} refers to missing files: ${missing.map((m) => m.message).join(" ")}`,
        {
          issues: missing,
          suggestion: "Check the kernel, initrd and drive paths on this host.",
        },
      );
  }

  /** Makes `<stateDir>/<id>`; refuses when something is left there or the socket paths would be too long. */
  async #newDir(id: string): Promise<string> {
    const dir = join(this.#stateDir, id);
    if (Buffer.byteLength(paths(dir).serial) > 107)
      throw new DomainError("invalid_input", `State folder ${dir} is too long for unix sockets.`, {
        suggestion: "Configure a shorter stateDir for the QEMU driver.",
      });
    if (await exists(dir))
      throw new DomainError("conflict", `VM ${id} already has host state in ${dir}.`, {
        suggestion: "Adopt or delete it first.",
      });
    await mkdir(dir, { recursive: true });
    return dir;
  }

  /** Creates the snapshot folder or accepts an empty one; says whether it made it. */
  async #snapshotDir(target: string): Promise<boolean> {
    const entries = await readdir(target).catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT") return undefined;
      throw new DomainError("invalid_input", `Cannot use ${target} for a snapshot: ${e.message}`, { cause: e });
    });
    if (entries === undefined) {
      await mkdir(target, { recursive: true });
      return true;
    }
    if (entries.length > 0)
      throw new DomainError("conflict", `Snapshot folder ${target} is not empty.`, {
        suggestion: "Name a new or empty folder; snapshots are never written over.",
      });
    return false;
  }

  /** Starts QEMU for the VM (daemonized) and connects QMP. */
  async #launch(vm: VmEntry, extra: string[]): Promise<void> {
    const p = paths(vm.dir);
    await rm(p.serialLog, { force: true });
    vm.failed = undefined;
    vm.cpu = undefined;
    const args = [...this.#args(vm), ...extra];
    const stderr = await new Promise<string | undefined>((done) => {
      execFile(this.#qemu, args, { timeout: 30_000 }, (error, _stdout, stderrText) => {
        done(error ? `${stderrText || error.message}`.trim() : undefined);
      });
    });
    if (stderr !== undefined) {
      vm.failed = stderr;
      await writeFile(p.qemuLog, `${stderr}\n`);
      throw new DomainError("unavailable", `QEMU could not start VM ${vm.spec.id}: ${stderr}`, {
        suggestion: "Read the QEMU message above; check the kernel, drives and that qemu-system-x86 is installed.",
      });
    }
    vm.pid = Number.parseInt(await readFile(p.pid, "utf8"), 10);
    vm.started = true;
    vm.qmp = await QmpClient.connect(p.qmp);
    try {
      await this.#plugTaps(vm.spec);
    } catch (e) {
      await this.#force(vm);
      throw e;
    }
  }

  /** Brings each tap NIC's device up and, when it names one, into its bridge (`ip link`, CAP_NET_ADMIN). */
  async #plugTaps(spec: VmSpec): Promise<void> {
    for (const n of spec.nics) {
      if (n.mode !== "tap" || !n.tap) continue;
      const steps = [
        ...(n.bridge ? [["link", "set", "dev", n.tap, "master", n.bridge]] : []),
        ["link", "set", "dev", n.tap, "up"],
      ];
      for (const step of steps) {
        const error = await new Promise<string | undefined>((done) =>
          execFile("ip", step, { timeout: 10_000 }, (e, _out, err) => done(e ? `${err || e.message}`.trim() : undefined)),
        );
        if (error !== undefined) {
          throw new DomainError(
            "unavailable",
            `Could not ${n.bridge && step.includes("master") ? `add tap ${n.tap} to bridge ${n.bridge}` : `bring tap ${n.tap} up`}: ${error}`,
            {
              suggestion: n.bridge
                ? `Create the bridge first (ip link add ${n.bridge} type bridge) and run the agent with CAP_NET_ADMIN.`
                : "Run the agent with CAP_NET_ADMIN, or create the tap device beforehand for the agent's user.",
            },
          );
        }
      }
    }
  }

  /** Polls `query-migrate` until the migration (outgoing or incoming) completes; cancels it on timeout. */
  async #waitMigration(qmp: QmpClient, what: string): Promise<void> {
    const deadline = Date.now() + this.#migrationTimeoutMs;
    for (;;) {
      let info: { status?: string; "error-desc"?: string };
      try {
        info = await qmp.execute<{ status?: string; "error-desc"?: string }>("query-migrate");
      } catch (e) {
        throw new DomainError("unavailable", `QEMU stopped answering while ${what}: ${(e as Error).message}`, {
          cause: e,
          suggestion: "QEMU exits when a snapshot does not fit the machine (other kernel, memory size or devices).",
        });
      }
      if (info.status === "completed") return;
      if (info.status === "failed" || info.status === "cancelled")
        throw new DomainError("unavailable", `QEMU failed ${what}: ${info["error-desc"] ?? info.status}.`, {
          suggestion: "Check that the snapshot folder is writable and has room, and that the snapshot is complete.",
        });
      if (Date.now() > deadline) {
        await qmp.execute("migrate_cancel").catch(() => undefined);
        throw new DomainError("timeout", `QEMU took longer than ${this.#migrationTimeoutMs} ms ${what}.`, {
          suggestion: "Give the driver a longer migrationTimeoutMs, or check the disk the snapshot goes to.",
        });
      }
      await sleep(20);
    }
  }

  #get(id: string): VmEntry {
    const vm = this.#vms.get(id);
    if (!vm) throw notFound("VM", id, "Create it, or adopt it if it outlived an agent restart.");
    return vm;
  }

  #running(id: string): VmEntry {
    const vm = this.#get(id);
    if (!alive(vm.pid)) throw new DomainError("conflict", `VM ${id} is not running.`, { suggestion: "Start it first." });
    return vm;
  }

  async #qmp(vm: VmEntry): Promise<QmpClient> {
    if (!vm.qmp || vm.qmp.isClosed) vm.qmp = await QmpClient.connect(paths(vm.dir).qmp);
    return vm.qmp;
  }

  async #waitExit(vm: VmEntry, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!alive(vm.pid)) break;
      await sleep(50);
    }
    if (alive(vm.pid)) return false;
    await vm.qmp?.close();
    vm.qmp = undefined;
    vm.pid = undefined;
    return true;
  }

  /** `quit` over QMP, then SIGTERM, then SIGKILL. */
  async #force(vm: VmEntry): Promise<void> {
    const pid = vm.pid;
    await this.#qmp(vm)
      .then((q) => q.execute("quit"))
      .catch(() => undefined);
    if (await this.#waitExit(vm, 2_000)) return;
    if (alive(pid)) process.kill(pid, "SIGTERM");
    if (await this.#waitExit(vm, 2_000)) return;
    if (alive(pid)) process.kill(pid, "SIGKILL");
    if (!(await this.#waitExit(vm, 2_000)))
      throw new DomainError("timeout", `QEMU process ${pid} of VM ${vm.spec.id} did not exit.`);
  }
}
