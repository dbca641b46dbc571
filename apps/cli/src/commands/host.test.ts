import type { Host } from "@shipyard/contract";
import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { fakeApi } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const host = (over: Partial<Host> = {}): Host => ({
  id: "host_1",
  name: "rack-1",
  address: "http://10.0.0.9:7301",
  local: false,
  status: "online",
  capacity: { vcpus: 8, memory_mb: 16384, disk_gb: 200 },
  allocated: { vcpus: 2, memory_mb: 1024, workloads: 3 },
  runtimes: {
    containers: { available: true, engine: "docker-api", version: "28.2.2" },
    vms: { available: true, driver: "qemu" },
    functions: [
      { runtime: "node", available: true, version: "v24.0.0" },
      { runtime: "go", available: false, reason: "go is not installed" },
    ],
  },
  metrics: {
    at: "2025-06-01T11:59:58.000Z",
    cpu_percent: 12.5,
    load1: 0.4,
    memory_used_mb: 4096,
    memory_total_mb: 16384,
    disk_used_gb: 20,
    disk_total_gb: 200,
    uptime_seconds: 1000,
  },
  labels: {},
  agent_version: "0.1.0",
  registered_at: "2025-06-01T10:00:00.000Z",
  last_heartbeat_at: "2025-06-01T11:59:58.000Z",
  ...over,
});

const runWith = async (argv: string[], fetch: typeof globalThis.fetch) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

describe("host", () => {
  it("lists hosts with load, allocation and runtimes; a lost host shows no load", async () => {
    const a = fakeApi({
      "GET /v1/hosts": () => ({
        body: { items: [host(), host({ id: "host_2", name: "rack-2", status: "lost" })], heartbeat_seconds: 5 },
      }),
    });
    const r = await runWith(["host", "list"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /rack-1\s+online\s+http:\/\/10\.0\.0\.9:7301\s+12\.5%\s+25%\s+1024\/16384 MiB\s+3\s+vm\(qemu\) containers node/,
    );
    expect(r.stdout).toMatch(/rack-2\s+lost\s+\S+\s+-\s+-/);
  });

  it("shows why a runtime is unavailable", async () => {
    const a = fakeApi({ "GET /v1/hosts/rack-1": () => ({ body: host() }) });
    const r = await runWith(["host", "show", "rack-1"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Functions: go\s+unavailable: go is not installed/);
    expect(r.stdout).toMatch(/Containers\s+available \(28\.2\.2\)/);
  });

  it("creates a join token, printing it once, and --json carries it", async () => {
    const created = {
      id: "hjt_1",
      name: "rack",
      expires_at: null,
      created_at: "2025-06-01T12:00:00.000Z",
      last_used_at: null,
      token: "syj_secret",
    };
    const a = fakeApi({ "POST /v1/hosts/join-tokens": () => ({ status: 201, body: created }) });
    const r = await runWith(["host", "token", "create", "rack", "--ttl-hours", "24"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({ name: "rack", ttl_hours: 24 });
    expect(r.stdout).toContain("syj_secret");
    const j = await runWith(["host", "token", "create", "rack", "--json"], a.fetch);
    expect(JSON.parse(j.stdout).token).toBe("syj_secret");
  });

  it("refuses a bad --ttl-hours without calling the server", async () => {
    const a = fakeApi({});
    const r = await runWith(["host", "token", "create", "rack", "--ttl-hours", "0"], a.fetch);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/ttl-hours/);
    expect(a.requests).toHaveLength(0);
  });

  it("agent without a server token explains what to pass", async () => {
    const a = fakeApi({});
    const r = await runWith(["agent", "--listen", "nonsense"], a.fetch);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/listen/);
  });
});
