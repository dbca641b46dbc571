import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createClient } from "@shipyard/contract";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot } from "./config.ts";
import { ADMIN, type Backend, backends, freshDatabase, tokenFor } from "./testing/harness.ts";

const MAIN = join(repoRoot, "apps/server/src/main.ts");
const children: ChildProcess[] = [];

interface Proc {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function spawnServer(env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      SHIPYARD_LOG_LEVEL: "warn",
      SHIPYARD_ADMIN_EMAIL: ADMIN.email,
      SHIPYARD_ADMIN_PASSWORD: ADMIN.password,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(cond: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const listening = (p: Proc) => /listening on http:\/\/[^:]+:(\d+)/.exec(p.output());

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
});

describe("server processes", () => {
  it("refuses to open a PGlite folder another server holds, with a clear message", async () => {
    const db = await freshDatabase("pglite");
    try {
      const first = spawnServer({ SHIPYARD_DATA_DIR: db.dataDir, SHIPYARD_PORT: "0", SHIPYARD_HOST: "127.0.0.1" });
      await waitFor(() => listening(first) !== null, "first server");
      const second = spawnServer({ SHIPYARD_DATA_DIR: db.dataDir, SHIPYARD_PORT: "0", SHIPYARD_HOST: "127.0.0.1" });
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/in use by another Shipyard server \(PID \d+\)/);
      expect(second.output()).toMatch(/Stop that server first/);
      // the first one is unharmed
      const port = listening(first)?.[1];
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      first.child.kill("SIGTERM");
      expect(await first.exited).toBe(0);
    } finally {
      await db.drop();
    }
  });

  it.each(backends())(
    "completes a job exactly once after the server is killed with SIGKILL mid-job (%s)",
    async (backend: Backend) => {
      const db = await freshDatabase(backend);
      try {
        const env = {
          ...db.env,
          SHIPYARD_DATA_DIR: db.dataDir,
          SHIPYARD_PORT: "0",
          SHIPYARD_HOST: "127.0.0.1",
          SHIPYARD_SUPERVISE_SECONDS: "1",
        };
        const first = spawnServer(env);
        await waitFor(() => listening(first) !== null, "server");
        let url = `http://127.0.0.1:${listening(first)?.[1]}`;
        const token = await tokenFor(url, ADMIN.email, ADMIN.password);
        let api = createClient({ baseUrl: url, token });
        const job = await api("enqueueJob", { body: { name: "system.diagnostic", data: { durationMs: 4000 } } });
        await waitFor(async () => (await api("getJob", { params: { id: job.id } })).state === "active", "job to start");
        first.child.kill("SIGKILL");
        await first.exited;

        const second = spawnServer(env);
        await waitFor(() => listening(second) !== null, "restarted server");
        url = `http://127.0.0.1:${listening(second)?.[1]}`;
        api = createClient({ baseUrl: url, token });
        await waitFor(
          async () => (await api("getJob", { params: { id: job.id } })).state === "completed",
          "job to complete after restart",
          90_000,
        );
        const done = await api("getJob", { params: { id: job.id } });
        expect(done.retryCount).toBeGreaterThanOrEqual(1);
        // the effect was recorded once, by the attempt that finished
        expect(done.output).toMatchObject({ recorded: 1, attempt: done.retryCount + 1 });
        second.child.kill("SIGTERM");
        expect(await second.exited).toBe(0);
      } finally {
        await db.drop();
      }
    },
    150_000,
  );
});

describe("several server processes on one port (SHIPYARD_HTTP_PROCESSES)", () => {
  it("refuses more than one process on PGlite, saying what to do", async () => {
    const db = await freshDatabase("pglite");
    try {
      const p = spawnServer({ SHIPYARD_DATA_DIR: db.dataDir, SHIPYARD_PORT: "0", SHIPYARD_HTTP_PROCESSES: "2" });
      expect(await p.exited).toBe(1);
      expect(p.output()).toMatch(/needs PostgreSQL/);
    } finally {
      await db.drop();
    }
  });

  it.skipIf(!backends().includes("postgresql"))(
    "serves the API from every process, reaches the machine's workloads from each, and stops them all",
    async () => {
      const db = await freshDatabase("postgresql");
      try {
        const p = spawnServer({
          ...db.env,
          SHIPYARD_DATA_DIR: db.dataDir,
          SHIPYARD_PORT: "0",
          SHIPYARD_HOST: "127.0.0.1",
          SHIPYARD_HTTP_PROCESSES: "2",
        });
        await waitFor(() => listening(p) !== null, "the cluster");
        const url = `http://127.0.0.1:${listening(p)?.[1]}`;
        const token = await tokenFor(url, ADMIN.email, ADMIN.password);
        // a new connection per request: the primary hands connections to the processes in turn
        const api = createClient({
          baseUrl: url,
          token,
          fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers ?? {}), connection: "close" } }),
        });
        const host = (await api("listHosts")).items.find((h) => h.local);
        expect(host?.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const fn = await api("createFunction", {
          body: { name: "where", runtime: "node", handler: "index.handler", code: "exports.handler = () => process.pid;" },
        });
        const pids = new Set<unknown>();
        for (let i = 0; i < 6; i++) {
          const inv = await api("invokeFunction", { params: { id: fn.id }, body: { event: {} } });
          expect(inv.status).toBe("success");
          pids.add(inv.response);
        }
        expect(pids.size).toBe(1); // one warm instance on the machine, whichever process took the request
        p.child.kill("SIGTERM");
        expect(await p.exited).toBe(0);
        await expect(fetch(`${url}/healthz`)).rejects.toThrow();
      } finally {
        await db.drop();
      }
    },
    90_000,
  );
});
