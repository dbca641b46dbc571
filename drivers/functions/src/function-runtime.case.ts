// The shared behaviour suite every FunctionRuntime implementation runs (call it from a *.int.test.ts).
import { setTimeout as sleep } from "node:timers/promises";
import { DomainError } from "@shipyard/core";
import { afterAll, describe, expect, it } from "vitest";
import type { FunctionRuntime, FunctionVersion } from "./port.ts";

export interface FunctionRuntimeCaseOptions {
  /** A runtime whose idle instances expire after `idleTimeoutMs`, with a queue of `maxQueue` per function. */
  create(options: { idleTimeoutMs: number; maxQueue: number }): FunctionRuntime;
  /** A server environment variable the factory sets that functions must not see. */
  serverSecretName: string;
}

let seq = 0;
function node(files: Record<string, string>, extra: Partial<FunctionVersion> = {}): FunctionVersion {
  return {
    functionId: `fn-${++seq}`,
    version: "1",
    runtime: "node",
    handler: "index.handler",
    files,
    env: {},
    timeoutMs: 5000,
    memoryMb: 128,
    concurrency: 4,
    ...extra,
  };
}

export function describeFunctionRuntime(name: string, options: FunctionRuntimeCaseOptions): void {
  describe(`${name} (FunctionRuntime)`, () => {
    const rt = options.create({ idleTimeoutMs: 60_000, maxQueue: 1 });
    afterAll(() => rt.close());

    it("runs a Node handler, returns its value and its console output in order", async () => {
      const streamed: string[] = [];
      const fn = node({
        "index.js": `console.log("loading");
exports.handler = (event, context) => {
  console.log("one", event.n);
  console.error("two");
  process.stdout.write("thr");
  process.stdout.write("ee\\nfour\\n");
  console.warn("five");
  return { doubled: event.n * 2, requestId: context.requestId };
};`,
      });
      const inv = await rt.invoke(fn, { n: 21 }, { requestId: "req-1", onLog: (line) => streamed.push(line) });
      expect(inv).toMatchObject({ status: "success", requestId: "req-1", response: { doubled: 42, requestId: "req-1" } });
      expect(inv.coldStart).toBe(true);
      expect(inv.logs).toEqual(["loading", "one 21", "two", "three", "four", "five"]);
      expect(streamed).toEqual(inv.logs);
      expect(inv.memoryUsedMb).toBeGreaterThan(5);
      expect(inv.durationMs).toBeGreaterThanOrEqual(0);
    });

    it("awaits async handlers (ESM too)", async () => {
      const fn = node({
        "index.mjs": `import { setTimeout } from "node:timers/promises";
export async function handler(event) { await setTimeout(50); return { later: event }; }`,
      });
      const inv = await rt.invoke(fn, "x");
      expect(inv).toMatchObject({ status: "success", response: { later: "x" } });
      expect(inv.durationMs).toBeGreaterThanOrEqual(45);
    });

    it("loads the file the handler names and requires sibling files", async () => {
      const fn = node(
        {
          "app.js": `const { greet } = require("./lib/greet.js"); exports.main = async (e) => greet(e.name);`,
          "lib/greet.js": `exports.greet = (n) => "hello " + n;`,
        },
        { handler: "app.main" },
      );
      const inv = await rt.invoke(fn, { name: "shipyard" });
      expect(inv).toMatchObject({ status: "success", response: "hello shipyard" });
    });

    it("runs a Python handler with its modules, print output and errors", async () => {
      const fn: FunctionVersion = {
        ...node({}),
        runtime: "python",
        handler: "main.handler",
        files: {
          "main.py": `from helpers import shout\nprint("loading")\ndef handler(event, context):\n    print("got", event["n"])\n    if event["n"] < 0:\n        raise ValueError("negative")\n    return {"n": shout(event["n"]), "rid": context.request_id}\n`,
          "helpers.py": `def shout(n):\n    return n * 10\n`,
        },
      };
      const ok = await rt.invoke(fn, { n: 4 }, { requestId: "py-1" });
      expect(ok).toMatchObject({ status: "success", response: { n: 40, rid: "py-1" } });
      expect(ok.logs).toEqual(["loading", "got 4"]);
      const bad = await rt.invoke(fn, { n: -1 });
      expect(bad).toMatchObject({ status: "error", error: { message: "negative", type: "ValueError" }, coldStart: false });
      expect(bad.error?.stack).toMatch(/Traceback[\s\S]*main\.py/);
    });

    it("reports a thrown error with message and stack, and keeps serving", async () => {
      const fn = node({ "index.js": `exports.handler = (e) => { if (e.fail) throw new TypeError("boom"); return "fine"; };` });
      const inv = await rt.invoke(fn, { fail: true });
      expect(inv).toMatchObject({ status: "error", error: { message: "boom", type: "TypeError" } });
      expect(inv.error?.stack).toMatch(/index\.js/);
      expect(await rt.invoke(fn, {})).toMatchObject({ status: "success", response: "fine", coldStart: false });
    });

    it("reports a handler that fails to load", async () => {
      const inv = await rt.invoke(node({ "index.js": "exports.other = 1;" }), {});
      expect(inv).toMatchObject({ status: "error", coldStart: true });
      expect(inv.error?.message).toMatch(/handler/);
    });

    it("kills a handler that runs past its timeout and starts fresh next time", async () => {
      const fn = node(
        { "index.js": `exports.handler = (e) => { if (e.loop) for (;;) {} return process.pid; };` },
        { timeoutMs: 500 },
      );
      const first = await rt.invoke(fn, {});
      const started = performance.now();
      const inv = await rt.invoke(fn, { loop: true });
      const elapsed = performance.now() - started;
      expect(inv.status).toBe("timeout");
      expect(inv.error?.message).toMatch(/timed out after 500 ms/);
      expect(elapsed).toBeLessThan(1500);
      const next = await rt.invoke(fn, {});
      expect(next).toMatchObject({ status: "success", coldStart: true });
      expect(next.response).not.toBe(first.response);
    });

    it("stops a Node handler that eats memory past its limit", async () => {
      const fn = node({
        "index.js": `exports.handler = (e) => { if (!e.hog) return "ok"; const keep = []; for (;;) keep.push(new Array(1e5).fill(Math.random())); };`,
      });
      const inv = await rt.invoke(fn, { hog: true });
      expect(inv.status).toBe("error");
      expect(inv.error?.message).toMatch(/memory limit/i);
      expect(await rt.invoke(fn, {})).toMatchObject({ status: "success", coldStart: true });
    });

    it("stops a Node handler that allocates buffers outside the heap", async () => {
      const fn = node({
        "index.js": `exports.handler = () => { const keep = []; for (;;) keep.push(Buffer.alloc(8 * 1024 * 1024, 1)); };`,
      });
      const inv = await rt.invoke(fn, {});
      expect(inv.status).toBe("error");
      expect(inv.error?.message).toMatch(/memory limit/i);
    });

    it("stops a Python handler that eats memory past its limit", async () => {
      const fn: FunctionVersion = {
        ...node({}),
        runtime: "python",
        handler: "main.handler",
        files: {
          "main.py": `def handler(event, context):\n    keep = []\n    while True:\n        keep.append(bytearray(4 * 1024 * 1024))\n`,
        },
      };
      const inv = await rt.invoke(fn, {});
      expect(inv.status).toBe("error");
      expect(inv.error?.message).toMatch(/memory limit/i);
    });

    it("reuses a warm instance", async () => {
      const fn = node({ "index.js": `exports.handler = () => process.pid;` });
      const a = await rt.invoke(fn, {});
      const b = await rt.invoke(fn, {});
      expect(a.coldStart).toBe(true);
      expect(b.coldStart).toBe(false);
      expect(b.response).toBe(a.response);
      expect(rt.stats().instances.find((i) => i.functionId === fn.functionId)).toMatchObject({ idle: 1, busy: 0 });
      await rt.evict(fn.functionId);
      expect(await rt.invoke(fn, {})).toMatchObject({ coldStart: true });
    });

    it("serializes invocations beyond the concurrency limit and rejects when the queue is full", async () => {
      const fn = node(
        {
          "index.js": `exports.handler = async () => { const start = Date.now(); await new Promise((r) => setTimeout(r, 200)); return { start, end: Date.now() }; };`,
        },
        { concurrency: 1 },
      );
      const calls = [rt.invoke(fn, {}), rt.invoke(fn, {})];
      await expect(rt.invoke(fn, {})).rejects.toMatchObject({ code: "unavailable" });
      const [a, b] = await Promise.all(calls);
      const first = a!.response as { start: number; end: number };
      const second = b!.response as { start: number; end: number };
      expect(second.start).toBeGreaterThanOrEqual(first.end);
      expect(b!.coldStart).toBe(false);
    });

    it("passes the function's env and nothing else from the server", async () => {
      const fn = node(
        { "index.js": `exports.handler = () => ({ greeting: process.env.GREETING, keys: Object.keys(process.env) });` },
        { env: { GREETING: "ahoy" } },
      );
      const inv = await rt.invoke(fn, {});
      const response = inv.response as { greeting: string; keys: string[] };
      expect(response.greeting).toBe("ahoy");
      expect(response.keys).not.toContain(options.serverSecretName);
      for (const key of response.keys) expect(["GREETING", "PATH", "HOME", "LANG"]).toContain(key);
    });

    it("rejects specs it cannot run with domain errors", async () => {
      await expect(rt.invoke(node({ "index.js": "" }, { handler: "nope" }), {})).rejects.toBeInstanceOf(DomainError);
      await expect(rt.invoke({ ...node({ "main.go": "" }), runtime: "go", handler: "main.Handler$" }, {})).rejects.toMatchObject({
        code: "invalid_input",
      });
      const runtimes = await rt.runtimes();
      expect(runtimes.find((r) => r.runtime === "node")).toMatchObject({ available: true });
    });

    it("expires idle instances", async () => {
      const short = options.create({ idleTimeoutMs: 300, maxQueue: 10 });
      try {
        const fn = node({ "index.js": `exports.handler = () => process.pid;` });
        const a = await short.invoke(fn, {});
        await sleep(700);
        expect(short.stats().totalInstances).toBe(0);
        const b = await short.invoke(fn, {});
        expect(b.coldStart).toBe(true);
        expect(b.response).not.toBe(a.response);
      } finally {
        await short.close();
      }
    });
  });
}
