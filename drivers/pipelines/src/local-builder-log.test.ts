import { describe, expect, it } from "vitest";
import { BoundedLog } from "./local-builder-log.ts";

describe("BoundedLog (a local build's log)", () => {
  it("joins engine output into lines however it is cut, without colour codes", () => {
    const log = new BoundedLog(10_000);
    for (const piece of ["Step 1/2 : FROM base", "\n", " ---> 5933\nStep 2/2", " : RUN x\n", "\u001b[9", "1mboom\n\u001b[0m"])
      log.text(piece);
    expect(log.snapshot()).toEqual(["Step 1/2 : FROM base", " ---> 5933", "Step 2/2 : RUN x", "boom"]);
    log.line("Pushing");
    expect(log.snapshot().at(-1)).toBe("Pushing");
  });

  it("shows a line still being written, and ends it when a line of our own follows", () => {
    const log = new BoundedLog(10_000);
    log.text("Downloading 10%");
    expect(log.snapshot()).toEqual(["Downloading 10%"]);
    log.line("ERROR: stopped");
    expect(log.snapshot()).toEqual(["Downloading 10%", "ERROR: stopped"]);
  });

  it("keeps the last state of a line redrawn with carriage returns, and CRLF ends lines", () => {
    const log = new BoundedLog(10_000);
    log.text("10%\r50%\r100%\nnext\r\n");
    expect(log.snapshot()).toEqual(["100%", "next"]);
  });

  it("drops the oldest lines past the limit and says how many went", () => {
    const log = new BoundedLog(1024);
    for (let i = 0; i < 500; i++) log.line(`line ${i} ${"x".repeat(20)}`);
    const lines = log.snapshot();
    expect(lines[0]).toMatch(/^… \d+ earlier log lines dropped \(log limit 1024 characters\)$/);
    expect(lines.at(-1)).toBe(`line 499 ${"x".repeat(20)}`);
    const kept = lines.slice(1).reduce((n, l) => n + l.length + 1, 0);
    expect(kept).toBeLessThanOrEqual(1024);
    expect(Number(/\d+/.exec(lines[0] ?? "")?.[0]) + lines.length - 1).toBe(500);
  });

  it("cuts a single huge line instead of holding it whole", () => {
    const log = new BoundedLog(100_000);
    log.text("y".repeat(50_000));
    log.text("\n");
    for (const line of log.snapshot()) expect(line.length).toBeLessThanOrEqual(8 * 1024 + 1);
  });
});
