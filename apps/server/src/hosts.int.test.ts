import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importBusyboxImage } from "@shipyard/driver-docker-engine/testing/busybox-image.ts";
import { type LocalDockerd, startDockerd } from "@shipyard/driver-docker-engine/testing/dockerd.ts";
import { GUEST_READY_MARKER, getTestGuest, type TestGuest } from "@shipyard/driver-qemu/testing/guest.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type RunningAgent, startAgent } from "./agent/agent.ts";
import { failure, startTestServer, type TestServer } from "./testing/harness.ts";

const until = async <T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> => {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ""}`);
};

/** Types into a WebSocket terminal until `expect` shows up in what comes back. */
const converse = (url: string, token: string, ready: string, send: string, expectText: string) =>
  new Promise<string>((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
    let out = "";
    let sent = false;
    const timer = setTimeout(() => {
      ws.close();
      reject(new Error(`no ${expectText}; got ${JSON.stringify(out.slice(-300))}`));
    }, 45_000);
    ws.on("message", (m: Buffer) => {
      out += m.toString("utf8");
      if (!sent && out.includes(ready)) {
        sent = true;
        ws.send(Buffer.from(send), { binary: true });
      }
      if (out.includes(expectText)) {
        clearTimeout(timer);
        ws.close();
        resolve(out);
      }
    });
    ws.on("open", () => setTimeout(() => ws.send(Buffer.from("\n"), { binary: true }), 300));
    ws.on("error", reject);
  });

// Two `shipyard agent`s on loopback registered with one server that runs no local agent: placement by
// room and runtime, workloads driven through the agents' API (container logs and shell, VM console,
// function invocations), host lost and back, and an agent restart that re-adopts without duplicates.
describe("hosts and agents (PGlite; two agents on loopback; real dockerd, QEMU and functions)", () => {
  let dockerd: LocalDockerd;
  let guest: TestGuest;
  let t: TestServer;
  let token: string;
  const dirs: string[] = [];
  const agents: Record<string, RunningAgent> = {};
  const startNamed = async (name: string, opts: { token?: string; memoryMb: number; docker: boolean; dir?: string }) => {
    const dataDir = opts.dir ?? mkdtempSync(join(tmpdir(), `sy-${name}-`));
    if (!opts.dir) dirs.push(dataDir);
    agents[name] = await startAgent({
      server: t.url,
      token: opts.token,
      name,
      listenHost: "127.0.0.1",
      listenPort: 0,
      dataDir,
      dockerHost: opts.docker ? `unix://${dockerd.socketPath}` : `unix://${join(dataDir, "no-engine.sock")}`,
      containerNetwork: "none",
      capacity: { memoryMb: opts.memoryMb },
      log: () => undefined,
    });
    return dataDir;
  };
  const hostNamed = async (name: string) => (await t.admin("listHosts")).items.find((h) => h.name === name);

  beforeAll(async () => {
    [dockerd, guest] = await Promise.all([startDockerd(), getTestGuest()]);
    await importBusyboxImage(dockerd.client, { repository: "shipyard-test/busybox", tag: "1" });
    t = await startTestServer("pglite", {
      SHIPYARD_LOCAL_AGENT: "0",
      SHIPYARD_HEARTBEAT_SECONDS: "0.5",
      SHIPYARD_VM_ASSET_ROOTS: guest.dir,
    });
  }, 300_000);
  afterAll(async () => {
    // a failed test must not leave QEMU or containers running: workloads outlive their agent by design
    for (const vm of (await t?.admin("listVms").catch(() => undefined))?.items ?? []) {
      await t.admin("deleteVm", { params: { id: vm.id } }).catch(() => undefined);
    }
    for (const c of (await t?.admin("listContainers").catch(() => undefined))?.items ?? []) {
      await t.admin("deleteContainer", { params: { id: c.id } }).catch(() => undefined);
    }
    for (const a of Object.values(agents)) await a.close().catch(() => undefined);
    await t?.close();
    await dockerd?.dispose();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("has no hosts until an agent registers with a valid join token", async () => {
    expect((await t.admin("listHosts")).items).toEqual([]);
    const noRuntime = await failure(
      t.admin("createFunction", {
        body: { name: "early", runtime: "node", handler: "index.handler", code: "exports.handler=()=>1" },
      }),
    );
    expect(noRuntime.status).toBe(501);
    expect(noRuntime.message).toMatch(/not available on any host/);

    const bad = await fetch(`${t.url}/v1/agents/register`, {
      method: "POST",
      headers: { authorization: "Bearer syj_not-a-token", "content-type": "application/json" },
      body: JSON.stringify({
        name: "intruder",
        address: "http://127.0.0.1:1",
        capacity: { vcpus: 1, memory_mb: 1, disk_gb: 1 },
        runtimes: { containers: { available: false }, vms: { available: false }, functions: [] },
        agent_version: "0",
      }),
    });
    expect(bad.status).toBe(401);
    expect((await t.admin("listHosts")).items).toEqual([]);

    const created = await t.admin("createJoinToken", { body: { name: "ci agents", ttl_hours: 1 } });
    expect(created.token).toMatch(/^syj_/);
    token = created.token;
    expect((await t.admin("listJoinTokens")).items.map((x) => x.name)).toEqual(["ci agents"]);
    expect(JSON.stringify(await t.admin("listJoinTokens"))).not.toContain(token);

    await startNamed("agent-a", { token, memoryMb: 512, docker: true });
    await startNamed("agent-b", { token, memoryMb: 256, docker: false });
    const hosts = await until("two hosts with metrics", async () => {
      const items = (await t.admin("listHosts")).items;
      return items.length === 2 && items.every((h) => h.metrics) && items;
    });
    const [a, b] = hosts;
    expect(a).toMatchObject({ name: "agent-a", status: "online", local: false, capacity: { memory_mb: 512 } });
    expect(a?.runtimes.containers.available).toBe(true);
    expect(b).toMatchObject({ name: "agent-b", status: "online", capacity: { memory_mb: 256 } });
    expect(b?.runtimes.containers).toMatchObject({ available: false, reason: expect.stringMatching(/engine/) });
    expect(a?.runtimes.functions.find((r) => r.runtime === "node")).toMatchObject({ available: true });
    expect(a?.metrics?.memory_total_mb).toBeGreaterThan(0);
    expect((await t.admin("system")).workloadHosts).toEqual({ total: 2, online: 2 });

    // an agent only answers the server it registered with, and only the calls it allows
    const agentUrl = agents["agent-a"]?.url as string;
    const call = (path: string, bearer?: string) =>
      fetch(`${agentUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/x-shipyard-wire", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify({ args: [] }),
      });
    expect((await call("/agent/v1/call/functions/runtimes")).status).toBe(401);
    expect((await call("/agent/v1/call/functions/runtimes", "not-the-secret")).status).toBe(401);
    const ws = new WebSocket(`${agentUrl.replace("http", "ws")}/agent/v1/vm-console/anything`);
    const wsStatus = await new Promise<number>((resolve) => {
      ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      ws.on("open", () => resolve(101));
      ws.on("error", () => undefined);
    });
    ws.terminate();
    expect(wsStatus).toBe(401);

    // a second registration under a taken name is refused, not duplicated
    await expect(startNamed("agent-a", { token, memoryMb: 64, docker: false })).rejects.toThrow(/already registered/);
    expect((await t.admin("listHosts")).items).toHaveLength(2);
  });

  it("places workloads on a host with room and the runtime, and drives them through its agent", async () => {
    const a = await hostNamed("agent-a");
    // only agent-a has an engine
    const c = await t.admin("deployContainer", {
      body: {
        name: "remote-web",
        image: "shipyard-test/busybox:1",
        command: "echo remote hello; sleep 300",
        memory_limit_mb: 64,
      },
    });
    expect(c).toMatchObject({ status: "running", host_id: a?.id, host_addr: a?.address });
    const lines = await until("remote logs", async () => {
      const r = await t.admin("containerLogs", { params: { id: "remote-web" }, query: {} });
      return r.lines.length > 0 && r.lines;
    });
    expect(lines.map((l) => l.line)).toContain("remote hello");
    await converse(
      `${t.url.replace("http", "ws")}/v1/containers/remote-web/shell/ws`,
      t.adminToken,
      "",
      "echo shell=$((40+2))\n",
      "shell=42",
    );

    // 384 MiB only fits agent-a (512); a second one fits nowhere and nothing is created
    const vm = await t.admin("createVm", {
      body: { name: "remote-vm", vcpu: 1, mem_mib: 384, kernel_path: guest.kernel, initrd_path: guest.initrd, start: true },
    });
    expect(vm).toMatchObject({ state: "running", host_id: a?.id });
    const full = await failure(
      t.admin("createVm", {
        body: { name: "too-big", vcpu: 1, mem_mib: 384, kernel_path: guest.kernel, initrd_path: guest.initrd },
      }),
    );
    expect(full.status).toBe(409);
    expect(full.message).toMatch(/No host has room for 1 vCPU and 384 MiB/);
    expect((await t.admin("listVms")).items.map((v) => v.name)).toEqual(["remote-vm"]);
    // pinned: to a host with room it goes there; to a host without the runtime it is refused
    const pinned = await t.admin("createVm", {
      body: {
        name: "pinned",
        vcpu: 1,
        mem_mib: 64,
        kernel_path: guest.kernel,
        initrd_path: guest.initrd,
        host_id: "agent-b",
        start: false,
      },
    });
    expect(pinned.host_id).toBe((await hostNamed("agent-b"))?.id);
    await t.admin("deleteVm", { params: { id: "pinned" } });
    const noEngine = await failure(
      t.admin("deployContainer", { body: { name: "nowhere", image: "shipyard-test/busybox:1", host_id: "agent-b" } }),
    );
    expect(noEngine.status).toBe(503);
    expect(noEngine.message).toMatch(/No online host can run containers/);

    await converse(
      `${t.url.replace("http", "ws")}/v1/vms/remote-vm/shell/ws`,
      t.adminToken,
      GUEST_READY_MARKER,
      "echo vm=$((6*7))\n",
      "vm=42",
    );
    const m = await t.admin("vmMetrics", { params: { id: "remote-vm" } });
    expect(m.memory_used_mb).toBeGreaterThan(0);

    const fn = await t.admin("createFunction", {
      body: {
        name: "hello",
        runtime: "node",
        handler: "index.handler",
        code: "exports.handler = (e) => { console.log('on agent'); return { n: e.n * 2 }; };",
      },
    });
    const inv = await t.admin("invokeFunction", { params: { id: fn.id }, body: { event: { n: 21 } } });
    expect(inv).toMatchObject({ status: "success", response: { n: 42 } });
    expect(inv.logs.join("\n")).toContain("on agent");
  }, 120_000);

  it("marks a host lost when its agent stops, and re-adopts its workloads without duplicates when it returns", async () => {
    const before = await hostNamed("agent-a");
    const dir = dirs[0] as string;
    await agents["agent-a"]?.close();
    await until("agent-a lost", async () => (await hostNamed("agent-a"))?.status === "lost");
    const vm = await t.admin("getVm", { params: { id: "remote-vm" } });
    expect(vm.state).toBe("error");
    expect(vm.last_output).toMatch(/lost/);
    const c = await t.admin("getContainer", { params: { id: "remote-web" } });
    expect(c).toMatchObject({ status: "error", error: expect.stringMatching(/lost/) });

    // the same state folder, no token: the saved credential brings back the same host
    await startNamed("agent-a", { memoryMb: 512, docker: true, dir });
    const after = await until("agent-a online", async () => {
      const h = await hostNamed("agent-a");
      return h?.status === "online" && h;
    });
    expect(after.id).toBe(before?.id);
    expect((await t.admin("listHosts")).items).toHaveLength(2);
    expect((await t.admin("getVm", { params: { id: "remote-vm" } })).state).toBe("running");
    expect((await t.admin("getContainer", { params: { id: "remote-web" } })).status).toBe("running");
    await converse(
      `${t.url.replace("http", "ws")}/v1/vms/remote-vm/shell/ws`,
      t.adminToken,
      "",
      "echo again=$((7*6))\n",
      "again=42",
    );
    expect((await t.admin("listVms")).items).toHaveLength(1);

    // a host with workloads cannot be forgotten; an empty one can
    expect((await failure(t.admin("deleteHost", { params: { id: "agent-a" } }))).status).toBe(409);
    await t.admin("deleteVm", { params: { id: "remote-vm" } });
    await t.admin("deleteContainer", { params: { id: "remote-web" } });
    await agents["agent-b"]?.close();
    await t.admin("deleteHost", { params: { id: "agent-b" } });
    expect((await t.admin("listHosts")).items.map((h) => h.name)).toEqual(["agent-a"]);
  }, 120_000);
});
