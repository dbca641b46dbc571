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

export interface GhcrRegistryClientOptions extends Omit<OciRegistryClientOptions, "endpoint" | "knownRealm"> {
  /** Default `https://ghcr.io`. */
  registryUrl?: string | undefined;
  /** Token endpoint. Default `<registryUrl>/token`. */
  tokenUrl?: string | undefined;
}

/**
 * GitHub Container Registry through its OCI API. Tokens come from `https://ghcr.io/token?scope=repository:<name>:pull`
 * (anonymously for public packages, with a GitHub user name and a token with read:packages otherwise);
 * the realm is known up front, so the first request already carries a token. Tags are listed with
 * the OCI `tags/list` endpoint (`n` + `Link` pagination).
 */
export class GhcrRegistryClient implements RegistryClient {
  private readonly oci: OciRegistryClient;

  constructor(options: GhcrRegistryClientOptions = {}) {
    const registryUrl = (options.registryUrl ?? "https://ghcr.io").replace(/\/+$/, "");
    const tokenUrl = options.tokenUrl ?? `${registryUrl}/token`;
    this.oci = new OciRegistryClient({
      ...options,
      endpoint: (registry) => (registry === "ghcr.io" ? registryUrl : undefined),
      knownRealm: (registry) => (registry === "ghcr.io" ? { realm: tokenUrl, service: "ghcr.io" } : undefined),
    });
  }

  get tokenRequests(): number {
    return this.oci.tokenRequests;
  }

  async headManifest(ref: ImageRef, options?: RegistryRequestOptions): Promise<ManifestDescriptor | undefined> {
    return this.oci.headManifest(check(ref), options);
  }

  async getManifest(ref: ImageRef, options?: RegistryRequestOptions): Promise<ImageManifest> {
    return this.oci.getManifest(check(ref), options);
  }

  async getManifestIfNoneMatch(
    ref: ImageRef,
    etag: string,
    options?: RegistryRequestOptions,
  ): Promise<ImageManifest | undefined> {
    return this.oci.getManifestIfNoneMatch(check(ref), etag, options);
  }

  async *listTags(repository: RepositoryRef, options?: RegistryRequestOptions): AsyncGenerator<string> {
    yield* this.oci.listTags(check(repository), options);
  }
}

function check<T extends RepositoryRef>(ref: T): T {
  if (ref.registry !== "ghcr.io") {
    throw new RegistryError("invalid_input", `GhcrRegistryClient reads ghcr.io, not ${ref.registry}.`, {
      registry: ref.registry,
      suggestion: "Use OciRegistryClient (or DockerHubRegistryClient) for other registries.",
    });
  }
  return ref;
}
