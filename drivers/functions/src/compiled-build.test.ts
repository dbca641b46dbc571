import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkCompiledHandler, locateCompiler, missingCompilerReason, toolchainEnv } from "./compiled-build.ts";
import type { FunctionVersion } from "./port.ts";

const home = mkdtempSync(join(tmpdir(), "shipyard-home-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function fn(runtime: "go" | "rust", handler: string, files: Record<string, string>) {
  return {
    functionId: "f",
    version: "1",
    runtime,
    handler,
    files,
    env: {},
    timeoutMs: 1000,
    memoryMb: 128,
    concurrency: 1,
  } satisfies FunctionVersion;
}

describe("checkCompiledHandler", () => {
  it("accepts identifiers and refuses keywords, $ and Shipyard's own file names", () => {
    expect(() => checkCompiledHandler(fn("go", "main.Handler", { "main.go": "" }))).not.toThrow();
    expect(() => checkCompiledHandler(fn("rust", "src/app.handle", { "src/app.rs": "" }))).not.toThrow();
    for (const [runtime, handler, file] of [
      ["go", "main.Handler$", "main.go"],
      ["go", "main.main", "main.go"],
      ["go", "main.func", "main.go"],
      ["rust", "main.fn", "main.rs"],
      ["rust", "main._", "main.rs"],
    ] as const) {
      expect(() => checkCompiledHandler(fn(runtime, handler, { [file]: "" }))).toThrow(/cannot name a/);
    }
    expect(() => checkCompiledHandler(fn("go", "main.Handler", { "main.go": "", "0_shipyard_main.go": "" }))).toThrow(/reserved/);
    expect(() => checkCompiledHandler(fn("rust", "main.handler", { "main.rs": "", "shipyard_main.rs": "" }))).toThrow(/reserved/);
    expect(() => checkCompiledHandler(fn("go", "main.Handler", { "main.py": "" }))).toThrow(/needs a file main\.go/);
  });
});

describe("locateCompiler", () => {
  it("finds rustc in ~/.cargo/bin when it is not on PATH, and says what to install otherwise", () => {
    const env = toolchainEnv({ PATH: "/nonexistent", HOME: home });
    expect(locateCompiler("rust", {}, env)).toBeUndefined();
    mkdirSync(join(home, ".cargo", "bin"), { recursive: true });
    writeFileSync(join(home, ".cargo", "bin", "rustc"), "#!/bin/sh\necho rustc 0.0.0\n");
    chmodSync(join(home, ".cargo", "bin", "rustc"), 0o755);
    expect(locateCompiler("rust", {}, env)).toBe(join(home, ".cargo", "bin", "rustc"));
    expect(locateCompiler("go", { goPath: "/nonexistent/go" }, env)).toBeUndefined();
    expect(missingCompilerReason("go", {})).toMatch(/install golang-go/);
    expect(missingCompilerReason("rust", {})).toMatch(/install rustc/);
  });

  it("gives compilers the server's PATH and HOME but nothing else", () => {
    const env = toolchainEnv({ PATH: "/bin", HOME: "/h", SECRET: "x", RUSTUP_HOME: "/r" });
    expect(env).toEqual({ PATH: "/bin", HOME: "/h", RUSTUP_HOME: "/r" });
  });
});
