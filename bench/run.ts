// Benchmarks: `npm run bench` (see docs/benchmarks.md). Needs PostgreSQL for the PostgreSQL rows:
// set SHIPYARD_BENCH_PG_URL (scripts/bench.sh starts a private one) or they are skipped with a note.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { cpuOfTree, databaseBackendsCpu, startServer, stopServer } from "./lib/server.ts";

const root = join(import.meta.dirname, "..");
const CLI = join(root, "apps/cli/src/main.ts");
const ADMIN = { email: "bench@shipyard.local", password: "bench-password-123" };
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const start = (env: Record<string, string>) =>
  startServer(CLI, { SHIPYARD_ADMIN_EMAIL: ADMIN.email, SHIPYARD_ADMIN_PASSWORD: ADMIN.password, ...env });
const stop = stopServer;

async function token(url: string): Promise<string> {
  const login = await fetch(`${url}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  });
  const cookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] as string;
  const res = await fetch(`${url}/v1/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ name: "bench" }),
  });
  return ((await res.json()) as { token: string }).token;
}

/**
 * One autocannon run; with `cpu`, also CPU time per request (from /proc) of the server's process
 * tree and of the PostgreSQL backends serving its database, a steadier figure than req/s here.
 */
async function load(url: string, headers: Record<string, string> = {}, cpu?: { server: ChildProcess; database?: string }) {
  const pid = cpu?.server.pid;
  const before = pid ? await cpuOfTree(pid) : undefined;
  const pgBefore = cpu?.database ? await databaseBackendsCpu(cpu.database) : undefined;
  const r = await autocannon({ url, connections: 20, duration: DURATION, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  let cpuDetail = "";
  if (pid && before) {
    const after = await cpuOfTree(pid);
    const us = (ms: number) => ((ms * 1000) / r.requests.total).toFixed(0);
    cpuDetail = `; CPU/request: server ${us(after.cpuMs - before.cpuMs)} µs`;
    if (cpu?.database && pgBefore) {
      let ms = 0;
      for (const [p, v] of await databaseBackendsCpu(cpu.database)) ms += v - (pgBefore.get(p) ?? 0);
      cpuDetail += `, PostgreSQL ${us(ms)} µs`;
    }
  }
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, cpuDetail };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const rows: string[] = [];
const report = (line: string) => {
  rows.push(line);
  console.log(line);
};

async function benchBackend(name: string, env: Record<string, string>, database?: string) {
  // first start creates the database; later starts reuse it
  const first = await start(env);
  report(`| ${name} | first start (creates database) | ${first.ms.toFixed(0)} ms | |`);
  const t = await token(first.url);
  // 1,000 rows to list: 1,000 API tokens (each also writes an audit entry)
  const auth = { authorization: `Bearer ${t}` };
  for (let i = 0; i < 1000; i += 50) {
    await Promise.all(
      Array.from({ length: 50 }, (_, j) =>
        fetch(`${first.url}/v1/tokens`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: JSON.stringify({ name: `bench-${i + j}` }),
        }),
      ),
    );
  }
  await stop(first.child);
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = await start(env);
    starts.push(s.ms);
    await stop(s.child);
  }
  report(
    `| ${name} | cold start of shipyard ${env.DATABASE_URL ? "serve" : "up"} to ready, existing data (median of 5) | ${median(starts).toFixed(0)} ms | min ${Math.min(...starts).toFixed(0)}, max ${Math.max(...starts).toFixed(0)} |`,
  );
  const s = await start(env);
  try {
    const h = await load(`${s.url}/healthz`);
    report(`| ${name} | GET /healthz, 20 connections, ${DURATION} s | ${h.rps} req/s | p50 ${h.p50} ms, p99 ${h.p99} ms |`);
    const l = await load(`${s.url}/v1/tokens?limit=50`, auth, { server: s.child, database });
    report(
      `| ${name} | GET /v1/tokens?limit=50 (1,001 rows, bearer token), 20 connections | ${l.rps} req/s | p50 ${l.p50} ms, p99 ${l.p99} ms${l.cpuDetail} |`,
    );
    const a = await load(`${s.url}/v1/audit?limit=50&action=token.create`, auth, { server: s.child, database });
    report(
      `| ${name} | GET /v1/audit?limit=50&action=token.create (1,000+ rows) | ${a.rps} req/s | p50 ${a.p50} ms, p99 ${a.p99} ms${a.cpuDetail} |`,
    );
  } finally {
    await stop(s.child);
  }
  if (!env.DATABASE_URL) return;
  // the same lists with two server processes on the port (SHIPYARD_HTTP_PROCESSES, PostgreSQL only)
  const c = await start({ ...env, SHIPYARD_HTTP_PROCESSES: "2" });
  try {
    const l = await load(`${c.url}/v1/tokens?limit=50`, auth, { server: c.child, database });
    report(
      `| ${name}, 2 server processes | GET /v1/tokens?limit=50 (1,001 rows, bearer token), 20 connections | ${l.rps} req/s | p50 ${l.p50} ms, p99 ${l.p99} ms${l.cpuDetail} |`,
    );
    const a = await load(`${c.url}/v1/audit?limit=50&action=token.create`, auth, { server: c.child, database });
    report(
      `| ${name}, 2 server processes | GET /v1/audit?limit=50&action=token.create (1,000+ rows) | ${a.rps} req/s | p50 ${a.p50} ms, p99 ${a.p99} ms${a.cpuDetail} |`,
    );
  } finally {
    await stop(c.child);
  }
}

async function consoleFirstLoad() {
  if (!existsSync(join(root, "apps/console/out/index.html")) || !existsSync("/usr/bin/chromium")) {
    report("| console | first load in Chromium | skipped | console not built or /usr/bin/chromium missing |");
    return;
  }
  const { chromium } = await import("@playwright/test");
  const dir = mkdtempSync(join(tmpdir(), "shipyard-bench-ui-"));
  const s = await start({ SHIPYARD_DATA_DIR: dir });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const t0 = performance.now();
      await page.goto(`${s.url}/login/`, { waitUntil: "load" });
      await page.getByLabel(/email/i).waitFor();
      times.push(performance.now() - t0);
      await ctx.close();
    }
    report(
      `| console | /login/ first load to interactive form, fresh browser context (median of 5) | ${median(times).toFixed(0)} ms | min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)} |`,
    );
  } finally {
    await browser.close();
    await stop(s.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log("| backend | measure | result | detail |\n|---|---|---|---|");
// BENCH_ONLY=pglite|postgresql|console runs one part
const only = process.env.BENCH_ONLY;
const dir = mkdtempSync(join(tmpdir(), "shipyard-bench-"));
try {
  if (!only || only === "pglite") await benchBackend("PGlite", { SHIPYARD_DATA_DIR: dir });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const pgUrl = process.env.SHIPYARD_BENCH_PG_URL;
if (only && only !== "postgresql") {
  // skipped
} else if (pgUrl) {
  const name = `shipyard_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), "shipyard-bench-pg-"));
  try {
    await benchBackend("PostgreSQL 15", { DATABASE_URL: url.toString(), SHIPYARD_DATA_DIR: dataDir }, name);
  } finally {
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
} else {
  report("| PostgreSQL | all | skipped | set SHIPYARD_BENCH_PG_URL (scripts/bench.sh does) |");
}
if (!only || only === "console") await consoleFirstLoad();
