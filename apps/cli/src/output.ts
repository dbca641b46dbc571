import pc from "picocolors";
import type { Failure } from "./errors.ts";
import type { Io, OutputStream } from "./io.ts";

export type Colors = ReturnType<typeof pc.createColors>;

export interface Column<T> {
  header: string;
  value(row: T): string;
  color?(text: string, row: T): string;
  align?: "left" | "right";
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes to measure text width
const ANSI = /\u001b\[[0-9;]*m/g;
export const visibleWidth = (text: string) => text.replace(ANSI, "").length;

/** Aligned columns separated by two spaces; the header is dimmed. */
export function renderTable<T>(columns: readonly Column<T>[], rows: readonly T[], colors: Colors): string {
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => visibleWidth(r[i] ?? ""))));
  const pad = (text: string, i: number, raw: string) => {
    const gap = " ".repeat(Math.max(0, (widths[i] ?? 0) - visibleWidth(raw)));
    if (i === columns.length - 1 && columns[i]?.align !== "right") return text;
    return columns[i]?.align === "right" ? gap + text : text + gap;
  };
  const header = columns.map((c, i) => pad(colors.dim(c.header), i, c.header)).join("  ");
  const lines = cells.map((r, ri) =>
    columns
      .map((c, i) => {
        const raw = r[i] ?? "";
        const row = rows[ri] as T;
        return pad(c.color ? c.color(raw, row) : raw, i, raw);
      })
      .join("  "),
  );
  return `${[header, ...lines].map((l) => l.trimEnd()).join("\n")}\n`;
}

/** `key  value` lines with the keys aligned. */
export function renderFields(fields: readonly (readonly [string, string])[], colors: Colors): string {
  const width = Math.max(0, ...fields.map(([k]) => k.length));
  return fields.map(([k, v]) => `${colors.dim(k.padEnd(width))}  ${v}`).join("\n") + (fields.length ? "\n" : "");
}

export interface Output {
  readonly json: boolean;
  readonly colors: Colors;
  /** In --json mode writes `data` as JSON; otherwise runs `human`. */
  result(data: unknown, human: () => void): void;
  /** One JSON line on stdout in --json mode (event streams such as `serve`); otherwise runs `human`. */
  event(data: unknown, human: () => void): void;
  table<T>(columns: readonly Column<T>[], rows: readonly T[], empty?: string): void;
  fields(fields: readonly (readonly [string, string])[]): void;
  line(text?: string): void;
  success(text: string): void;
  /** Notes for people (stderr, not in --json mode). */
  note(text: string): void;
  warn(text: string): void;
  failure(failure: Failure): void;
}

export function colorEnabled(stream: OutputStream, env: Record<string, string | undefined>, flag: boolean): boolean {
  if (!flag || (env.NO_COLOR !== undefined && env.NO_COLOR !== "")) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY) && env.TERM !== "dumb";
}

export function createOutput(io: Pick<Io, "stdout" | "stderr">, options: { json: boolean; color: boolean }): Output {
  const colors = pc.createColors(options.color);
  const out = (text: string) => io.stdout.write(text);
  return {
    json: options.json,
    colors,
    result(data, human) {
      if (options.json) out(`${JSON.stringify(data, null, 2)}\n`);
      else human();
    },
    event(data, human) {
      if (options.json) out(`${JSON.stringify(data)}\n`);
      else human();
    },
    table(columns, rows, empty = "Nothing to show.") {
      if (rows.length === 0) out(`${colors.dim(empty)}\n`);
      else out(renderTable(columns, rows, colors));
    },
    fields(fields) {
      out(renderFields(fields, colors));
    },
    line(text = "") {
      out(`${text}\n`);
    },
    success(text) {
      out(`${colors.green("✓")} ${text}\n`);
    },
    note(text) {
      if (!options.json) io.stderr.write(`${colors.dim(text)}\n`);
    },
    warn(text) {
      if (options.json) io.stderr.write(`${JSON.stringify({ warning: text })}\n`);
      else io.stderr.write(`${colors.yellow("!")} ${text}\n`);
    },
    failure({ exitCode, problem }) {
      if (options.json) {
        io.stderr.write(`${JSON.stringify({ ...problem, exitCode })}\n`);
        return;
      }
      let text = `${colors.red(colors.bold("Error:"))} ${problem.message}\n`;
      for (const issue of problem.issues ?? [])
        text += `  ${colors.dim("-")} ${issue.path ? `${issue.path}: ` : ""}${issue.message}\n`;
      if (problem.suggestion) text += `${colors.dim("→")} ${problem.suggestion}\n`;
      if (problem.requestId) text += colors.dim(`  request id: ${problem.requestId}\n`);
      io.stderr.write(text);
    },
  };
}
