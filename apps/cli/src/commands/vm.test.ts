import type { Resource, Vm } from "@shipyard/contract";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { sockets } from "../terminal.ts";
import { fakeApi } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const vm = (overrides: Partial<Vm> = {}): Vm => ({
  id: "vm_1",
  name: "dev",
  state: "running",
  host_id: "local",
  host_addr: "127.0.0.1",
  vcpu: 2,
  mem_mib: 512,
  kernel_path: "/k/vmlinux",
  initrd_path: null,
  rootfs_path: "/k/rootfs.ext4",
  guest_mac: null,
  guest_ip: "10.0.0.2",
  last_output: null,
  created_at: "2025-06-01T10:00:00.000Z",
  updated_at: "2025-06-01T10:00:00.000Z",
  ...overrides,
});

const sample = {
  at: "2025-06-01T12:00:01.000Z",
  cpu_percent: 3.25,
  memory_used_mb: 40,
  memory_limit_mb: 512,
  uptime_seconds: 63,
  disk_read_bytes: 1024,
  disk_write_bytes: null,
};

const originalOpen = sockets.open;
afterEach(() => {
  sockets.open = originalOpen;
});

const runWith = async (argv: string[], fetch: typeof globalThis.fetch) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText(), io };
};

describe("vm", () => {
  it("lists VMs", async () => {
    const a = fakeApi({ "GET /v1/vms": () => ({ body: { items: [vm()] } }) });
    const r = await runWith(["vm", "list"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[1]).toBe("vm_1  dev   running     2  512 MiB  10.0.0.2  local  2 hours ago");
  });

  it("shows one VM; exit 5 when missing", async () => {
    const a = fakeApi({ "GET /v1/vms/dev": () => ({ body: vm({ state: "error", last_output: "Kernel panic\n" }) }) });
    const r = await runWith(["vm", "show", "dev"], a.fetch);
    expect(r.stdout).toContain("Rootfs   /k/rootfs.ext4");
    expect(r.stdout).toContain("Kernel panic\n");
    expect((await runWith(["vm", "show", "nope"], a.fetch)).code).toBe(5);
  });

  it("creates with defaults and --no-start", async () => {
    const a = fakeApi({ "POST /v1/vms": () => ({ status: 201, body: vm({ state: "created" }) }) });
    const r = await runWith(
      ["vm", "create", "dev", "--kernel", "/k/vmlinux", "--initrd", "/k/initrd", "--mac", "52:54:00:12:34:56", "--no-start"],
      a.fetch,
    );
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({
      name: "dev",
      vcpu: 1,
      mem_mib: 256,
      kernel_path: "/k/vmlinux",
      initrd_path: "/k/initrd",
      guest_mac: "52:54:00:12:34:56",
      start: false,
    });
    expect(r.stdout).toContain("Created VM dev (vm_1): created.");
  });

  it.each([
    [[]],
    [["--kernel", "/k", "--vcpus", "0"]],
    [["--kernel", "/k", "--vcpus", "1.5"]],
    [["--kernel", "/k", "--memory", "8"]],
    [["--kernel", "/k", "--mac", "not-a-mac"]],
  ])("rejects bad create flags %j with exit 2", async (extra) => {
    expect((await runWith(["vm", "create", "dev", ...extra], fakeApi({}).fetch)).code).toBe(2);
  });

  it("controls power state and deletes", async () => {
    const a = fakeApi({
      "POST /v1/vms/dev/pause": () => ({ body: vm({ state: "paused" }) }),
      "POST /v1/vms/dev/resume": () => ({ body: vm() }),
      "DELETE /v1/vms/dev": () => ({ status: 204 }),
    });
    expect((await runWith(["vm", "pause", "dev"], a.fetch)).stdout).toContain("Paused dev: paused.");
    expect((await runWith(["vm", "resume", "dev", "--json"], a.fetch)).stdout).toContain('"state": "running"');
    expect((await runWith(["vm", "rm", "dev"], a.fetch)).stdout).toContain("Deleted VM dev.");
  });

  it("prints one metrics sample", async () => {
    const a = fakeApi({ "GET /v1/vms/dev/metrics": () => ({ body: sample }) });
    const r = await runWith(["vm", "metrics", "dev"], a.fetch);
    expect(r.stdout).toContain("CPU     3.3%");
    expect(r.stdout).toContain("Uptime  1m 3s");
  });

  it("watches metrics over the WebSocket until Ctrl-C", async () => {
    let closed = false;
    let url = "";
    const a = fakeApi({});
    const io = createTestIo({ fetch: a.fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
    sockets.open = (u, _t, h) => {
      url = u;
      setTimeout(() => {
        h.message(Buffer.from(JSON.stringify(sample)), false);
        io.emitSignal("SIGINT");
      }, 0);
      return {
        send: () => undefined,
        close: () => {
          closed = true;
        },
      };
    };
    const code = await run(["vm", "metrics", "dev", "--watch"], io);
    expect(code).toBe(0);
    expect(closed).toBe(true);
    expect(url).toBe("ws://localhost:7300/v1/vms/dev/metrics/ws");
    expect(io.stdoutText()).toBe("12:00:01  cpu   3.3%  mem 40/512 MB  up 1m 3s  disk r 1.0 KiB w -\n");
  });

  it("a refused socket is exit 7", async () => {
    sockets.open = (_u, _t, h) => {
      setTimeout(() => h.error(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })), 0);
      return { send: () => undefined, close: () => undefined };
    };
    expect((await runWith(["vm", "metrics", "dev", "--watch"], fakeApi({}).fetch)).code).toBe(7);
  });

  it("an upgrade answered 401 is exit 3", async () => {
    sockets.open = (_u, _t, h) => {
      setTimeout(() => h.error(new Error("Unexpected server response: 401")), 0);
      return { send: () => undefined, close: () => undefined };
    };
    expect((await runWith(["vm", "metrics", "dev", "-w"], fakeApi({}).fetch)).code).toBe(3);
  });
});

describe("resources", () => {
  const resource: Resource = {
    type: "container",
    id: "ctr_1",
    name: "web",
    state: "running",
    detail: "nginx:1.27",
    created_at: "2025-06-01T10:00:00.000Z",
    last_activity_at: "2025-06-01T11:00:00.000Z",
  };

  it("lists every workload with filters", async () => {
    const a = fakeApi({ "GET /v1/resources": () => ({ body: { items: [resource] } }) });
    const r = await runWith(["resources", "--type", "container", "-q", "we"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.query.get("type")).toBe("container");
    expect(a.requests[0]?.query.get("q")).toBe("we");
    expect(r.stdout.split("\n")[1]).toBe("container  ctr_1  web   running  1 hour ago  nginx:1.27");
  });

  it("rejects an unknown type with exit 2", async () => {
    expect((await runWith(["resources", "--type", "lambda"], fakeApi({}).fetch)).code).toBe(2);
  });
});
