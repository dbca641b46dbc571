import { type AuthChallenge, parseWwwAuthenticate } from "./http-headers.ts";
import { RegistryError } from "./port.ts";
import { errorFromFetchFailure, errorFromResponse } from "./response-error.ts";

export interface RegistryCredentials {
  username: string;
  /** Password or access token. */
  password: string;
}

/** Credentials for a registry host, or `undefined` for anonymous access. */
export type RegistryCredentialsLookup = (registry: string) => RegistryCredentials | undefined;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface KnownRealm {
  realm: string;
  service?: string | undefined;
}

export interface RegistryAuthenticatorOptions {
  fetch: FetchLike;
  now: () => number;
  timeoutMs: number;
  userAgent: string;
  credentials?: RegistryCredentialsLookup | undefined;
  /** Token realms known up front (GHCR): the first request carries a token instead of waiting for a 401. */
  knownRealm?: ((registry: string) => KnownRealm | undefined) | undefined;
  /** Whether a plain-http token realm is acceptable for this registry (loopback / insecure registries). */
  allowHttpRealm: (registry: string) => boolean;
}

interface CachedToken {
  header: string;
  expiresAt: number;
}

/** Default token lifetime when the token service omits `expires_in` (token spec: 60 s). */
const DEFAULT_TOKEN_SECONDS = 60;

/**
 * Registry authentication per the Docker/OCI token spec: on a 401 with `WWW-Authenticate: Bearer
 * realm=…,service=…,scope=…` it fetches a token from the realm (with basic credentials when
 * configured), caches it per registry and scope until shortly before it expires, and remembers the
 * realm so later requests to the same registry get a token before they are sent. `Basic` challenges
 * are answered with the configured credentials.
 */
export class RegistryAuthenticator {
  private readonly options: RegistryAuthenticatorOptions;
  private readonly tokens = new Map<string, CachedToken>();
  private readonly challenges = new Map<string, AuthChallenge>();
  private readonly pending = new Map<string, Promise<CachedToken | undefined>>();
  /** Token requests sent, for tests and metrics. */
  tokenRequests = 0;

  constructor(options: RegistryAuthenticatorOptions) {
    this.options = options;
  }

  /** The `Authorization` header to send first: a cached token, or one fetched for a realm already known. */
  async authorization(registry: string, scope: string, signal?: AbortSignal): Promise<string | undefined> {
    const cached = this.cached(registry, scope);
    if (cached) return cached;
    let challenge = this.challenges.get(registry);
    if (!challenge) {
      const known = this.options.knownRealm?.(registry);
      if (known) {
        challenge = { scheme: "bearer", params: { realm: known.realm, ...(known.service ? { service: known.service } : {}) } };
        this.challenges.set(registry, challenge);
      }
    }
    if (!challenge) return undefined;
    return (await this.fromChallenge(registry, challenge, scope, scope, signal))?.header;
  }

  /**
   * Answers a 401. Returns the header to retry with, or `undefined` when there is nothing new to
   * try (no usable challenge, no credentials for Basic, or the same header was just refused).
   */
  async answer(
    registry: string,
    wwwAuthenticate: string | null,
    scope: string,
    refused: string | undefined,
    signal?: AbortSignal,
  ): Promise<string | undefined> {
    const challenges = parseWwwAuthenticate(wwwAuthenticate);
    const challenge =
      challenges.find((c) => c.scheme === "bearer" && c.params.realm) ?? challenges.find((c) => c.scheme === "basic");
    if (!challenge) return undefined;
    const { scope: asked, ...rest } = challenge.params;
    this.challenges.set(registry, { scheme: challenge.scheme, params: rest });
    this.tokens.delete(tokenKey(registry, scope));
    const fresh = await this.fromChallenge(registry, challenge, asked || scope, scope, signal);
    return fresh && fresh.header !== refused ? fresh.header : undefined;
  }

  private cached(registry: string, scope: string): string | undefined {
    const hit = this.tokens.get(tokenKey(registry, scope));
    if (hit && hit.expiresAt > this.options.now()) return hit.header;
    return undefined;
  }

  private async fromChallenge(
    registry: string,
    challenge: AuthChallenge,
    requestScope: string,
    cacheScope: string,
    signal: AbortSignal | undefined,
  ): Promise<CachedToken | undefined> {
    const creds = this.options.credentials?.(registry);
    if (challenge.scheme === "basic") {
      if (!creds) return undefined;
      return { header: basicHeader(creds), expiresAt: Number.POSITIVE_INFINITY };
    }
    if (challenge.scheme !== "bearer" || !challenge.params.realm) return undefined;
    const key = tokenKey(registry, cacheScope);
    const inflight = this.pending.get(key);
    if (inflight) return inflight;
    const p = this.fetchToken(registry, challenge.params.realm, challenge.params.service, requestScope, creds, signal)
      .then((token) => {
        this.tokens.set(key, token);
        this.prune();
        return token;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, p);
    return p;
  }

  private async fetchToken(
    registry: string,
    realm: string,
    service: string | undefined,
    scope: string,
    creds: RegistryCredentials | undefined,
    signal: AbortSignal | undefined,
  ): Promise<CachedToken> {
    let url: URL;
    try {
      url = new URL(realm);
    } catch (e) {
      throw new RegistryError("unavailable", `${registry} named a token realm that is not a URL: ${realm}.`, {
        registry,
        cause: e,
      });
    }
    if (url.protocol !== "https:" && !(url.protocol === "http:" && this.options.allowHttpRealm(registry))) {
      throw new RegistryError("unsupported", `${registry} asks for tokens from ${url.origin}, which is not HTTPS.`, {
        registry,
        suggestion: `Serve the token service over HTTPS, or list ${registry} as an insecure registry.`,
      });
    }
    if (service) url.searchParams.set("service", service);
    if (scope) url.searchParams.set("scope", scope);
    const headers: Record<string, string> = { accept: "application/json", "user-agent": this.options.userAgent };
    if (creds) headers.authorization = basicHeader(creds);
    const what = `a token for ${scope || "the registry"}`;
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    let res: Response;
    this.tokenRequests++;
    try {
      res = await this.options.fetch(url.toString(), { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    } catch (e) {
      throw errorFromFetchFailure(e, registry, what, signal);
    }
    if (!res.ok) throw await errorFromResponse(res, registry, what, this.options.now());
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      body = (await res.json()) as typeof body;
    } catch (e) {
      throw new RegistryError("unavailable", `The token service of ${registry} answered something that is not JSON.`, {
        registry,
        cause: e,
      });
    }
    const token = typeof body.token === "string" && body.token ? body.token : body.access_token;
    if (typeof token !== "string" || !token) {
      throw new RegistryError("unavailable", `The token service of ${registry} answered without a token.`, { registry });
    }
    const seconds =
      typeof body.expires_in === "number" && body.expires_in > 0
        ? Math.max(body.expires_in, DEFAULT_TOKEN_SECONDS)
        : DEFAULT_TOKEN_SECONDS;
    // Renew a little early (10 % of the lifetime, at most 30 s) so a token never expires in flight.
    const margin = Math.min(30, seconds * 0.1) * 1000;
    return { header: `Bearer ${token}`, expiresAt: this.options.now() + seconds * 1000 - margin };
  }

  private prune(): void {
    if (this.tokens.size <= 1000) return;
    const now = this.options.now();
    for (const [k, t] of this.tokens) if (t.expiresAt <= now) this.tokens.delete(k);
  }
}

const tokenKey = (registry: string, scope: string) => `${registry} ${scope}`;

const basicHeader = (c: RegistryCredentials) => `Basic ${Buffer.from(`${c.username}:${c.password}`, "utf8").toString("base64")}`;
