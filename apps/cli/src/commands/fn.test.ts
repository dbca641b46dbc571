import type { FunctionInvocation, ServerlessFunction } from "@shipyard/contract";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { sockets } from "../terminal.ts";
import { fakeApi } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

export const sampleFunction = (overrides: Partial<ServerlessFunction> = {}): ServerlessFunction => ({
  id: "fn_1",
  name: "hello",
  runtime: "node",
  code: "export const handler = () => 1;",
  handler: "index.handler",
  files: {},
  timeout_seconds: 30,
  memory_mb: 256,
  concurrency: 10,
  env_vars: { MODE: "prod" },
  secret_env_names: ["DB_PASSWORD"],
  version: 2,
  draft_version: null,
  created_at: "2025-06-01T10:00:00.000Z",
  updated_at: "2025-06-01T11:00:00.000Z",
  last_invoked_at: "2025-06-01T11:00:00.000Z",
  ...overrides,
});

const invocation = (overrides: Partial<FunctionInvocation> = {}): FunctionInvocation => ({
  id: "inv_1",
  function_id: "fn_1",
  version: 2,
  status: "success",
  duration_ms: 12.4,
  memory_used_mb: 40,
  request_id: "req_9",
  event: {},
  response: { hello: "Ada" },
  logs: ["hi from the function"],
  cold_start: false,
  invoked_at: "2025-06-01T11:59:00.000Z",
  ...overrides,
});

const originalOpen = sockets.open;
afterEach(() => {
  sockets.open = originalOpen;
});

const runWith = async (argv: string[], fetch: typeof globalThis.fetch, files: Record<string, string> = {}) => {
  const io = createTestIo({ fetch, files, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

describe("fn", () => {
  it("lists functions", async () => {
    const a = fakeApi({ "GET /v1/functions": () => ({ body: { items: [sampleFunction()], nextCursor: null, total: 1 } }) });
    const r = await runWith(["fn", "list", "--runtime", "node"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.query.get("runtime")).toBe("node");
    expect(r.stdout.split("\n")[1]).toBe("fn_1  hello  node     index.handler  v2       1 hour ago");
  });

  it("rejects an unknown runtime with exit 2", async () => {
    expect((await runWith(["fn", "list", "--runtime", "cobol"], fakeApi({}).fetch)).code).toBe(2);
  });

  it("shows one function; exit 5 when missing", async () => {
    const a = fakeApi({ "GET /v1/functions/hello": () => ({ body: sampleFunction() }) });
    const r = await runWith(["fn", "show", "hello"], a.fetch);
    expect(r.stdout).toContain("Secrets       DB_PASSWORD");
    expect((await runWith(["fn", "show", "nope"], a.fetch)).code).toBe(5);
  });

  it("creates a function from files, env and secrets", async () => {
    const a = fakeApi({ "POST /v1/functions": () => ({ status: 201, body: sampleFunction({ version: 1 }) }) });
    const r = await runWith(
      [
        "fn",
        "create",
        "hello",
        "--runtime",
        "node",
        "--handler",
        "index.handler",
        "--code-file",
        "index.js",
        "--file",
        "lib/util.js",
        "--file",
        "/abs/data.json",
        "--env",
        "A=1",
        "--env",
        "B=x=y",
        "--secret",
        "S=s",
        "--timeout",
        "2.5",
        "--memory",
        "512",
        "--json",
      ],
      a.fetch,
      { "index.js": "main", "lib/util.js": "util", "/abs/data.json": "{}" },
    );
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({
      name: "hello",
      runtime: "node",
      handler: "index.handler",
      code: "main",
      files: { "lib/util.js": "util", "data.json": "{}" },
      timeout_seconds: 2.5,
      memory_mb: 512,
      env_vars: { A: "1", B: "x=y" },
      secret_env_vars: { S: "s" },
    });
    expect(JSON.parse(r.stdout).version).toBe(1);
  });

  it.each([
    [["--env", "1BAD=x"]],
    [["--env", "NOEQUALS"]],
    [["--memory", "lots"]],
    [["--timeout", "-1"]],
    [["--runtime", "cobol"]],
    [["--handler", "nodot"]],
  ])("rejects bad create flags %j with exit 2", async (extra) => {
    const base = ["fn", "create", "hello", "--runtime", "node", "--handler", "index.handler", "--code-file", "index.js"];
    const r = await runWith([...base, ...extra], fakeApi({}).fetch, { "index.js": "x" });
    expect(r.code).toBe(2);
  });

  it("create needs --code-file, and the file must exist", async () => {
    const base = ["fn", "create", "hello", "--runtime", "node", "--handler", "index.handler"];
    expect((await runWith(base, fakeApi({}).fetch)).code).toBe(2);
    expect((await runWith([...base, "--code-file", "missing.js"], fakeApi({}).fetch)).code).toBe(2);
  });

  it("updates as a draft; nothing to update is exit 2", async () => {
    const a = fakeApi({ "PUT /v1/functions/hello": () => ({ body: sampleFunction({ draft_version: 3 }) }) });
    const r = await runWith(["fn", "update", "hello", "--code-file", "index.js", "--draft"], a.fetch, { "index.js": "v3" });
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({ code: "v3", draft: true });
    expect(r.stdout).toContain("Saved draft v3 of hello; v2 stays deployed.");
    expect((await runWith(["fn", "update", "hello"], a.fetch)).code).toBe(2);
  });

  it("invokes with an event and a version, printing the response", async () => {
    const a = fakeApi({ "POST /v1/functions/hello/invoke": () => ({ body: invocation() }) });
    const r = await runWith(["fn", "invoke", "hello", "--event", '{"name":"Ada"}', "--fn-version", "2"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({ event: { name: "Ada" }, version: 2 });
    expect(JSON.parse(r.stdout)).toEqual({ hello: "Ada" });
    expect(r.stderr).toContain("hi from the function");
  });

  it("reads the event from a file; bad JSON is exit 2", async () => {
    const a = fakeApi({ "POST /v1/functions/hello/invoke": () => ({ body: invocation() }) });
    const ok = await runWith(["fn", "invoke", "hello", "--event-file", "e.json"], a.fetch, { "e.json": '{"a":1}' });
    expect(ok.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({ event: { a: 1 } });
    expect((await runWith(["fn", "invoke", "hello", "--event", "{nope"], a.fetch)).code).toBe(2);
    expect((await runWith(["fn", "invoke", "hello", "--event", "{}", "--event-file", "e.json"], a.fetch)).code).toBe(2);
  });

  it.each(["error", "timeout"] as const)("exits 1 when the invocation status is %s, with its error", async (status) => {
    const a = fakeApi({
      "POST /v1/functions/hello/invoke": () => ({
        body: invocation({ status, error: "boom", response: undefined }),
      }),
    });
    const r = await runWith(["fn", "invoke", "hello", "--json"], a.fetch);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).status).toBe(status);
    expect(JSON.parse(r.stderr)).toMatchObject({
      code: `invocation_${status}`,
      message: `The invocation ended with ${status}: boom`,
    });
  });

  it("prints recent invocation logs, oldest first", async () => {
    const a = fakeApi({
      "GET /v1/functions/hello/logs": () => ({
        body: { items: [invocation({ id: "inv_2" }), invocation({ id: "inv_1", logs: ["first"] })], nextCursor: null, total: 2 },
      }),
    });
    const r = await runWith(["fn", "logs", "hello", "--status", "success", "--limit", "5"], a.fetch);
    expect(a.requests[0]?.query.get("limit")).toBe("5");
    expect(r.stdout.indexOf("inv_1")).toBeLessThan(r.stdout.indexOf("inv_2"));
    expect(r.stdout).toContain("  first");
  });

  it("follows logs over the WebSocket", async () => {
    const opened: { url: string; token: string }[] = [];
    sockets.open = (url, token, h) => {
      opened.push({ url, token });
      setTimeout(() => {
        h.message(Buffer.from(JSON.stringify({ op: "ready", function: "fn_1" })), false);
        const ev = (type: string, data: Record<string, unknown>) =>
          Buffer.from(
            JSON.stringify({ id: "e", type, resource: { kind: "function", id: "fn_1" }, at: "2025-06-01T12:00:00.000Z", data }),
          );
        h.message(ev("function.log", { line: "hello", stream: "stdout", version: 2 }), false);
        h.message(ev("function.invoked", { id: "inv_3", status: "error", duration_ms: 7, version: 2 }), false);
        h.close(1000, "");
      }, 0);
      return { send: () => undefined, close: () => undefined };
    };
    const r = await runWith(["fn", "logs", "hello", "--follow"], fakeApi({}).fetch);
    expect(r.code).toBe(0);
    expect(opened).toEqual([{ url: "ws://localhost:7300/v1/functions/hello/logs/ws", token: "shp_env" }]);
    expect(r.stdout).toBe("v2 hello\n── inv_3 error 7 ms v2\n");
  });

  it("a socket closed with 4404 is exit 5", async () => {
    sockets.open = (_url, _token, h) => {
      setTimeout(() => {
        h.message(Buffer.from(JSON.stringify({ op: "error", message: "Function nope does not exist." })), false);
        h.close(4404, "not found");
      }, 0);
      return { send: () => undefined, close: () => undefined };
    };
    const r = await runWith(["fn", "logs", "nope", "-f"], fakeApi({}).fetch);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain("Function nope does not exist.");
  });

  it("shows stats and deletes", async () => {
    const a = fakeApi({
      "GET /v1/functions/hello/stats": () => ({
        body: { invocations_24h: 10, success_rate: 0.9, errors_24h: 1, timeouts_24h: 0, p50_ms: 5, p95_ms: 20, p99_ms: null },
      }),
      "DELETE /v1/functions/hello": () => ({ status: 204 }),
    });
    const s = await runWith(["fn", "stats", "hello"], a.fetch);
    expect(s.stdout).toContain("Success rate       90.0%");
    const d = await runWith(["fn", "rm", "hello", "--json"], a.fetch);
    expect(JSON.parse(d.stdout)).toEqual({ deleted: "hello" });
  });
});
