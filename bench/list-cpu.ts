// CPU per request of the authenticated list on PostgreSQL, side by side (docs/benchmarks.md, "Foundation").
//
//   SHIPYARD_BENCH_PG_URL=postgres://postgres@127.0.0.1:55432/postgres node bench/list-cpu.ts
//
// Requests per second move ±10 % between runs minutes apart on a shared machine; CPU time per
// request moves much less, so this reads /proc around each load run: the server's process tree
// (utime + stime), every PostgreSQL backend connected to the bench database, and the load
// generator (this process). Env:
//   BENCH_SECONDS (10)     length of each load run
//   BENCH_ROUNDS (3)       rounds; each round runs every tree × process count once, alternating
//   BENCH_PROCESSES (1,2)  SHIPYARD_HTTP_PROCESSES values to measure
//   BENCH_PATHS            comma-separated paths (default: the token list and the audit list)
//   BENCH_TREES            comma-separated checkouts to compare (default: this one), e.g. a copy
//                          of the previous commit, so both run against the same data in the same minutes
//   BENCH_SERVER_NODE_OPTIONS  NODE_OPTIONS for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { cpuOfTree, databaseBackendsCpu, startServer, stopServer } from "./lib/server.ts";

const root = join(import.meta.dirname, "..");
const pgUrl = process.env.SHIPYARD_BENCH_PG_URL;
if (!pgUrl) {
  console.error("set SHIPYARD_BENCH_PG_URL, e.g. postgres://postgres@127.0.0.1:55432/postgres");
  process.exit(2);
}
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PROCESSES = (process.env.BENCH_PROCESSES ?? "1,2").split(",").map(Number);
const PATHS = (process.env.BENCH_PATHS ?? "/v1/tokens?limit=50,/v1/audit?limit=50&action=token.create").split(",");
const TREES = (process.env.BENCH_TREES ?? root).split(",");
const ADMIN = { email: "bench@shipyard.local", password: "bench-password-123" };

const name = `shipyard_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: pgUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(pgUrl);
url.pathname = `/${name}`;
const dataDir = mkdtempSync(join(tmpdir(), "shipyard-bench-pg-"));
const env = (processes: number): Record<string, string> => ({
  DATABASE_URL: url.toString(),
  SHIPYARD_DATA_DIR: dataDir,
  SHIPYARD_HTTP_PROCESSES: String(processes),
  SHIPYARD_ADMIN_EMAIL: ADMIN.email,
  SHIPYARD_ADMIN_PASSWORD: ADMIN.password,
  ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
});

try {
  // seed once with the first tree: 1,000 API tokens for one user (each also writes an audit entry)
  const first = await startServer(join(TREES[0] as string, "apps/cli/src/main.ts"), env(1));
  const login = await fetch(`${first.url}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  });
  const cookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] as string;
  const created = await fetch(`${first.url}/v1/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ name: "bench" }),
  });
  const auth = { authorization: `Bearer ${((await created.json()) as { token: string }).token}` };
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
  await admin.query(`analyze`).catch(() => undefined);
  await stopServer(first.child);

  console.log(
    "| round | tree | processes | path | req/s | p50 ms | p99 ms | server µs/req (of it in the kernel) | PostgreSQL µs/req | load generator µs/req |",
  );
  console.log("|---|---|---|---|---:|---:|---:|---:|---:|---:|");
  for (let round = 1; round <= ROUNDS; round++) {
    for (const processes of PROCESSES) {
      for (const tree of TREES) {
        const s = await startServer(join(tree, "apps/cli/src/main.ts"), env(processes));
        try {
          for (const path of PATHS) {
            // warm-up: JIT, pool connections, the credential cache
            await autocannon({ url: `${s.url}${path}`, connections: 20, duration: 2, headers: auth });
            const server0 = await cpuOfTree(s.child.pid as number);
            const pg0 = await databaseBackendsCpu(name);
            const self0 = process.cpuUsage();
            const r = await autocannon({ url: `${s.url}${path}`, connections: 20, duration: DURATION, headers: auth });
            const self1 = process.cpuUsage(self0);
            const server1 = await cpuOfTree(s.child.pid as number);
            const pg1 = await databaseBackendsCpu(name);
            if (r.non2xx > 0 || r.errors > 0) throw new Error(`${path}: ${r.non2xx} non-2xx, ${r.errors} errors`);
            const n = r.requests.total;
            const us = (ms: number) => ((ms * 1000) / n).toFixed(0);
            let pgMs = 0;
            for (const [pid, ms] of pg1) pgMs += ms - (pg0.get(pid) ?? 0);
            console.log(
              `| ${round} | ${tree === root ? "this" : tree} | ${processes} | ${path} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${us(server1.cpuMs - server0.cpuMs)} (${us(server1.sysMs - server0.sysMs)}) | ${us(pgMs)} | ${us((self1.user + self1.system) / 1000)} |`,
            );
          }
        } finally {
          await stopServer(s.child);
        }
      }
    }
  }
} finally {
  await admin.query(`drop database ${name} with (force)`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
