// Go and Rust functions in ProcessFunctionRuntime: built once per code with the standard library only,
// then run in warm instances like Node and Python. Skipped (with the reason) where a toolchain is missing.
import { afterAll, describe, expect, it } from "vitest";
import type { FunctionVersion, Invocation } from "./port.ts";
import { ProcessFunctionRuntime } from "./process-runtime.ts";

const rt = new ProcessFunctionRuntime({ idleTimeoutMs: 60_000 });
afterAll(() => rt.close());
const available = await rt.runtimes();
const go = available.find((r) => r.runtime === "go")!;
const rust = available.find((r) => r.runtime === "rust")!;

const GO_MAIN = `package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"

	"fn/greet"
)

var loaded = load()

func load() bool {
	fmt.Println("loading")
	return true
}

type event struct {
	Mode string \`json:"mode"\`
	N    int    \`json:"n"\`
	Name string \`json:"name"\`
}

func Handler(raw json.RawMessage) (any, error) {
	var e event
	if err := json.Unmarshal(raw, &e); err != nil {
		return nil, err
	}
	fmt.Println("one", e.N)
	fmt.Fprintln(os.Stderr, "two")
	fmt.Print("thr")
	fmt.Print("ee\\nfour\\n")
	log.SetFlags(0)
	log.Print("five")
	switch e.Mode {
	case "error":
		return nil, errors.New("negative: " + fmt.Sprint(e.N))
	case "panic":
		var m map[string]int
		m["x"] = e.N
	case "loop":
		for {
		}
	case "hog":
		var keep [][]byte
		for {
			b := make([]byte, 4<<20)
			for i := range b {
				b[i] = 1
			}
			keep = append(keep, b)
		}
	}
	return map[string]any{"doubled": twice(e.N), "greeting": greet.Hello(e.Name), "env": os.Getenv("GREETING"), "pid": os.Getpid(), "loaded": loaded}, nil
}
`;

const RUST_MAIN = `mod util;

pub fn handler(event: &str) -> Result<String, String> {
    println!("one {}", event);
    eprintln!("two");
    print!("thr");
    print!("ee\\nfour\\n");
    eprintln!("five");
    if event.contains("\\"error\\"") {
        return Err(format!("negative: {}", event.len()));
    }
    if event.contains("\\"panic\\"") {
        panic!("kaboom {}", 7);
    }
    if event.contains("\\"loop\\"") {
        loop {
            std::hint::spin_loop();
        }
    }
    if event.contains("\\"hog\\"") {
        let mut keep = Vec::new();
        loop {
            keep.push(std::hint::black_box(vec![1u8; 4 << 20]));
        }
    }
    if event.contains("\\"badjson\\"") {
        return Ok("not json".to_string());
    }
    Ok(format!(
        "{{ \\"echo\\": {}, \\"shout\\": \\"{}\\", \\"env\\": \\"{}\\", \\"pid\\": {} }}",
        event,
        util::shout("ahoy"),
        std::env::var("GREETING").unwrap_or_default(),
        std::process::id()
    ))
}
`;

interface Suite {
  runtime: "go" | "rust";
  available: boolean;
  reason: string | undefined;
  app: Pick<FunctionVersion, "handler" | "files">;
  /** A version that does not compile, and a piece of the compiler's message about it. */
  broken: Pick<FunctionVersion, "handler" | "files">;
  compilerSays: RegExp;
  echo(inv: Invocation): void;
  logs: string[];
  errorMessage: RegExp;
  panicMessage: RegExp;
}

const suites: Suite[] = [
  {
    runtime: "go",
    available: go.available,
    reason: go.reason,
    app: {
      handler: "main.Handler",
      files: {
        "main.go": GO_MAIN,
        "util.go": "package main\n\nfunc twice(n int) int { return n * 2 }\n",
        "greet/greet.go": 'package greet\n\nfunc Hello(name string) string { return "hello " + name }\n',
      },
    },
    broken: {
      handler: "main.Handler",
      files: { "main.go": "package main\n\nfunc Handler(e []byte) (any, error) {\n\treturn nope, nil\n}\n" },
    },
    compilerSays: /main\.go:4:\d+: undefined: nope/,
    echo: (inv) =>
      expect(inv.response).toMatchObject({
        doubled: 42,
        greeting: "hello é",
        env: "ahoy",
        loaded: true,
        pid: expect.any(Number),
      }),
    logs: ["one 21", "two", "three", "four", "five"],
    errorMessage: /^negative: -1$/,
    panicMessage: /nil map/,
  },
  {
    runtime: "rust",
    available: rust.available,
    reason: rust.reason,
    app: {
      handler: "main.handler",
      files: { "main.rs": RUST_MAIN, "util.rs": "pub fn shout(s: &str) -> String {\n    s.to_uppercase()\n}\n" },
    },
    broken: {
      handler: "main.handler",
      files: { "main.rs": "pub fn handler(event: &str) -> Result<String, String> {\n    Ok(nope)\n}\n" },
    },
    compilerSays: /cannot find value `nope`[\s\S]*main\.rs:2/,
    echo: (inv) =>
      expect(inv.response).toMatchObject({ echo: { n: 21, name: "é" }, shout: "AHOY", env: "ahoy", pid: expect.any(Number) }),
    logs: ['one {"n":21,"name":"é"}', "two", "three", "four", "five"],
    errorMessage: /^negative: \d+$/,
    panicMessage: /^kaboom 7$/,
  },
];

let seq = 0;
function version(runtime: "go" | "rust", spec: Pick<FunctionVersion, "handler" | "files">, extra: Partial<FunctionVersion> = {}) {
  return {
    functionId: `${runtime}-fn-${++seq}`,
    version: "1",
    runtime,
    env: { GREETING: "ahoy" },
    timeoutMs: 10_000,
    memoryMb: 128,
    concurrency: 2,
    ...spec,
    ...extra,
  } satisfies FunctionVersion;
}

it("reports the Go and Rust toolchains", () => {
  for (const r of [go, rust]) {
    if (r.available) expect(r.version).toMatch(r.runtime === "go" ? /^go1\.\d+/ : /^rustc \d+\./);
    else expect(r.reason).toMatch(/install/);
  }
});

for (const s of suites) {
  const title = s.available ? `${s.runtime} functions` : `${s.runtime} functions (skipped: ${s.reason})`;
  describe.skipIf(!s.available)(title, () => {
    const fn = version(s.runtime, s.app);
    let first: Invocation;

    it("builds on the first invocation, then returns the handler's value with its output in order", async () => {
      const streamed: string[] = [];
      first = await rt.invoke(fn, { n: 21, name: "é" }, { requestId: `${s.runtime}-1`, onLog: (line) => streamed.push(line) });
      expect(first).toMatchObject({ status: "success", requestId: `${s.runtime}-1`, coldStart: true });
      s.echo(first);
      expect(first.initDurationMs).toBeGreaterThan(0);
      expect(first.logs).toEqual(s.runtime === "go" ? ["loading", ...s.logs] : s.logs);
      expect(streamed).toEqual(first.logs);
      expect(first.memoryUsedMb).toBeGreaterThan(0);
    });

    it("reuses the warm instance, and restarts without rebuilding", async () => {
      const warm = await rt.invoke(fn, { n: 21, name: "é" });
      expect(warm).toMatchObject({ status: "success", coldStart: false });
      expect(warm.initDurationMs).toBeUndefined();
      expect((warm.response as { pid: number }).pid).toBe((first.response as { pid: number }).pid);
      expect(warm.logs).toEqual(s.logs);
      await rt.evict(fn.functionId);
      const restarted = await rt.invoke(fn, { n: 21, name: "é" });
      expect(restarted).toMatchObject({ status: "success", coldStart: true });
      expect((restarted.response as { pid: number }).pid).not.toBe((first.response as { pid: number }).pid);
      expect(restarted.initDurationMs).toBeLessThan(first.initDurationMs!);
      expect(restarted.initDurationMs).toBeLessThan(1000);
    });

    it("reports a returned error with its message and keeps serving", async () => {
      const inv = await rt.invoke(fn, { mode: "error", n: -1 });
      expect(inv).toMatchObject({ status: "error", coldStart: false });
      expect(inv.error?.message).toMatch(s.errorMessage);
      expect(inv.logs).toContain("two");
      expect(await rt.invoke(fn, { n: 1, name: "x" })).toMatchObject({ status: "success", coldStart: false });
    });

    it("reports a panic with its text and keeps serving", async () => {
      const inv = await rt.invoke(fn, { mode: "panic", n: 3 });
      expect(inv).toMatchObject({ status: "error", error: { type: "panic" }, coldStart: false });
      expect(inv.error?.message).toMatch(s.panicMessage);
      expect(inv.error?.stack).toMatch(s.runtime === "go" ? /main\.go:\d+/ : /main\.rs:\d+:\d+/);
      expect(await rt.invoke(fn, { n: 1, name: "x" })).toMatchObject({ status: "success", coldStart: false });
    });

    it("kills a handler that loops past its timeout (same build, shorter timeout)", async () => {
      const short = { ...fn, version: "short", timeoutMs: 700 };
      const started = performance.now();
      const inv = await rt.invoke(short, { mode: "loop" });
      expect(inv.status).toBe("timeout");
      expect(inv.error?.message).toMatch(/timed out after 700 ms/);
      expect(inv.initDurationMs).toBeLessThan(1000); // no rebuild: the code is the same
      expect(performance.now() - started).toBeLessThan(2500);
      expect(await rt.invoke(short, { n: 2, name: "y" })).toMatchObject({ status: "success", coldStart: true });
    });

    it("stops a handler that eats memory past its limit", async () => {
      const inv = await rt.invoke(fn, { mode: "hog" });
      expect(inv.status).toBe("error");
      expect(inv.error?.message).toMatch(/memory limit/i);
      expect(await rt.invoke(fn, { n: 2, name: "z" })).toMatchObject({ status: "success", coldStart: true });
    });

    it("reports a compile error with the compiler's output, without starting an instance", async () => {
      const broken = version(s.runtime, s.broken);
      const inv = await rt.invoke(broken, {});
      expect(inv).toMatchObject({ status: "error", coldStart: true, error: { type: "BuildError" } });
      expect(inv.error?.message).toMatch(/^build failed: /);
      expect(inv.error?.message).toMatch(s.compilerSays);
      expect(inv.logs.join("\n")).toMatch(s.compilerSays);
      expect(inv.initDurationMs).toBeGreaterThan(0);
      const again = await rt.invoke(broken, {});
      expect(again.error?.message).toBe(inv.error?.message);
      expect(rt.stats().instances.find((i) => i.functionId === broken.functionId)).toMatchObject({ busy: 0, idle: 0 });
    });
  });
}

describe.skipIf(!go.available)("go handler checks", () => {
  it("says which signature it wants when the handler has another", async () => {
    const fn = version("go", {
      handler: "main.Handler",
      files: { "main.go": "package main\n\nfunc Handler(s string) string { return s }\n" },
    });
    const inv = await rt.invoke(fn, {});
    expect(inv.status).toBe("error");
    expect(inv.error?.message).toMatch(
      /failed to load: Handler has type func\(string\) string; Shipyard calls func\(event json\.RawMessage\)/,
    );
  });

  it("passes a context with the deadline to func(ctx, event)", async () => {
    const fn = version(
      "go",
      {
        handler: "main.Handler",
        files: {
          "main.go": `package main

import (
	"context"
	"encoding/json"
	"time"
)

func Handler(ctx context.Context, event json.RawMessage) (any, error) {
	deadline, ok := ctx.Deadline()
	return map[string]any{"ok": ok, "left": time.Until(deadline).Milliseconds(), "event": event}, nil
}
`,
        },
      },
      { timeoutMs: 3000 },
    );
    const inv = await rt.invoke(fn, [1, "two"]);
    expect(inv).toMatchObject({ status: "success", response: { ok: true, event: [1, "two"] } });
    expect((inv.response as { left: number }).left).toBeGreaterThan(2000);
  });

  it("refuses handler names that are not Go identifiers before building", async () => {
    const fn = version("go", { handler: "main.main", files: { "main.go": "package main\n" } });
    await expect(rt.invoke(fn, {})).rejects.toMatchObject({ code: "invalid_input" });
  });
});

describe.skipIf(!rust.available)("rust handler checks", () => {
  it("rejects an Ok value that is not JSON text", async () => {
    const fn = version("rust", suites[1]!.app);
    const inv = await rt.invoke(fn, { mode: "badjson" });
    expect(inv).toMatchObject({ status: "error", error: { type: "InvalidResponse" } });
    expect(inv.error?.message).toMatch(/must be JSON text.*not json/);
  });

  it("hints at the signature when the handler does not fit", async () => {
    const fn = version("rust", { handler: "main.handler", files: { "main.rs": "pub fn handler(n: u32) -> u32 {\n    n\n}\n" } });
    const inv = await rt.invoke(fn, {});
    expect(inv.error?.message).toMatch(/^build failed: /);
    expect(inv.error?.message).toMatch(/Hint: main\.rs must define pub fn handler\(event: &str\) -> Result<String, String>/);
  });
});

describe("missing toolchains", () => {
  it("says what to install and refuses to invoke", async () => {
    const bare = new ProcessFunctionRuntime({
      baseEnv: { PATH: "/nonexistent", HOME: "/nonexistent" },
      goPath: "/nonexistent/go",
    });
    try {
      const runtimes = await bare.runtimes();
      expect(runtimes.find((r) => r.runtime === "go")).toMatchObject({
        available: false,
        reason: expect.stringMatching(/goPath/),
      });
      expect(runtimes.find((r) => r.runtime === "rust")).toMatchObject({
        available: false,
        reason: expect.stringMatching(/install rustc/),
      });
      const fn = version("rust", { handler: "main.handler", files: { "main.rs": "" } });
      await expect(bare.invoke(fn, {})).rejects.toMatchObject({ code: "unavailable", message: expect.stringMatching(/rustc/) });
    } finally {
      await bare.close();
    }
  });
});
