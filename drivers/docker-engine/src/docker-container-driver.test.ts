import { DomainError } from "@shipyard/core";
import { describe, expect, it } from "vitest";
import { DockerContainerDriver, statsFrom } from "./docker-container-driver.ts";
import { DockerEngineClient } from "./docker-engine-client.ts";

describe("statsFrom", () => {
  it("computes CPU like `docker stats` and leaves page cache out of memory (cgroup v2)", () => {
    const s = statsFrom({
      read: "2026-01-01T00:00:01.123456789Z",
      cpu_stats: { cpu_usage: { total_usage: 3_000_000 }, system_cpu_usage: 20_000_000, online_cpus: 2 },
      precpu_stats: { cpu_usage: { total_usage: 1_000_000 }, system_cpu_usage: 10_000_000 },
      memory_stats: { usage: 12 * 1024 * 1024, limit: 64 * 1024 * 1024, stats: { inactive_file: 2 * 1024 * 1024 } },
      networks: { eth0: { rx_bytes: 10, tx_bytes: 20 }, eth1: { rx_bytes: 1, tx_bytes: 2 } },
      blkio_stats: {
        io_service_bytes_recursive: [
          { op: "read", value: 100 },
          { op: "write", value: 50 },
        ],
      },
    });
    expect(s).toEqual({
      at: new Date("2026-01-01T00:00:01.123Z"),
      cpuPercent: 40,
      memoryUsedMb: 10,
      memoryLimitMb: 64,
      netRx: 11,
      netTx: 22,
      blockRead: 100,
      blockWrite: 50,
    });
  });

  it("reads cgroup v1 fields and an engine without network or block stats", () => {
    const s = statsFrom({
      cpu_stats: { cpu_usage: { total_usage: 10, percpu_usage: [5, 5, 0, 0] }, system_cpu_usage: 100 },
      precpu_stats: {},
      memory_stats: { usage: 3 * 1024 * 1024, limit: 8 * 1024 * 1024, stats: { cache: 1024 * 1024 } },
      blkio_stats: { io_service_bytes_recursive: null },
    });
    expect(s.cpuPercent).toBe(40);
    expect(s.memoryUsedMb).toBe(2);
    expect([s.netRx, s.netTx, s.blockRead, s.blockWrite]).toEqual([0, 0, 0, 0]);
  });
});

describe("DockerContainerDriver.deploy validation", () => {
  // No engine listens here: an invalid spec must be refused before the driver talks to one.
  const driver = new DockerContainerDriver(new DockerEngineClient({ socketPath: "/nonexistent/docker.sock" }));

  it.each([
    { name: "a", image: "busybox:not a tag" },
    { name: "a", image: "busybox", memoryLimitMb: 0 },
    { name: "a", image: "busybox", ports: [{ container: 80, host: 70_000 }] },
    { name: "a", image: "busybox", restartPolicy: "whenever" as "no" },
  ])("refuses %o without reaching the engine", async (spec) => {
    const e = await driver.deploy(spec).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe("invalid_input");
  });

  it("reaches the engine only with a valid spec (and says when there is none)", async () => {
    const e = await driver.deploy({ name: "a", image: "busybox" }).catch((err: unknown) => err);
    expect((e as DomainError).code).toBe("unavailable");
  });
});
