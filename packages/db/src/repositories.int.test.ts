import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuditService, type Clock, DomainError, HostService, IdentityService, type SecretHasher } from "@shipyard/core";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireLock, type Database, openDatabase } from "./database.ts";
import { InProcessEventBus } from "./events/event-buses.ts";
import { DrizzleAuditRepository } from "./repositories/audit-repository.ts";
import { DrizzleHostRepository } from "./repositories/host-repository.ts";
import {
  DrizzleOrganizationRepository,
  DrizzleSessionRepository,
  DrizzleTokenRepository,
  DrizzleUserRepository,
} from "./repositories/identity-repositories.ts";
import * as schema from "./schema.ts";

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
    expect(await database.migrate()).toBe(14);
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

  it("registers hosts once, finds them lost after missed heartbeats, and counts what is placed on them", async () => {
    const bus = new InProcessEventBus();
    const events: string[] = [];
    bus.subscribe((e) => {
      events.push(e.type);
    });
    const box = { seal: (s: string) => `sealed:${s}`, open: (s: string) => s.slice(7) };
    const hosts = new HostService({
      repo: new DrizzleHostRepository(database.db),
      connector: { connect: () => ({}) },
      secrets: box,
      bus,
      clock,
      heartbeatMs: 1000,
    });
    const { token } = await hosts.createJoinToken({ name: "t", ttlHours: 1 }, null);
    const reg = {
      name: "node-1",
      address: "http://127.0.0.1:7301",
      capacity: { vcpus: 2, memoryMb: 2048, diskGb: 10 },
      runtimes: { containers: { available: true }, vms: { available: true }, functions: [] },
      agentVersion: "1",
    };
    const first = await hosts.register({ ...reg, joinToken: token });
    const again = await hosts.register({ ...reg, address: "http://127.0.0.1:7302", hostId: first.host.id, secret: first.secret });
    expect(again.host).toMatchObject({
      id: first.host.id,
      address: "http://127.0.0.1:7302",
      registeredAt: first.host.registeredAt,
    });
    await expect(hosts.register({ ...reg, hostId: first.host.id, secret: "wrong" })).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(hosts.register({ ...reg, joinToken: token })).rejects.toMatchObject({ code: "conflict" });
    expect((await hosts.list()).map((h) => h.name)).toEqual(["node-1"]);

    now = new Date(now.getTime() + 2500);
    expect(await hosts.sweep()).toEqual([]);
    now = new Date(now.getTime() + 1000);
    expect((await hosts.sweep()).map((h) => h.name)).toEqual(["node-1"]);
    expect((await hosts.get("node-1")).status).toBe("lost");
    await hosts.heartbeat(first.host.id, {
      at: now.toISOString(),
      cpuPercent: 5,
      load1: 0.1,
      memoryUsedMb: 100,
      memoryTotalMb: 2048,
      diskUsedGb: 1,
      diskTotalGb: 10,
      uptimeSeconds: 1,
    });
    expect((await hosts.get("node-1")).status).toBe("online");
    expect(events).toEqual(expect.arrayContaining(["host.registered", "host.reconnected", "host.lost", "host.recovered"]));

    await database.db.insert(schema.vms).values({
      id: "vm_a",
      name: "a",
      hostId: first.host.id,
      spec: { vcpu: 2, mem_mib: 512 },
      desired: "running",
    });
    await database.db.insert(schema.containers).values({
      id: "ctr_a",
      name: "c",
      hostId: first.host.id,
      spec: { memory_limit_mb: 64, cpu_limit: 0.5 },
      desired: "running",
    });
    expect((await hosts.get("node-1")).allocated).toEqual({ vcpus: 2.5, memoryMb: 576, workloads: 2 });
    await expect(hosts.delete("node-1")).rejects.toMatchObject({ code: "conflict" });
    await database.db.delete(schema.vms);
    await database.db.delete(schema.containers);
    await hosts.delete("node-1");
    expect(await hosts.list()).toEqual([]);
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
