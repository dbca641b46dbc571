export * from "./caching-registry-client.ts";
export * from "./docker-hub-registry-client.ts";
export * from "./ghcr-registry-client.ts";
export * from "./oci-registry-client.ts";
export type { FetchLike, KnownRealm, RegistryCredentials, RegistryCredentialsLookup } from "./registry-auth.ts";
export * from "./token-bucket.ts";
