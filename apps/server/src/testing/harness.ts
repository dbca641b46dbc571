import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ApiClient, ApiError, createClient } from "@shipyard/contract";
import pg from "pg";
import { type RunningServer, startServer } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";

export type Backend = "pglite" | "postgresql";

export const ADMIN = { email: "admin@test.local", password: "admin-password-123" };

/**
 * The backends integration tests run on: PGlite always; PostgreSQL when the test script started one
 * (SHIPYARD_TEST_PG_URL). `scripts/test.sh` always starts it; set SHIPYARD_REQUIRE_PG=0 to run
 * without it by hand.
 */
export function backends(): Backend[] {
  if (process.env.SHIPYARD_TEST_PG_URL) return ["pglite", "postgresql"];
  if (process.env.SHIPYARD_REQUIRE_PG === "0") return ["pglite"];
  throw new Error("SHIPYARD_TEST_PG_URL is not set: run the suite with `bash scripts/test.sh`, which starts PostgreSQL.");
}

/** A fresh, empty database for one test file: a temp PGlite folder, or a new PostgreSQL database. */
export async function freshDatabase(
  backend: Backend,
): Promise<{ env: Record<string, string>; dataDir: string; drop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), "shipyard-it-"));
  if (backend === "pglite") {
    return { env: {}, dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const admin = process.env.SHIPYARD_TEST_PG_URL as string;
  const name = `shipyard_it_${randomBytes(6).toString("hex")}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    dataDir,
    async drop() {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestServer {
  server: RunningServer;
  url: string;
  /** A client authenticated with an admin API token. */
  admin: ApiClient;
  adminToken: string;
  databaseEnv: Record<string, string>;
  dataDir: string;
  close(): Promise<void>;
}

export async function startTestServer(backend: Backend, env: Record<string, string> = {}): Promise<TestServer> {
  const db = await freshDatabase(backend);
  const config = loadConfig(
    {
      SHIPYARD_ADMIN_EMAIL: ADMIN.email,
      SHIPYARD_ADMIN_PASSWORD: ADMIN.password,
      SHIPYARD_LOG_LEVEL: "silent",
      SHIPYARD_SUPERVISE_SECONDS: "1",
      ...db.env,
      ...env,
    },
    { port: 0, host: "127.0.0.1", dataDir: db.dataDir },
  );
  const server = await startServer(config, { validateResponses: true, print: () => undefined });
  const url = `http://127.0.0.1:${server.port}`;
  const adminToken = await tokenFor(url, ADMIN.email, ADMIN.password);
  return {
    server,
    url,
    admin: createClient({ baseUrl: url, token: adminToken }),
    adminToken,
    databaseEnv: db.env,
    dataDir: db.dataDir,
    async close() {
      await server.close();
      await db.drop();
    },
  };
}

/** Logs in with a password and returns the session cookie header value. */
export async function login(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("shipyard_session="));
  if (!cookie) throw new Error("no session cookie");
  return cookie.split(";")[0] as string;
}

export async function tokenFor(url: string, email: string, password: string): Promise<string> {
  const cookie = await login(url, email, password);
  const res = await fetch(`${url}/v1/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ name: "test" }),
  });
  return ((await res.json()) as { token: string }).token;
}

/** The ApiError a call fails with; a call that succeeds fails the test. */
export function failure(p: Promise<unknown>): Promise<ApiError> {
  return p.then(
    () => {
      throw new Error("the call should have failed");
    },
    (e: unknown) => {
      if (e instanceof ApiError) return e;
      throw e;
    },
  );
}
