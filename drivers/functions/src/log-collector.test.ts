import { describe, expect, it } from "vitest";
import { LogCollector } from "./process-runtime.ts";

describe("LogCollector", () => {
  it("splits writes into lines across chunks and streams, in order", () => {
    const seen: string[] = [];
    const logs = new LogCollector(100, 1000, (line, stream) => seen.push(`${stream}:${line}`));
    logs.write("stdout", "a");
    logs.write("stdout", "b\nc\n");
    logs.write("stderr", "err\n");
    logs.write("stdout", "tail");
    expect(logs.finish()).toEqual(["ab", "c", "err", "tail"]);
    expect(seen).toEqual(["stdout:ab", "stdout:c", "stderr:err", "stdout:tail"]);
  });

  it("bounds the number and length of lines and says how many were dropped", () => {
    const logs = new LogCollector(2, 5, undefined);
    logs.write("stdout", "1234567890\n2\n3\n4\n");
    expect(logs.finish()).toEqual(["12345…[truncated]", "2", "[shipyard] 2 more log lines were dropped"]);
  });
});
