import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuditService, type Clock, DomainError, IdentityService, type SecretHasher } from "@shipyard/core";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireLock, type Database, openDatabase } from "./database.ts";
import { InProcessEventBus } from "./events/event-buses.ts";
import { DrizzleAuditRepository } from "./repositories/audit-repository.ts";
import {
  DrizzleOrganizationRepository,
  DrizzleSessionRepository,
  DrizzleTokenRepository,
  DrizzleUserRepository,
} from "./repositories/identity-repositories.ts";

/** A deliberately cheap hasher: these tests are about storage, not the KDF. */
const hasher: SecretHasher = {
  hashPassword: async (p) => `plain:${p}`,
  verifyPassword: async (p, h) => h === `plain:${p}`,
  newSecret: (prefix) => `${prefix}${randomBytes(16).toString("hex")}`,
  digest: (s) => `d:${s}`,
  newPassword: () => "generated-password-123",
};

const pgUrl = process.env.SHIPYARD_TEST_PG_URL;
const targets = pgUrl ? ["pglite", "postgresql"] : process.env.SHIPYARD_REQUIRE_PG === "0" ? ["pglite"] : [];
if (targets.length === 0) throw new Error("SHIPYARD_TEST_PG_URL is not set: run the suite with `bash scripts/test.sh`.");

describe.each(targets)("repositories on %s", (kind) => {
  let database: Database;
  let cleanup: () => Promise<void>;
  let now = new Date("2026-11-21T12:00:00.000Z");
  const clock: Clock = { now: () => now };
  let identity: IdentityService;

  beforeAll(async () => {
    if (kind === "pglite") {
      const dir = mkdtempSync(join(tmpdir(), "shipyard-repo-"));
      database = await openDatabase({ kind: "pglite", dataDir: dir });
      cleanup = async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      };
    } else {
      const name = `shipyard_repo_${randomBytes(5).toString("hex")}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      const url = new URL(pgUrl as string);
      url.pathname = `/${name}`;
      database = await openDatabase({ kind: "postgresql", url: url.toString(), poolSize: 4 });
      cleanup = async () => {
        await database.close();
        await admin.query(`drop database ${name} with (force)`);
        await admin.end();
      };
    }
    expect(await database.migrate()).toBe(12);
    expect(await database.migrate()).toBe(0);
    identity = new IdentityService({
      users: new DrizzleUserRepository(database.db),
      sessions: new DrizzleSessionRepository(database.db),
      tokens: new DrizzleTokenRepository(database.db),
      orgs: new DrizzleOrganizationRepository(database.db),
      hasher,
      clock,
      config: { sessionTtlHours: 1 },
    });
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it("bootstraps the first admin once, with a generated password when none is given", async () => {
    const first = await identity.bootstrap({});
    expect(first).toMatchObject({ created: true, email: "admin@shipyard.local", password: "generated-password-123" });
    expect((await identity.bootstrap({ email: "x@y.z", password: "another-password" })).created).toBe(false);
  });

  it("refuses a token after it expires, and a session after its lifetime", async () => {
    const { me, sessionSecret } = await identity.login("admin@shipyard.local", "generated-password-123", {
      ip: null,
      userAgent: null,
    });
    const principal = await identity.authenticate({ session: sessionSecret });
    const token = await identity.createToken(principal, { name: "short", expiresInDays: 1 });
    expect((await identity.authenticate({ bearer: token.token })).user.id).toBe(me.user.id);
    now = new Date(now.getTime() + 2 * 3_600_000);
    await expect(identity.authenticate({ session: sessionSecret })).rejects.toThrow(/session has expired/);
    now = new Date(now.getTime() + 2 * 86_400_000);
    await expect(identity.authenticate({ bearer: token.token })).rejects.toThrow(/expired at/);
    expect(await identity.pruneSessions()).toBe(1);
  });

  it("keeps the audit trail append-only at the database", async () => {
    const audit = new AuditService({ repo: new DrizzleAuditRepository(database.db), bus: new InProcessEventBus(), clock });
    const entry = await audit.record({
      actor: null,
      action: "test.write",
      target: { kind: "test" },
      outcome: "success",
      detail: { password: "x" },
    });
    expect(entry.detail).toEqual({ password: "[redacted]" });
    await expect(database.db.execute(sql`update audit_log set action = 'forged'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    const page = await audit.list({ limit: 10, sort: "at", order: "desc", action: "test.write" });
    expect(page.items[0]?.action).toBe("test.write");
  });

  it("rejects a duplicate email as a conflict", async () => {
    const err = await identity
      .createUser({ email: "admin@shipyard.local", name: "Dup", role: "operator", password: "operator-password" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe("conflict");
  });
});

describe("PGlite folder lock", () => {
  it("lets one process hold a folder and takes over a lock left by a dead process", () => {
    const dir = mkdtempSync(join(tmpdir(), "shipyard-lock-"));
    try {
      const release = acquireLock(dir);
      expect(() => acquireLock(dir)).toThrow(/in use by another Shipyard server/);
      release();
      const again = acquireLock(dir);
      again();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
