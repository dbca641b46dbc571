import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import type { Duplex } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VmSpec } from "./port.ts";
import { QemuVmDriver } from "./qemu-vm-driver.ts";
import { GUEST_READY_MARKER, getTestGuest, type TestGuest } from "./testing/guest.ts";

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

describe.skipIf(!hasQemu)("QemuVmDriver on a real QEMU microvm (TCG)", () => {
  let guest: TestGuest;
  let stateDir: string;
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
    expect(existsSync(`/proc/${pid}`)).toBe(false);

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
    expect(existsSync(`/proc/${pid}`)).toBe(false);
    expect(await readdir(stateDir)).toEqual([]);
    await expect(restarted.adopt("vm-adopt")).rejects.toMatchObject({ code: "not_found" });
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
          drives: [
            { id: "d", path: guest.initrd, readOnly: true, root: false, rateLimit: { ops: { size: 1, refillTimeMs: 1 } } },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: "unsupported" });
    await expect(driver.ctrlAltDel("anything")).rejects.toMatchObject({ code: "unsupported" });
    expect(await readdir(stateDir)).toEqual([]);
  });
});
