import { execFile } from "node:child_process";
import { access, constants, mkdir, open, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { join, resolve } from "node:path";
import type { Duplex } from "node:stream";
import { DomainError, notFound } from "@shipyard/core";
import {
  assertValidVmSpec,
  assertVmSpecSupported,
  unsupportedVmFeature,
  type VmDriver,
  type VmDriverAvailability,
  type VmDriverCapabilities,
  type VmHandle,
  type VmMetrics,
  type VmSpec,
  type VmState,
  type VmStatus,
  type VmStopOptions,
  type VmStopResult,
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
}

const CAPABILITIES: VmDriverCapabilities = {
  driveRateLimits: false,
  nicRateLimits: false,
  snapshots: false,
  tapNetworking: true,
  userNetworking: true,
  adopt: true,
  ctrlAltDel: false,
};

const CLOCK_TICKS = 100;
const PAGE_KB = 4;

interface CpuSample {
  ticks: number;
  at: number;
}

interface VmEntry {
  spec: VmSpec;
  dir: string;
  qmp?: QmpClient | undefined;
  pid?: number | undefined;
  started: boolean;
  failed?: string | undefined;
  cpu?: CpuSample | undefined;
}

const paths = (dir: string) => ({
  spec: join(dir, "spec.json"),
  qmp: join(dir, "qmp.sock"),
  serial: join(dir, "serial.sock"),
  serialLog: join(dir, "serial.log"),
  pid: join(dir, "qemu.pid"),
  qemuLog: join(dir, "qemu.log"),
});

const exists = async (path: string, mode = constants.R_OK) =>
  access(path, mode).then(
    () => true,
    () => false,
  );

const alive = (pid: number | undefined): pid is number => {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
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
  readonly #vms = new Map<string, VmEntry>();

  constructor(options: QemuVmDriverOptions) {
    this.#stateDir = resolve(options.stateDir);
    this.#qemu = options.qemuBinary ?? "qemu-system-x86_64";
    this.#accel = options.accel ?? "tcg";
    this.#kernelHints = options.kernelHints ?? "tsc_early_khz=2000000 lpj=8000000";
    this.#stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
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
    assertValidVmSpec(spec);
    assertVmSpecSupported(this.name, CAPABILITIES, spec);
    if (this.#vms.has(spec.id)) throw new DomainError("conflict", `VM ${spec.id} already exists.`);
    const dir = join(this.#stateDir, spec.id);
    if (Buffer.byteLength(paths(dir).serial) > 107)
      throw new DomainError("invalid_input", `State folder ${dir} is too long for unix sockets.`, {
        suggestion: "Configure a shorter stateDir for the QEMU driver.",
      });
    const files: Array<[string, string, boolean]> = [
      ["kernel", spec.kernel, false],
      ...(spec.initrd ? [["initrd", spec.initrd, false] as [string, string, boolean]] : []),
      ...spec.drives.map((d, i) => [`drives.${i}.path`, d.path, !d.readOnly] as [string, string, boolean]),
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
    if (await exists(dir))
      throw new DomainError("conflict", `VM ${spec.id} already has host state in ${dir}.`, {
        suggestion: "Adopt or delete it first.",
      });
    await mkdir(dir, { recursive: true });
    await writeFile(paths(dir).spec, JSON.stringify(spec, null, 2));
    this.#vms.set(spec.id, { spec, dir, started: false });
    return { id: spec.id, state: "created" };
  }

  async start(id: string): Promise<void> {
    const vm = this.#get(id);
    if (alive(vm.pid)) throw new DomainError("conflict", `VM ${id} is already running.`, { suggestion: "Stop it first." });
    const p = paths(vm.dir);
    await rm(p.serialLog, { force: true });
    vm.failed = undefined;
    vm.cpu = undefined;
    const args = this.#args(vm);
    const stderr = await new Promise<string | undefined>((done) => {
      execFile(this.#qemu, args, { timeout: 30_000 }, (error, _stdout, stderrText) => {
        done(error ? `${stderrText || error.message}`.trim() : undefined);
      });
    });
    if (stderr !== undefined) {
      vm.failed = stderr;
      await writeFile(p.qemuLog, `${stderr}\n`);
      throw new DomainError("unavailable", `QEMU could not start VM ${id}: ${stderr}`, {
        suggestion: "Read the QEMU message above; check the kernel, drives and that qemu-system-x86 is installed.",
      });
    }
    vm.pid = Number.parseInt(await readFile(p.pid, "utf8"), 10);
    vm.started = true;
    vm.qmp = await QmpClient.connect(p.qmp);
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

  async ctrlAltDel(_id: string): Promise<void> {
    throw unsupportedVmFeature(this.name, "ctrlAltDel", "The microvm machine has no keyboard; use stop (ACPI power button).");
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
    const previous = vm.cpu ?? { ticks: 0, at: now - uptimeSeconds * 1000 };
    const elapsed = (now - previous.at) / 1000;
    const cpuPercent = elapsed > 0 ? ((ticks - previous.ticks) / CLOCK_TICKS / elapsed) * 100 : 0;
    vm.cpu = { ticks, at: now };
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
    const append = ["console=ttyS0", "reboot=t", "panic=-1", this.#kernelHints, root, userArgs].filter(Boolean).join(" ");
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
    ];
    for (const d of spec.drives) {
      const format = d.path.endsWith(".qcow2") ? "qcow2" : "raw";
      args.push(
        "-drive",
        `id=drive-${d.id},file=${resolve(d.path).replaceAll(",", ",,")},format=${format},if=none,readonly=${d.readOnly ? "on" : "off"}`,
        "-device",
        `virtio-blk-device,drive=drive-${d.id}`,
      );
    }
    for (const n of spec.nics) {
      const netdev =
        n.mode === "user"
          ? `user,id=net-${n.id}`
          : n.bridge
            ? `bridge,id=net-${n.id},br=${n.bridge}`
            : `tap,id=net-${n.id},ifname=${n.tap},script=no,downscript=no`;
      args.push("-netdev", netdev, "-device", `virtio-net-device,netdev=net-${n.id},mac=${n.mac}`);
    }
    return args;
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
