import type { ApiToken, ApiTokenListQuery, Organization, Page, Preferences, Role, User, UserListQuery } from "@shipyard/contract";

export interface UserRecord extends User {
  passwordHash: string;
  preferences: Preferences;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  passwordHash: string;
}

export interface UserRepository {
  count(): Promise<number>;
  findByEmail(email: string): Promise<UserRecord | undefined>;
  findById(id: string): Promise<UserRecord | undefined>;
  /** Throws DomainError conflict when the email is taken. */
  create(user: NewUser): Promise<UserRecord>;
  list(query: UserListQuery, scope: { organizationId?: string | null }): Promise<Page<User>>;
  updatePreferences(id: string, preferences: Preferences): Promise<UserRecord>;
  setPassword(id: string, passwordHash: string): Promise<void>;
  update(id: string, patch: Partial<Pick<User, "name" | "role" | "organizationId" | "disabled">>): Promise<UserRecord>;
  countAdmins(): Promise<number>;
}

export interface SessionRecord {
  digest: string;
  userId: string;
  expiresAt: Date;
}

export interface SessionRepository {
  create(session: SessionRecord & { ip: string | null; userAgent: string | null }): Promise<void>;
  find(digest: string): Promise<SessionRecord | undefined>;
  delete(digest: string): Promise<void>;
  /** Ends every session of a user, except the one with digest `keep`. */
  deleteForUser(userId: string, keep?: string): Promise<void>;
  deleteExpired(now: Date): Promise<number>;
}

export interface TokenRecord extends ApiToken {
  userId: string;
}

export interface TokenRepository {
  create(token: { userId: string; name: string; prefix: string; digest: string; expiresAt: Date | null }): Promise<TokenRecord>;
  findByDigest(digest: string): Promise<TokenRecord | undefined>;
  list(userId: string, query: ApiTokenListQuery): Promise<Page<ApiToken>>;
  findById(id: string): Promise<TokenRecord | undefined>;
  revoke(id: string, at: Date): Promise<TokenRecord>;
  touch(id: string, at: Date): Promise<void>;
}

export interface OrganizationRepository {
  create(org: { slug: string; name: string }): Promise<Organization>;
  findById(id: string): Promise<Organization | undefined>;
  list(scope: { organizationId?: string | null }): Promise<Organization[]>;
}

/** Password KDF and opaque-token primitives. */
export interface SecretHasher {
  hashPassword(password: string): Promise<string>;
  verifyPassword(password: string, hash: string): Promise<boolean>;
  /** A new random secret with a recognisable prefix, e.g. `shp_…`. */
  newSecret(prefix: string): string;
  /** A fast one-way digest of a high-entropy secret, used as its lookup key. */
  digest(secret: string): string;
  /** A random password for the bootstrap admin. */
  newPassword(): string;
}
