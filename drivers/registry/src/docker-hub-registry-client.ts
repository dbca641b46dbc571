import { systemClock } from "@shipyard/core";
import { OciRegistryClient, type OciRegistryClientOptions } from "./oci-registry-client.ts";
import {
  type ImageManifest,
  type ImageRef,
  type ManifestDescriptor,
  type RegistryClient,
  RegistryError,
  type RegistryRequestOptions,
  type RepositoryRef,
} from "./port.ts";
import type { FetchLike } from "./registry-auth.ts";
import { errorFromFetchFailure, errorFromResponse } from "./response-error.ts";

export interface DockerHubRegistryClientOptions extends Omit<OciRegistryClientOptions, "endpoint" | "knownRealm"> {
  /** Registry API (manifests). Default `https://registry-1.docker.io`; its 401 names the token realm (auth.docker.io). */
  registryUrl?: string | undefined;
  /** Docker Hub API (tag listing). Default `https://hub.docker.com`. */
  hubApiUrl?: string | undefined;
  /** `page_size` for the Hub API; it allows at most 100. Default 100. */
  hubPageSize?: number | undefined;
}

/** Host names that all mean Docker Hub in an image reference. */
export const DOCKER_HUB_REGISTRIES: readonly string[] = [
  "docker.io",
  "index.docker.io",
  "registry-1.docker.io",
  "registry.hub.docker.com",
];

/**
 * Docker Hub: manifests through the registry API (registry-1.docker.io, anonymous or credentialed
 * token from auth.docker.io), tags through the Hub API
 * `GET /v2/namespaces/{namespace}/repositories/{repository}/tags?page_size=…` following `next`.
 * Official images are `library/<name>`: a one-part repository (`node`) is read as `library/node`.
 */
export class DockerHubRegistryClient implements RegistryClient {
  private readonly oci: OciRegistryClient;
  private readonly hubApiUrl: string;
  private readonly hubPageSize: number;
  private readonly fetchImpl: FetchLike;
  private readonly timeoutMs: number;
  private readonly userAgent: string;
  private readonly now: () => number;

  constructor(options: DockerHubRegistryClientOptions = {}) {
    const registryUrl = (options.registryUrl ?? "https://registry-1.docker.io").replace(/\/+$/, "");
    this.oci = new OciRegistryClient({
      ...options,
      endpoint: (registry) => (DOCKER_HUB_REGISTRIES.includes(registry) ? registryUrl : undefined),
    });
    this.hubApiUrl = (options.hubApiUrl ?? "https://hub.docker.com").replace(/\/+$/, "");
    this.hubPageSize = Math.min(100, Math.max(1, options.hubPageSize ?? 100));
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.userAgent = options.userAgent ?? "shipyard-registry-client";
    const clock = options.clock ?? systemClock;
    this.now = () => clock.now().getTime();
  }

  get tokenRequests(): number {
    return this.oci.tokenRequests;
  }

  async headManifest(ref: ImageRef, options?: RegistryRequestOptions): Promise<ManifestDescriptor | undefined> {
    return this.oci.headManifest(normalize(ref), options);
  }

  async getManifest(ref: ImageRef, options?: RegistryRequestOptions): Promise<ImageManifest> {
    return this.oci.getManifest(normalize(ref), options);
  }

  async getManifestIfNoneMatch(
    ref: ImageRef,
    etag: string,
    options?: RegistryRequestOptions,
  ): Promise<ImageManifest | undefined> {
    return this.oci.getManifestIfNoneMatch(normalize(ref), etag, options);
  }

  async *listTags(repository: RepositoryRef, options: RegistryRequestOptions = {}): AsyncGenerator<string> {
    const repo = normalize(repository);
    const [namespace, ...rest] = repo.repository.split("/");
    const name = rest.join("/");
    let url: string | undefined =
      `${this.hubApiUrl}/v2/namespaces/${encodeURIComponent(namespace as string)}/repositories/${encodeURIComponent(name)}` +
      `/tags?page_size=${this.hubPageSize}`;
    const what = `tags of docker.io/${repo.repository}`;
    const origin = new URL(this.hubApiUrl).origin;
    const seen = new Set<string>();
    while (url) {
      const timeout = AbortSignal.timeout(this.timeoutMs);
      let res: Response;
      try {
        res = await this.fetchImpl(url, {
          headers: { accept: "application/json", "user-agent": this.userAgent },
          signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
        });
      } catch (e) {
        throw errorFromFetchFailure(e, "docker.io", what, options.signal);
      }
      if (!res.ok) throw await errorFromResponse(res, "docker.io", what, this.now());
      const body = (await res.json().catch(() => undefined)) as { next?: unknown; results?: unknown } | undefined;
      if (!body || !Array.isArray(body.results)) {
        throw new RegistryError("unavailable", `Docker Hub answered the tag list of ${repo.repository} in an unknown shape.`, {
          registry: "docker.io",
        });
      }
      let fresh = 0;
      for (const item of body.results as { name?: unknown }[]) {
        if (typeof item?.name !== "string" || seen.has(item.name)) continue;
        seen.add(item.name);
        fresh++;
        yield item.name;
      }
      const next: string | undefined =
        typeof body.next === "string" && body.next ? new URL(body.next, url).toString() : undefined;
      if (next && new URL(next).origin !== origin) {
        throw new RegistryError("unavailable", `Docker Hub pointed tag pagination at another host (${next}).`, {
          registry: "docker.io",
        });
      }
      url = next && fresh > 0 ? next : undefined;
    }
  }
}

/** Docker Hub names: `docker.io/node` is `docker.io/library/node`. Other registries are refused. */
function normalize<T extends RepositoryRef>(ref: T): T {
  if (!DOCKER_HUB_REGISTRIES.includes(ref.registry)) {
    throw new RegistryError("invalid_input", `DockerHubRegistryClient reads Docker Hub, not ${ref.registry}.`, {
      registry: ref.registry,
      suggestion: "Use OciRegistryClient (or GhcrRegistryClient) for other registries.",
    });
  }
  const repository = ref.repository.includes("/") ? ref.repository : `library/${ref.repository}`;
  return { ...ref, registry: "docker.io", repository };
}
