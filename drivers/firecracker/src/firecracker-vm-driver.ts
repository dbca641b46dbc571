import { spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, copyFile, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { delimiter, join, resolve } from "node:path";
import { Duplex, PassThrough, type Readable, type Writable } from "node:stream";
import { conflict, DomainError, notFound } from "@shipyard/core";
import { type FcInstanceState, type FcRateLimiter, type FcTokenBucket, FirecrackerApi } from "./firecracker-api.ts";
import {
  assertValidVmSpec,
  assertVmSpecSupported,
  restoredVmSpec,
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
} from "./vm-port.ts";

/** A running VMM process as the driver sees it (a real `firecracker`, or a stand-in in tests). */
export interface VmmProcess {
  readonly pid: number | undefined;
  /** The guest's serial console output. */
  readonly stdout: Readable;
  /** The guest's serial console input. */
  readonly stdin: Writable;
  /** Settles once the process has ended; `error` when it could not start at all. */
  readonly exited: Promise<VmmExit>;
  kill(signal?: NodeJS.Signals): void;
}

export interface VmmExit {
  code: number | null;
  signal: string | null;
  error?: Error | undefined;
}

export interface VmmCommand {
  binary: string;
  args: string[];
  cwd: string;
}

/** Starts a VMM process. The default spawns the binary; tests inject a stand-in. */
export type VmmLauncher = (command: VmmCommand) => VmmProcess | Promise<VmmProcess>;

export interface FirecrackerVmDriverOptions {
  /** Where each VM gets a folder (spec, socket, log, metrics). */
  stateDir: string;
  /** The `firecracker` binary: a path, or a name looked up on PATH. Default `firecracker`. */
  binaryPath?: string | undefined;
  /** Default `/dev/kvm`. */
  kvmDevice?: string | undefined;
  launcher?: VmmLauncher | undefined;
  /** Per API request; default 5000 ms. */
  apiTimeoutMs?: number | undefined;
  /** How long the API socket may take to answer after spawning; default 5000 ms. */
  startTimeoutMs?: number | undefined;
  /** Host CPU architecture (Ctrl-Alt-Del exists on x86_64 only); default `process.arch`. */
  arch?: string | undefined;
}

interface VmEntry {
  spec: VmSpec;
  dir: string;
  socketPath: string;
  metricsPath: string;
  logPath: string;
  proc: VmmProcess | undefined;
  api: FirecrackerApi | undefined;
  /** Has the guest been started since the last create/stop? (`created` vs `stopped`). */
  ran: boolean;
  /** Why the last process ended on its own with a failure. */
  error: string | undefined;
  /** Re-attached after the agent restarted: no stdio, so no console. */
  adopted: boolean;
  pid: number | undefined;
  consoleBacklog: Buffer[];
  consoleListeners: Set<(chunk: Buffer | null) => void>;
  disk: { read: number; write: number };
  cpuSample: { at: number; ticks: number } | undefined;
}

/** Kernel arguments Firecracker guests need: serial console, reboot exits the VMM, no PCI probing. */
const REQUIRED_ARGS: [string, string][] = [
  ["console=", "console=ttyS0"],
  ["reboot=", "reboot=k"],
  ["panic=", "panic=1"],
  ["pci=", "pci=off"],
];
const BACKLOG_BYTES = 64 * 1024;
const SNAPSHOT_MEMORY = "memory.bin";
const SNAPSHOT_STATE = "vmstate.bin";
const CLK_TCK = 100;

/** Firecracker microVMs: one `firecracker --api-sock` process per running VM, configured over its HTTP API. */
export class FirecrackerVmDriver implements VmDriver {
  readonly name = "firecracker";
  readonly #stateDir: string;
  readonly #binary: string;
  readonly #kvmDevice: string;
  readonly #launcher: VmmLauncher;
  readonly #apiTimeoutMs: number;
  readonly #startTimeoutMs: number;
  readonly #arch: string;
  readonly #vms = new Map<string, VmEntry>();

  constructor(options: FirecrackerVmDriverOptions) {
    this.#stateDir = options.stateDir;
    this.#binary = options.binaryPath ?? "firecracker";
    this.#kvmDevice = options.kvmDevice ?? "/dev/kvm";
    this.#launcher = options.launcher ?? spawnLauncher;
    this.#apiTimeoutMs = options.apiTimeoutMs ?? 5000;
    this.#startTimeoutMs = options.startTimeoutMs ?? 5000;
    this.#arch = options.arch ?? process.arch;
  }

  capabilities(): VmDriverCapabilities {
    return {
      driveRateLimits: true,
      nicRateLimits: true,
      snapshots: true,
      tapNetworking: true,
      userNetworking: false,
      adopt: true,
      ctrlAltDel: this.#arch === "x64",
    };
  }

  /** Whether this host can run Firecracker: the binary and a read-writable KVM device. */
  async available(): Promise<VmDriverAvailability> {
    const reasons: string[] = [];
    const binary = await resolveBinary(this.#binary);
    if (!binary) reasons.push(`the firecracker binary "${this.#binary}" was not found or is not executable`);
    try {
      await access(this.#kvmDevice, constants.R_OK | constants.W_OK);
    } catch (e) {
      reasons.push(`${this.#kvmDevice} is not usable (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    return reasons.length === 0
      ? { available: true }
      : { available: false, reason: `Firecracker is unavailable: ${reasons.join("; ")}.` };
  }

  async create(spec: VmSpec): Promise<VmHandle> {
    this.#checkSpec(spec);
    if (this.#vms.has(spec.id)) throw conflict(`VM ${spec.id} already exists.`, "Pick another id, or delete the VM first.");
    await assertFiles(spec);
    const entry = this.#entry(spec);
    this.#vms.set(spec.id, entry);
    try {
      await mkdir(entry.dir, { recursive: true });
      await writeSpec(entry.dir, spec);
    } catch (e) {
      this.#vms.delete(spec.id);
      throw new DomainError("unavailable", `Could not prepare ${entry.dir} for VM ${spec.id}.`, { cause: e });
    }
    return { id: spec.id, state: "created" };
  }

  /** Replaces the spec of a VM whose Firecracker process is not running; the next `start` configures it. */
  async reconfigure(id: string, spec: VmSpec): Promise<void> {
    const entry = this.#get(id);
    if (spec.id !== id)
      throw new DomainError("invalid_input", `The new spec names VM ${spec.id}, not ${id}.`, {
        issues: [{ path: "id", message: `Must stay ${id}; a VM cannot be renamed.` }],
      });
    if (entry.proc)
      throw conflict(
        `VM ${id} is running or paused; only a created or stopped VM can be reconfigured.`,
        "Stop the VM first; Firecracker configures devices before boot only.",
      );
    this.#checkSpec(spec);
    await assertFiles(spec);
    await writeSpec(entry.dir, spec);
    entry.spec = structuredClone(spec);
  }

  /** Spawns Firecracker, configures the VM (pre-boot resources) and boots it. */
  async start(id: string): Promise<void> {
    const entry = this.#get(id);
    if (entry.proc) {
      const state = await this.#fcState(entry);
      if (state === "Running") return;
      if (state === "Paused") throw conflict(`VM ${id} is paused.`, "Resume it instead of starting it.");
    } else {
      // A Firecracker process boots one guest once: every start after a stop gets a fresh process.
      try {
        await this.#launchAndConfigure(entry);
      } catch (e) {
        await this.#kill(entry);
        throw e;
      }
    }
    await this.#api(entry).action("InstanceStart");
    entry.ran = true;
  }

  /** Firecracker has no ACPI power button: asks the guest with Ctrl-Alt-Del (x86), then kills the VMM. */
  async stop(id: string, options: VmStopOptions = {}): Promise<VmStopResult> {
    const entry = this.#get(id);
    const proc = entry.proc;
    if (!proc) return { how: "already-stopped" };
    const state = await this.#fcState(entry).catch(() => undefined);
    if (state === "Paused") await this.#api(entry).setVmState("Resumed");
    if ((state === "Running" || state === "Paused") && this.capabilities().ctrlAltDel) {
      const asked = await this.#api(entry)
        .action("SendCtrlAltDel")
        .then(() => true)
        .catch(() => false);
      if (asked && (await exitsWithin(proc, options.timeoutMs ?? 10_000))) {
        await this.#afterExit(entry, proc);
        return { how: "graceful" };
      }
    }
    await this.#kill(entry);
    return { how: "forced" };
  }

  async pause(id: string): Promise<void> {
    await this.#api(this.#running(id)).setVmState("Paused");
  }

  async resume(id: string): Promise<void> {
    await this.#api(this.#running(id)).setVmState("Resumed");
  }

  async ctrlAltDel(id: string): Promise<void> {
    if (!this.capabilities().ctrlAltDel) {
      throw new DomainError("unsupported", "Firecracker sends Ctrl-Alt-Del on x86_64 hosts only.");
    }
    await this.#api(this.#running(id)).action("SendCtrlAltDel");
  }

  async status(id: string): Promise<VmStatus> {
    const entry = this.#get(id);
    const lastOutput = tail(entry.consoleBacklog);
    if (!entry.proc) {
      const state: VmState = entry.error !== undefined ? "error" : entry.ran ? "stopped" : "created";
      const output = entry.error !== undefined ? `${lastOutput ?? ""}${entry.error}` : lastOutput;
      return { id, state, ...(output ? { lastOutput: output } : {}) };
    }
    const state = await this.#fcState(entry);
    return { id, state: mapState(state), pid: entry.pid, ...(lastOutput ? { lastOutput } : {}) };
  }

  /** The VMM process's CPU and memory from /proc; disk bytes from Firecracker's own metrics. */
  async metrics(id: string): Promise<VmMetrics> {
    const entry = this.#running(id);
    await this.#api(entry).action("FlushMetrics");
    const text = await readFile(entry.metricsPath, "utf8").catch(() => "");
    // Each flush appends one JSON object with the counters since the previous flush.
    for (const line of text.split("\n").filter(Boolean)) {
      try {
        const m = JSON.parse(line) as { block?: { read_bytes?: number; write_bytes?: number } };
        entry.disk.read += m.block?.read_bytes ?? 0;
        entry.disk.write += m.block?.write_bytes ?? 0;
      } catch {
        // a line cut short: skip it
      }
    }
    await writeFile(entry.metricsPath, "");
    const proc = await readProc(entry.pid);
    const now = Date.now();
    let cpuPercent = 0;
    if (proc) {
      const since = entry.cpuSample ?? { at: now - proc.uptimeSeconds * 1000, ticks: 0 };
      const wallS = (now - since.at) / 1000;
      cpuPercent = wallS > 0 ? Math.max(0, ((proc.cpuTicks - since.ticks) / CLK_TCK / wallS) * 100) : 0;
      entry.cpuSample = { at: now, ticks: proc.cpuTicks };
    }
    return {
      cpuPercent: Math.round(cpuPercent * 10) / 10,
      memoryUsedMb: proc?.rssMb ?? 0,
      memoryLimitMb: entry.spec.memoryMb,
      uptimeSeconds: proc?.uptimeSeconds ?? 0,
      threads: proc?.threads ?? 0,
      diskReadBytes: entry.disk.read,
      diskWriteBytes: entry.disk.write,
    };
  }

  /** The serial console (the VMM's stdio): the last 64 KiB, then live output; ends when the VM stops. */
  async console(id: string): Promise<Duplex> {
    const entry = this.#running(id);
    if (entry.adopted || !entry.proc) {
      throw new DomainError(
        "unavailable",
        `VM ${id} was re-attached after a restart; its serial console stayed with the old agent.`,
        {
          suggestion: "Restart the VM to get a console again.",
        },
      );
    }
    const proc = entry.proc;
    let listener: ((chunk: Buffer | null) => void) | undefined;
    const stream = new Duplex({
      read() {},
      write(chunk: Buffer, _encoding, callback) {
        proc.stdin.write(chunk, callback);
      },
      destroy(error, callback) {
        if (listener) entry.consoleListeners.delete(listener);
        callback(error);
      },
    });
    for (const chunk of entry.consoleBacklog) stream.push(chunk);
    listener = (chunk) => {
      stream.push(chunk);
      if (chunk === null && listener) entry.consoleListeners.delete(listener);
    };
    entry.consoleListeners.add(listener);
    return stream;
  }

  async delete(id: string): Promise<void> {
    const entry = this.#get(id);
    await this.#kill(entry);
    await rm(entry.dir, { recursive: true, force: true });
    this.#vms.delete(id);
  }

  /** Re-attaches to a VM from its folder: the saved spec, and the API socket when Firecracker still runs. */
  async adopt(id: string): Promise<VmHandle> {
    const known = this.#vms.get(id);
    if (known) return { id, state: (await this.status(id)).state };
    const dir = join(this.#stateDir, id);
    let spec: VmSpec;
    try {
      spec = JSON.parse(await readFile(join(dir, "spec.json"), "utf8")) as VmSpec;
    } catch {
      throw notFound("VM", id, "Nothing is left of it on this host; create it again.");
    }
    const entry = this.#entry(spec);
    entry.adopted = true;
    entry.ran = true;
    const pid = Number.parseInt(await readFile(join(dir, "firecracker.pid"), "utf8").catch(() => ""), 10);
    const api = new FirecrackerApi({ socketPath: entry.socketPath, timeoutMs: this.#apiTimeoutMs });
    const info = await api.describeInstance().catch(() => undefined);
    if (info && Number.isInteger(pid)) {
      entry.api = api;
      entry.pid = pid;
      entry.proc = adoptedProcess(pid);
      this.#watch(entry, entry.proc);
    }
    this.#vms.set(id, entry);
    return { id, state: info && entry.proc ? mapState(info.state) : "stopped" };
  }

  async *list(): AsyncIterable<VmHandle> {
    for (const id of [...this.#vms.keys()]) {
      const status = await this.status(id).catch(() => undefined);
      if (status) yield { id, state: status.state };
    }
  }

  /**
   * Full snapshot (`PUT /snapshot/create`, which needs a paused VM: the driver pauses a running one and
   * resumes it afterwards) into `dir`: `vmstate.bin`, `memory.bin`, copies of the writable drives, `snapshot.json`.
   */
  async snapshot(id: string, dir: string): Promise<VmSnapshotInfo> {
    const entry = this.#running(id);
    const before = await this.#fcState(entry);
    if (before === "Not started") throw conflict(`VM ${id} has not booted yet.`, "Start it first.");
    const target = resolve(dir);
    const made = await snapshotDir(target);
    const createdAt = new Date().toISOString();
    const spec = structuredClone(entry.spec);
    const written = [join(target, SNAPSHOT_STATE), join(target, SNAPSHOT_MEMORY)];
    try {
      if (before === "Running") await this.#api(entry).setVmState("Paused");
      try {
        await this.#api(entry).createSnapshot({
          snapshot_path: join(target, SNAPSHOT_STATE),
          mem_file_path: join(target, SNAPSHOT_MEMORY),
          snapshot_type: "Full",
        });
        const drives: VmSnapshotManifest["drives"] = [];
        for (const d of spec.drives) {
          if (d.readOnly) {
            drives.push({ id: d.id });
            continue;
          }
          const file = `drive-${d.id}.img`;
          written.push(join(target, file));
          await copyFile(d.path, join(target, file), constants.COPYFILE_FICLONE);
          drives.push({ id: d.id, file });
        }
        const manifest: VmSnapshotManifest = {
          format: "shipyard-vm-snapshot",
          version: 1,
          driver: this.name,
          createdAt,
          spec,
          memoryFile: SNAPSHOT_MEMORY,
          stateFile: SNAPSHOT_STATE,
          drives,
        };
        written.push(join(target, VM_SNAPSHOT_MANIFEST));
        await writeFile(join(target, VM_SNAPSHOT_MANIFEST), JSON.stringify(manifest, null, 2), { mode: 0o600 });
      } finally {
        if (before === "Running") await this.#api(entry).setVmState("Resumed");
      }
    } catch (e) {
      for (const f of written) await rm(f, { force: true });
      if (made) await rmdir(target).catch(() => undefined);
      throw e;
    }
    let sizeBytes = 0;
    for (const f of written) sizeBytes += (await stat(f)).size;
    return { dir: target, memoryFile: join(target, SNAPSHOT_MEMORY), sizeBytes, createdAt, spec };
  }

  /**
   * A fresh Firecracker process loads the snapshot (`PUT /snapshot/load`, paused, tap names from
   * `restore.nics` as network overrides), each copied drive is pointed at its copy in the new VM's
   * folder (`PATCH /drives`), then the VM resumes. Firecracker opens the drive paths saved in the
   * snapshot while loading, so the original files must still exist.
   */
  async restore(snapshotDir: string, restore: VmRestoreSpec): Promise<VmHandle> {
    const from = resolve(snapshotDir);
    const text = await readFile(join(from, VM_SNAPSHOT_MANIFEST), "utf8").catch((e: Error) => e);
    const manifest = vmSnapshotManifestOf(text, from, this.name);
    if (!manifest.stateFile)
      throw new DomainError("invalid_input", `${from} is not a Firecracker snapshot: its manifest names no state file.`, {
        suggestion: "Point restore at a folder written by snapshot().",
      });
    const restored = restoredVmSpec(restore, manifest.spec);
    this.#checkSpec(restored);
    if (this.#vms.has(restored.id)) throw conflict(`VM ${restored.id} already exists.`, "Pick another id.");
    const dir = join(this.#stateDir, restored.id);
    if (await exists(dir)) throw conflict(`VM ${restored.id} already has host state in ${dir}.`, "Adopt or delete it first.");
    const copies = new Map(manifest.drives.flatMap((d) => (d.file ? [[d.id, d.file] as const] : [])));
    const spec: VmSpec = {
      ...restored,
      drives: restored.drives.map((d) => (copies.has(d.id) ? { ...d, path: join(dir, `drive-${d.id}.img`) } : d)),
    };
    const needed = [manifest.stateFile, manifest.memoryFile, ...copies.values()].map((f) => join(from, f));
    const missing: { path: string; message: string }[] = [];
    for (const f of needed) if (!(await exists(f))) missing.push({ path: "snapshotDir", message: `${f} is missing.` });
    if (missing.length > 0)
      throw new DomainError("invalid_input", `Snapshot ${from} is incomplete: ${missing.map((m) => m.message).join(" ")}`, {
        issues: missing,
        suggestion: "Take the snapshot again.",
      });
    const entry = this.#entry(spec);
    this.#vms.set(spec.id, entry);
    try {
      await mkdir(dir, { recursive: true });
      for (const [driveId, file] of copies)
        await copyFile(join(from, file), join(dir, `drive-${driveId}.img`), constants.COPYFILE_FICLONE);
      await writeSpec(dir, spec);
      await this.#launch(entry);
      const api = this.#api(entry);
      const overrides = (restore.nics ?? []).flatMap((o) => (o.tap ? [{ iface_id: o.id, host_dev_name: o.tap }] : []));
      await api.loadSnapshot({
        snapshot_path: join(from, manifest.stateFile),
        mem_backend: { backend_type: "File", backend_path: join(from, manifest.memoryFile) },
        resume_vm: false,
        ...(overrides.length > 0 ? { network_overrides: overrides } : {}),
      });
      for (const d of spec.drives) if (copies.has(d.id)) await api.patchDrive({ drive_id: d.id, path_on_host: d.path });
      await api.setVmState("Resumed");
      entry.ran = true;
    } catch (e) {
      await this.#kill(entry);
      await rm(dir, { recursive: true, force: true });
      this.#vms.delete(spec.id);
      throw e;
    }
    return { id: spec.id, state: "running" };
  }

  /** Changes a drive's rate limit on a running VM (Firecracker: post-boot PATCH). */
  async setDriveRateLimit(id: string, driveId: string, rateLimit: VmRateLimit): Promise<void> {
    const entry = this.#running(id);
    if (!entry.spec.drives.some((d) => d.id === driveId)) throw notFound("Drive", driveId);
    await this.#api(entry).patchDrive({ drive_id: driveId, rate_limiter: toRateLimiter(rateLimit) });
    entry.spec = { ...entry.spec, drives: entry.spec.drives.map((d) => (d.id === driveId ? { ...d, rateLimit } : d)) };
  }

  /** Field checks, features, and what Firecracker cannot do (bridges). Files are `assertFiles`'. */
  #checkSpec(spec: VmSpec): void {
    assertValidVmSpec(spec);
    assertVmSpecSupported(this.name, this.capabilities(), spec);
    const bridged = spec.nics.find((n) => n.bridge !== undefined);
    if (bridged) {
      throw new DomainError(
        "unsupported",
        `The firecracker VM driver does not enslave tap devices to bridges (NIC ${bridged.id}).`,
        {
          suggestion:
            "Attach the tap device to the bridge on the host beforehand and leave `bridge` out, or use the QEMU driver.",
        },
      );
    }
  }

  #entry(spec: VmSpec): VmEntry {
    const dir = join(this.#stateDir, spec.id);
    return {
      spec: structuredClone(spec),
      dir,
      socketPath: join(dir, "firecracker.sock"),
      metricsPath: join(dir, "metrics.json"),
      logPath: join(dir, "firecracker.log"),
      proc: undefined,
      api: undefined,
      ran: false,
      error: undefined,
      adopted: false,
      pid: undefined,
      consoleBacklog: [],
      consoleListeners: new Set(),
      disk: { read: 0, write: 0 },
      cpuSample: undefined,
    };
  }

  #get(id: string): VmEntry {
    const entry = this.#vms.get(id);
    if (!entry) throw notFound("VM", id, "List the VMs to see which exist.");
    return entry;
  }

  #running(id: string): VmEntry {
    const entry = this.#get(id);
    if (!entry.proc) throw conflict(`VM ${id} is not running.`, "Start it first.");
    return entry;
  }

  #api(entry: VmEntry): FirecrackerApi {
    if (!entry.api) throw conflict(`VM ${entry.spec.id} is not running.`, "Start it first.");
    return entry.api;
  }

  async #fcState(entry: VmEntry): Promise<FcInstanceState> {
    return (await this.#api(entry).describeInstance()).state;
  }

  /** Spawns the VMM and configures it in the order Firecracker expects: logger and metrics, machine, boot source, drives, NICs. */
  async #launchAndConfigure(entry: VmEntry): Promise<void> {
    const { spec } = entry;
    await this.#launch(entry);
    const api = this.#api(entry);
    await api.putMachineConfig({ vcpu_count: spec.vcpus, mem_size_mib: spec.memoryMb });
    await api.putBootSource({
      kernel_image_path: spec.kernel,
      boot_args: kernelArgs(spec),
      ...(spec.initrd ? { initrd_path: spec.initrd } : {}),
    });
    for (const d of spec.drives) {
      await api.putDrive({
        drive_id: d.id,
        path_on_host: d.path,
        is_root_device: d.root,
        is_read_only: d.readOnly,
        ...(d.rateLimit ? { rate_limiter: toRateLimiter(d.rateLimit) } : {}),
      });
    }
    for (const n of spec.nics) {
      await api.putNetworkInterface({
        iface_id: n.id,
        host_dev_name: n.tap as string,
        guest_mac: n.mac.toLowerCase(),
        ...(n.rxRateLimit ? { rx_rate_limiter: toRateLimiter(n.rxRateLimit) } : {}),
        ...(n.txRateLimit ? { tx_rate_limiter: toRateLimiter(n.txRateLimit) } : {}),
      });
    }
  }

  /** Spawns the VMM, waits for its API, and sets up its logger and metrics (allowed before a snapshot load too). */
  async #launch(entry: VmEntry): Promise<void> {
    await rm(entry.socketPath, { force: true });
    await writeFile(entry.logPath, "");
    await writeFile(entry.metricsPath, "");
    entry.error = undefined;
    entry.adopted = false;
    entry.consoleBacklog = [];
    entry.cpuSample = undefined;
    const proc = await this.#launcher({ binary: this.#binary, args: ["--api-sock", entry.socketPath], cwd: entry.dir });
    entry.proc = proc;
    entry.pid = proc.pid;
    entry.api = new FirecrackerApi({ socketPath: entry.socketPath, timeoutMs: this.#apiTimeoutMs });
    if (proc.pid !== undefined) await writeFile(join(entry.dir, "firecracker.pid"), String(proc.pid));
    proc.stdout.on("data", (chunk: Buffer) => {
      entry.consoleBacklog.push(chunk);
      let size = entry.consoleBacklog.reduce((n, c) => n + c.length, 0);
      while (size > BACKLOG_BYTES && entry.consoleBacklog.length > 1) size -= entry.consoleBacklog.shift()?.length ?? 0;
      for (const l of entry.consoleListeners) l(chunk);
    });
    this.#watch(entry, proc);
    await this.#waitForApi(entry, proc);
    const api = entry.api;
    await api.putLogger({ log_path: entry.logPath, level: "Info", show_level: true });
    await api.putMetrics({ metrics_path: entry.metricsPath });
  }

  #watch(entry: VmEntry, proc: VmmProcess): void {
    void proc.exited.then((exit) => {
      if (entry.proc !== proc) return;
      if (exit.error || (exit.code !== null && exit.code !== 0)) {
        entry.error = exit.error
          ? `firecracker could not start: ${exit.error.message}`
          : `firecracker exited with code ${exit.code}`;
      }
      return this.#afterExit(entry, proc);
    });
  }

  async #waitForApi(entry: VmEntry, proc: VmmProcess): Promise<void> {
    const deadline = Date.now() + this.#startTimeoutMs;
    let exit: VmmExit | undefined;
    void proc.exited.then((x) => {
      exit = x;
    });
    for (;;) {
      if (exit) {
        const why = exit.error ? exit.error.message : `code ${exit.code}, signal ${exit.signal}`;
        throw new DomainError("unavailable", `Firecracker for VM ${entry.spec.id} exited before its API answered (${why}).`, {
          suggestion: "Check that Firecracker runs on this host (available()) and read its log.",
        });
      }
      try {
        await (entry.api as FirecrackerApi).describeInstance();
        return;
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== "unavailable") throw e;
      }
      if (Date.now() > deadline) {
        throw new DomainError(
          "timeout",
          `Firecracker for VM ${entry.spec.id} did not open its API within ${this.#startTimeoutMs} ms.`,
        );
      }
      await sleep(20);
    }
  }

  async #kill(entry: VmEntry): Promise<void> {
    const proc = entry.proc;
    if (!proc) return;
    proc.kill("SIGKILL");
    await proc.exited;
    await this.#afterExit(entry, proc);
  }

  async #afterExit(entry: VmEntry, proc: VmmProcess): Promise<void> {
    if (entry.proc !== proc) return;
    entry.proc = undefined;
    entry.api = undefined;
    entry.pid = undefined;
    entry.ran = true;
    for (const l of entry.consoleListeners) l(null);
    entry.consoleListeners.clear();
    await rm(entry.socketPath, { force: true });
    await rm(join(entry.dir, "firecracker.pid"), { force: true });
  }
}

function mapState(state: FcInstanceState): VmState {
  if (state === "Running") return "running";
  if (state === "Paused") return "paused";
  return "created";
}

function toBucket(b: VmTokenBucket): FcTokenBucket {
  return {
    size: b.size,
    refill_time: b.refillTimeMs,
    ...(b.oneTimeBurst === undefined ? {} : { one_time_burst: b.oneTimeBurst }),
  };
}

/** The port's token buckets are Firecracker's, renamed. */
function toRateLimiter(r: VmRateLimit): FcRateLimiter {
  return { ...(r.bandwidth ? { bandwidth: toBucket(r.bandwidth) } : {}), ...(r.ops ? { ops: toBucket(r.ops) } : {}) };
}

/** The spec's kernel arguments, the ones Firecracker guests need, and console credentials (`shipyard.user`/`shipyard.pwhash`). */
function kernelArgs(spec: VmSpec): string {
  const args = (spec.kernelArgs ?? "").split(/\s+/).filter(Boolean);
  for (const [prefix, arg] of REQUIRED_ARGS) if (!args.some((a) => a.startsWith(prefix))) args.push(arg);
  if (spec.credentials)
    args.push(`shipyard.user=${spec.credentials.username}`, `shipyard.pwhash=${spec.credentials.passwordHash}`);
  return args.join(" ");
}

/** spec.json, written atomically and private (a spec may hold a password hash). */
async function writeSpec(dir: string, spec: VmSpec): Promise<void> {
  const file = join(dir, "spec.json");
  await writeFile(`${file}.tmp`, JSON.stringify(spec), { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}

const exists = (path: string) =>
  access(path, constants.R_OK).then(
    () => true,
    () => false,
  );

/** Creates the snapshot folder or accepts an empty one; says whether it made it. */
async function snapshotDir(target: string): Promise<boolean> {
  const entries = await readdir(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw new DomainError("invalid_input", `Cannot use ${target} for a snapshot: ${e.message}`, { cause: e });
  });
  if (entries === undefined) {
    await mkdir(target, { recursive: true });
    return true;
  }
  if (entries.length > 0)
    throw conflict(`Snapshot folder ${target} is not empty.`, "Name a new or empty folder; snapshots are never written over.");
  return false;
}

async function assertFiles(spec: VmSpec): Promise<void> {
  const files: [string, string][] = [
    ["kernel", spec.kernel],
    ...(spec.initrd ? ([["initrd", spec.initrd]] as [string, string][]) : []),
    ...spec.drives.map((d, i): [string, string] => [`drives.${i}.path`, d.path]),
  ];
  const issues: { path: string; message: string }[] = [];
  for (const [field, path] of files) {
    const s = await stat(path).catch(() => undefined);
    if (!s?.isFile()) issues.push({ path: field, message: `${path} is not a file on this host.` });
  }
  if (issues.length > 0) {
    throw new DomainError(
      "invalid_input",
      `VM ${spec.id} names files that do not exist: ${issues.map((i) => i.message).join(" ")}`,
      {
        issues,
        suggestion: "Check the kernel, initrd and drive paths on the host.",
      },
    );
  }
}

function tail(chunks: Buffer[]): string | undefined {
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString("utf8");
  return text.split("\n").slice(-20).join("\n");
}

async function readProc(
  pid: number | undefined,
): Promise<{ cpuTicks: number; threads: number; uptimeSeconds: number; rssMb: number } | undefined> {
  if (pid === undefined) return undefined;
  try {
    const statText = await readFile(`/proc/${pid}/stat`, "utf8");
    // fields after "(comm)": state is field 3; utime 14, stime 15, num_threads 20, starttime 22
    const fields = statText.slice(statText.lastIndexOf(")") + 2).split(" ");
    const field = (n: number) => Number(fields[n - 3] ?? 0);
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const hostUptime = Number((await readFile("/proc/uptime", "utf8")).split(" ")[0]);
    return {
      cpuTicks: field(14) + field(15),
      threads: field(20),
      uptimeSeconds: Math.max(0, Math.round(hostUptime - field(22) / CLK_TCK)),
      rssMb: Math.round((rssKb / 1024) * 10) / 10,
    };
  } catch {
    return undefined;
  }
}

async function resolveBinary(binary: string): Promise<string | undefined> {
  const candidates = binary.includes("/")
    ? [binary]
    : (process.env.PATH ?? "")
        .split(delimiter)
        .filter(Boolean)
        .map((d) => join(d, binary));
  for (const c of candidates) {
    const ok = await access(c, constants.X_OK).then(
      () => true,
      () => false,
    );
    if (ok) return c;
  }
  return undefined;
}

function exitsWithin(proc: VmmProcess, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void proc.exited.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A VMM this agent did not spawn: signals by PID, notices its end by polling. */
function adoptedProcess(pid: number): VmmProcess {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const exited = new Promise<VmmExit>((resolve) => {
    const timer = setInterval(() => {
      if (!alive()) {
        clearInterval(timer);
        resolve({ code: null, signal: null });
      }
    }, 200);
    timer.unref();
  });
  return {
    pid,
    stdout: new PassThrough(),
    stdin: new PassThrough(),
    exited,
    kill: (signal) => {
      if (alive()) process.kill(pid, signal);
    },
  };
}

/** The real launcher: `firecracker --api-sock <sock>`, serial console on stdio. */
export const spawnLauncher: VmmLauncher = (command) => {
  const child = spawn(command.binary, command.args, { cwd: command.cwd, stdio: ["pipe", "pipe", "pipe"] });
  const exited = new Promise<VmmExit>((resolve) => {
    child.once("error", (error) => resolve({ code: null, signal: null, error }));
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  child.stderr.resume();
  return {
    pid: child.pid,
    stdout: child.stdout,
    stdin: child.stdin,
    exited,
    kill: (signal) => {
      child.kill(signal);
    },
  };
};
