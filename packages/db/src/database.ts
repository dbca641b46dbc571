import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { DomainError } from "@shipyard/core";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema.ts";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseConfig =
  | { kind: "pglite"; dataDir: string }
  | {
      kind: "postgresql";
      url: string;
      poolSize: number;
      /** Hot lists run as named prepared statements; off for poolers that cannot keep them (PgBouncer < 1.21 in transaction mode). */
      namedStatements?: boolean | undefined;
    };

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "migrations");

/** An open database: drizzle on top, the raw driver underneath for pg-boss and LISTEN/NOTIFY. */
export interface Database {
  config: DatabaseConfig;
  db: Db;
  pglite: PGlite | undefined;
  pool: pg.Pool | undefined;
  /** Runs the generated migrations; returns how many were newly applied. */
  migrate(): Promise<number>;
  /** Server version string, e.g. "PostgreSQL 15.18". */
  version(): Promise<string>;
  sizeBytes(): Promise<number | null>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A human-readable location without credentials. */
export function describeLocation(config: DatabaseConfig): string {
  if (config.kind === "pglite") return resolve(config.dataDir);
  try {
    const u = new URL(config.url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "postgresql";
  }
}

/**
 * Only one process may open a PGlite folder (two silently lose writes), so the folder is guarded by
 * a lock file holding the owner's PID. A lock left by a dead process is taken over.
 */
export function acquireLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, "shipyard.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }));
      closeSync(fd);
      return () => {
        try {
          const owner = JSON.parse(readFileSync(lockPath, "utf8")) as { pid?: number };
          if (owner.pid === process.pid) rmSync(lockPath, { force: true });
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      let owner: { pid?: number; host?: string } = {};
      try {
        owner = JSON.parse(readFileSync(lockPath, "utf8")) as typeof owner;
      } catch {
        // unreadable or half-written lock: treat as stale
      }
      if (owner.pid && owner.host === hostname() && isAlive(owner.pid)) {
        throw new DomainError(
          "conflict",
          `The data folder ${resolve(dataDir)} is in use by another Shipyard server (PID ${owner.pid}).`,
          {
            suggestion:
              "Stop that server first, or start this one with another --data-dir. To run several replicas, use PostgreSQL (DATABASE_URL).",
          },
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DomainError("unavailable", `Could not take the lock on ${resolve(dataDir)}.`, {
    suggestion: "Check the folder's permissions.",
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === "pglite") {
    const release = acquireLock(config.dataDir);
    try {
      const pgdata = join(config.dataDir, "pgdata");
      const pglite = await PGlite.create(pgdata);
      const db = drizzlePglite(pglite, { schema }) as unknown as Db;
      return {
        config,
        db,
        pglite,
        pool: undefined,
        async migrate() {
          return countApplied(() => migratePglite(drizzlePglite(pglite, { schema }), { migrationsFolder }), db);
        },
        async version() {
          const r = await pglite.query<{ v: string }>("select current_setting('server_version') as v");
          return `PostgreSQL ${r.rows[0]?.v ?? "?"} (PGlite)`;
        },
        async sizeBytes() {
          const r = await pglite.query<{ s: string }>("select pg_database_size(current_database())::text as s");
          return Number(r.rows[0]?.s ?? 0);
        },
        async ping() {
          await pglite.query("select 1");
        },
        async close() {
          try {
            await pglite.close();
          } finally {
            release();
          }
        },
      };
    } catch (e) {
      release();
      throw e;
    }
  }
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize });
  if (config.namedStatements === false) unnamedPools.add(pool);
  pool.on("error", () => {
    // idle client errors surface on the next query; readiness reports them
  });
  try {
    await pool.query("select 1");
  } catch (e) {
    await pool.end();
    throw new DomainError("unavailable", `Cannot reach PostgreSQL at ${describeLocation(config)}: ${(e as Error).message}`, {
      suggestion: "Check DATABASE_URL (host, port, user, password, database) and that the server is running.",
      cause: e,
    });
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    config,
    db,
    pglite: undefined,
    pool,
    async migrate() {
      // one migrator at a time across replicas
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock(7300)");
        return await countApplied(() => migratePg(drizzlePg(client, { schema }), { migrationsFolder }), db);
      } finally {
        await client.query("select pg_advisory_unlock(7300)").catch(() => undefined);
        client.release();
      }
    },
    async version() {
      const r = await pool.query<{ v: string }>("select current_setting('server_version') as v");
      return `PostgreSQL ${r.rows[0]?.v ?? "?"}`;
    },
    async sizeBytes() {
      const r = await pool.query<{ s: string }>("select pg_database_size(current_database())::text as s");
      return Number(r.rows[0]?.s ?? 0);
    },
    async ping() {
      await pool.query("select 1");
    },
    async close() {
      await pool.end();
    },
  };
}

async function countApplied(run: () => Promise<void>, db: Db): Promise<number> {
  const count = async () => {
    try {
      const r = (await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as {
        rows: { n: number }[];
      };
      return r.rows[0]?.n ?? 0;
    } catch {
      return 0;
    }
  };
  const before = await count();
  await run();
  return (await count()) - before;
}

/**
 * Types whose text drizzle's sessions keep as PostgreSQL sent it (and its columns then convert):
 * timestamp, timestamptz, date, interval and their arrays, and numeric[].
 */
const RAW_TYPES = [1114, 1184, 1082, 1186, 1115, 1185, 1182, 1187, 1231];
const keepText = (value: string) => value;
const pgRawTypes = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    RAW_TYPES.includes(oid) ? keepText : pg.types.getTypeParser(oid, format ?? "text"),
};
const pgliteRawParsers = Object.fromEntries(RAW_TYPES.map((oid) => [oid, keepText]));

/** One statement; a name makes it a prepared statement PostgreSQL parses once per connection. */
export interface ArrayStatement {
  name?: string | undefined;
  text: string;
  params: unknown[];
}
export type ArrayQuery = (statement: ArrayStatement) => Promise<unknown[][]>;

const arrayQueries = new WeakMap<object, ArrayQuery | null>();
/** Pools whose statements must stay unnamed (see DatabaseConfig.namedStatements). */
const unnamedPools = new WeakSet<pg.Pool>();

/**
 * Runs statements on the driver under a drizzle database opened here, rows as arrays of the
 * values drizzle's own session would hand to its columns (same type parsing), for hot paths that
 * build their SQL once and map rows themselves. PGlite has no named statements: the name is
 * ignored there. Undefined for anything else (a transaction, another driver): use drizzle.
 */
export function arrayQueryOf(db: Db): ArrayQuery | undefined {
  let run = arrayQueries.get(db);
  if (run === undefined) {
    const client = (db as unknown as { $client?: unknown }).$client;
    if (client instanceof pg.Pool) {
      const named = !unnamedPools.has(client);
      run = async (s) => {
        const r = await client.query({
          name: named ? s.name : undefined,
          text: s.text,
          values: s.params,
          rowMode: "array",
          types: pgRawTypes,
        });
        return r.rows as unknown[][];
      };
    } else if (client instanceof PGlite) {
      run = async (s) => {
        const r = await client.query<unknown[]>(s.text, s.params, { rowMode: "array", parsers: pgliteRawParsers });
        return r.rows;
      };
    } else {
      run = null;
    }
    arrayQueries.set(db, run);
  }
  return run ?? undefined;
}

export function dataDirExists(dataDir: string): boolean {
  return existsSync(join(dataDir, "pgdata"));
}
