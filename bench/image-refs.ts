// Image-reference parsers side by side: `node bench/image-refs.ts`.
// Agreement with github.com/distribution/reference on the conformance file's parse cases, throughput on
// the file's valid inputs, and time on hostile inputs. Every hostile run happens in a worker that is
// terminated after HOSTILE_TIMEOUT_MS, so a backtracking regex cannot hang the bench.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { parseAnyReference, parseReference, type ReferenceMode } from "../packages/core/src/images/reference.ts";
import { type ConformanceFile, checkConformance } from "../packages/core/src/images/reference-conformance.ts";
import { conformanceDir } from "../test-support/conformance.ts";

const CONFORMANCE = conformanceDir("image-refs.json");
const HOSTILE_TIMEOUT_MS = Number(process.env.BENCH_HOSTILE_TIMEOUT_MS ?? 15_000);
const ROUNDS = 7;

// ---- adapters: every tool is read through the same shape, and everything derived is derived alike ----

type Mode = "strict" | "normalized" | "any";
type Parsed = { ok: false } | { ok: true; digestOnly?: boolean; domain: string; path: string; tag: string; digest: string };
interface Tool {
  name: string;
  parse(mode: Mode, input: string): Parsed;
}

const require = createRequire(import.meta.url);

const ours: Tool = {
  name: "@shipyard/core reference.ts",
  parse(mode, input) {
    const r = mode === "any" ? parseAnyReference(input) : parseReference(input, { mode: mode as ReferenceMode });
    if (!r.ok) return { ok: false };
    if (r.ref.kind === "digest") return { ok: true, digestOnly: true, domain: "", path: "", tag: "", digest: r.ref.digest };
    return { ok: true, domain: r.ref.domain, path: r.ref.path, tag: r.ref.tag ?? "", digest: r.ref.digest ?? "" };
  },
};

interface SwimlaneRef {
  domain?: string;
  repository?: string;
  tag?: string;
  digest?: string;
  type: string;
}
const swimlaneLib = require("@swimlane/docker-reference") as Record<
  "parseQualifiedName" | "parseFamiliarName" | "parseAll",
  (s: string) => SwimlaneRef
>;
const swimlane: Tool = {
  name: "@swimlane/docker-reference",
  parse(mode, input) {
    try {
      const fn = mode === "strict" ? "parseQualifiedName" : mode === "normalized" ? "parseFamiliarName" : "parseAll";
      const r = swimlaneLib[fn](input);
      if (r.type === "digest") return { ok: true, digestOnly: true, domain: "", path: "", tag: "", digest: r.digest ?? "" };
      return { ok: true, domain: r.domain ?? "", path: r.repository ?? "", tag: r.tag ?? "", digest: r.digest ?? "" };
    } catch {
      return { ok: false };
    }
  },
};

interface DpiResult {
  registry: string | null;
  namespace: string | null;
  repository: string;
  tag: string | null;
}
const dpiLib = require("docker-parse-image") as (s: string) => DpiResult | null;
const dockerParseImage: Tool = {
  name: "docker-parse-image",
  // One mode only. Strict cases read its raw fields; normalized ones its own defaults (docker.io, library/).
  parse(mode, input) {
    const r = dpiLib(input);
    if (!r) return { ok: false };
    let tag = r.tag ?? "";
    let digest = "";
    const at = tag.indexOf("@");
    if (at >= 0) [tag, digest] = [tag.slice(0, at), tag.slice(at + 1)];
    else if (tag && input[input.length - tag.length - 1] === "@") [tag, digest] = ["", tag];
    if (mode === "strict") {
      return {
        ok: true,
        domain: r.registry ?? "",
        path: r.namespace ? `${r.namespace}/${r.repository}` : r.repository,
        tag,
        digest,
      };
    }
    return { ok: true, domain: r.registry ?? "docker.io", path: `${r.namespace ?? "library"}/${r.repository}`, tag, digest };
  },
};

const TOOLS = [ours, swimlane, dockerParseImage];

// ---- agreement: upstream's assertions on the file's parse cases, through each tool ----

function familiar(domain: string, path: string): string {
  if (domain !== "docker.io") return domain ? `${domain}/${path}` : path;
  const rest = path.startsWith("library/") ? path.slice(8) : path;
  return rest.includes("/") ? path : rest;
}

/** Upstream functions expressed over a tool's parse (the same post-processing for every tool). */
function run(tool: Tool, fn: string, input: string): Parsed {
  if (fn === "Parse") return tool.parse("strict", input);
  if (fn === "ParseAnyReference") return tool.parse("any", input);
  const r = tool.parse("normalized", input);
  if (!r.ok) return r;
  if (fn === "ParseDockerRef") {
    if (r.digest) return { ...r, tag: "" };
    return r.tag ? r : { ...r, tag: "latest" };
  }
  if (fn === "ParseNamed") {
    const s = `${r.domain}/${r.path}${r.tag ? `:${r.tag}` : ""}${r.digest ? `@${r.digest}` : ""}`;
    return s === input ? r : { ok: false };
  }
  return r;
}

function fieldOf(r: Parsed & { ok: true }, key: string): unknown {
  const name = r.digestOnly ? "" : r.domain ? `${r.domain}/${r.path}` : r.path;
  const string = r.digestOnly ? r.digest : name + (r.tag ? `:${r.tag}` : "") + (r.digest ? `@${r.digest}` : "");
  const fam = familiar(r.domain, r.path);
  const values: Record<string, unknown> = {
    domain: r.domain,
    path: r.path,
    tag: r.tag,
    digest: r.digest,
    string,
    name,
    repository: name,
    fullName: name,
    familiarName: fam,
    familiarString: fam + (r.tag ? `:${r.tag}` : "") + (r.digest ? `@${r.digest}` : ""),
    isTagged: r.tag !== "",
    "isCanonical(hasDigest)": r.digest !== "",
    kind: r.digestOnly ? "digest" : "named",
  };
  return values[key];
}

const PARSE_FUNCTIONS = ["Parse", "ParseNormalizedNamed", "ParseDockerRef", "ParseAnyReference", "ParseNamed"];

function agreement(tool: Tool, file: ConformanceFile): { agree: number; total: number } {
  let agree = 0;
  let total = 0;
  for (const c of file.cases) {
    const fn = c.function.split(" ")[0] as string;
    if (typeof c.input !== "string" || !PARSE_FUNCTIONS.includes(fn)) continue;
    total++;
    let r: Parsed;
    try {
      r = run(tool, fn, c.input);
    } catch {
      r = { ok: false };
    }
    if (r.ok !== c.valid) continue;
    const fields = Object.entries(c.expected ?? {});
    const ok = r.ok
      ? fields.every(([k, want]) =>
          k === "kind" ? fieldOf(r, k) === (String(want).startsWith("digest") ? "digest" : "named") : fieldOf(r, k) === want,
        )
      : true;
    if (ok) agree++;
  }
  return { agree, total };
}

// ---- throughput: parses of the file's valid inputs, normalized (what callers use) and strict ----

type ThroughputMode = "normalized" | "strict";

/** Parses per second in one ~150 ms round. */
function round(tool: Tool, inputs: string[], mode: ThroughputMode): number {
  let sink = 0;
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < 150) {
    for (const s of inputs) if (tool.parse(mode, s).ok) sink++;
    n += inputs.length;
    elapsed = performance.now() - t0;
  }
  if (sink < 0) console.log(sink);
  return (n / elapsed) * 1000;
}

/**
 * Median parses/s of every tool in each mode. The rounds are interleaved (each round times every tool
 * in turn), so that a change in the machine's load during the run affects all tools alike.
 */
function throughputs(inputs: string[]): Map<Tool, Record<ThroughputMode, number>> {
  const rates = new Map(TOOLS.map((t) => [t, { normalized: [] as number[], strict: [] as number[] }]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const tool of TOOLS) {
      const mine = rates.get(tool) as Record<ThroughputMode, number[]>;
      mine.normalized.push(round(tool, inputs, "normalized"));
      mine.strict.push(round(tool, inputs, "strict"));
    }
  }
  return new Map([...rates].map(([t, r]) => [t, { normalized: median(r.normalized), strict: median(r.strict) }]));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

// ---- hostile inputs, each run in a worker with a deadline ----

const HOSTILE: Array<{ label: string; input: string }> = [
  // 17 characters: swimlane's separator `[-]*` can be empty, so `[a-z0-9]+(?:sep[a-z0-9]+)+` is (a+)+.
  { label: "`aaaaaaaaaaaaaaaa!` (17 chars)", input: "aaaaaaaaaaaaaaaa!" },
  { label: "`a`×100 000 + `!` (100 kB)", input: `${"a".repeat(100_000)}!` },
];

interface HostileJob {
  tool: string;
  input: string;
  /** Valid inputs parsed for ~50 ms first, so the hostile call does not also pay for JIT warm-up. */
  warmup: string[];
}

function hostileInWorker({ tool, input, warmup }: HostileJob): void {
  const t = TOOLS.find((x) => x.name === tool) as Tool;
  const w0 = performance.now();
  while (performance.now() - w0 < 50) for (const s of warmup) t.parse("normalized", s);
  const t0 = performance.now();
  t.parse("normalized", input);
  let ms = performance.now() - t0;
  // Fast enough to repeat: report the mean of enough calls to fill ~50 ms.
  if (ms < 20) {
    let n = 0;
    const t1 = performance.now();
    while (performance.now() - t1 < 50) {
      t.parse("normalized", input);
      n++;
    }
    ms = (performance.now() - t1) / n;
  }
  parentPort?.postMessage(ms);
}

function hostile(tool: Tool, input: string, warmup: string[]): Promise<number | "timeout"> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { tool: tool.name, input, warmup } satisfies HostileJob });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve("timeout");
    }, HOSTILE_TIMEOUT_MS);
    worker.once("message", (ms: number) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(ms);
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

const fmtMs = (r: number | "timeout") =>
  r === "timeout" ? `> ${HOSTILE_TIMEOUT_MS / 1000} s (killed)` : r < 1 ? `${(r * 1000).toFixed(1)} µs` : `${r.toFixed(1)} ms`;

async function main(): Promise<void> {
  const file = JSON.parse(readFileSync(CONFORMANCE, "utf8")) as ConformanceFile;
  const full = checkConformance(file);
  const valid = [
    ...new Set(
      file.cases
        .filter((c) => typeof c.input === "string" && c.valid && PARSE_FUNCTIONS.includes(c.function.split(" ")[0] as string))
        .map((c) => c.input as string),
    ),
  ];

  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  console.log(
    `conformance (ours, whole file incl. regexp, compose and match cases): ${full.checked - full.failedCases}/${full.checked} cases, ` +
      `${full.assertions} assertions, ${full.failures.length} failures`,
  );
  console.log(
    `agreement: upstream's assertions on the file's parse cases (Parse, ParseNormalizedNamed, ParseDockerRef, ParseAnyReference, ParseNamed); throughput: parses of ${valid.length} distinct valid inputs in normalized mode (ParseNormalizedNamed, what callers use) and strict mode (Parse; docker-parse-image has one mode only), median of ${ROUNDS} rounds interleaved across tools; hostile: normalized parse after warm-up (mean of repeats when fast), worker killed after ${HOSTILE_TIMEOUT_MS / 1000} s\n`,
  );
  console.log(
    `| tool | agreement | parses/s normalized | parses/s strict | ${HOSTILE.map((h) => `hostile ${h.label}`).join(" | ")} |`,
  );
  console.log(`|---|---|---|---|${HOSTILE.map(() => "---|").join("")}`);
  const agreements = new Map(TOOLS.map((t) => [t, agreement(t, file)]));
  const rates = throughputs(valid);
  for (const tool of TOOLS) {
    const a = agreements.get(tool) as { agree: number; total: number };
    const { normalized: rate, strict: strictRate } = rates.get(tool) as Record<ThroughputMode, number>;
    const times: string[] = [];
    for (const h of HOSTILE) times.push(fmtMs(await hostile(tool, h.input, valid)));
    console.log(
      `| ${tool.name} | ${a.agree}/${a.total} | ${Math.round(rate).toLocaleString("en")} | ${Math.round(strictRate).toLocaleString("en")} | ${times.join(" | ")} |`,
    );
  }
}

if (isMainThread) await main();
else hostileInWorker(workerData as HostileJob);
