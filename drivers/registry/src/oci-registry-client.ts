import { createHash } from "node:crypto";
import { type Clock, systemClock } from "@shipyard/core";
import { mediaTypeOf, parseLinkNext } from "./http-headers.ts";
import {
  formatImageRef,
  type ImageManifest,
  type ImagePlatform,
  type ImageRef,
  isIndexMediaType,
  type ManifestDescriptor,
  ManifestMediaType,
  type RegistryClient,
  RegistryError,
  type RegistryRequestOptions,
  type RepositoryRef,
} from "./port.ts";
import {
  type FetchLike,
  type KnownRealm,
  RegistryAuthenticator,
  type RegistryCredentials,
  type RegistryCredentialsLookup,
} from "./registry-auth.ts";
import { errorFromFetchFailure, errorFromResponse } from "./response-error.ts";

export interface OciRegistryClientOptions {
  /** Injectable for tests; defaults to the global fetch. */
  fetch?: FetchLike | undefined;
  /** Credentials per registry host: a lookup or a map keyed by host. Anonymous when missing. */
  credentials?: RegistryCredentialsLookup | Readonly<Record<string, RegistryCredentials>> | undefined;
  /** Hosts reached over plain http. Loopback hosts (localhost, 127.0.0.0/8, ::1) always are. */
  insecureRegistries?: readonly string[] | undefined;
  /** Overrides the base URL for a registry host (`docker.io` → `https://registry-1.docker.io`, tests → a local server). */
  endpoint?: ((registry: string) => string | undefined) | undefined;
  /** Token realms known up front, so the first request needs no 401 round trip (GHCR). */
  knownRealm?: ((registry: string) => KnownRealm | undefined) | undefined;
  /** `n` for tags/list pages. Default 100. */
  tagPageSize?: number | undefined;
  /** Per request, including token requests. Default 30 s. */
  timeoutMs?: number | undefined;
  userAgent?: string | undefined;
  /** Clock for token expiry and Retry-After dates; defaults to the system clock. */
  clock?: Clock | undefined;
}

/** Every manifest type we understand, multi-arch first (what `docker pull` asks for). */
export const MANIFEST_ACCEPT = [
  ManifestMediaType.ociIndex,
  ManifestMediaType.dockerManifestList,
  ManifestMediaType.ociManifest,
  ManifestMediaType.dockerManifest,
].join(", ");

/** Registries answer 4 MiB manifests at most (distribution-spec "Pushing Manifests"); refuse bigger bodies. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

const DOCKER_HUB_HOSTS = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);

export const isLoopbackHost = (registry: string): boolean => {
  const host = registry.startsWith("[") ? registry.slice(0, registry.indexOf("]") + 1) : (registry.split(":")[0] as string);
  return host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
};

/**
 * `RegistryClient` for any registry that speaks the OCI distribution API v2 (distribution-spec
 * v1.1): HEAD/GET manifests with content negotiation, tags/list with `n`/`last` and `Link`
 * pagination, bearer-token and basic authentication.
 */
export class OciRegistryClient implements RegistryClient {
  private readonly fetchImpl: FetchLike;
  private readonly auth: RegistryAuthenticator;
  private readonly insecure: Set<string>;
  private readonly endpointFor: ((registry: string) => string | undefined) | undefined;
  private readonly tagPageSize: number;
  private readonly timeoutMs: number;
  private readonly userAgent: string;
  private readonly now: () => number;

  constructor(options: OciRegistryClientOptions = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.insecure = new Set(options.insecureRegistries ?? []);
    this.endpointFor = options.endpoint;
    this.tagPageSize = options.tagPageSize ?? 100;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.userAgent = options.userAgent ?? "shipyard-registry-client";
    const clock = options.clock ?? systemClock;
    this.now = () => clock.now().getTime();
    const creds = options.credentials;
    this.auth = new RegistryAuthenticator({
      fetch: this.fetchImpl,
      now: this.now,
      timeoutMs: this.timeoutMs,
      userAgent: this.userAgent,
      credentials: typeof creds === "function" ? creds : creds ? (r) => creds[r] : undefined,
      knownRealm: options.knownRealm,
      allowHttpRealm: (r) => this.baseUrl(r).startsWith("http:"),
    });
  }

  /** Token requests sent so far (bench and tests). */
  get tokenRequests(): number {
    return this.auth.tokenRequests;
  }

  async headManifest(ref: ImageRef, options: RegistryRequestOptions = {}): Promise<ManifestDescriptor | undefined> {
    const res = await this.manifestRequest("HEAD", ref, {}, options.signal);
    if (res.status === 404) return undefined;
    if (!res.ok) throw await errorFromResponse(res, ref.registry, `manifest ${formatImageRef(ref)}`, this.now());
    const digest = res.headers.get("docker-content-digest") ?? ref.digest;
    const mediaType = mediaTypeOf(res.headers);
    const size = Number(res.headers.get("content-length") ?? Number.NaN);
    if (digest && mediaType && Number.isFinite(size)) return { digest, mediaType, size };
    // Registries SHOULD send these headers on HEAD; a GET computes what is missing.
    const full = await this.getManifest(ref, options);
    return { digest: full.digest, mediaType: full.mediaType, size: full.size };
  }

  async getManifest(ref: ImageRef, options: RegistryRequestOptions = {}): Promise<ImageManifest> {
    const res = await this.manifestRequest("GET", ref, {}, options.signal);
    return this.readManifest(ref, res);
  }

  async getManifestIfNoneMatch(
    ref: ImageRef,
    etag: string,
    options: RegistryRequestOptions = {},
  ): Promise<ImageManifest | undefined> {
    const res = await this.manifestRequest("GET", ref, { "if-none-match": etag }, options.signal);
    if (res.status === 304) {
      await res.body?.cancel();
      return undefined;
    }
    return this.readManifest(ref, res);
  }

  async *listTags(repository: RepositoryRef, options: RegistryRequestOptions = {}): AsyncGenerator<string> {
    const base = `${this.baseUrl(repository.registry)}/v2/${repository.repository}/tags/list`;
    let url: string | undefined = `${base}?n=${this.tagPageSize}`;
    const seen = new Set<string>();
    const what = `tags of ${repository.registry}/${repository.repository}`;
    while (url) {
      const res = await this.send(repository, url, { method: "GET", headers: { accept: "application/json" } }, options.signal);
      if (!res.ok) throw await errorFromResponse(res, repository.registry, what, this.now());
      const body = (await res.json().catch(() => undefined)) as { tags?: unknown } | undefined;
      const tags = Array.isArray(body?.tags) ? body.tags.filter((t): t is string => typeof t === "string") : [];
      let fresh = 0;
      for (const tag of tags) {
        if (seen.has(tag)) continue;
        seen.add(tag);
        fresh++;
        yield tag;
      }
      const next = parseLinkNext(res.headers.get("link"), url);
      if (next) {
        if (new URL(next).origin !== new URL(url).origin) {
          throw new RegistryError("unavailable", `${repository.registry} pointed tag pagination at another host (${next}).`, {
            registry: repository.registry,
          });
        }
        url = fresh === 0 ? undefined : next;
      } else if (tags.length === this.tagPageSize && fresh > 0) {
        // Without a Link header, exactly n tags may mean more follow: ask again after the last one.
        // More than n means the registry ignores n (distribution 2.x does) and sent everything.
        url = `${base}?n=${this.tagPageSize}&last=${encodeURIComponent(tags[tags.length - 1] as string)}`;
      } else {
        url = undefined;
      }
    }
  }

  /** `https://host`, or `http://host` for loopback and insecure registries, unless an endpoint overrides it. */
  baseUrl(registry: string): string {
    const override = this.endpointFor?.(registry);
    if (override) return override.replace(/\/+$/, "");
    if (DOCKER_HUB_HOSTS.has(registry)) return "https://registry-1.docker.io";
    const scheme = isLoopbackHost(registry) || this.insecure.has(registry) ? "http" : "https";
    return `${scheme}://${registry}`;
  }

  private manifestRequest(
    method: "GET" | "HEAD",
    ref: ImageRef,
    extra: Record<string, string>,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    const reference = ref.digest ?? ref.tag ?? "latest";
    const url = `${this.baseUrl(ref.registry)}/v2/${ref.repository}/manifests/${reference}`;
    return this.send(ref, url, { method, headers: { accept: MANIFEST_ACCEPT, ...extra } }, signal);
  }

  private async readManifest(ref: ImageRef, res: Response): Promise<ImageManifest> {
    const what = `manifest ${formatImageRef(ref)}`;
    if (!res.ok) throw await errorFromResponse(res, ref.registry, what, this.now());
    const declared = Number(res.headers.get("content-length") ?? 0);
    if (declared > MAX_MANIFEST_BYTES) {
      await res.body?.cancel();
      throw new RegistryError("unsupported", `${what} is ${declared} bytes, more than the 4 MiB a manifest may have.`, {
        registry: ref.registry,
      });
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const computed = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    const header = res.headers.get("docker-content-digest") ?? undefined;
    // The spec: a client that uses Docker-Content-Digest MUST verify it; a digest reference SHOULD be verified.
    for (const expected of [ref.digest, header]) {
      if (expected && digestOf(bytes, expected) !== expected) {
        throw new RegistryError("unavailable", `${what}: the bytes received do not match digest ${expected}.`, {
          registry: ref.registry,
          suggestion: "A proxy or the registry altered the manifest; retry, and check any caching proxy in between.",
        });
      }
    }
    let manifest: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(bytes.toString("utf8"));
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
      manifest = parsed as Record<string, unknown>;
    } catch (e) {
      throw new RegistryError("unsupported", `${what} is not a JSON manifest.`, { registry: ref.registry, cause: e });
    }
    const contentType = mediaTypeOf(res.headers);
    const bodyType = typeof manifest.mediaType === "string" ? manifest.mediaType : undefined;
    // The spec: reject when the body's mediaType contradicts Content-Type. Only manifest types count;
    // some proxies answer application/json or application/octet-stream.
    const known: readonly string[] = Object.values(ManifestMediaType);
    if (bodyType && contentType && bodyType !== contentType && known.includes(contentType)) {
      throw new RegistryError(
        "unavailable",
        `${what}: Content-Type ${contentType} does not match the manifest's mediaType ${bodyType}.`,
        {
          registry: ref.registry,
        },
      );
    }
    const mediaType = bodyType ?? contentType ?? guessMediaType(manifest);
    const result: ImageManifest = {
      digest: header ?? ref.digest ?? computed,
      mediaType,
      size: bytes.length,
      manifest,
    };
    if (isIndexMediaType(mediaType) || Array.isArray(manifest.manifests)) result.platforms = platformsOf(manifest);
    const etag = res.headers.get("etag");
    if (etag) result.etag = etag;
    return result;
  }

  /** Sends with authentication: a cached/known token first; on 401 answers the challenge once and retries. */
  private async send(repo: RepositoryRef, url: string, init: RequestInit, signal: AbortSignal | undefined): Promise<Response> {
    const scope = `repository:${repo.repository}:pull`;
    const what = `${init.method ?? "GET"} ${new URL(url).pathname}`;
    const headers = { "user-agent": this.userAgent, ...(init.headers as Record<string, string>) };
    const attempt = async (authorization: string | undefined): Promise<Response> => {
      const timeout = AbortSignal.timeout(this.timeoutMs);
      try {
        return await this.fetchImpl(url, {
          ...init,
          headers: authorization ? { ...headers, authorization } : headers,
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
      } catch (e) {
        throw errorFromFetchFailure(e, repo.registry, what, signal);
      }
    };
    signal?.throwIfAborted();
    const first = await this.auth.authorization(repo.registry, scope, signal);
    const res = await attempt(first);
    if (res.status !== 401) return res;
    const retry = await this.auth.answer(repo.registry, res.headers.get("www-authenticate"), scope, first, signal);
    if (!retry) return res;
    await res.body?.cancel();
    return attempt(retry);
  }
}

function digestOf(bytes: Buffer, like: string): string {
  const algorithm = like.split(":")[0] as string;
  if (algorithm !== "sha256" && algorithm !== "sha512") return like; // unknown algorithm: cannot check
  return `${algorithm}:${createHash(algorithm).update(bytes).digest("hex")}`;
}

function guessMediaType(manifest: Record<string, unknown>): string {
  if (Array.isArray(manifest.manifests)) return ManifestMediaType.ociIndex;
  return ManifestMediaType.ociManifest;
}

/** Platforms of an index / manifest list, without attestation entries (`unknown/unknown`). */
function platformsOf(manifest: Record<string, unknown>): ImagePlatform[] {
  const entries = Array.isArray(manifest.manifests) ? (manifest.manifests as unknown[]) : [];
  const out: ImagePlatform[] = [];
  for (const entry of entries) {
    const e = entry as { digest?: unknown; platform?: { os?: unknown; architecture?: unknown; variant?: unknown } };
    const p = e.platform;
    if (typeof e.digest !== "string" || !p || typeof p.os !== "string" || typeof p.architecture !== "string") continue;
    if (p.os === "unknown" || p.architecture === "unknown") continue;
    const platform: ImagePlatform = { os: p.os, architecture: p.architecture, digest: e.digest };
    if (typeof p.variant === "string" && p.variant) platform.variant = p.variant;
    out.push(platform);
  }
  return out;
}
