// MicroVMs under QEMU (TCG): start request → guest init straight from qemu-system-x86_64 vs. through
// Shipyard's API (POST /v1/vms + the console WebSocket), the start request alone, and live metrics
// (WS /v1/vms/:id/metrics/ws, 1 Hz) for a fleet of VMs. Needs qemu-system-x86, and apt-get, cpio and
// busybox-static for the test guest (drivers/qemu/scripts/build-guest.sh). Starts an in-process
// Shipyard server (PGlite); kills every QEMU it started and checks that none is left.
// BENCH_VMS (runs per path, default 8), BENCH_VMS_FLEET (VMs asked for, default 20),
// BENCH_VMS_SOCKETS (metrics sockets, default 20), BENCH_VMS_WINDOW_S (default 20).
import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { ApiError } from "@shipyard/contract";
import { QemuVmDriver, QmpClient } from "@shipyard/driver-qemu";
import { GUEST_READY_MARKER, getTestGuest, type TestGuest } from "@shipyard/driver-qemu/testing/guest.ts";
import WebSocket from "ws";
import { startTestServer, type TestServer } from "../apps/server/src/testing/harness.ts";

const N = Number(process.env.BENCH_VMS ?? 8);
const FLEET = Number(process.env.BENCH_VMS_FLEET ?? 20);
const SOCKETS = Number(process.env.BENCH_VMS_SOCKETS ?? 20);
const WINDOW_MS = Number(process.env.BENCH_VMS_WINDOW_S ?? 20) * 1000;
const QEMU = "qemu-system-x86_64";
// What the driver appends to every kernel command line (QemuVmDriver #args, default kernelHints).
const APPEND = "console=ttyS0 reboot=t panic=-1 tsc_early_khz=2000000 lpj=8000000";
const ECHO = "echo rt=$((6*7))\n"; // the answer `rt=42` cannot come from the tty echoing the command
const ANSWER = "rt=42";

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? Number.NaN;
/** Nearest rank: with 8 runs p90 is the slowest. */
const pct = (xs: number[], p: number) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)] ?? Number.NaN;
const min = (xs: number[]) => sorted(xs)[0] ?? Number.NaN;
const ms = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString("en-US") : "—");
const began = performance.now();
/** Progress on stderr (stdout is the markdown). */
const progress = (what: string) =>
  process.stderr.write(`vms bench ${((performance.now() - began) / 1000).toFixed(0)} s: ${what}\n`);
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const row = (cells: Array<string | number>) => console.log(`| ${cells.join(" | ")} |`);
/** A table row of n, median, p90 and min for a series of milliseconds. */
const statRow = (label: string, xs: number[]) => row([label, xs.length, ms(median(xs)), ms(pct(xs, 90)), ms(min(xs))]);

/** Kernel console lines that mark the boot phases (the same on both paths). */
const PHASES = [
  ["firstByte", ""],
  ["edd", "Probing EDD"],
  ["kernel", "Linux version"],
  ["init", "Run /init as init process"],
  ["marker", GUEST_READY_MARKER],
] as const;
type Phase = (typeof PHASES)[number][0];
type Marks = Partial<Record<Phase | "qmp" | "post" | "wsOpen" | "shell", number>>;
type ApiMarks = Marks & { lost?: boolean; del?: number };

/** Watches console output: stamps each phase once, sends the echo after the marker, resolves on the answer. */
const consoleWatcher = (t0: number, marks: Marks, send: (s: string) => void) => {
  let text = "";
  let sent = false;
  let answered: () => void = () => undefined;
  const done = new Promise<void>((r) => {
    answered = r;
  });
  return {
    done,
    get text() {
      return text;
    },
    feed(chunk: Buffer | string) {
      const now = performance.now() - t0;
      const piece = chunk.toString();
      text += piece;
      // search only the new bytes (and enough before them to catch a needle split across chunks)
      const recent = text.slice(-(piece.length + 64));
      for (const [phase, needle] of PHASES) if (marks[phase] === undefined && recent.includes(needle)) marks[phase] = now;
      if (marks.marker !== undefined && !sent) {
        sent = true;
        send(ECHO);
      }
      if (marks.shell === undefined && recent.includes(ANSWER)) {
        marks.shell = now;
        answered();
      }
    },
  };
};

const withTimeout = <T>(p: Promise<T>, timeoutMs: number, what: () => string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what()} (after ${timeoutMs} ms)`)), timeoutMs);
  });
  return Promise.race([p, expired]).finally(() => clearTimeout(timer));
};

/** QEMU processes whose command line names one of our folders (other engineers' VMs are left alone). */
const ourQemus = async (roots: string[]): Promise<number[]> => {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const cmd = await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "");
    if (cmd.startsWith(QEMU) && roots.some((r) => cmd.includes(r))) pids.push(Number(entry));
  }
  return pids;
};
const allQemus = () => {
  try {
    return execFileSync("pgrep", ["-c", "-f", `^${QEMU}`], { encoding: "utf8" }).trim();
  } catch {
    return "0"; // pgrep exits 1 when nothing matches
  }
};

/** CPU ticks (1/100 s) and RSS of every QEMU process of this run. */
const guestStats = async (roots: string[], apiRoot: string) => {
  const out = new Map<number, { ticks: number; rssKb: number; api: boolean }>();
  for (const pid of await ourQemus(roots)) {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    const cmd = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(f[11] ?? 0) + Number(f[12] ?? 0);
    const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    if (stat) out.set(pid, { ticks, rssKb, api: cmd.includes(apiRoot) });
  }
  return out;
};

const connectQmp = async (path: string, deadline: number): Promise<QmpClient> => {
  for (;;) {
    try {
      return await QmpClient.connect(path, { timeoutMs: 5_000 });
    } catch (e) {
      if (performance.now() > deadline) throw e;
      await sleep(2);
    }
  }
};

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", r));

// ---------------------------------------------------------------------------------------------
// raw QEMU: the driver's machine and devices, serial on stdio, QMP on a socket

const rawArgs = (guest: TestGuest, dir: string, memMb: number) => [
  ...["-M", "microvm", "-accel", "tcg", "-cpu", "max", "-m", String(memMb), "-smp", "1"],
  ...["-kernel", guest.kernel, "-initrd", guest.initrd, "-append", APPEND],
  ...["-nodefaults", "-no-user-config", "-display", "none", "-no-reboot", "-name", "shipyard-bench-raw"],
  ...["-serial", "stdio", "-qmp", `unix:${join(dir, "qmp.sock")},server=on,wait=off`],
  ...["-global", "virtio-mmio.force-legacy=false", "-device", "virtio-keyboard-device"],
  ...["-netdev", "user,id=net-eth0", "-device", "virtio-net-device,netdev=net-eth0,mac=52:54:00:00:00:01"],
];

async function rawBoot(guest: TestGuest, dir: string): Promise<Marks> {
  await mkdir(dir, { recursive: true });
  const marks: Marks = {};
  const t0 = performance.now();
  const child = spawn(QEMU, rawArgs(guest, dir, 128), { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const watch = consoleWatcher(t0, marks, (s) => child.stdin?.write(s));
  child.stdout?.on("data", (d: Buffer) => watch.feed(d));
  let qmp: QmpClient | undefined;
  try {
    qmp = await connectQmp(join(dir, "qmp.sock"), t0 + 30_000);
    marks.qmp = performance.now() - t0;
    await withTimeout(
      Promise.race([watch.done, exited(child).then(() => Promise.reject(new Error(`QEMU exited: ${stderr}`)))]),
      60_000,
      () => `raw boot: no shell answer; console said ${JSON.stringify(watch.text.slice(-300))}`,
    );
    return marks;
  } finally {
    await qmp?.execute("quit").catch(() => undefined);
    await qmp?.close();
    await withTimeout(exited(child), 3_000, () => "raw QEMU did not quit").catch(() => child.kill("SIGKILL"));
    await exited(child);
    child.stdin?.destroy();
  }
}

/** `Z` for a zombie, undefined when the process is gone. */
const procState = async (pid: number) => (await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "")).split(") ")[1]?.[0];

/**
 * The driver's own launch sequence (execFile `-daemonize` until the parent exits, pid file, QMP), without
 * Shipyard; then `quit` over QMP, timing until QEMU has exited (a zombie) and until it is reaped: after
 * `-daemonize` its parent is PID 1, and the driver's liveness check (`kill(pid, 0)`) sees a zombie as alive.
 */
async function rawLaunch(guest: TestGuest, dir: string): Promise<{ launch: number; exit: number; reaped: Promise<number> }> {
  await mkdir(dir, { recursive: true });
  const args = [
    ...["-M", "microvm", "-accel", "tcg", "-cpu", "max", "-m", "128", "-smp", "1"],
    ...["-kernel", guest.kernel, "-initrd", guest.initrd, "-append", APPEND],
    ...["-nodefaults", "-no-user-config", "-display", "none", "-no-reboot", "-name", "shipyard-bench-launch"],
    "-chardev",
    `socket,id=serial0,path=${join(dir, "serial.sock")},server=on,wait=off,logfile=${join(dir, "serial.log")},logappend=on`,
    ...["-serial", "chardev:serial0", "-qmp", `unix:${join(dir, "qmp.sock")},server=on,wait=off`],
    ...["-pidfile", join(dir, "qemu.pid"), "-daemonize"],
    ...["-global", "virtio-mmio.force-legacy=false", "-device", "virtio-keyboard-device"],
    ...["-netdev", "user,id=net-eth0", "-device", "virtio-net-device,netdev=net-eth0,mac=52:54:00:00:00:02"],
  ];
  const t0 = performance.now();
  await new Promise<void>((done, fail) =>
    execFile(QEMU, args, { timeout: 30_000 }, (e, _o, err) => (e ? fail(new Error(err || e.message)) : done())),
  );
  const pid = Number.parseInt(await readFile(join(dir, "qemu.pid"), "utf8"), 10);
  const qmp = await QmpClient.connect(join(dir, "qmp.sock"));
  const launch = performance.now() - t0;
  const q0 = performance.now();
  await qmp.execute("quit").catch(() => undefined);
  await qmp.close();
  let st = await procState(pid);
  while (st !== undefined && st !== "Z" && performance.now() - q0 < 3_000) {
    await sleep(2);
    st = await procState(pid);
  }
  if (st !== undefined && st !== "Z") process.kill(pid, "SIGKILL");
  const exit = st === undefined || st === "Z" ? performance.now() - q0 : Number.NaN;
  // waiting for PID 1 to reap takes seconds: the next runs go on meanwhile
  const reaped = (async () => {
    while ((await procState(pid)) !== undefined) {
      if (performance.now() - q0 > 20_000) return Number.NaN;
      await sleep(10);
    }
    return performance.now() - q0;
  })();
  return { launch, exit, reaped };
}

// ---------------------------------------------------------------------------------------------
// through the API

const wsUrl = (t: TestServer, path: string) => `${t.url.replace("http", "ws")}${path}`;
const openWs = (t: TestServer, path: string) =>
  new WebSocket(wsUrl(t, path), { headers: { authorization: `Bearer ${t.adminToken}` } });

async function apiBoot(t: TestServer, guest: TestGuest, name: string): Promise<ApiMarks> {
  const marks: ApiMarks = {};
  const t0 = performance.now();
  await t.admin("createVm", {
    body: { name, vcpu: 1, mem_mib: 128, kernel_path: guest.kernel, initrd_path: guest.initrd },
  });
  marks.post = performance.now() - t0;
  const ws = openWs(t, `/v1/vms/${name}/shell/ws`);
  const watch = consoleWatcher(t0, marks, (s) => ws.send(Buffer.from(s), { binary: true }));
  ws.on("message", (m: Buffer) => watch.feed(m));
  try {
    await new Promise<void>((r, j) => {
      ws.once("open", () => r());
      ws.once("error", j);
    });
    marks.wsOpen = performance.now() - t0;
    // The driver's console() is a fresh connection to QEMU's serial socket: whatever the guest printed
    // before it was attached is only in serial.log. If the marker went by unseen, time the shell instead.
    const fallback = setTimeout(() => {
      if (marks.marker === undefined) {
        marks.lost = true;
        ws.send(Buffer.from(`\n${ECHO}`), { binary: true });
      }
    }, 30_000);
    try {
      await withTimeout(watch.done, 60_000, () => `API boot: no shell answer; console said ${JSON.stringify(watch.text)}`);
    } finally {
      clearTimeout(fallback);
    }
    return marks;
  } finally {
    ws.close();
    const d0 = performance.now();
    await t.admin("deleteVm", { params: { id: name } });
    marks.del = performance.now() - d0;
  }
}

// ---------------------------------------------------------------------------------------------

/** KVM counts only if /dev/kvm exists and the driver's `accel: "kvm"` boots the guest to init. */
async function probeKvm(guest: TestGuest, root: string): Promise<string> {
  if (!existsSync("/dev/kvm")) return "not available (no /dev/kvm)";
  const driver = new QemuVmDriver({ stateDir: root, accel: "kvm" });
  const spec = {
    id: "kvm",
    vcpus: 1,
    memoryMb: 128,
    kernel: guest.kernel,
    initrd: guest.initrd,
    drives: [],
    nics: [],
    console: true as const,
  };
  const t0 = performance.now();
  try {
    await driver.create(spec);
    await driver.start("kvm");
    let log = "";
    while (performance.now() - t0 < 10_000) {
      log = await readFile(join(root, "kvm", "serial.log"), "utf8").catch(() => "");
      if (log.includes(GUEST_READY_MARKER)) return `works (guest init after ${ms(performance.now() - t0)} ms)`;
      await sleep(100);
    }
    const last = log.trim().split("\n").at(-1)?.trim();
    return `not available: /dev/kvm exists, but with the driver's accel "kvm" the guest did not reach init in 10 s (last console line: ${JSON.stringify(last ?? "")})`;
  } catch (e) {
    return `not available: /dev/kvm exists, but the driver's accel "kvm" failed: ${(e as Error).message.split("\n")[0]}`;
  } finally {
    await driver.delete("kvm").catch(() => undefined);
  }
}

const guest = await getTestGuest();
process.env.SHIPYARD_REQUIRE_PG = "0";
const rawRoot = await mkdtemp("/tmp/sy-bench-vms-");
const qemuVersion = execFileSync(QEMU, ["--version"], { encoding: "utf8" }).split("\n")[0];
const foreignBefore = allQemus();
progress("guest ready; probing KVM");
const kvm = await probeKvm(guest, join(rawRoot, "kvm"));
progress("starting the server");

const t = await startTestServer("pglite", { SHIPYARD_VM_ASSET_ROOTS: guest.dir });
const roots = [rawRoot, t.dataDir];
const fleet: string[] = [];
const fillers: ChildProcess[] = [];
let leftover: number[] = [];
try {
  // 1. start → guest init, alternated so load drift hits both alike; one warm-up of each first
  progress("boots");
  await rawBoot(guest, join(rawRoot, "warm"));
  await apiBoot(t, guest, "warm");
  await rawLaunch(guest, join(rawRoot, "warm-launch"));
  const raw: Marks[] = [];
  const api: ApiMarks[] = [];
  const launches: Array<{ launch: number; exit: number; reaped: Promise<number> }> = [];
  for (let i = 0; i < N; i++) {
    // alternate which path goes first too
    if (i % 2 === 0) raw.push(await rawBoot(guest, join(rawRoot, `r${i}`)));
    api.push(await apiBoot(t, guest, `boot-${i}`));
    if (i % 2 === 1) raw.push(await rawBoot(guest, join(rawRoot, `r${i}`)));
    launches.push(await rawLaunch(guest, join(rawRoot, `l${i}`)));
  }
  const launch = launches.map((l) => l.launch);
  const col = (xs: Marks[], k: keyof Marks) => xs.flatMap((m) => (m[k] === undefined ? [] : [m[k] as number]));
  const lost = api.filter((m) => m.lost).length;

  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${qemuVersion}; accel tcg; KVM ${kvm}`,
  );
  console.log(`other QEMU processes on the machine during the run (not ours): ${foreignBefore}\n`);
  console.log(`### Start request → guest init (${N} runs each, alternated; 1 vCPU, 128 MiB)\n`);
  row(["path", "n", "median ms", "p90 ms", "min ms"]);
  row(["---", "---:", "---:", "---:", "---:"]);
  const rawMarker = col(raw, "marker");
  const apiMarker = col(api, "marker");
  statRow("raw `qemu-system-x86_64` (spawn → marker on stdout)", rawMarker);
  row([
    `Shipyard API (before POST /v1/vms → marker on WS /v1/vms/:id/shell/ws)${lost ? ` — marker missed ${lost}×` : ""}`,
    apiMarker.length,
    ms(median(apiMarker)),
    ms(pct(apiMarker, 90)),
    ms(min(apiMarker)),
  ]);
  row([
    "difference (API − raw)",
    "",
    ms(median(apiMarker) - median(rawMarker)),
    ms(pct(apiMarker, 90) - pct(rawMarker, 90)),
    ms(min(apiMarker) - min(rawMarker)),
  ]);
  const rawShell = col(raw, "shell");
  const apiShell = col(api, "shell");
  statRow("raw: spawn → `echo` answered by the guest shell", rawShell);
  statRow("API: before POST → `echo` answered over the console WebSocket", apiShell);
  row(["Firecracker, published (KVM; API start → guest init) — cannot run here: no usable KVM", "", "125", "", ""]);

  console.log(
    `\nEach run, marker ms — raw: ${raw.map((m) => ms(m.marker ?? Number.NaN)).join(", ")}; API: ${api.map((m) => ms(m.marker ?? Number.NaN)).join(", ")}`,
  );
  const sawKernel = api.filter((m) => m.kernel !== undefined).length;
  const sawEdd = api.filter((m) => m.edd !== undefined).length;
  console.log(
    `\nThe console WebSocket replays nothing: the driver's console() is a fresh connection to QEMU's serial socket, and what the guest printed before it is only in serial.log. Here it attached in time for the kernel's first line in ${sawKernel}/${N} runs (for the real-mode \`Probing EDD\` line in ${sawEdd}/${N}); the marker was missed in ${lost}/${N}.`,
  );
  console.log("\n### Where the time goes (medians, ms after the start request)\n");
  row(["phase", "raw", "API"]);
  row(["---", "---:", "---:"]);
  row(["QMP answering (raw: spawn → `qmp_capabilities` done)", ms(median(col(raw, "qmp"))), ""]);
  row(["POST /v1/vms returned (QEMU daemonized, QMP connected, recorded)", "", ms(median(col(api, "post")))]);
  row(["console WebSocket open", "", ms(median(col(api, "wsOpen")))]);
  row([
    "`Probing EDD` (the bzImage's real-mode setup; API: only if the console was attached by then)",
    ms(median(col(raw, "edd"))),
    ms(median(col(api, "edd"))),
  ]);
  row(["`Linux version` (bzImage decompressed, kernel running)", ms(median(col(raw, "kernel"))), ms(median(col(api, "kernel")))]);
  row(["`Run /init` (kernel init done)", ms(median(col(raw, "init"))), ms(median(col(api, "init")))]);
  row([`\`${GUEST_READY_MARKER}\` (init script: modules, acpid)`, ms(median(rawMarker)), ms(median(apiMarker))]);
  row(["shell answers `echo`", ms(median(rawShell)), ms(median(apiShell))]);

  console.log(`\n### The start request alone (${N} runs each)\n`);
  row(["step", "n", "median ms", "p90 ms", "min ms"]);
  row(["---", "---:", "---:", "---:", "---:"]);
  statRow("driver's launch without Shipyard: `qemu -daemonize` until the parent exits + QMP connected", launch);
  const post = col(api, "post");
  statRow("POST /v1/vms round trip (validate, place, record, create + launch, status, audit)", post);
  row(["API overhead on the start request (POST − launch)", "", ms(median(post) - median(launch)), "", ""]);
  const del = api.flatMap((m) => (m.del === undefined ? [] : [m.del]));
  statRow("DELETE /v1/vms/:id round trip (QMP quit, wait until the pid is gone, remove state)", del);
  const exits = launches.map((l) => l.exit).filter(Number.isFinite);
  const reaps = (await Promise.all(launches.map((l) => l.reaped))).filter(Number.isFinite);
  statRow("without Shipyard: QMP `quit` → QEMU exited (zombie)", exits);
  statRow("without Shipyard: QMP `quit` → zombie reaped by PID 1 (its parent after `-daemonize`)", reaps);

  progress("fleet");
  // 2. a fleet with live metrics. A 64 MiB guest first: does the Debian kernel fit?
  const probeName = "mem-64";
  const p = await t.admin("createVm", {
    body: { name: probeName, vcpu: 1, mem_mib: 64, kernel_path: guest.kernel, initrd_path: guest.initrd },
  });
  let probeState = "running";
  let probeLog = "";
  for (let i = 0; i < 100; i++) {
    probeState = (await t.admin("getVm", { params: { id: probeName } })).state;
    probeLog = await readFile(join(t.dataDir, "vms", p.id, "serial.log"), "utf8").catch(() => "");
    if (probeState !== "running" || probeLog.includes(GUEST_READY_MARKER)) break;
    await sleep(200);
  }
  await t.admin("deleteVm", { params: { id: probeName } });
  const boots64 = probeLog.includes(GUEST_READY_MARKER);
  const fleetMib = boots64 ? 64 : 80;

  const creates: number[] = [];
  let refusal = "";
  const c0 = performance.now();
  for (let i = 0; i < FLEET; i++) {
    const name = `fleet-${i}`;
    const s = performance.now();
    try {
      const vm = await t.admin("createVm", {
        body: { name, vcpu: 1, mem_mib: fleetMib, kernel_path: guest.kernel, initrd_path: guest.initrd, start: true },
      });
      fleet.push(vm.id);
      creates.push(performance.now() - s);
    } catch (e) {
      refusal = `VM ${i + 1} refused: ${e instanceof ApiError ? `${e.status} ${e.message}` : (e as Error).message}`;
      break;
    }
  }
  const createTotal = performance.now() - c0;
  // The API stops at its placement limit; raw guests (same arguments) fill the machine up to FLEET,
  // to see whether it holds that many and to sample under that load.
  const fillCount = Math.max(0, FLEET - fleet.length);
  const f0 = performance.now();
  let fillerDone = 0;
  const fillersBooting = Promise.all(
    Array.from({ length: fillCount }, async (_, k) => {
      const dir = join(rawRoot, `f${k}`);
      await mkdir(dir, { recursive: true });
      const child = spawn(QEMU, rawArgs(guest, dir, fleetMib), { stdio: ["ignore", "pipe", "ignore"] });
      fillers.push(child);
      let tail = "";
      const booted = new Promise<boolean>((r) => {
        // keeps draining the pipe after the marker; searches only the new bytes
        child.stdout?.on("data", (d: Buffer) => {
          tail = (tail + d.toString()).slice(-4096);
          if (tail.includes(GUEST_READY_MARKER)) r(true);
        });
        child.once("exit", () => r(false));
      });
      const ok = await withTimeout(booted, 180_000, () => "filler boot").catch(() => false);
      fillerDone = performance.now() - f0;
      return ok;
    }),
  );
  // booted = the marker is in the VM's serial.log (the driver's log of the console)
  const pending = new Set(fleet);
  while (pending.size > 0 && performance.now() - c0 < 180_000) {
    for (const id of [...pending]) {
      if ((await readFile(join(t.dataDir, "vms", id, "serial.log"), "utf8").catch(() => "")).includes(GUEST_READY_MARKER))
        pending.delete(id);
    }
    await sleep(200);
  }
  const allBooted = performance.now() - c0;
  const states = (await t.admin("listVms")).items.filter((v) => fleet.includes(v.id)).map((v) => v.state);
  const running = states.filter((s) => s === "running").length;
  const fillersUp = (await fillersBooting).filter(Boolean).length;
  const fillersBootedMs = fillerDone;
  progress("fleet booted; sampling");
  await sleep(2_000); // let the last boots' CPU burst pass

  interface Sock {
    vm: string;
    arrivals: number[];
    lags: number[];
    errors: number;
    cpu: number[];
    mem: number[];
  }
  const socks: Sock[] = [];
  const wss: WebSocket[] = [];
  const guestsBefore = await guestStats(roots, t.dataDir);
  const memUsedBefore = totalmem() - freemem();
  const cpuBefore = cpus().map((c) => c.times);
  const usageBefore = process.cpuUsage();
  const w0 = performance.now();
  await Promise.all(
    Array.from({ length: fleet.length > 0 ? SOCKETS : 0 }, (_, k) => {
      const vm = fleet[k % fleet.length] as string;
      const s: Sock = { vm, arrivals: [], lags: [], errors: 0, cpu: [], mem: [] };
      socks.push(s);
      const ws = openWs(t, `/v1/vms/${vm}/metrics/ws`);
      wss.push(ws);
      ws.on("message", (m: Buffer) => {
        const at = performance.now();
        if (at - w0 > WINDOW_MS) return;
        const msg = JSON.parse(m.toString()) as { op?: string; at?: string; cpu_percent?: number; memory_used_mb?: number };
        if (msg.op === "error") s.errors++;
        else {
          s.arrivals.push(at);
          s.lags.push(Date.now() - Date.parse(msg.at ?? ""));
          s.cpu.push(msg.cpu_percent ?? 0);
          s.mem.push(msg.memory_used_mb ?? 0);
        }
      });
      return new Promise<void>((r, j) => {
        ws.once("open", () => r());
        ws.once("error", j);
      });
    }),
  );
  const opened = performance.now() - w0;
  await sleep(WINDOW_MS - (performance.now() - w0));
  const usage = process.cpuUsage(usageBefore);
  const cpuAfter = cpus().map((c) => c.times);
  const load1 = loadavg()[0] ?? 0;
  const guestsAfter = await guestStats(roots, t.dataDir);
  const memUsed = totalmem() - freemem();
  for (const ws of wss) ws.close();
  let busy = 0;
  let total = 0;
  cpuAfter.forEach((a, i) => {
    const b = cpuBefore[i] as typeof a;
    const sum = (x: typeof a) => x.user + x.nice + x.sys + x.irq + x.idle;
    total += sum(a) - sum(b);
    busy += sum(a) - sum(b) - (a.idle - b.idle);
  });
  const gaps = socks.flatMap((s) => s.arrivals.slice(1).map((x, i) => x - (s.arrivals[i] as number)));
  const maxGaps = socks.map((s) => Math.max(0, ...s.arrivals.slice(1).map((x, i) => x - (s.arrivals[i] as number))));
  const counts = socks.map((s) => s.arrivals.length);
  const behind = maxGaps.filter((g) => g > 1500).length;

  console.log(`\n### ${fleet.length} VMs, ${socks.length} metrics WebSockets at 1 Hz for ${WINDOW_MS / 1000} s\n`);
  row(["measure", "result"]);
  row(["---", "---"]);
  row([
    "64 MiB guest",
    boots64
      ? "boots"
      : `does not boot (state ${probeState}: resets before the kernel's first line; the Debian kernel needs 16 MiB + its 51.5 MiB init_size), fleet uses ${fleetMib} MiB`,
  ]);
  row(["VMs asked for / created", `${FLEET} / ${fleet.length}${refusal ? ` — ${refusal}` : ""}`]);
  row([
    "create time (sequential POST /v1/vms, start: true)",
    `${ms(createTotal)} ms total; per VM median ${ms(median(creates))}, max ${ms(Math.max(...creates))}`,
  ]);
  row([
    "all booted to init (marker in serial.log) after the first POST",
    `${ms(allBooted)} ms${pending.size ? ` — ${pending.size} never booted` : ""}; API state running: ${running}/${fleet.length}`,
  ]);
  row([
    "sockets (per VM)",
    `${socks.length} (${fleet.length ? (socks.length / fleet.length).toFixed(1) : 0}); all open after ${ms(opened)} ms`,
  ]);
  row([
    `samples per socket in ${WINDOW_MS / 1000} s (one at connect, then 1/s)`,
    `min ${Math.min(...counts)}, median ${median(counts)}, max ${Math.max(...counts)}; error messages ${socks.reduce((a, s) => a + s.errors, 0)}`,
  ]);
  row([
    "gap between samples, all sockets",
    `p50 ${ms(median(gaps))} ms, p99 ${ms(pct(gaps, 99))} ms, max ${ms(Math.max(...gaps))} ms`,
  ]);
  row(["max gap per socket", `median ${ms(median(maxGaps))} ms, worst ${ms(Math.max(...maxGaps))} ms`]);
  row(["sockets that fell behind (a gap > 1.5 s)", `${behind} of ${socks.length}`]);
  const lags = socks.flatMap((s) => s.lags);
  row(["sample `at` → received", `p50 ${ms(median(lags))} ms, max ${ms(Math.max(...lags))} ms`]);
  const gcpu = socks.flatMap((s) => s.cpu.slice(1));
  const gmem = socks.flatMap((s) => s.mem);
  row([
    "`cpu_percent` in the samples",
    `median ${median(gcpu)} %, max ${Math.max(...gcpu)} %; ${gcpu.filter((c) => c > 100).length} of ${gcpu.length} above 100 % for a 1-vCPU guest (sockets on the same VM share the driver's last-sample state)`,
  ]);
  row(["`memory_used_mb` (QEMU RSS) in the samples", `median ${median(gmem)} MB for a ${fleetMib} MiB guest`]);
  row([
    `machine filled up to ${FLEET} guests with raw QEMU (same arguments)`,
    fillCount === 0
      ? "not needed"
      : `${fillersUp}/${fillCount} booted to init, the last ${ms(fillersBootedMs)} ms after they were spawned (right after the API creates; all ${fleet.length + fillCount} guests booting at once)`,
  ]);
  const perGuest: number[] = [];
  let rssKb = 0;
  for (const [pid, a] of guestsAfter) {
    const b = guestsBefore.get(pid);
    if (b) perGuest.push((a.ticks - b.ticks) / (WINDOW_MS / 1000));
    rssKb += a.rssKb;
  }
  row([
    `QEMU processes of this run during the window (from /proc), ${guestsAfter.size} guests`,
    `CPU per guest median ${median(perGuest).toFixed(1)} %, max ${Math.max(...perGuest).toFixed(1)} %, sum ${perGuest.reduce((x, y) => x + y, 0).toFixed(0)} %; RSS sum ${(rssKb / 2 ** 20).toFixed(2)} GiB; machine memory in use ${(memUsedBefore / 2 ** 30).toFixed(1)}–${(memUsed / 2 ** 30).toFixed(1)} GiB of ${(totalmem() / 2 ** 30).toFixed(0)}`,
  ]);
  row([
    "machine during the window",
    `CPU busy ${((busy / total) * 100).toFixed(0)} % of ${cpus().length} cores; load average (1 min) ${load1.toFixed(2)}; this Node process (server + bench) ${(((usage.user + usage.system) / 1000 / WINDOW_MS) * 100).toFixed(1)} % of a core`,
  ]);
  progress("deleting the fleet");
  const d0 = performance.now();
  const n = fleet.length;
  await Promise.all(fleet.splice(0).map((id) => t.admin("deleteVm", { params: { id } })));
  console.log(`\nDeleting the ${n} API VMs in parallel (DELETE /v1/vms/:id): ${ms(performance.now() - d0)} ms.`);
} finally {
  for (const child of fillers) {
    child.kill("SIGKILL");
    await exited(child);
  }
  for (const id of fleet.splice(0)) await t.admin("deleteVm", { params: { id } }).catch(() => undefined);
  for (const v of (await t.admin("listVms").catch(() => ({ items: [] }))).items)
    await t.admin("deleteVm", { params: { id: v.id } }).catch(() => undefined);
  leftover = await ourQemus(roots);
  for (const pid of leftover) process.kill(pid, "SIGKILL");
  progress("closing the server");
  await t.close();
  progress("closed");
  await rm(rawRoot, { recursive: true, force: true });
}
console.log(
  `\ncleanup: every VM deleted through the API; QEMU processes of this run left: ${leftover.length}; QEMU processes on the machine: ${foreignBefore} before, ${allQemus()} after`,
);
if (leftover.length > 0) throw new Error(`QEMU processes ${leftover.join(", ")} outlived their deletion (killed now)`);
