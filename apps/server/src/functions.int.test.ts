import { type ApiClient, LiveEvent } from "@shipyard/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type Backend, backends, failure, startTestServer, type TestServer } from "./testing/harness.ts";

const NODE_CODE = `exports.handler = async (event) => {
  console.log("hello from", event.who);
  return { greeting: "hi " + event.who, secret: process.env.API_KEY, region: process.env.REGION, leaked: process.env.SHIPYARD_ADMIN_PASSWORD ?? null };
};`;

describe.each(backends())("functions on %s", (backend: Backend) => {
  let t: TestServer;
  let api: ApiClient;
  beforeAll(async () => {
    t = await startTestServer(backend);
    api = t.admin;
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists the runtimes this host can run", async () => {
    const r = await api("functionRuntimes");
    expect(r.items.find((x) => x.runtime === "node")?.available).toBe(true);
    expect(r.items.find((x) => x.runtime === "python")?.available).toBe(true);
  });

  it("creates a Node function, invokes it for real and keeps secret variables secret", async () => {
    const fn = await api("createFunction", {
      body: {
        name: "greet",
        runtime: "node",
        handler: "index.handler",
        code: NODE_CODE,
        env_vars: { REGION: "eu" },
        secret_env_vars: { API_KEY: "k-123456" },
        timeout_seconds: 5,
      },
    });
    expect(fn).toMatchObject({ version: 1, secret_env_names: ["API_KEY"], env_vars: { REGION: "eu" } });
    expect(JSON.stringify(await api("getFunction", { params: { id: "greet" } }))).not.toContain("k-123456");
    const inv = await api("invokeFunction", { params: { id: fn.id }, body: { event: { who: "ada" } } });
    expect(inv).toMatchObject({ status: "success", version: 1, cold_start: true });
    expect(inv.response).toEqual({ greeting: "hi ada", secret: "k-123456", region: "eu", leaked: null });
    expect(inv.logs.join("\n")).toContain("hello from ada");
    expect(inv.memory_used_mb).toBeGreaterThan(0);
    const warm = await api("invokeFunction", { params: { id: "greet" }, body: { event: { who: "bob" } } });
    expect(warm.cold_start).toBe(false);
  });

  it("versions every deploy, keeps drafts undeployed, and can invoke a draft on purpose", async () => {
    const v2 = await api("updateFunction", { params: { id: "greet" }, body: { code: "exports.handler = async () => 'v2';" } });
    expect(v2).toMatchObject({ version: 2, draft_version: null });
    const draft = await api("updateFunction", {
      params: { id: "greet" },
      body: { code: "exports.handler = async () => 'v3';", draft: true },
    });
    expect(draft).toMatchObject({ version: 2, draft_version: 3 });
    expect((await api("invokeFunction", { params: { id: "greet" }, body: {} })).response).toBe("v2");
    expect((await api("invokeFunction", { params: { id: "greet" }, body: { version: 3 } })).response).toBe("v3");
    // secrets survive a new version without being sent again
    await api("updateFunction", { params: { id: "greet" }, body: { code: NODE_CODE } });
    expect(
      ((await api("invokeFunction", { params: { id: "greet" }, body: { event: { who: "x" } } })).response as { secret: string })
        .secret,
    ).toBe("k-123456");
  });

  it("runs Python, records errors with their message, and kills a handler at its timeout", async () => {
    await api("createFunction", {
      body: {
        name: "py",
        runtime: "python",
        handler: "main.handler",
        code: "def handler(event, context):\n    print('py says', event['n'])\n    return event['n'] * 2\n",
      },
    });
    const ok = await api("invokeFunction", { params: { id: "py" }, body: { event: { n: 21 } } });
    expect(ok).toMatchObject({ status: "success", response: 42 });
    expect(ok.logs.join("\n")).toContain("py says 21");
    const bad = await api("invokeFunction", { params: { id: "py" }, body: { event: {} } });
    expect(bad.status).toBe("error");
    expect(bad.error).toMatch(/n/);
    await api("createFunction", {
      body: {
        name: "spin",
        runtime: "node",
        handler: "index.handler",
        code: "exports.handler = () => { for (;;) {} };",
        timeout_seconds: 0.5,
      },
    });
    const started = Date.now();
    const to = await api("invokeFunction", { params: { id: "spin" }, body: {} });
    expect(to.status).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("streams live logs over WebSocket and keeps invocation records and 24 h stats", async () => {
    const ws = new WebSocket(`${t.url.replace("http", "ws")}/v1/functions/greet/logs/ws`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    const events: LiveEvent[] = [];
    await new Promise<void>((resolve, reject) => {
      ws.on("message", (m) => {
        const msg = JSON.parse(String(m));
        if (msg.op === "ready") resolve();
        else if (msg.type) events.push(LiveEvent.parse(msg));
      });
      ws.on("error", reject);
    });
    await api("invokeFunction", { params: { id: "greet" }, body: { event: { who: "live" } } });
    for (let i = 0; i < 50 && !events.some((e) => e.type === "function.invoked"); i++)
      await new Promise((r) => setTimeout(r, 50));
    ws.close();
    expect(events.some((e) => e.type === "function.log" && String(e.data.line).includes("hello from live"))).toBe(true);
    const logs = await api("functionLogs", { params: { id: "greet" }, query: { limit: 2 } });
    expect(logs.items).toHaveLength(2);
    expect(logs.nextCursor).not.toBeNull();
    const stats = await api("functionStats", { params: { id: "greet" } });
    expect(stats.invocations_24h).toBeGreaterThanOrEqual(6);
    expect(stats.success_rate).toBe(1);
    expect(stats.p50_ms).toBeGreaterThan(0);
    expect(stats.p99_ms).toBeGreaterThanOrEqual(stats.p50_ms as number);
  });

  it("lists functions in the unified resources view", async () => {
    const r = await api("listResources", { query: { type: "function", q: "gre" } });
    expect(r.items).toEqual([
      expect.objectContaining({ type: "function", name: "greet", state: "ready", detail: expect.stringMatching(/^node · v\d+/) }),
    ]);
    expect((await api("listResources")).items.map((x) => x.name)).toEqual(expect.arrayContaining(["greet", "py", "spin"]));
  });

  it("rejects bad specs clearly and deletes completely", async () => {
    expect(
      (await failure(api("createFunction", { body: { name: "x1", runtime: "node", handler: "nohandler", code: "x" } }))).problem
        .issues?.[0]?.path,
    ).toBe("handler");
    expect(
      (
        await failure(
          api("createFunction", { body: { name: "x2", runtime: "node", handler: "index.handler", code: "x", memory_mb: 64 } }),
        )
      ).status,
    ).toBe(400);
    expect(
      (await failure(api("createFunction", { body: { name: "greet", runtime: "node", handler: "index.handler", code: "x" } })))
        .status,
    ).toBe(409);
    // Go where the host has its toolchain (scripts/test.sh installs golang-go): a build error is an
    // invocation record with the compiler's words, not a crash
    const go = await api("createFunction", {
      body: {
        name: "go-hello",
        runtime: "go",
        handler: "main.Handler",
        code: 'package main\n\nimport "encoding/json"\n\nfunc Handler(event json.RawMessage) (any, error) {\n\tvar e struct{ N int }\n\tif err := json.Unmarshal(event, &e); err != nil {\n\t\treturn nil, err\n\t}\n\treturn map[string]int{"double": e.N * 2}, nil\n}\n',
      },
    });
    expect(await api("invokeFunction", { params: { id: go.id }, body: { event: { N: 21 } } })).toMatchObject({
      status: "success",
      response: { double: 42 },
    });
    await api("updateFunction", { params: { id: go.id }, body: { code: "package main\n\nfunc Handler( {\n" } });
    const broken = await api("invokeFunction", { params: { id: go.id }, body: { event: {} } });
    expect(broken.status).toBe("error");
    expect(broken.error).toMatch(/^build failed:/);
    await api("deleteFunction", { params: { id: go.id } });
    await api("deleteFunction", { params: { id: "spin" } });
    expect((await failure(api("getFunction", { params: { id: "spin" } }))).status).toBe(404);
    expect((await failure(api("invokeFunction", { params: { id: "spin" }, body: {} }))).status).toBe(404);
  });
});
