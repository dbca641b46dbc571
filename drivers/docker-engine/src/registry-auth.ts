/** Credentials the engine uses to talk to a registry on our behalf (push, pull, `FROM` of a build). */
export interface EngineRegistryAuth {
  username?: string | undefined;
  /** Password or access token. */
  password?: string | undefined;
  /** An OAuth refresh token the registry issued (`docker login` with an identity token). */
  identityToken?: string | undefined;
  /** A bearer token sent to the registry as is. */
  registryToken?: string | undefined;
  /** The registry host the credentials are for (`ghcr.io`, `127.0.0.1:5000`). */
  serverAddress?: string | undefined;
}

const toAuthConfig = (auth: EngineRegistryAuth | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  if (auth?.username) out.username = auth.username;
  if (auth?.password) out.password = auth.password;
  if (auth?.identityToken) out.identitytoken = auth.identityToken;
  if (auth?.registryToken) out.registrytoken = auth.registryToken;
  if (auth?.serverAddress) out.serveraddress = auth.serverAddress;
  return out;
};

/**
 * base64url *with* padding, as the Docker CLI writes it (Go's `base64.URLEncoding`): engines of
 * the 20.10 line refuse the unpadded form Node's `"base64url"` produces.
 */
const base64UrlPadded = (json: string): string =>
  Buffer.from(json, "utf8").toString("base64").replaceAll("+", "-").replaceAll("/", "_");

/**
 * The `X-Registry-Auth` header of push/pull. The engine requires the header on a push even for an
 * anonymous registry: then it carries `{}`.
 */
export const encodeRegistryAuth = (auth?: EngineRegistryAuth): string => base64UrlPadded(JSON.stringify(toAuthConfig(auth)));

/** The `X-Registry-Config` header of a build: credentials per registry host, for `FROM` images. */
export const encodeRegistryConfig = (auths: Readonly<Record<string, EngineRegistryAuth>>): string =>
  base64UrlPadded(
    JSON.stringify(
      Object.fromEntries(Object.entries(auths).map(([host, auth]) => [host, toAuthConfig({ serverAddress: host, ...auth })])),
    ),
  );

/** Decodes either header back (tests, and engines' logs when debugging). */
export const decodeRegistryHeader = (header: string): unknown =>
  JSON.parse(Buffer.from(header.replaceAll("-", "+").replaceAll("_", "/"), "base64").toString("utf8"));
