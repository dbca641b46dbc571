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
import { and, count, eq, ilike, isNull, lt, ne, or, type SQL } from "drizzle-orm";
import type { Db } from "../database.ts";
import { apiTokens, organizations, sessions, users } from "../schema.ts";
import { newId } from "./ids.ts";
import { iso, keysetList, type ListRow } from "./keyset.ts";
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
// The lists' statements are built once per shape (keysetList), with placeholders for the values.
// Their columns are what the API shows, in its order: a list row is the item itself.
type PublicUserRow = Pick<UserRow, "id" | "email" | "name" | "role" | "organizationId" | "createdAt" | "disabled">;
const userList = keysetList<
  PublicUserRow,
  UserListQuery["sort"],
  "organization" | "noOrganization" | "inOrganization" | "role" | "q"
>({
  name: "users",
  table: users,
  columns: {
    id: users.id,
    email: users.email,
    name: users.name,
    role: users.role,
    organizationId: users.organizationId,
    createdAt: users.createdAt,
    disabled: users.disabled,
  },
  idColumn: users.id,
  sorts: { createdAt: { column: users.createdAt, key: "createdAt" }, email: { column: users.email, key: "email" } },
  filters: {
    organization: (p) => eq(users.organizationId, p()),
    // a scope without an organisation sees no one
    noOrganization: () => isNull(users.id),
    // the caller's own filter, on top of the scope (a client asking for another organisation gets no one)
    inOrganization: (p) => eq(users.organizationId, p()),
    role: (p) => eq(users.role, p()),
    q: (p) => or(ilike(users.email, p()), ilike(users.name, p())) as SQL,
  },
});
type ListedTokenRow = Omit<TokenRow, "userId" | "digest">;
const tokenList = keysetList<ListedTokenRow, ApiTokenListQuery["sort"], "user" | "active">({
  name: "tokens",
  table: apiTokens,
  columns: {
    id: apiTokens.id,
    name: apiTokens.name,
    prefix: apiTokens.prefix,
    createdAt: apiTokens.createdAt,
    expiresAt: apiTokens.expiresAt,
    lastUsedAt: apiTokens.lastUsedAt,
    revokedAt: apiTokens.revokedAt,
  },
  idColumn: apiTokens.id,
  sorts: { createdAt: { column: apiTokens.createdAt, key: "createdAt" }, name: { column: apiTokens.name, key: "name" } },
  filters: { user: (p) => eq(apiTokens.userId, p()), active: () => isNull(apiTokens.revokedAt) },
});
const listedUser = (r: ListRow<PublicUserRow>): User => r;
const listedToken = (r: ListRow<ListedTokenRow>): ApiToken => r;

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
    const scoped = "organizationId" in scope;
    return userList.page(this.db, {
      sort: query.sort,
      filters: {
        organization: scoped && scope.organizationId ? scope.organizationId : undefined,
        noOrganization: scoped && !scope.organizationId ? true : undefined,
        inOrganization: query.organizationId || undefined,
        role: query.role || undefined,
        q,
      },
      query,
      map: listedUser,
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
    return tokenList.page(this.db, {
      sort: query.sort,
      filters: { user: userId, active: query.includeRevoked ? undefined : true },
      query,
      map: listedToken,
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
