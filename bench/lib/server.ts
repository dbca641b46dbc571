// Shared by the HTTP benchmarks (bench/run.ts, bench/list-cpu.ts): start and stop a server through
// the CLI, and CPU time from /proc.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";

/** Starts `shipyard serve` (DATABASE_URL set) or `up` from the given CLI entry; resolves once /readyz is 200. */
export function startServer(cli: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const t0 = performance.now();
  const command = env.DATABASE_URL ? "serve" : "up";
  const child = spawn(process.execPath, [cli, command], {
    env: {
      ...process.env,
      NO_COLOR: "1",
      SHIPYARD_LOG_LEVEL: "warn",
      SHIPYARD_RATE_LIMIT: "100000000",
      SHIPYARD_HOST: "127.0.0.1",
      SHIPYARD_PORT: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", async (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (!m) return;
      child.stdout?.removeAllListeners("data");
      child.stdout?.resume();
      const url = (m[1] as string).replace("localhost", "127.0.0.1");
      while (
        (await fetch(`${url}/readyz`).then(
          (r) => r.status,
          () => 0,
        )) !== 200
      )
        await new Promise((r) => setTimeout(r, 10));
      resolve({ child, url, ms: performance.now() - t0 });
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
}

export const stopServer = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.removeAllListeners("exit");
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, milliseconds */
  cpuMs: number;
  /** stime alone (in the kernel: syscalls, the loopback TCP stack), milliseconds */
  sysMs: number;
}

async function procStat(pid: number): Promise<ProcStat | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  // fields after the command name (which may hold spaces) start at field 3 (state)
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  if (rest.length < 13) return undefined;
  const ppid = Number(rest[1]);
  const ticks = Number(rest[11]) + Number(rest[12]);
  return { pid, ppid, cpuMs: (ticks * 1000) / ticksPerSecond, sysMs: (Number(rest[12]) * 1000) / ticksPerSecond };
}

async function allPids(): Promise<number[]> {
  return (await readdir("/proc")).filter((e) => /^\d+$/.test(e)).map(Number);
}

/** CPU milliseconds (user + system, and system alone) of a process and all of its live descendants. */
export async function cpuOfTree(rootPid: number): Promise<{ cpuMs: number; sysMs: number }> {
  const stats = (await Promise.all((await allPids()).map(procStat))).filter((s): s is ProcStat => s !== undefined);
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const total = { cpuMs: 0, sysMs: 0 };
  const root = stats.find((s) => s.pid === rootPid);
  const queue = root ? [root] : [];
  while (queue.length > 0) {
    const s = queue.pop() as ProcStat;
    total.cpuMs += s.cpuMs;
    total.sysMs += s.sysMs;
    queue.push(...(children.get(s.pid) ?? []));
  }
  return total;
}

/** CPU milliseconds per PostgreSQL process working for one database (backends, autovacuum), by pid. */
export async function databaseBackendsCpu(database: string): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  await Promise.all(
    (await allPids()).map(async (pid) => {
      const cmd = (await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")).replaceAll("\0", " ");
      if (!cmd.startsWith("postgres: ") || !cmd.includes(` ${database} `)) return;
      const s = await procStat(pid);
      if (s) out.set(pid, s.cpuMs);
    }),
  );
  return out;
}
