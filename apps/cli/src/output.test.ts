import pc from "picocolors";
import { describe, expect, it } from "vitest";
import { colorEnabled, createOutput, renderFields, renderTable, visibleWidth } from "./output.ts";
import { createTestIo } from "./testing/test-io.ts";

const plain = pc.createColors(false);
const colored = pc.createColors(true);

describe("renderTable", () => {
  const columns = [
    { header: "ID", value: (r: { id: string; n: number }) => r.id },
    { header: "COUNT", value: (r: { id: string; n: number }) => String(r.n), align: "right" as const },
    { header: "NOTE", value: () => "x" },
  ];
  const rows = [
    { id: "a", n: 5 },
    { id: "longer-id", n: 1234 },
  ];

  it("aligns columns under their headers", () => {
    expect(renderTable(columns, rows, plain)).toBe(
      ["ID         COUNT  NOTE", "a              5  x", "longer-id   1234  x", ""].join("\n"),
    );
  });

  it("measures width without colour codes", () => {
    const text = renderTable(columns, rows, colored);
    expect(text).toContain("\u001b[");
    const lines = text.trimEnd().split("\n");
    expect(lines.map(visibleWidth)).toEqual([22, 19, 19]);
  });
});

describe("renderFields", () => {
  it("aligns keys", () => {
    expect(
      renderFields(
        [
          ["Email", "a@b.c"],
          ["Role", "admin"],
        ],
        plain,
      ),
    ).toBe("Email  a@b.c\nRole   admin\n");
  });
});

describe("colorEnabled", () => {
  it("honours --no-color, NO_COLOR, FORCE_COLOR and the terminal", () => {
    expect(colorEnabled({ write() {}, isTTY: true }, {}, true)).toBe(true);
    expect(colorEnabled({ write() {}, isTTY: true }, {}, false)).toBe(false);
    expect(colorEnabled({ write() {}, isTTY: true }, { NO_COLOR: "1" }, true)).toBe(false);
    expect(colorEnabled({ write() {}, isTTY: false }, {}, true)).toBe(false);
    expect(colorEnabled({ write() {}, isTTY: false }, { FORCE_COLOR: "1" }, true)).toBe(true);
  });
});

describe("Output", () => {
  it("writes JSON results to stdout and failures as JSON to stderr in --json mode", () => {
    const io = createTestIo();
    const out = createOutput(io, { json: true, color: false });
    out.result({ a: 1 }, () => out.line("human"));
    out.failure({ exitCode: 3, problem: { title: "Unauthorized", code: "unauthenticated", message: "no", status: 401 } });
    expect(JSON.parse(io.stdoutText())).toEqual({ a: 1 });
    expect(JSON.parse(io.stderrText())).toEqual({
      title: "Unauthorized",
      code: "unauthenticated",
      message: "no",
      status: 401,
      exitCode: 3,
    });
  });

  it("writes people's output and failures with suggestion otherwise", () => {
    const io = createTestIo();
    const out = createOutput(io, { json: false, color: false });
    out.result({ a: 1 }, () => out.line("human"));
    out.failure({
      exitCode: 6,
      problem: {
        title: "Bad",
        code: "invalid_input",
        message: "Invalid input",
        suggestion: "Fix it",
        issues: [{ path: "name", message: "required" }],
      },
    });
    expect(io.stdoutText()).toBe("human\n");
    expect(io.stderrText()).toBe("Error: Invalid input\n  - name: required\n→ Fix it\n");
  });
});
