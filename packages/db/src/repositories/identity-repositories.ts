import type { ApiToken, ApiTokenListQuery, Organization, Page, User, UserListQuery } from "@shipyard/contract";
import { Preferences } from "@shipyard/contract";
import {
  conflict,
  type NewUser,
  notFound,
  type OrganizationRepository,
  type SessionRecord,
  type SessionRepository,
  type TokenRecord,
  type TokenRepository,
  type UserRecord,
  type UserRepository,
} from "@shipyard/core";
import { and, count, eq, ilike, isNull, lt, ne, or } from "drizzle-orm";
import type { Db } from "../database.ts";
import { apiTokens, organizations, sessions, users } from "../schema.ts";
import { newId } from "./ids.ts";
import { iso, keysetPage } from "./keyset.ts";
import { isUniqueViolation } from "./pg-errors.ts";

type UserRow = typeof users.$inferSelect;
type TokenRow = typeof apiTokens.$inferSelect;

const toUserRecord = (r: UserRow): UserRecord => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  organizationId: r.organizationId,
  createdAt: r.createdAt.toISOString(),
  disabled: r.disabled,
  passwordHash: r.passwordHash,
  preferences: Preferences.parse(r.preferences ?? {}),
});
const toPublicUser = (r: UserRow): User => {
  const { passwordHash: _p, preferences: _pr, ...u } = toUserRecord(r);
  return u;
};
const toToken = (r: TokenRow): TokenRecord => ({
  id: r.id,
  userId: r.userId,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.createdAt.toISOString(),
  expiresAt: iso(r.expiresAt),
  lastUsedAt: iso(r.lastUsedAt),
  revokedAt: iso(r.revokedAt),
});

export class DrizzleUserRepository implements UserRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }

  async count() {
    const r = await this.db.select({ n: count() }).from(users);
    return Number(r[0]?.n ?? 0);
  }
  async findByEmail(email: string) {
    const r = await this.db.select().from(users).where(eq(users.email, email)).limit(1);
    return r[0] ? toUserRecord(r[0]) : undefined;
  }
  async findById(id: string) {
    const r = await this.db.select().from(users).where(eq(users.id, id)).limit(1);
    return r[0] ? toUserRecord(r[0]) : undefined;
  }
  async create(u: NewUser) {
    try {
      const r = await this.db
        .insert(users)
        .values({ id: newId("usr"), ...u, preferences: Preferences.parse({}) })
        .returning();
      return toUserRecord(r[0] as UserRow);
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`A user with email ${u.email} already exists.`, "Use another email address.");
      throw e;
    }
  }
  list(query: UserListQuery, scope: { organizationId?: string | null }): Promise<Page<User>> {
    const q = query.q ? `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
    return keysetPage<UserRow, User>({
      db: this.db,
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
        query.role ? eq(users.role, query.role) : undefined,
        q ? or(ilike(users.email, q), ilike(users.name, q)) : undefined,
      ],
      query,
      map: toPublicUser,
    });
  }
  async update(id: string, patch: Partial<Pick<User, "name" | "role" | "organizationId" | "disabled">>) {
    const r = await this.db.update(users).set(patch).where(eq(users.id, id)).returning();
    if (!r[0]) throw notFound("User", id);
    return toUserRecord(r[0]);
  }
  async countAdmins() {
    const r = await this.db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.disabled, false)));
    return Number(r[0]?.n ?? 0);
  }
  async setPassword(id: string, passwordHash: string) {
    const r = await this.db.update(users).set({ passwordHash }).where(eq(users.id, id)).returning({ id: users.id });
    if (!r[0]) throw notFound("User", id);
  }
  async updatePreferences(id: string, preferences: Preferences) {
    const r = await this.db.update(users).set({ preferences }).where(eq(users.id, id)).returning();
    if (!r[0]) throw notFound("User", id);
    return toUserRecord(r[0]);
  }
}

export class DrizzleSessionRepository implements SessionRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }
  async create(s: SessionRecord & { ip: string | null; userAgent: string | null }) {
    await this.db.insert(sessions).values(s);
  }
  async find(digest: string) {
    const r = await this.db.select().from(sessions).where(eq(sessions.digest, digest)).limit(1);
    return r[0] ? { digest: r[0].digest, userId: r[0].userId, expiresAt: r[0].expiresAt } : undefined;
  }
  async delete(digest: string) {
    await this.db.delete(sessions).where(eq(sessions.digest, digest));
  }
  async deleteForUser(userId: string, keep?: string) {
    await this.db
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), keep === undefined ? undefined : ne(sessions.digest, keep)));
  }
  async deleteExpired(now: Date) {
    const r = await this.db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ d: sessions.digest });
    return r.length;
  }
}

export class DrizzleTokenRepository implements TokenRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }
  async create(t: { userId: string; name: string; prefix: string; digest: string; expiresAt: Date | null }) {
    const r = await this.db
      .insert(apiTokens)
      .values({ id: newId("tok"), ...t })
      .returning();
    return toToken(r[0] as TokenRow);
  }
  async findByDigest(digest: string) {
    const r = await this.db.select().from(apiTokens).where(eq(apiTokens.digest, digest)).limit(1);
    return r[0] ? toToken(r[0]) : undefined;
  }
  async findById(id: string) {
    const r = await this.db.select().from(apiTokens).where(eq(apiTokens.id, id)).limit(1);
    return r[0] ? toToken(r[0]) : undefined;
  }
  list(userId: string, query: ApiTokenListQuery): Promise<Page<ApiToken>> {
    return keysetPage<TokenRow, ApiToken>({
      db: this.db,
      table: apiTokens,
      sortColumn: query.sort === "name" ? apiTokens.name : apiTokens.createdAt,
      sortKey: query.sort === "name" ? "name" : "createdAt",
      idColumn: apiTokens.id,
      where: [eq(apiTokens.userId, userId), query.includeRevoked ? undefined : isNull(apiTokens.revokedAt)],
      query,
      map: (r) => {
        const { userId: _u, ...t } = toToken(r);
        return t;
      },
    });
  }
  async revoke(id: string, at: Date) {
    const r = await this.db
      .update(apiTokens)
      .set({ revokedAt: at })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning();
    if (r[0]) return toToken(r[0]);
    const existing = await this.findById(id);
    if (!existing) throw notFound("API token", id);
    return existing;
  }
  async touch(id: string, at: Date) {
    // at most one write a minute per token, so reads stay reads
    await this.db
      .update(apiTokens)
      .set({ lastUsedAt: at })
      .where(
        and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(at.getTime() - 60_000)))),
      );
  }
}

export class DrizzleOrganizationRepository implements OrganizationRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }
  async create(o: { slug: string; name: string }): Promise<Organization> {
    try {
      const r = await this.db
        .insert(organizations)
        .values({ id: newId("org"), ...o })
        .returning();
      const row = r[0] as typeof organizations.$inferSelect;
      return { ...row, createdAt: row.createdAt.toISOString() };
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`An organisation with slug ${o.slug} already exists.`, "Pick another slug.");
      throw e;
    }
  }
  async findById(id: string) {
    const r = await this.db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
    return r[0] ? { ...r[0], createdAt: r[0].createdAt.toISOString() } : undefined;
  }
  async list(scope: { organizationId?: string | null }) {
    const where =
      "organizationId" in scope
        ? scope.organizationId
          ? eq(organizations.id, scope.organizationId)
          : isNull(organizations.id)
        : undefined;
    const r = await this.db.select().from(organizations).where(where).orderBy(organizations.name);
    return r.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() }));
  }
}
