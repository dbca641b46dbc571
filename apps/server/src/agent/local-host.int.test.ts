import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openLocalHost } from "./local-host.ts";

// What a host reports about itself, from the real machine: drivers found, their reasons when not.
describe("the local host's drivers and report", () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), "sy-local-"));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("uses QEMU where Firecracker cannot run, and says why Firecracker cannot when it is asked for", async () => {
    const auto = await openLocalHost({ dataDir: dir(), dockerHost: `unix://${join(tmpdir(), "no-engine.sock")}` });
    try {
      const r = await auto.runtimes();
      expect(r.vms).toMatchObject({ available: true, driver: "qemu", accel: "tcg" });
      expect(r.vms.capabilities).toMatchObject({ snapshots: true, driveRateLimits: true, nicRateLimits: false });
      expect(r.containers).toMatchObject({ available: false, reason: expect.stringMatching(/no-engine\.sock/) });
      expect(r.functions.map((f) => f.runtime)).toEqual(["node", "python", "go", "rust"]);
      const cap = await auto.capacity();
      expect(cap.vcpus).toBeGreaterThan(0);
      expect(cap.memoryMb).toBeGreaterThan(0);
      const m = await auto.metrics();
      expect(m.memoryTotalMb).toBeGreaterThan(m.memoryUsedMb);
    } finally {
      await auto.close();
    }
    const fc = await openLocalHost({ dataDir: dir(), vmDriver: "firecracker" });
    try {
      const r = await fc.runtimes();
      expect(r.vms).toMatchObject({ available: false, driver: "firecracker", reason: expect.stringMatching(/firecracker/i) });
      expect(fc.connection.vm).toBeUndefined();
    } finally {
      await fc.close();
    }
  });
});
