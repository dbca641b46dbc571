// Dockerfile parsers side by side: `node bench/dockerfile.ts`.
//
// Corpus: BuildKit's own parser test files (shared/conformance/buildkit-parser): 33 Dockerfiles with
// the AST BuildKit produces for each (`result`), and 4 Dockerfiles BuildKit rejects.
// Tools: ours (packages/core/src/images/dockerfile/parser.ts), `dockerfile-ast` (the parser behind
// the VS Code Docker tooling) and `docker-file-parser`.
//
// How "parses exactly" is judged. Each `result` line is read back into { name, flags, args } (ONBUILD
// nests one instruction). Each tool's output is translated into the same shape using the accessor
// that tool offers for that field — a translation of representation, never a re-parse of a string the
// tool handed back:
//  - ours: name, flags, args, trigger as they are.
//  - dockerfile-ast: getKeyword(); getFlags() as `--name=value`; ENV/LABEL from getProperties() as
//    [name, getUnescapedValue(), "=" or ""] (BuildKit keeps values raw at this stage, so the raw value
//    is the right one to compare); ARG as `name=raw value` or `name`; CMD/RUN/ENTRYPOINT/SHELL and
//    ADD/COPY/VOLUME from getJSONStrings() when it saw a JSON array, else getArgumentsContent() (one
//    string, like BuildKit's shell form) resp. getArguments(); HEALTHCHECK as getArguments();
//    ONBUILD via getTriggerInstruction(); USER/WORKDIR/MAINTAINER/STOPSIGNAL as getArgumentsContent();
//    the rest as getArguments().
//  - docker-file-parser: its `name` and `args`; it has no flags, so its args are compared with
//    BuildKit's flags followed by BuildKit's args; its ENV/LABEL maps have no separators, so only
//    key/value pairs are compared.
// For every tool alike, a single string where BuildKit has a list counts as equal when it equals the
// list joined by one space (e.g. docker-file-parser's FROM string). An instruction list matches when
// count, names, flags and args all match.
//
// "Rejects" a negative case: the tool throws, or marks an error in its output (docker-file-parser's
// `error` field). dockerfile-ast never reports errors (validation lives in another package).
//
// Throughput: files per second over the whole corpus (all 37 files), after a warm-up, median of
// several timed rounds. "parse" is the parse call alone; "parse + read" also reads every
// instruction's name and arguments through the translation above — the work needed to answer
// "what does this Dockerfile say", which matters for parsers that compute arguments lazily.
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { join } from "node:path";
import { parse as dfpParse } from "docker-file-parser";
import { type Instruction as AstInstruction, DockerfileParser, type Flag } from "dockerfile-ast";
import { type DockerfileInstruction, parseDockerfile } from "../packages/core/src/images/dockerfile/parser.ts";
import { conformanceDir } from "../test-support/conformance.ts";

const root = conformanceDir("buildkit-parser");
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

interface Node {
  name: string;
  flags: string[];
  args: (string | Node)[];
}

// ---------------------------------------------------------------------------------------------
// corpus

const index = JSON.parse(readFileSync(join(root, "index.json"), "utf8")) as { cases: string[]; negative_cases: string[] };
const positives = index.cases.map((name) => ({
  name,
  text: readFileSync(join(root, "testfiles", name, "Dockerfile"), "utf8"),
  expected: readFileSync(join(root, "testfiles", name, "result"), "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map(readSexp),
}));
const negatives = index.negative_cases.map((name) => ({
  name,
  text: readFileSync(join(root, "testfiles-negative", name, "Dockerfile"), "utf8"),
}));
const corpus = [...positives.map((p) => p.text), ...negatives.map((n) => n.text)];
if (!readdirSync(join(root, "testfiles")).every((d) => index.cases.includes(d))) throw new Error("index.json is stale");

/** Read one line of BuildKit's Dump format: (name ["flag" …] "arg" … ) with (onbuild (sub …)). */
function readSexp(line: string): Node {
  let i = 0;
  const node = (): Node => {
    if (line[i] !== "(") throw new Error(`expected ( at ${i} in ${line}`);
    i++;
    let name = "";
    while (i < line.length && line[i] !== " " && line[i] !== ")") name += line[i++];
    const n: Node = { name, flags: [], args: [] };
    for (;;) {
      if (line[i] === ")") {
        i++;
        return n;
      }
      if (line[i] !== " ") throw new Error(`expected space at ${i} in ${line}`);
      i++;
      if (line[i] === "[") {
        i++;
        while (line[i] !== "]") {
          if (line[i] === " ") i++;
          n.flags.push(goString());
        }
        i++;
      } else if (line[i] === "(") n.args.push(node());
      else n.args.push(goString());
    }
  };
  const goString = (): string => {
    if (line[i] !== '"') throw new Error(`expected " at ${i} in ${line}`);
    i++;
    let s = "";
    for (;;) {
      const c = line[i++];
      if (c === '"') return s;
      if (c !== "\\") {
        s += c;
        continue;
      }
      const e = line[i++];
      const hex = (n: number) => {
        const cp = Number.parseInt(line.slice(i, i + n), 16);
        i += n;
        return String.fromCodePoint(cp);
      };
      const simple: Record<string, string> = {
        a: "\x07",
        b: "\b",
        f: "\f",
        n: "\n",
        r: "\r",
        t: "\t",
        v: "\v",
        "\\": "\\",
        '"': '"',
      };
      if (e === "x") s += hex(2);
      else if (e === "u") s += hex(4);
      else if (e === "U") s += hex(8);
      else s += simple[e as string] ?? `\\${e}`;
    }
  };
  return node();
}

// ---------------------------------------------------------------------------------------------
// tools, each translated to Node[]

interface Tool {
  name: string;
  parse: (text: string) => unknown;
  read: (text: string) => Node[];
  /** Whether the tool rejected the text: threw or reported an error. */
  rejects: (text: string) => boolean;
  /** docker-file-parser only: it has no flags and no ENV separators. */
  lossy?: boolean;
}

const ours: Tool = {
  name: "Shipyard (ours)",
  parse: (text) => parseDockerfile(text),
  read: (text) => parseDockerfile(text).instructions.map(fromOurs),
  rejects: (text) => throws(() => parseDockerfile(text)),
};

function fromOurs(i: DockerfileInstruction): Node {
  return { name: i.name, flags: i.flags, args: i.trigger ? [fromOurs(i.trigger)] : i.args };
}

const dockerfileAst: Tool = {
  name: "dockerfile-ast 0.7.1",
  parse: (text) => DockerfileParser.parse(text),
  read: (text) => DockerfileParser.parse(text).getInstructions().map(fromAst),
  rejects: (text) => throws(() => DockerfileParser.parse(text)),
};

// biome-ignore lint/suspicious/noExplicitAny: the subclass accessors are reached by keyword, as the library's own consumers do
function fromAst(i: AstInstruction | any): Node {
  const name = (i.getKeyword() as string).toLowerCase();
  const flags: string[] = typeof i.getFlags === "function" ? i.getFlags().map(flagText) : [];
  const words = () => (i.getArguments() as { getValue(): string }[]).map((a) => a.getValue());
  const content = () => (i.getArgumentsContent() as string | null) ?? "";
  const isJson = () => typeof i.getJSONStrings === "function" && i.getOpeningBracket() !== null && i.getClosingBracket() !== null;
  const json = () => (i.getJSONStrings() as { getJSONValue(): string }[]).map((s) => s.getJSONValue());
  let args: (string | Node)[];
  switch (name) {
    case "env":
    case "label":
      args = i
        .getProperties()
        .flatMap((p: { getName(): string; getUnescapedValue(): string | null; getAssignmentOperator(): string | null }) => [
          p.getName(),
          p.getUnescapedValue() ?? "",
          p.getAssignmentOperator() === "=" ? "=" : "",
        ]);
      break;
    case "arg":
      args = i
        .getProperties()
        .map((p: { getName(): string; getUnescapedValue(): string | null; getAssignmentOperator(): string | null }) =>
          p.getAssignmentOperator() === "=" ? `${p.getName()}=${p.getUnescapedValue() ?? ""}` : p.getName(),
        );
      break;
    case "cmd":
    case "entrypoint":
    case "run":
    case "shell":
      args = isJson() ? json() : content() === "" ? [] : [content()];
      break;
    case "add":
    case "copy":
    case "volume":
      args = isJson() ? json() : words();
      break;
    case "onbuild": {
      const t = i.getTriggerInstruction();
      args = t ? [fromAst(t)] : [];
      break;
    }
    case "user":
    case "workdir":
    case "maintainer":
    case "stopsignal":
      args = content() === "" ? [] : [content()];
      break;
    default:
      args = words();
  }
  return { name, flags, args };
}

function flagText(f: Flag): string {
  const v = f.getValue();
  return v === null ? `--${f.getName()}` : `--${f.getName()}=${v}`;
}

const dockerFileParser: Tool = {
  name: "docker-file-parser 1.0.7",
  parse: (text) => dfpParse(text),
  read: (text) => dfpParse(text).map(fromDfp),
  rejects: (text) => {
    try {
      return dfpParse(text).some((c) => c.error !== undefined);
    } catch {
      return true;
    }
  },
  lossy: true,
};

interface DfpEntry {
  name: string;
  args: unknown;
}

function fromDfp(c: DfpEntry): Node {
  const name = c.name.toLowerCase();
  const a = c.args;
  let args: (string | Node)[];
  if (Array.isArray(a)) args = a as string[];
  else if (typeof a === "string") args = a === "" ? [] : [a];
  else if (a && typeof a === "object" && "name" in a && "args" in a) args = [fromDfp(a as DfpEntry)];
  else if (a && typeof a === "object") args = Object.entries(a as Record<string, string>).flat();
  else args = [];
  return { name, flags: [], args };
}

function throws(f: () => unknown): boolean {
  try {
    f();
    return false;
  } catch {
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// comparison

function sameArgs(got: (string | Node)[], want: (string | Node)[], lossy: boolean): boolean {
  if (got.length === 1 && typeof got[0] === "string" && want.length > 1 && want.every((w) => typeof w === "string")) {
    if (got[0] === want.join(" ")) return true;
  }
  if (got.length !== want.length) return false;
  return got.every((g, k) => {
    const w = want[k] as string | Node;
    if (typeof g === "string" || typeof w === "string") return g === w;
    return sameNode(g, w, lossy);
  });
}

function sameNode(got: Node, want: Node, lossy: boolean): boolean {
  if (got.name !== want.name) return false;
  if (!lossy) return sameArgs(got.flags, want.flags, false) && sameArgs(got.args, want.args, false);
  // docker-file-parser: no flags (compare against BuildKit's flags + args), no ENV/LABEL separators
  let wantArgs: (string | Node)[] = [...want.flags, ...want.args];
  if (want.name === "env" || want.name === "label") wantArgs = wantArgs.filter((_, k) => k % 3 !== 2);
  return sameArgs(got.args, wantArgs, true);
}

function exact(tool: Tool, text: string, expected: Node[]): boolean {
  let got: Node[];
  try {
    got = tool.read(text);
  } catch {
    return false;
  }
  return got.length === expected.length && got.every((g, k) => sameNode(g, expected[k] as Node, tool.lossy === true));
}

// ---------------------------------------------------------------------------------------------
// throughput

interface Measure {
  tool: Tool;
  mode: "parse" | "read";
  work: (text: string) => unknown;
  passes: number;
  rates: number[];
}

function pass(work: (text: string) => unknown): void {
  for (const text of corpus) {
    try {
      work(text);
    } catch {
      // negative cases throw for some tools; that is part of the work
    }
  }
}

const tools = [ours, dockerfileAst, dockerFileParser];
const measures: Measure[] = tools.flatMap((tool) =>
  (["parse", "read"] as const).map((mode) => ({ tool, mode, work: tool[mode], passes: 0, rates: [] })),
);
// warm-up (JIT) and calibration: how many passes of the corpus fill a round
for (const m of measures) {
  const t0 = performance.now();
  while (performance.now() - t0 < ROUND_MS) {
    pass(m.work);
    m.passes++;
  }
}
// timed rounds, interleaved across tools so that noise from the machine falls on all of them alike
for (let r = 0; r < ROUNDS; r++) {
  for (const m of measures) {
    const start = performance.now();
    for (let p = 0; p < m.passes; p++) pass(m.work);
    m.rates.push((m.passes * corpus.length) / ((performance.now() - start) / 1000));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

// ---------------------------------------------------------------------------------------------

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const rows: string[] = [];
const misses = new Map<string, string[]>();
for (const tool of tools) {
  const matched = positives.filter((p) => exact(tool, p.text, p.expected));
  misses.set(
    tool.name,
    positives.filter((p) => !matched.includes(p)).map((p) => p.name),
  );
  const rejected = negatives.filter((n) => tool.rejects(n.text)).length;
  const cell = (mode: "parse" | "read") => {
    const rates = measures.find((m) => m.tool === tool && m.mode === mode)?.rates ?? [];
    return `${fmt(median(rates))} (${fmt(Math.min(...rates))}–${fmt(Math.max(...rates))})`;
  };
  rows.push(
    `| ${tool.name} | ${matched.length}/${positives.length} | ${rejected}/${negatives.length} | ${cell("parse")} | ${cell("read")} |`,
  );
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`## Dockerfile parsers — BuildKit conformance corpus (${positives.length} + ${negatives.length} files)\n`);
console.log(`Machine: nproc ${availableParallelism()}, ${cpu}, Node ${process.version}`);
console.log(
  `Throughput: files/s over all ${corpus.length} files, median of ${ROUNDS} rounds of ~${ROUND_MS} ms after a warm-up, rounds interleaved across parsers (min–max)\n`,
);
console.log("| parser | exact on BuildKit cases | rejects negatives | files/s, parse | files/s, parse + read |");
console.log("|---|---|---|---|---|");
for (const r of rows) console.log(r);
console.log("");
for (const [name, list] of misses) if (list.length > 0) console.log(`- ${name} differs from BuildKit on: ${list.join(", ")}`);
