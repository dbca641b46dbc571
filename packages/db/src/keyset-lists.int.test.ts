import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApiToken, ApiTokenListQuery, AuditEntry, AuditQuery, Page, User, UserListQuery } from "@shipyard/contract";
import { eq, gte, ilike, isNull, like, lte, or } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arrayQueryOf, type Database, type Db, openDatabase } from "./database.ts";
import { DrizzleAuditRepository } from "./repositories/audit-repository.ts";
import { DrizzleTokenRepository, DrizzleUserRepository } from "./repositories/identity-repositories.ts";
import { iso, keysetPage, NAMED_SHAPES_PER_LIST } from "./repositories/keyset.ts";
import { apiTokens, auditLog, organizations, users } from "./schema.ts";

// The lists run statements built once per shape and map rows themselves (keysetList). These tests
// hold them to what the generic path (keysetPage: drizzle builds and maps per request) returns for
// the same query — the reference below is the lists' code before that change — page by page.

const pgUrl = process.env.SHIPYARD_TEST_PG_URL;
const targets = pgUrl ? ["pglite", "postgresql"] : process.env.SHIPYARD_REQUIRE_PG === "0" ? ["pglite"] : [];
if (targets.length === 0) throw new Error("SHIPYARD_TEST_PG_URL is not set: run the suite with `bash scripts/test.sh`.");

type Q<T> = Partial<T> & { limit?: number };

const reference = {
  tokens(db: Db, userId: string, query: ApiTokenListQuery): Promise<Page<ApiToken>> {
    return keysetPage<typeof apiTokens.$inferSelect, ApiToken>({
      db,
      table: apiTokens,
      sortColumn: query.sort === "name" ? apiTokens.name : apiTokens.createdAt,
      sortKey: query.sort === "name" ? "name" : "createdAt",
      idColumn: apiTokens.id,
      where: [eq(apiTokens.userId, userId), query.includeRevoked ? undefined : isNull(apiTokens.revokedAt)],
      query,
      map: (r) => ({
        id: r.id,
        name: r.name,
        prefix: r.prefix,
        createdAt: r.createdAt.toISOString(),
        expiresAt: iso(r.expiresAt),
        lastUsedAt: iso(r.lastUsedAt),
        revokedAt: iso(r.revokedAt),
      }),
    });
  },
  audit(db: Db, query: AuditQuery): Promise<Page<AuditEntry>> {
    const actor = query.actor?.toLowerCase();
    return keysetPage<typeof auditLog.$inferSelect, AuditEntry>({
      db,
      table: auditLog,
      sortColumn: auditLog.at,
      sortKey: "at",
      idColumn: auditLog.id,
      where: [
        actor ? or(eq(auditLog.actorEmail, actor), eq(auditLog.actorId, query.actor ?? "")) : undefined,
        query.action
          ? query.action.endsWith(".")
            ? like(auditLog.action, `${query.action.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)
            : eq(auditLog.action, query.action)
          : undefined,
        query.targetKind ? eq(auditLog.targetKind, query.targetKind) : undefined,
        query.targetId ? eq(auditLog.targetId, query.targetId) : undefined,
        query.outcome ? eq(auditLog.outcome, query.outcome) : undefined,
        query.since ? gte(auditLog.at, new Date(query.since)) : undefined,
        query.until ? lte(auditLog.at, new Date(query.until)) : undefined,
      ],
      query,
      map: (r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorId: r.actorId,
        actorEmail: r.actorEmail,
        action: r.action,
        targetKind: r.targetKind,
        targetId: r.targetId,
        outcome: r.outcome,
        requestId: r.requestId,
        ip: r.ip,
        detail: r.detail ?? {},
      }),
    });
  },
  users(db: Db, query: UserListQuery, scope: { organizationId?: string | null }): Promise<Page<User>> {
    const q = query.q ? `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
    return keysetPage<typeof users.$inferSelect, User>({
      db,
      table: users,
      sortColumn: query.sort === "email" ? users.email : users.createdAt,
      sortKey: query.sort === "email" ? "email" : "createdAt",
      idColumn: users.id,
      where: [
        "organizationId" in scope
          ? scope.organizationId
            ? eq(users.organizationId, scope.organizationId)
            : isNull(users.id)
          : undefined,
        query.organizationId ? eq(users.organizationId, query.organizationId) : undefined,
        query.role ? eq(users.role, query.role) : undefined,
        q ? or(ilike(users.email, q), ilike(users.name, q)) : undefined,
      ],
      query,
      map: (r) => ({
        id: r.id,
        email: r.email,
        name: r.name,
        role: r.role,
        organizationId: r.organizationId,
        createdAt: r.createdAt.toISOString(),
        disabled: r.disabled,
      }),
    });
  },
};

/** Walks every page of both, with the cursors the list hands out; the JSON must be the same byte for byte. */
async function samePages<T>(
  label: string,
  list: (cursor: string | undefined) => Promise<Page<T>>,
  ref: (cursor: string | undefined) => Promise<Page<T>>,
): Promise<number> {
  let cursor: string | undefined;
  let pages = 0;
  let items = 0;
  do {
    const [a, b] = await Promise.all([list(cursor), ref(cursor)]);
    expect(JSON.stringify(a), `${label}, page ${pages + 1}`).toBe(JSON.stringify(b));
    items += a.items.length;
    cursor = a.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 100);
  expect(cursor, `${label}: ended`).toBeUndefined();
  return items;
}

const page = (limit: number, sort: string, order: "asc" | "desc", cursor: string | undefined) => ({
  limit,
  sort,
  order,
  ...(cursor ? { cursor } : {}),
});

describe.each(targets)("keyset lists on %s", (kind) => {
  let database: Database;
  let cleanup: () => Promise<void>;
  let reopen: (poolSize: number, namedStatements?: boolean) => Promise<Database>;
  const orgId = "org_lists";
  const ids = { admin: "usr_admin", other: "usr_other", client: "usr_client" };

  beforeAll(async () => {
    if (kind === "pglite") {
      const dir = mkdtempSync(join(tmpdir(), "shipyard-lists-"));
      database = await openDatabase({ kind: "pglite", dataDir: dir });
      reopen = async () => database; // one PGlite per folder
      cleanup = async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      };
    } else {
      const name = `shipyard_lists_${randomBytes(5).toString("hex")}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      const url = new URL(pgUrl as string);
      url.pathname = `/${name}`;
      database = await openDatabase({ kind: "postgresql", url: url.toString(), poolSize: 4 });
      const others: Database[] = [];
      reopen = async (poolSize, namedStatements) => {
        const d = await openDatabase({ kind: "postgresql", url: url.toString(), poolSize, namedStatements });
        others.push(d);
        return d;
      };
      cleanup = async () => {
        for (const d of others) await d.close();
        await database.close();
        await admin.query(`drop database ${name} with (force)`);
        await admin.end();
      };
    }
    await database.migrate();
    const db = database.db;
    await db.insert(organizations).values({ id: orgId, slug: "lists", name: "Lists" });
    const t0 = Date.UTC(2026, 10, 21, 12, 0, 0, 0);
    await db.insert(users).values([
      { id: ids.admin, email: "admin@lists.test", name: "Admin", role: "admin", passwordHash: "x" },
      { id: ids.other, email: "o_ther@lists.test", name: "Other 100%", role: "operator", passwordHash: "x" },
      {
        id: ids.client,
        email: "client@lists.test",
        name: "Client",
        role: "client",
        passwordHash: "x",
        organizationId: orgId,
        disabled: true,
        createdAt: new Date(t0),
      },
    ]);
    // tokens: ties on created_at (the id breaks them), every fraction length, some revoked/expired/used
    await db.insert(apiTokens).values(
      Array.from({ length: 37 }, (_, i) => ({
        id: `tok_${String((i * 7) % 37).padStart(3, "0")}`,
        userId: ids.admin,
        name: `token-${i % 5}-${i}`,
        prefix: `shp_${i}`,
        digest: `digest-${i}`,
        createdAt: new Date(t0 + Math.floor(i / 3) * 10 + (i % 4 === 0 ? 0 : i % 4 === 1 ? 100 : 123)),
        expiresAt: i % 6 === 0 ? new Date(t0 + 86_400_000 + i) : null,
        lastUsedAt: i % 4 === 0 ? new Date(t0 + 3_600_000 + i * 110) : null,
        revokedAt: i % 5 === 0 ? new Date(t0 + 7_200_000 + i) : null,
      })),
    );
    // audit: several actors, actions (one with LIKE's special characters), outcomes, targets, tied times
    await db.insert(auditLog).values(
      Array.from({ length: 60 }, (_, i) => ({
        id: `aud_${String((i * 11) % 60).padStart(3, "0")}`,
        at: new Date(t0 + Math.floor(i / 4) * 1000 + (i % 3) * 5),
        actorId: i % 3 === 0 ? ids.admin : i % 3 === 1 ? ids.other : null,
        actorEmail: i % 3 === 0 ? "admin@lists.test" : i % 3 === 1 ? "o_ther@lists.test" : null,
        action: ["token.create", "token.revoke", "user.update", "to%en_x.create", "session.create"][i % 5] as string,
        targetKind: i % 2 === 0 ? "token" : "user",
        targetId: i % 4 === 0 ? `tok_${i}` : null,
        outcome: (["success", "failure", "denied"] as const)[i % 3] as "success",
        requestId: `req-${i}`,
        ip: i % 2 === 0 ? "127.0.0.1" : null,
        detail: i % 7 === 0 ? { n: i, nested: { ok: true }, list: [1, "two"] } : {},
      })),
    );
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it("lists tokens exactly as the generic path does: both sorts, both orders, revoked or not, every page", async () => {
    const repo = new DrizzleTokenRepository(database.db);
    let checked = 0;
    for (const userId of [ids.admin, ids.other])
      for (const sort of ["createdAt", "name"] as const)
        for (const order of ["asc", "desc"] as const)
          for (const includeRevoked of [false, true])
            for (const limit of [1, 4, 50]) {
              const q = (cursor?: string) => ({ ...page(limit, sort, order, cursor), includeRevoked }) as ApiTokenListQuery;
              checked += await samePages(
                `tokens ${userId} ${sort} ${order} ${includeRevoked} ${limit}`,
                (c) => repo.list(userId, q(c)),
                (c) => reference.tokens(database.db, userId, q(c)),
              );
            }
    expect(checked).toBeGreaterThan(37 * 8);
  });

  it("lists the audit trail exactly as the generic path does, for every filter and their combinations", async () => {
    const repo = new DrizzleAuditRepository(database.db);
    const filters: Q<AuditQuery>[] = [
      {},
      { action: "token.create" },
      { action: "token." },
      { action: "to%en_x." },
      { action: "no-such." },
      { actor: "ADMIN@lists.test" },
      { actor: ids.other },
      { targetKind: "token" },
      { targetId: "tok_8" },
      { outcome: "failure" },
      { since: "2026-11-21T12:00:05.005Z" },
      { until: "2026-11-21T14:00:07+02:00" },
      { since: "2026-11-21T12:00:02Z", until: "2026-11-21T12:00:09.999Z", action: "token.", outcome: "success" },
      { actor: "admin@lists.test", targetKind: "token", targetId: "tok_0" },
      { action: "", targetKind: "", targetId: "", actor: "" },
    ];
    for (const [i, f] of filters.entries())
      for (const order of ["asc", "desc"] as const)
        for (const limit of i === 0 ? [1, 7, 200] : [7, 200]) {
          const q = (cursor?: string) => ({ ...page(limit, "at", order, cursor), ...f }) as AuditQuery;
          await samePages(
            `audit ${JSON.stringify(f)} ${order} ${limit}`,
            (c) => repo.list(q(c)),
            (c) => reference.audit(database.db, q(c)),
          );
        }
  });

  it("lists users exactly as the generic path does, within each visibility scope", async () => {
    const repo = new DrizzleUserRepository(database.db);
    const scopes = [{}, { organizationId: orgId }, { organizationId: null }];
    const filters: Q<UserListQuery>[] = [
      {},
      { role: "client" },
      { q: "o_t" },
      { q: "100%" },
      { q: "LISTS" },
      { organizationId: orgId },
      { organizationId: "org_other", role: "client" },
    ];
    for (const scope of scopes)
      for (const f of filters)
        for (const sort of ["createdAt", "email"] as const)
          for (const order of ["asc", "desc"] as const) {
            const q = (cursor?: string) => ({ ...page(2, sort, order, cursor), ...f }) as UserListQuery;
            await samePages(
              `users ${JSON.stringify(scope)} ${JSON.stringify(f)} ${sort} ${order}`,
              (c) => repo.list(q(c), scope),
              (c) => reference.users(database.db, q(c), scope),
            );
          }
  });

  it("refuses a cursor it did not issue, and fails on a bad time in one as the generic path does", async () => {
    const repo = new DrizzleTokenRepository(database.db);
    const bad = (cursor: string) => ({ ...page(5, "createdAt", "desc", cursor), includeRevoked: false }) as ApiTokenListQuery;
    await expect(repo.list(ids.admin, bad("garbage"))).rejects.toMatchObject({ code: "invalid_input" });
    const notATime = Buffer.from(JSON.stringify(["yesterday", "tok_001"])).toString("base64url");
    await expect(reference.tokens(database.db, ids.admin, bad(notATime))).rejects.toThrow(RangeError);
    await expect(repo.list(ids.admin, bad(notATime))).rejects.toThrow(RangeError);
  });

  it("runs the same lists inside a transaction (drizzle's own path there) with the same results", async () => {
    const q = (cursor?: string) => ({ ...page(6, "name", "asc", cursor), includeRevoked: true }) as ApiTokenListQuery;
    const aq = (cursor?: string) => ({ ...page(9, "at", "desc", cursor), action: "token." }) as AuditQuery;
    // (the reference runs in the transaction too: PGlite has one connection)
    await database.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      expect(arrayQueryOf(db)).toBeUndefined();
      expect(arrayQueryOf(database.db)).toBeDefined();
      await samePages(
        "tokens in a transaction",
        (c) => new DrizzleTokenRepository(db).list(ids.admin, q(c)),
        (c) => reference.tokens(db, ids.admin, q(c)),
      );
      await samePages(
        "audit in a transaction",
        (c) => new DrizzleAuditRepository(db).list(aq(c)),
        (c) => reference.audit(db, aq(c)),
      );
    });
  });

  it.runIf(kind === "postgresql")(
    "prepares each shape once per connection, and names no more than the cap of shapes",
    async () => {
      // one connection, so the statements it holds are the ones pg_prepared_statements shows
      const one = await reopen(1);
      const tokens = new DrizzleTokenRepository(one.db);
      const audit = new DrizzleAuditRepository(one.db);
      const named = async (prefix: string) =>
        (
          await (one.pool as pg.Pool).query<{ name: string }>(
            "select name from pg_prepared_statements where name like $1 order by name",
            [`${prefix}%`],
          )
        ).rows.map((r) => r.name);
      const q = { ...page(5, "createdAt", "desc", undefined), includeRevoked: false } as ApiTokenListQuery;
      for (let i = 0; i < 3; i++) await tokens.list(ids.admin, q);
      const first = await named("sy_tokens_");
      expect(first).toHaveLength(1);
      const next = (await tokens.list(ids.admin, q)).nextCursor as string;
      await tokens.list(ids.admin, { ...q, cursor: next });
      await tokens.list(ids.admin, { ...q, cursor: next });
      expect(await named("sy_tokens_")).toHaveLength(2);
      // an empty page (same shape) counts on its own, with the shape's second statement
      await tokens.list(ids.other, q);
      await tokens.list(ids.other, q);
      expect(await named("sy_tokens_")).toHaveLength(3);

      // more shapes than the cap: all still right, only the first ones named
      const keys = ["action", "targetKind", "targetId", "outcome", "since", "until"] as const;
      const values = {
        action: "token.",
        targetKind: "token",
        targetId: "tok_0",
        outcome: "success",
        since: "2026-11-21T12:00:00Z",
        until: "2026-11-22T00:00:00Z",
      };
      let shapes = 0;
      for (let mask = 0; mask < 2 ** keys.length; mask++)
        for (const order of ["asc", "desc"] as const) {
          const f = Object.fromEntries(keys.filter((_, i) => mask & (1 << i)).map((k) => [k, values[k]]));
          const aq = { ...page(50, "at", order, undefined), ...f } as AuditQuery;
          expect(JSON.stringify(await audit.list(aq))).toBe(JSON.stringify(await reference.audit(one.db, aq)));
          shapes++;
        }
      expect(shapes).toBeGreaterThan(NAMED_SHAPES_PER_LIST);
      const auditNames = await named("sy_audit_");
      // a named shape has up to two statements (its page, and its count when a page was empty)
      expect(auditNames.filter((n) => !n.endsWith("_n")).length).toBe(NAMED_SHAPES_PER_LIST);
    },
  );

  it.runIf(kind === "postgresql")("names no statement when told not to (poolers that cannot keep them)", async () => {
    const one = await reopen(1, false);
    const tokens = new DrizzleTokenRepository(one.db);
    const q = { ...page(5, "createdAt", "desc", undefined), includeRevoked: false } as ApiTokenListQuery;
    const pageA = await tokens.list(ids.admin, q);
    expect(JSON.stringify(await tokens.list(ids.admin, q))).toBe(JSON.stringify(pageA));
    const held = await (one.pool as pg.Pool).query("select name from pg_prepared_statements");
    expect(held.rows).toEqual([]);
  });
});
