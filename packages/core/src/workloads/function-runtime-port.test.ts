import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { type FunctionVersion, handlerFile, parseHandler, validateFunctionVersion } from "./function-runtime-port.ts";

const base: FunctionVersion = {
  functionId: "fn_hello",
  version: "1",
  runtime: "node",
  handler: "index.handler",
  files: { "index.js": "exports.handler = async () => 1;" },
  env: {},
  timeoutMs: 3000,
  memoryMb: 128,
  concurrency: 1,
};

function invalidMessage(fn: FunctionVersion): string {
  try {
    validateFunctionVersion(fn);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe("invalid_input");
    return (e as DomainError).message;
  }
  throw new Error("expected validation to fail");
}

describe("function runtime port", () => {
  it("parses <file>.<export> handlers, including nested files", () => {
    expect(parseHandler("index.handler")).toEqual({ module: "index", exportName: "handler" });
    expect(parseHandler("src/app.main")).toEqual({ module: "src/app", exportName: "main" });
  });

  it("rejects handlers that are not <file>.<export> or escape the code dir", () => {
    for (const h of ["handler", "index.", ".handler", "../x.handler", "a/../b.handler", "/abs.handler", "a.b-c"]) {
      expect(() => parseHandler(h), h).toThrow(DomainError);
    }
  });

  it("finds the handler's file per runtime", () => {
    expect(handlerFile({ ...base, handler: "app.main", files: { "app.js": "" } })).toBe("app.js");
    expect(handlerFile({ ...base, handler: "app.main", files: { "app.mjs": "" } })).toBe("app.mjs");
    expect(handlerFile({ ...base, runtime: "python", handler: "main.handler", files: { "main.py": "" } })).toBe("main.py");
  });

  it("accepts a valid version", () => {
    expect(() => validateFunctionVersion(base)).not.toThrow();
  });

  it("says which file the handler needs when it is missing", () => {
    expect(invalidMessage({ ...base, handler: "app.main" })).toMatch(/app\.js/);
    expect(invalidMessage({ ...base, runtime: "python" })).toMatch(/index\.py/);
  });

  it("rejects limits out of range with the allowed range", () => {
    expect(invalidMessage({ ...base, memoryMb: 64 })).toMatch(/Memory.*128 to 3072/);
    expect(invalidMessage({ ...base, timeoutMs: 1_000_000 })).toMatch(/Timeout/);
    expect(invalidMessage({ ...base, concurrency: 0 })).toMatch(/Concurrency/);
    expect(invalidMessage({ ...base, timeoutMs: 1.5 })).toMatch(/whole number/);
  });

  it("rejects unsafe file paths, bad env names and unknown runtimes", () => {
    expect(invalidMessage({ ...base, files: { ...base.files, "../etc/passwd": "" } })).toMatch(/relative/);
    expect(invalidMessage({ ...base, env: { "BAD-NAME": "x" } })).toMatch(/BAD-NAME/);
    expect(invalidMessage({ ...base, runtime: "java" as never })).toMatch(/java/);
  });
});
