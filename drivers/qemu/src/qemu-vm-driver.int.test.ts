import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, open, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Duplex } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VmSpec } from "./port.ts";
import { QemuVmDriver, qemuDriveThrottle } from "./qemu-vm-driver.ts";
import { GUEST_READY_MARKER, getTestGuest, type TestGuest } from "./testing/guest.ts";

/** A live process (not one that has exited and only waits for init to reap it). */
const running = (pid: number | undefined) => {
  if (pid === undefined) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
};

const hasQemu = (() => {
  try {
    execFileSync("qemu-system-x86_64", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Collects console output and waits for text in it. */
const reader = (stream: Duplex) => {
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  return {
    get text() {
      return text;
    },
    async waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const m = pattern.exec(text);
        if (m) return m;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; console so far:\n${text.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
};

/** The first `length` bytes at `offset` of a file, as text. */
const bytesAt = async (path: string, offset: number, length: number) => {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(length);
    await fh.read(buf, 0, length, offset);
    return buf.toString("latin1");
  } finally {
    await fh.close();
  }
};

describe("qemuDriveThrottle (token bucket → QEMU -drive throttling)", () => {
  it("maps the refill rate to the average and the bucket (plus one-time burst) to a 1 s burst", () => {
    // 1 MiB per second, 1 MiB at once: exactly QEMU's max × 1 s.
    expect(qemuDriveThrottle({ bandwidth: { size: 1_048_576, refillTimeMs: 1000 } })).toEqual({
      "throttling.bps-total": 1_048_576,
      "throttling.bps-total-max": 1_048_576,
      "throttling.bps-total-max-length": 1,
    });
    // 10 MiB per second with a 1 MiB bucket plus a 1 MiB one-time burst (the Firecracker test spec).
    expect(
      qemuDriveThrottle({
        bandwidth: { size: 10_485_760, refillTimeMs: 1000, oneTimeBurst: 1_048_576 },
        ops: { size: 500, refillTimeMs: 1000 },
      }),
    ).toEqual({
      "throttling.bps-total": 10_485_760,
      "throttling.bps-total-max": 11_534_336,
      "throttling.bps-total-max-length": 1,
      "throttling.iops-total": 500,
      "throttling.iops-total-max": 500,
      "throttling.iops-total-max-length": 1,
    });
    // A bucket refilled every 100 ms holds a tenth of a second: QEMU's own bucket, no max.
    expect(qemuDriveThrottle({ ops: { size: 100, refillTimeMs: 100 } })).toEqual({ "throttling.iops-total": 1000 });
    // Half a second of rate is nearer to QEMU's 1 s burst than to its 0.1 s bucket; max never goes below the rate.
    expect(qemuDriveThrottle({ ops: { size: 50, refillTimeMs: 500 } })).toEqual({
      "throttling.iops-total": 100,
      "throttling.iops-total-max": 100,
      "throttling.iops-total-max-length": 1,
    });
    // A slow refill: 100 MB every 10 s → 10 MB/s with a 100 MB burst.
    expect(qemuDriveThrottle({ bandwidth: { size: 100_000_000, refillTimeMs: 10_000 } })).toEqual({
      "throttling.bps-total": 10_000_000,
      "throttling.bps-total-max": 100_000_000,
      "throttling.bps-total-max-length": 1,
    });
    // Never 0 (QEMU reads 0 as "no limit").
    expect(qemuDriveThrottle({ ops: { size: 1, refillTimeMs: 60_000 } })).toMatchObject({ "throttling.iops-total": 1 });
    expect(qemuDriveThrottle({})).toEqual({});
  });
});

describe.skipIf(!hasQemu)("QemuVmDriver on a real QEMU microvm (TCG)", () => {
  let guest: TestGuest;
  let stateDir: string;
  let dataDir: string;
  let driver: QemuVmDriver;

  const spec = (over: Partial<VmSpec> = {}): VmSpec => ({
    id: "vm-test",
    vcpus: 1,
    memoryMb: 256,
    kernel: guest.kernel,
    initrd: guest.initrd,
    kernelArgs: "quiet",
    drives: [],
    nics: [{ id: "eth0", mode: "user", mac: "52:54:00:12:34:56" }],
    console: true,
    ...over,
  });

  beforeAll(async () => {
    guest = await getTestGuest();
    stateDir = await mkdtemp("/tmp/sy-qemu-");
    dataDir = await mkdtemp("/tmp/sy-qemu-data-");
    driver = new QemuVmDriver({ stateDir });
  });

  afterAll(async () => {
    // Whatever a failed test left: adopt it with a fresh driver and delete it (stops QEMU by its pid).
    await driver.detach();
    const cleanup = new QemuVmDriver({ stateDir });
    for (const id of await readdir(stateDir)) {
      await cleanup.adopt(id).then(
        () => cleanup.delete(id),
        () => undefined,
      );
    }
    await rm(stateDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  it("boots, runs a command on the console, pauses, resumes, reports metrics, stops gracefully and deletes cleanly", async () => {
    await expect(driver.create(spec())).resolves.toEqual({ id: "vm-test", state: "created" });
    expect((await driver.status("vm-test")).state).toBe("created");

    const t0 = performance.now();
    await driver.start("vm-test");
    const { pid } = await driver.status("vm-test");
    expect(pid).toBeGreaterThan(0);

    // The marker is in the console log even when printed before anyone attached.
    for (;;) {
      const s = await driver.status("vm-test");
      if (s.lastOutput?.includes(GUEST_READY_MARKER)) break;
      expect(s.state).toBe("running");
      if (performance.now() - t0 > 30_000) throw new Error(`no ready marker in 30 s:\n${s.lastOutput}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const bootMs = Math.round(performance.now() - t0);
    console.log(`[qemu] boot to ${GUEST_READY_MARKER}: ${bootMs} ms`);

    const consoleStream = await driver.console("vm-test");
    const out = reader(consoleStream);
    consoleStream.write("echo result=$((6*7))\n");
    await out.waitFor(/result=42/, 10_000);
    // The guest sees its virtio NIC with the MAC from the spec.
    consoleStream.write("cat /sys/class/net/eth0/address\n");
    await out.waitFor(/52:54:00:12:34:56/, 10_000);
    consoleStream.destroy();

    await driver.pause("vm-test");
    expect((await driver.status("vm-test")).state).toBe("paused");
    await driver.resume("vm-test");
    expect((await driver.status("vm-test")).state).toBe("running");

    // The first sample averages over the process lifetime (boot burns CPU); later ones cover the interval.
    const metrics = await driver.metrics("vm-test");
    console.log(`[qemu] metrics: ${JSON.stringify(metrics)}`);
    expect(metrics.cpuPercent).toBeGreaterThan(0);
    expect(metrics.memoryUsedMb).toBeGreaterThan(10);
    expect(metrics.threads).toBeGreaterThan(0);
    expect(metrics.memoryLimitMb).toBe(256);
    expect(metrics.uptimeSeconds).toBeGreaterThan(0);
    expect((await driver.metrics("vm-test")).cpuPercent).toBeGreaterThanOrEqual(0);

    const t1 = performance.now();
    await expect(driver.stop("vm-test", { timeoutMs: 10_000 })).resolves.toEqual({ how: "graceful" });
    console.log(`[qemu] graceful stop: ${Math.round(performance.now() - t1)} ms`);
    expect((await driver.status("vm-test")).state).toBe("stopped");
    expect(running(pid)).toBe(false);

    await driver.delete("vm-test");
    expect(existsSync(`${stateDir}/vm-test`)).toBe(false);
    expect(await readdir(stateDir)).toEqual([]);
    await expect(driver.status("vm-test")).rejects.toMatchObject({ code: "not_found" });
  });

  it("re-attaches to a running VM after an agent restart, and delete leaves no process or file", async () => {
    await driver.create(spec({ id: "vm-adopt", nics: [] }));
    await driver.start("vm-adopt");
    const { pid } = await driver.status("vm-adopt");

    await driver.detach();
    const restarted = new QemuVmDriver({ stateDir });
    await expect(restarted.status("vm-adopt")).rejects.toMatchObject({ code: "not_found" });
    await expect(restarted.adopt("vm-adopt")).resolves.toEqual({ id: "vm-adopt", state: "running" });
    await restarted.pause("vm-adopt");
    expect((await restarted.status("vm-adopt")).state).toBe("paused");

    await restarted.delete("vm-adopt");
    expect(running(pid)).toBe(false);
    expect(await readdir(stateDir)).toEqual([]);
    await expect(restarted.adopt("vm-adopt")).rejects.toMatchObject({ code: "not_found" });
  });

  // needs CAP_NET_ADMIN (the test suite runs as root); elsewhere it says why it is skipped
  const canBridge = (() => {
    try {
      execFileSync("ip", ["link", "add", "sy-probe-br", "type", "bridge"], { stdio: "ignore" });
      execFileSync("ip", ["link", "del", "sy-probe-br"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!canBridge)("puts a tap NIC on a host bridge, and the tap is gone with the VM (needs CAP_NET_ADMIN)", async () => {
    const link = (dev: string) => {
      try {
        return execFileSync("ip", ["-o", "link", "show", "dev", dev], { encoding: "utf8" });
      } catch {
        return undefined;
      }
    };
    execFileSync("ip", ["link", "add", "sy-test-br0", "type", "bridge"]);
    try {
      await driver.create(
        spec({
          id: "vm-tap",
          nics: [{ id: "eth0", mode: "tap", tap: "sy-test-tap0", bridge: "sy-test-br0", mac: "52:54:00:aa:00:01" }],
        }),
      );
      await driver.start("vm-tap");
      expect(link("sy-test-tap0")).toMatch(/master sy-test-br0/);
      expect(link("sy-test-tap0")).toMatch(/[<,]UP[,>]/);
      await driver.delete("vm-tap");
      expect(link("sy-test-tap0")).toBeUndefined();

      // a bridge that does not exist: a clear error, and nothing left running
      await driver.create(
        spec({
          id: "vm-nobr",
          nics: [{ id: "eth0", mode: "tap", tap: "sy-test-tap1", bridge: "sy-no-such-br", mac: "52:54:00:aa:00:02" }],
        }),
      );
      await expect(driver.start("vm-nobr")).rejects.toMatchObject({
        code: "unavailable",
        message: expect.stringMatching(/bridge sy-no-such-br/),
      });
      expect((await driver.status("vm-nobr")).state).not.toBe("running");
      await driver.delete("vm-nobr");
      expect(link("sy-test-tap1")).toBeUndefined();
    } finally {
      execFileSync("ip", ["link", "del", "sy-test-br0"]);
    }
  });

  it("refuses a VM whose kernel does not exist before anything starts", async () => {
    const err = await driver.create(spec({ id: "vm-nokernel", kernel: "/nonexistent/vmlinuz" })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "invalid_input", message: expect.stringContaining("/nonexistent/vmlinuz") });
    expect(await readdir(stateDir)).toEqual([]);
    await expect(driver.start("vm-nokernel")).rejects.toMatchObject({ code: "not_found" });
  });

  it("rejects invalid specs and unsupported features with clear errors", async () => {
    await expect(driver.create(spec({ id: "bad", vcpus: 0 }))).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining("vcpus"),
    });
    await expect(driver.create(spec({ id: "bad", memoryMb: 1_000_000 }))).rejects.toMatchObject({ code: "invalid_input" });
    await expect(
      driver.create(spec({ id: "bad", nics: [{ id: "n", mode: "user", mac: "zz:54:00:12:34:56" }] })),
    ).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining("MAC") });
    await expect(
      driver.create(
        spec({
          id: "bad",
          nics: [{ id: "n", mode: "user", mac: "52:54:00:12:34:57", txRateLimit: { ops: { size: 1, refillTimeMs: 1 } } }],
        }),
      ),
    ).rejects.toMatchObject({ code: "unsupported", message: expect.stringContaining("nicRateLimits") });
    const drive = { id: "d", path: guest.initrd, readOnly: true, root: false };
    await expect(
      driver.create(spec({ id: "bad", drives: [{ ...drive, rateLimit: { ops: { size: 0, refillTimeMs: 1 } } }] })),
    ).rejects.toMatchObject({ code: "invalid_input", issues: [{ path: "drives.0.rateLimit.ops.size" }] });
    await expect(
      driver.create(spec({ id: "bad", drives: [{ ...drive, rateLimit: { bandwidth: { size: 1e15, refillTimeMs: 1 } } }] })),
    ).rejects.toMatchObject({ code: "invalid_input", issues: [{ path: "drives.0.rateLimit" }] });
    await expect(
      driver.create(spec({ id: "bad", credentials: { username: "ops", passwordHash: "plain password" } })),
    ).rejects.toMatchObject({ code: "invalid_input", issues: [{ path: "credentials.passwordHash" }] });
    await expect(driver.ctrlAltDel("anything")).rejects.toMatchObject({ code: "not_found" });
    await expect(driver.reconfigure("anything", spec({ id: "anything" }))).rejects.toMatchObject({ code: "not_found" });
    await expect(driver.snapshot("anything", join(dataDir, "s"))).rejects.toMatchObject({ code: "not_found" });
    expect(await readdir(stateDir)).toEqual([]);
  });

  // One VM for snapshots, restore, drive throttling and reconfigure; then it boots again reconfigured.
  const snapDir = () => join(dataDir, "snap");
  let snapConsole: Duplex | undefined;
  let snapOut: ReturnType<typeof reader>;

  it("throttles a drive to its token bucket (QEMU -drive throttling)", async () => {
    const disk = join(dataDir, "data.img");
    await writeFile(disk, Buffer.alloc(4 * 1024 * 1024));
    await driver.create(
      spec({
        id: "vm-snap",
        drives: [
          // 1 MiB/s, 1 MiB at once.
          {
            id: "data",
            path: disk,
            readOnly: false,
            root: false,
            rateLimit: { bandwidth: { size: 1_048_576, refillTimeMs: 1000 } },
          },
          { id: "ro", path: guest.initrd, readOnly: true, root: false },
        ],
      }),
    );
    const t0 = performance.now();
    await driver.start("vm-snap");
    for (;;) {
      const s = await driver.status("vm-snap");
      if (s.lastOutput?.includes(GUEST_READY_MARKER)) break;
      if (performance.now() - t0 > 30_000) throw new Error(`no ready marker in 30 s:\n${s.lastOutput}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    snapConsole = await driver.console("vm-snap");
    snapOut = reader(snapConsole);
    // 3 MiB past the page cache: the first MiB at once, then 1 MiB/s.
    const t1 = performance.now();
    snapConsole.write("dd if=/dev/vda of=/dev/null bs=64k count=48 iflag=direct 2>/dev/null; echo dd=$((40+2))\n");
    await snapOut.waitFor(/dd=42/, 20_000);
    const ms = Math.round(performance.now() - t1);
    console.log(`[qemu] 3 MiB through a 1 MiB/s drive throttle: ${ms} ms`);
    expect(ms).toBeGreaterThan(1500);
    expect(ms).toBeLessThan(6000);
  });

  it("snapshots a running VM, restores it into a new VM with the guest's state, and leaves the original running", async () => {
    const console_ = snapConsole as Duplex;
    // State the restored guest must see: a file in its RAM-backed root, and bytes on its writable drive.
    console_.write("echo MARK-$((100+23)) > /tmp/m; printf DISK-%s A | dd of=/dev/vda conv=fsync 2>/dev/null; echo w=$((3*3))\n");
    await snapOut.waitFor(/w=9/, 10_000);

    // Snapshots are never written over: a folder with anything in it is refused before the VM pauses.
    await mkdir(join(dataDir, "used"));
    await writeFile(join(dataDir, "used", "x"), "");
    await expect(driver.snapshot("vm-snap", join(dataDir, "used"))).rejects.toMatchObject({ code: "conflict" });
    expect(await readdir(join(dataDir, "used"))).toEqual(["x"]);

    const t0 = performance.now();
    const info = await driver.snapshot("vm-snap", snapDir());
    console.log(`[qemu] snapshot of a running 256 MiB VM: ${Math.round(performance.now() - t0)} ms, ${info.sizeBytes} bytes`);
    expect(info).toMatchObject({ dir: snapDir(), memoryFile: join(snapDir(), "memory.bin"), spec: { id: "vm-snap" } });
    expect(Date.parse(info.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await readdir(snapDir())).sort()).toEqual(["drive-data.img", "memory.bin", "snapshot.json"]);
    expect(info.sizeBytes).toBeGreaterThan(4 * 1024 * 1024);
    expect(await bytesAt(join(snapDir(), "drive-data.img"), 0, 6)).toBe("DISK-A");
    const manifest = JSON.parse(await readFile(join(snapDir(), "snapshot.json"), "utf8"));
    expect(manifest).toMatchObject({ driver: "qemu", drives: [{ id: "data", file: "drive-data.img" }, { id: "ro" }] });
    await expect(driver.snapshot("vm-snap", snapDir())).rejects.toMatchObject({ code: "conflict" });

    // The original runs on.
    expect((await driver.status("vm-snap")).state).toBe("running");
    console_.write("echo alive=$((20+22))\n");
    await snapOut.waitFor(/alive=42/, 10_000);

    const t1 = performance.now();
    await expect(driver.restore(snapDir(), { id: "vm-snap" })).rejects.toMatchObject({ code: "conflict" });
    await expect(driver.restore(join(dataDir, "nowhere"), { id: "vm-r" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(driver.restore(snapDir(), { id: "vm-restored" })).resolves.toEqual({ id: "vm-restored", state: "running" });
    console.log(`[qemu] restore into a new VM: ${Math.round(performance.now() - t1)} ms`);
    const { pid } = await driver.status("vm-restored");
    expect(pid).not.toBe((await driver.status("vm-snap")).pid);

    const restoredConsole = await driver.console("vm-restored");
    const out = reader(restoredConsole);
    restoredConsole.write("cat /tmp/m\n");
    await out.waitFor(/MARK-123/, 10_000);
    // The restored VM writes to its own copy of the drive, not to the original file.
    restoredConsole.write(
      "dd if=/dev/vda bs=6 count=1 2>/dev/null; echo; printf DISK-%s B | dd of=/dev/vda bs=512 seek=8 conv=fsync 2>/dev/null; echo r=$((5*5))\n",
    );
    await out.waitFor(/DISK-A[\s\S]*r=25/, 10_000);
    restoredConsole.destroy();
    const copy = join(stateDir, "vm-restored", "drive-data.img");
    expect(await bytesAt(copy, 4096, 6)).toBe("DISK-B");
    expect(await bytesAt(join(dataDir, "data.img"), 4096, 6)).toBe("\0\0\0\0\0\0");
    expect(await bytesAt(join(snapDir(), "drive-data.img"), 4096, 6)).toBe("\0\0\0\0\0\0");

    // A damaged memory file: QEMU gives up loading it, and nothing of the new VM is left behind.
    const broken = join(dataDir, "snap-broken");
    await mkdir(broken);
    for (const f of await readdir(snapDir())) await copyFile(join(snapDir(), f), join(broken, f));
    await truncate(join(broken, "memory.bin"), 1024 * 1024);
    await expect(driver.restore(broken, { id: "vm-broken" })).rejects.toMatchObject({ code: "unavailable" });
    expect(existsSync(join(stateDir, "vm-broken"))).toBe(false);
    expect(execFileSync("ps", ["-eo", "args"]).toString()).not.toContain(join(stateDir, "vm-broken"));
    await expect(driver.status("vm-broken")).rejects.toMatchObject({ code: "not_found" });

    await driver.delete("vm-restored");
    expect(running(pid)).toBe(false);
    expect(await readdir(stateDir)).toEqual(["vm-snap"]);
    expect((await readdir(snapDir())).sort()).toEqual(["drive-data.img", "memory.bin", "snapshot.json"]); // the caller's
  });

  it("snapshots a paused VM and leaves it paused; Ctrl-Alt-Del and reconfigure wait for the right state", async () => {
    await driver.pause("vm-snap");
    await expect(driver.ctrlAltDel("vm-snap")).rejects.toMatchObject({ code: "conflict" });
    const info = await driver.snapshot("vm-snap", join(dataDir, "snap-paused"));
    expect(info.sizeBytes).toBeGreaterThan(0);
    expect((await driver.status("vm-snap")).state).toBe("paused");
    await expect(driver.reconfigure("vm-snap", spec({ id: "vm-snap" }))).rejects.toMatchObject({
      code: "conflict",
      suggestion: "Stop the VM first; virtio-mmio devices cannot be hot-plugged.",
    });
    await driver.resume("vm-snap");
    snapConsole?.write("echo back=$((7*6))\n");
    await snapOut.waitFor(/back=42/, 10_000);
    await expect(driver.reconfigure("vm-snap", spec({ id: "vm-snap" }))).rejects.toMatchObject({ code: "conflict" });
    await expect(driver.stop("vm-snap")).resolves.toEqual({ how: "graceful" });
    await expect(driver.snapshot("vm-snap", join(dataDir, "snap-stopped"))).rejects.toMatchObject({ code: "conflict" });
  });

  it("reconfigures a stopped VM (kept over an agent restart); credentials give a login prompt; Ctrl-Alt-Del reaches the guest", async () => {
    const password = "correct horse";
    const passwordHash = execFileSync("openssl", ["passwd", "-6", "-stdin"], { input: password }).toString().trim();
    expect(passwordHash).toMatch(/^\$6\$/);
    const next = spec({ id: "vm-snap", vcpus: 2, memoryMb: 192, nics: [], credentials: { username: "ops", passwordHash } });
    await expect(driver.reconfigure("vm-snap", { ...next, id: "other" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(
      driver.reconfigure("vm-snap", {
        ...next,
        drives: [{ id: "x", path: join(dataDir, "missing.img"), readOnly: false, root: false }],
      }),
    ).rejects.toMatchObject({ code: "invalid_input", issues: [{ path: "drives.0.path" }] });
    await expect(
      driver.reconfigure("vm-snap", { ...next, credentials: { username: "Bad Name", passwordHash } }),
    ).rejects.toMatchObject({ code: "invalid_input", issues: [{ path: "credentials.username" }] });
    await driver.reconfigure("vm-snap", next);
    expect(JSON.parse(await readFile(join(stateDir, "vm-snap", "spec.json"), "utf8"))).toMatchObject({ vcpus: 2, memoryMb: 192 });

    await driver.detach();
    driver = new QemuVmDriver({ stateDir });
    await expect(driver.adopt("vm-snap")).resolves.toEqual({ id: "vm-snap", state: "stopped" });
    const t0 = performance.now();
    await driver.start("vm-snap");
    for (;;) {
      const s = await driver.status("vm-snap");
      if (/login: $/m.test(s.lastOutput ?? "")) break;
      if (performance.now() - t0 > 30_000) throw new Error(`no login prompt in 30 s:\n${s.lastOutput}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    console.log(`[qemu] boot to login prompt: ${Math.round(performance.now() - t0)} ms`);
    expect((await driver.metrics("vm-snap")).memoryLimitMb).toBe(192);
    const c = await driver.console("vm-snap");
    const out = reader(c);
    c.write("ops\n");
    await out.waitFor(/Password: $/, 10_000);
    c.write("wrong\n");
    await out.waitFor(/Login incorrect/, 15_000);
    await out.waitFor(/login: $/, 10_000);
    c.write("ops\n");
    await out.waitFor(/Password: $/, 10_000);
    c.write(`${password}\n`);
    await out.waitFor(/built-in shell[\s\S]*\$ /, 10_000);
    c.write("echo user=$(id -un) cpus=$(nproc)\n");
    await out.waitFor(/user=ops cpus=2/, 10_000);

    const ended = new Promise<void>((r) => c.once("close", () => r()));
    const t1 = performance.now();
    await driver.ctrlAltDel("vm-snap");
    await out.waitFor(/SHIPYARD-CTRL-ALT-DEL/, 10_000);
    // The guest's inittab reboots on Ctrl-Alt-Del; with -no-reboot QEMU exits.
    await ended;
    for (;;) {
      if ((await driver.status("vm-snap")).state === "stopped") break;
      if (performance.now() - t1 > 15_000) throw new Error("the VM did not stop after Ctrl-Alt-Del");
      await new Promise((r) => setTimeout(r, 50));
    }
    console.log(`[qemu] Ctrl-Alt-Del to stopped: ${Math.round(performance.now() - t1)} ms`);
    await driver.delete("vm-snap");
    expect(await readdir(stateDir)).toEqual([]);
  });
});
