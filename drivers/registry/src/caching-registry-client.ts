import { setTimeout as delay } from "node:timers/promises";
import { type Clock, DomainError, systemClock } from "@shipyard/core";
import {
  formatImageRef,
  type ImageManifest,
  type ImageRef,
  type ManifestDescriptor,
  type RegistryClient,
  RegistryError,
  type RegistryRequestOptions,
  type RepositoryRef,
} from "./port.ts";
import { type RateLimit, TokenBucket } from "./token-bucket.ts";

export interface CachingRegistryClientOptions {
  /** How long an answer is served from memory. Default 5 minutes. Digest references never expire. */
  ttlMs?: number | undefined;
  /** TTL per registry host, e.g. `{ "docker.io": 3_600_000 }`. */
  ttlByRegistry?: Readonly<Record<string, number>> | undefined;
  /** Bound on cached answers (oldest use evicted first). Default 10,000. */
  maxEntries?: number | undefined;
  /** Client-side limit per registry host; `false` turns it off. Default 50 at once, 10 per second. */
  rateLimit?: RateLimit | false | undefined;
  rateLimitByRegistry?: Readonly<Record<string, RateLimit>> | undefined;
  /** Retries after 429 / 5xx / network failure / timeout. Default 3. */
  maxRetries?: number | undefined;
  /** First backoff step; doubles per retry, with jitter. Default 500 ms. */
  baseDelayMs?: number | undefined;
  /**
   * Longest wait between retries. When a registry's `Retry-After` asks for longer, no retry is
   * made: the call fails with `rate_limited` and the registry is left alone until then. Default 30 s.
   */
  maxDelayMs?: number | undefined;
  clock?: Clock | undefined;
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** Jitter source in [0, 1). */
  random?: (() => number) | undefined;
}

export interface CachingRegistryClientStats {
  hits: number;
  misses: number;
  /** Stale entries confirmed unchanged by a conditional GET (304) or a HEAD with the same digest. */
  revalidated: number;
  retries: number;
  /** Time spent waiting for the rate limiter. */
  throttledMs: number;
  /** Calls refused without a request because the registry asked us to wait. */
  refused: number;
}

interface Entry {
  value: unknown;
  expiresAt: number;
}

const RETRYABLE = new Set(["rate_limited", "unavailable", "timeout"]);

/**
 * Decorates any `RegistryClient` with a response cache, a token bucket per registry, and retries
 * with exponential backoff and jitter on rate limits and outages (honouring `Retry-After`). A
 * registry that stays down or keeps rate limiting surfaces as `unavailable` / `rate_limited`: stale
 * answers are never passed off as "nothing changed".
 */
export class CachingRegistryClient implements RegistryClient {
  private readonly inner: RegistryClient;
  private readonly ttlMs: number;
  private readonly ttlByRegistry: Readonly<Record<string, number>>;
  private readonly maxEntries: number;
  private readonly defaultLimit: RateLimit | false;
  private readonly limitByRegistry: Readonly<Record<string, RateLimit>>;
  private readonly maxRetries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly clock: Clock;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private readonly cache = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly buckets = new Map<string, TokenBucket | undefined>();
  private readonly blockedUntil = new Map<string, number>();
  readonly stats: CachingRegistryClientStats = { hits: 0, misses: 0, revalidated: 0, retries: 0, throttledMs: 0, refused: 0 };

  constructor(inner: RegistryClient, options: CachingRegistryClientOptions = {}) {
    this.inner = inner;
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
    this.ttlByRegistry = options.ttlByRegistry ?? {};
    this.maxEntries = options.maxEntries ?? 10_000;
    this.defaultLimit = options.rateLimit ?? { capacity: 50, refillPerSecond: 10 };
    this.limitByRegistry = options.rateLimitByRegistry ?? {};
    this.maxRetries = options.maxRetries ?? 3;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.clock = options.clock ?? systemClock;
    this.sleep = options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal }));
    this.random = options.random ?? Math.random;
  }

  async headManifest(ref: ImageRef, options: RegistryRequestOptions = {}): Promise<ManifestDescriptor | undefined> {
    const key = `head ${formatImageRef(ref)}`;
    const hit = this.fresh<ManifestDescriptor | undefined>(key);
    if (hit) return hit.value;
    return this.once(key, async () => {
      const value = await this.call(ref.registry, () => this.inner.headManifest(ref, options), options.signal);
      this.store(key, value, ref);
      return value;
    });
  }

  async getManifest(ref: ImageRef, options: RegistryRequestOptions = {}): Promise<ImageManifest> {
    const key = `get ${formatImageRef(ref)}`;
    const hit = this.fresh<ImageManifest>(key);
    if (hit) return hit.value;
    const stale = this.cache.get(key)?.value as ImageManifest | undefined;
    return this.once(key, async () => {
      const value = await this.call(ref.registry, () => this.revalidate(ref, stale, options), options.signal);
      this.store(key, value, ref);
      // A GET answers the HEAD question too.
      this.store(`head ${formatImageRef(ref)}`, { digest: value.digest, mediaType: value.mediaType, size: value.size }, ref);
      return value;
    });
  }

  async *listTags(repository: RepositoryRef, options: RegistryRequestOptions = {}): AsyncGenerator<string> {
    const key = `tags ${repository.registry}/${repository.repository}`;
    const hit = this.fresh<readonly string[]>(key);
    if (hit) {
      yield* hit.value;
      return;
    }
    // Collected whole so a retry restarts cleanly and only complete lists are cached.
    const tags = await this.once(key, async () => {
      const all = await this.call(
        repository.registry,
        async () => {
          const out: string[] = [];
          for await (const tag of this.inner.listTags(repository, options)) out.push(tag);
          return out;
        },
        options.signal,
      );
      this.store(key, all, repository);
      return all;
    });
    yield* tags;
  }

  /** Forgets every cached answer (not the rate-limit state). */
  clear(): void {
    this.cache.clear();
  }

  private async revalidate(
    ref: ImageRef,
    stale: ImageManifest | undefined,
    options: RegistryRequestOptions,
  ): Promise<ImageManifest> {
    if (stale?.etag && this.inner.getManifestIfNoneMatch) {
      const fresh = await this.inner.getManifestIfNoneMatch(ref, stale.etag, options);
      if (fresh) return fresh;
      this.stats.revalidated++;
      return stale;
    }
    if (stale && !ref.digest) {
      // No validator: a HEAD (cheaper, and not counted as a pull on Docker Hub) tells whether the tag moved.
      const head = await this.inner.headManifest(ref, options);
      if (head && head.digest === stale.digest) {
        this.stats.revalidated++;
        return stale;
      }
    }
    return this.inner.getManifest(ref, options);
  }

  private fresh<T>(key: string): { value: T } | undefined {
    const entry = this.cache.get(key);
    if (!entry || entry.expiresAt <= this.clock.now().getTime()) return undefined;
    this.stats.hits++;
    // Move to the back of the eviction order.
    this.cache.delete(key);
    this.cache.set(key, entry);
    return { value: entry.value as T };
  }

  private store(key: string, value: unknown, ref: RepositoryRef & { digest?: string | undefined }): void {
    const ttl = this.ttlByRegistry[ref.registry] ?? this.ttlMs;
    // Content addressed by digest cannot change.
    const expiresAt = ref.digest && value !== undefined ? Number.POSITIVE_INFINITY : this.clock.now().getTime() + ttl;
    this.cache.delete(key);
    this.cache.set(key, { value, expiresAt });
    while (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }

  /** One request per key at a time: concurrent callers share it. */
  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.inflight.get(key);
    if (running) {
      this.stats.hits++;
      return running as Promise<T>;
    }
    this.stats.misses++;
    const p = load().finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  private bucket(registry: string): TokenBucket | undefined {
    if (!this.buckets.has(registry)) {
      const limit = this.limitByRegistry[registry] ?? this.defaultLimit;
      this.buckets.set(registry, limit ? new TokenBucket(limit, () => this.clock.now().getTime()) : undefined);
    }
    return this.buckets.get(registry);
  }

  /** Runs one registry operation under the rate limit, retrying what is worth retrying. */
  private async call<T>(registry: string, op: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const until = this.blockedUntil.get(registry);
      const now = this.clock.now().getTime();
      if (until !== undefined && until > now) {
        this.stats.refused++;
        throw new RegistryError(
          "rate_limited",
          `${registry} asked for a pause until ${new Date(until).toISOString()}; no request was sent.`,
          { registry, retryAfterMs: until - now },
        );
      }
      const wait = this.bucket(registry)?.reserve() ?? 0;
      if (wait > 0) {
        this.stats.throttledMs += wait;
        await this.sleep(wait, signal);
      }
      try {
        return await op();
      } catch (e) {
        if (!(e instanceof DomainError) || !RETRYABLE.has(e.code)) throw e;
        const retryAfter = e instanceof RegistryError ? e.retryAfterMs : undefined;
        if (retryAfter !== undefined && (retryAfter > this.maxDelayMs || attempt >= this.maxRetries)) {
          this.blockedUntil.set(registry, this.clock.now().getTime() + retryAfter);
          throw e;
        }
        if (attempt >= this.maxRetries) throw e;
        const step = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempt);
        // "Equal jitter": half the step fixed, half random, so retries from many watchers spread out.
        const backoff = step / 2 + (this.random() * step) / 2;
        this.stats.retries++;
        await this.sleep(Math.max(retryAfter ?? 0, backoff), signal);
      }
    }
  }
}
