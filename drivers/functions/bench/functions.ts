// Function runtime benchmark: `node drivers/functions/bench/functions.ts`.
// Cold start and warm invocation overhead (p50/p99) of ProcessFunctionRuntime with a handler that
// does nothing, against spawning `node -e` with the same handler for every call. Go and Rust rows (when
// their toolchains are installed) also show the one-time build; their cold starts reuse the binary.
import { execFile } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { promisify } from "node:util";
import type { FunctionVersion } from "../src/port.ts";
import { ProcessFunctionRuntime } from "../src/process-runtime.ts";

const COLD = Number(process.env.BENCH_COLD ?? 20);
const WARM = Number(process.env.BENCH_WARM ?? 2000);
const run = promisify(execFile);

const NODE_HANDLER = "exports.handler = async (event) => null;";
const PY_HANDLER = "def handler(event, context):\n    return None\n";
const GO_HANDLER =
  'package main\n\nimport "encoding/json"\n\nfunc Handler(event json.RawMessage) (any, error) { return nil, nil }\n';
const RUST_HANDLER = 'pub fn handler(_event: &str) -> Result<String, String> {\n    Ok("null".to_string())\n}\n';
const SOURCES = {
  node: { handler: "index.handler", files: { "index.js": NODE_HANDLER } },
  python: { handler: "main.handler", files: { "main.py": PY_HANDLER } },
  go: { handler: "main.Handler", files: { "main.go": GO_HANDLER } },
  rust: { handler: "main.handler", files: { "main.rs": RUST_HANDLER } },
} as const;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

interface Row {
  scenario: string;
  samples: number[];
}

async function time(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

function version(runtime: keyof typeof SOURCES, id: string): FunctionVersion {
  return {
    functionId: id,
    version: "1",
    runtime,
    handler: SOURCES[runtime].handler,
    files: { ...SOURCES[runtime].files },
    env: {},
    timeoutMs: 10_000,
    memoryMb: 256,
    concurrency: 1,
  };
}

const rt = new ProcessFunctionRuntime();
const rows: Row[] = [];
try {
  const available = new Set((await rt.runtimes()).filter((r) => r.available).map((r) => r.runtime));
  for (const runtime of (["node", "python", "go", "rust"] as const).filter((r) => available.has(r))) {
    const fn = version(runtime, `bench-${runtime}`);
    const first = performance.now();
    const built = await rt.invoke(fn, {}); // write the code dir once (and build Go/Rust)
    if (built.status !== "success") throw new Error(`unexpected ${JSON.stringify(built)}`);
    if (runtime === "go" || runtime === "rust") {
      rows.push({ scenario: `${runtime}: first invocation (build + spawn + invoke)`, samples: [performance.now() - first] });
    }
    rows.push({
      scenario: `${runtime}: cold start (spawn + load + invoke)`,
      samples: await time(COLD, async () => {
        await rt.evict(fn.functionId);
        const inv = await rt.invoke(fn, {});
        if (!inv.coldStart || inv.status !== "success") throw new Error(`unexpected ${JSON.stringify(inv)}`);
      }),
    });
    rows.push({
      scenario: `${runtime}: warm invoke (no-op handler)`,
      samples: await time(WARM, async () => {
        const inv = await rt.invoke(fn, {});
        if (inv.coldStart || inv.status !== "success") throw new Error(`unexpected ${JSON.stringify(inv)}`);
      }),
    });
  }
  const script = `${NODE_HANDLER}\nPromise.resolve(exports.handler({})).then((r) => process.stdout.write(JSON.stringify(r ?? null)));`;
  rows.push({
    scenario: "baseline: `node -e` per call",
    samples: await time(COLD, () => run(process.execPath, ["-e", script])),
  });
} finally {
  await rt.close();
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`Machine: ${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
console.log("| scenario | n | p50 ms | p99 ms | mean ms |");
console.log("|---|---:|---:|---:|---:|");
for (const row of rows) {
  const sorted = [...row.samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  console.log(
    `| ${row.scenario} | ${sorted.length} | ${quantile(sorted, 0.5).toFixed(2)} | ${quantile(sorted, 0.99).toFixed(2)} | ${mean.toFixed(2)} |`,
  );
}
console.log("\nTargets: warm overhead p50 < 5 ms, Node cold start < 150 ms.");
