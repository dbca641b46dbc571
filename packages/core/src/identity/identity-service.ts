import type {
  ApiToken,
  ApiTokenCreate,
  ApiTokenCreated,
  ApiTokenListQuery,
  Me,
  Organization,
  OrganizationCreate,
  Page,
  PasswordChange,
  PreferencesUpdate,
  User,
  UserCreate,
  UserListQuery,
  UserUpdate,
} from "@shipyard/contract";
import { Preferences } from "@shipyard/contract";
import { conflict, invalid, notFound, unauthenticated } from "../shared/errors.ts";
import type { Clock } from "../shared/ports.ts";
import type {
  OrganizationRepository,
  SecretHasher,
  SessionRepository,
  TokenRepository,
  UserRecord,
  UserRepository,
} from "./ports.ts";
import { type Principal, permissionsOf, visibilityScope } from "./principal.ts";

export const SESSION_PREFIX = "shs_";
export const TOKEN_PREFIX = "shp_";
const DAY_MS = 86_400_000;

export interface IdentityConfig {
  sessionTtlHours: number;
  /**
   * How long a resolved credential is remembered in memory (ms). Revocation and logout clear it at
   * once on the replica that served them; other replicas notice within this time.
   */
  authCacheMs?: number;
}

interface CachedAuth {
  principal: Principal;
  until: number;
  /** Token or session expiry, in ms. */
  expires: number | null;
}

const AUTH_CACHE_MAX = 10_000;
const TOUCH_EVERY_MS = 60_000;

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

const toUser = (r: UserRecord): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  organizationId: r.organizationId,
  createdAt: r.createdAt,
  disabled: r.disabled,
});

/** Users, sessions, API tokens and organisations. */
export class IdentityService {
  private readonly users: UserRepository;
  private readonly sessions: SessionRepository;
  private readonly tokens: TokenRepository;
  private readonly orgs: OrganizationRepository;
  private readonly hasher: SecretHasher;
  private readonly clock: Clock;
  private readonly config: IdentityConfig;
  /** A hash to verify against when the email is unknown, so timing does not reveal which emails exist. */
  private dummyHash: Promise<string> | undefined;
  private readonly authCache = new Map<string, CachedAuth>();
  private readonly touched = new Map<string, number>();

  constructor(deps: {
    users: UserRepository;
    sessions: SessionRepository;
    tokens: TokenRepository;
    orgs: OrganizationRepository;
    hasher: SecretHasher;
    clock: Clock;
    config: IdentityConfig;
  }) {
    this.users = deps.users;
    this.sessions = deps.sessions;
    this.tokens = deps.tokens;
    this.orgs = deps.orgs;
    this.hasher = deps.hasher;
    this.clock = deps.clock;
    this.config = deps.config;
  }

  /**
   * Creates the first admin when there are no users. The password comes from the caller
   * (env) or is generated and returned so it can be printed once.
   */
  async bootstrap(input: { email?: string | undefined; password?: string | undefined }) {
    if ((await this.users.count()) > 0) return { created: false as const };
    const email = (input.email ?? "admin@shipyard.local").trim().toLowerCase();
    const generated = input.password === undefined;
    const password = input.password ?? this.hasher.newPassword();
    if (password.length < 12) {
      throw invalid(
        "SHIPYARD_ADMIN_PASSWORD is shorter than 12 characters.",
        "Set a longer password, or unset it to have one generated and printed once.",
      );
    }
    try {
      await this.users.create({
        email,
        name: "Administrator",
        role: "admin",
        organizationId: null,
        passwordHash: await this.hasher.hashPassword(password),
      });
    } catch (e) {
      // another replica bootstrapped at the same moment
      if ((await this.users.count()) > 0) return { created: false as const };
      throw e;
    }
    return { created: true as const, email, password: generated ? password : undefined };
  }

  async login(email: string, password: string, meta: RequestMeta) {
    const user = await this.users.findByEmail(email.trim().toLowerCase());
    this.dummyHash ??= this.hasher.hashPassword("not-a-real-password-000");
    const ok = await this.hasher.verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !ok || user.disabled) {
      throw unauthenticated("Email or password is wrong.", "Check both and try again; an administrator can reset your password.");
    }
    const secret = this.hasher.newSecret(SESSION_PREFIX);
    const expiresAt = new Date(this.clock.now().getTime() + this.config.sessionTtlHours * 3_600_000);
    await this.sessions.create({ digest: this.hasher.digest(secret), userId: user.id, expiresAt, ...meta });
    return { sessionSecret: secret, expiresAt, me: this.me({ user: toUser(user), authMethod: "session" }, user) };
  }

  async logout(principal: Principal): Promise<void> {
    if (principal.sessionDigest) {
      this.authCache.delete(`s:${principal.sessionDigest}`);
      await this.sessions.delete(principal.sessionDigest);
    }
  }

  private remember(key: string, principal: Principal, expires: Date | string | null) {
    const ttl = this.config.authCacheMs ?? 5_000;
    if (ttl <= 0) return;
    if (this.authCache.size >= AUTH_CACHE_MAX) this.authCache.clear();
    this.authCache.set(key, {
      principal,
      until: this.clock.now().getTime() + ttl,
      expires: expires === null ? null : new Date(expires).getTime(),
    });
  }

  private recall(key: string, now: number): Principal | undefined {
    const hit = this.authCache.get(key);
    if (!hit) return undefined;
    if (hit.until <= now || (hit.expires !== null && hit.expires <= now)) {
      this.authCache.delete(key);
      return undefined;
    }
    return hit.principal;
  }

  /** Resolves a bearer token or session secret to a principal; throws unauthenticated with the reason. */
  async authenticate(credential: { bearer?: string | undefined; session?: string | undefined }): Promise<Principal> {
    const now = this.clock.now();
    if (credential.bearer !== undefined) {
      const digest = this.hasher.digest(credential.bearer);
      const cached = this.recall(`t:${digest}`, now.getTime());
      if (cached) return cached;
      const token = await this.tokens.findByDigest(digest);
      if (!token) {
        throw unauthenticated("This API token is not valid.", "Create a new token with `shipyard token create` or in Settings.");
      }
      if (token.revokedAt) {
        throw unauthenticated(
          `This API token (${token.prefix}…) was revoked at ${token.revokedAt}.`,
          "Create a new token with `shipyard token create` or in Settings.",
        );
      }
      if (token.expiresAt && new Date(token.expiresAt) <= now) {
        throw unauthenticated(
          `This API token (${token.prefix}…) expired at ${token.expiresAt}.`,
          "Create a new token with `shipyard token create` or in Settings.",
        );
      }
      const user = await this.activeUser(token.userId);
      const last = this.touched.get(token.id) ?? 0;
      if (now.getTime() - last >= TOUCH_EVERY_MS) {
        this.touched.set(token.id, now.getTime());
        await this.tokens.touch(token.id, now);
      }
      const principal: Principal = { user, authMethod: "token", tokenId: token.id };
      this.remember(`t:${digest}`, principal, token.expiresAt);
      return principal;
    }
    if (credential.session !== undefined) {
      const digest = this.hasher.digest(credential.session);
      const cached = this.recall(`s:${digest}`, now.getTime());
      if (cached) return cached;
      const session = await this.sessions.find(digest);
      if (!session || session.expiresAt <= now) {
        throw unauthenticated("Your session has expired or was ended.", "Log in again.");
      }
      const user = await this.activeUser(session.userId);
      const principal: Principal = { user, authMethod: "session", sessionDigest: digest };
      this.remember(`s:${digest}`, principal, session.expiresAt);
      return principal;
    }
    throw unauthenticated(
      "This request carries no credentials.",
      "Log in to the console, or send an API token as `Authorization: Bearer <token>`.",
    );
  }

  private async activeUser(id: string): Promise<User> {
    const rec = await this.users.findById(id);
    if (!rec || rec.disabled) {
      throw unauthenticated("The account behind these credentials is disabled.", "Ask an administrator.");
    }
    return toUser(rec);
  }

  async getMe(principal: Principal): Promise<Me> {
    const rec = await this.users.findById(principal.user.id);
    if (!rec) throw notFound("User", principal.user.id);
    return this.me(principal, rec);
  }

  private me(principal: Pick<Principal, "user" | "authMethod">, rec: UserRecord): Me {
    return {
      user: principal.user,
      preferences: rec.preferences,
      authMethod: principal.authMethod,
      permissions: [...permissionsOf(principal.user)],
    };
  }

  async updatePreferences(principal: Principal, update: PreferencesUpdate): Promise<Me> {
    const rec = await this.users.findById(principal.user.id);
    if (!rec) throw notFound("User", principal.user.id);
    const merged = Preferences.parse({ ...rec.preferences, ...update });
    const saved = await this.users.updatePreferences(rec.id, merged);
    return this.me(principal, saved);
  }

  async createToken(principal: Principal, input: ApiTokenCreate): Promise<ApiTokenCreated> {
    const secret = this.hasher.newSecret(TOKEN_PREFIX);
    const expiresAt = input.expiresInDays ? new Date(this.clock.now().getTime() + input.expiresInDays * DAY_MS) : null;
    const rec = await this.tokens.create({
      userId: principal.user.id,
      name: input.name,
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      digest: this.hasher.digest(secret),
      expiresAt,
    });
    const { userId: _u, ...token } = rec;
    return { ...token, token: secret };
  }

  listTokens(principal: Principal, query: ApiTokenListQuery): Promise<Page<ApiToken>> {
    return this.tokens.list(principal.user.id, query);
  }

  async revokeToken(principal: Principal, id: string): Promise<ApiToken> {
    const rec = await this.tokens.findById(id);
    // someone else's token is reported as missing, not as forbidden, so ids reveal nothing
    if (!rec || rec.userId !== principal.user.id) {
      throw notFound("API token", id, "List your tokens with `shipyard token list` to find the id.");
    }
    if (rec.revokedAt) {
      const { userId: _u, ...token } = rec;
      return token; // idempotent: revoking twice changes nothing
    }
    const { userId: _u, ...token } = await this.tokens.revoke(id, this.clock.now());
    this.forgetToken(id);
    return token;
  }

  /** Drops a token from the credential cache (after revocation). */
  forgetToken(tokenId: string): void {
    for (const [key, hit] of this.authCache) if (hit.principal.tokenId === tokenId) this.authCache.delete(key);
    this.touched.delete(tokenId);
  }

  async createUser(input: UserCreate): Promise<User> {
    if (input.role === "client" && !input.organizationId) {
      throw invalid("A client user must belong to an organisation.", "Pass organizationId of an existing organisation.");
    }
    if (input.organizationId && !(await this.orgs.findById(input.organizationId))) {
      throw notFound("Organisation", input.organizationId, "List organisations with GET /v1/organizations.");
    }
    if (await this.users.findByEmail(input.email)) {
      throw conflict(`A user with email ${input.email} already exists.`, "Use another email address.");
    }
    const rec = await this.users.create({
      email: input.email,
      name: input.name,
      role: input.role,
      organizationId: input.organizationId ?? null,
      passwordHash: await this.hasher.hashPassword(input.password),
    });
    return toUser(rec);
  }

  async updateUser(principal: Principal, id: string, patch: UserUpdate): Promise<User> {
    const rec = await this.users.findById(id);
    if (!rec) throw notFound("User", id, "List users with GET /v1/users.");
    const role = patch.role ?? rec.role;
    const organizationId = patch.organizationId === undefined ? rec.organizationId : patch.organizationId;
    if (role === "client" && !organizationId) {
      throw invalid("A client user must belong to an organisation.", "Pass organizationId of an existing organisation.");
    }
    if (organizationId && organizationId !== rec.organizationId && !(await this.orgs.findById(organizationId))) {
      throw notFound("Organisation", organizationId, "List organisations with GET /v1/organizations.");
    }
    const losesAdmin = rec.role === "admin" && !rec.disabled && (role !== "admin" || patch.disabled === true);
    if (losesAdmin && (await this.users.countAdmins()) <= 1) {
      throw conflict("This is the last active administrator.", "Make another user an administrator first.");
    }
    if (id === principal.user.id && patch.disabled === true) {
      throw conflict("You cannot disable your own account.", "Ask another administrator.");
    }
    const { password, ...fields } = patch;
    const saved = await this.users.update(id, { ...fields, organizationId });
    if (password !== undefined) {
      await this.users.setPassword(id, await this.hasher.hashPassword(password));
      await this.sessions.deleteForUser(id);
    }
    this.forgetUser(id);
    return toUser(saved);
  }

  /** Changes the caller's own password after checking the current one; their other sessions end. */
  async changePassword(principal: Principal, input: PasswordChange): Promise<void> {
    const rec = await this.users.findById(principal.user.id);
    if (!rec || !(await this.hasher.verifyPassword(input.currentPassword, rec.passwordHash))) {
      throw invalid("The current password is wrong.", "Type your current password again; an administrator can reset it.");
    }
    if (input.currentPassword === input.newPassword) {
      throw invalid("The new password is the same as the current one.", "Choose a different password.");
    }
    await this.users.setPassword(rec.id, await this.hasher.hashPassword(input.newPassword));
    await this.sessions.deleteForUser(rec.id, principal.sessionDigest);
    this.forgetUser(rec.id);
  }

  /** Drops every cached credential of a user (after a role change or disabling). */
  forgetUser(userId: string): void {
    for (const [key, hit] of this.authCache) if (hit.principal.user.id === userId) this.authCache.delete(key);
  }

  listUsers(principal: Principal, query: UserListQuery): Promise<Page<User>> {
    return this.users.list(query, visibilityScope(principal));
  }

  createOrganization(input: OrganizationCreate): Promise<Organization> {
    return this.orgs.create(input);
  }

  listOrganizations(principal: Principal): Promise<Organization[]> {
    return this.orgs.list(visibilityScope(principal));
  }

  pruneSessions(): Promise<number> {
    return this.sessions.deleteExpired(this.clock.now());
  }
}
