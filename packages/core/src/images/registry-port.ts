import type { ErrorCode } from "@shipyard/contract";
import { DomainError, invalid } from "../shared/errors.ts";

/**
 * The `RegistryClient` port: how the image factory reads container registries (OCI distribution API v2,
 * Docker Hub, GHCR). No I/O here; drivers in `drivers/registry` implement it.
 */

/** A repository on a registry. `registry` is `host[:port]` (`docker.io`, `ghcr.io`, `127.0.0.1:5000`). */
export interface RepositoryRef {
  registry: string;
  /** Path inside the registry, e.g. `library/node`, `owner/app`. */
  repository: string;
}

/** An image in a repository. A digest, when given, wins over the tag; neither means `latest`. */
export interface ImageRef extends RepositoryRef {
  tag?: string | undefined;
  digest?: string | undefined;
}

/** Manifest media types a client asks for; index/list types are multi-arch. */
export const ManifestMediaType = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
} as const;
export type ManifestMediaType = (typeof ManifestMediaType)[keyof typeof ManifestMediaType];

export const isIndexMediaType = (mediaType: string): boolean =>
  mediaType === ManifestMediaType.ociIndex || mediaType === ManifestMediaType.dockerManifestList;

/** What a HEAD on a manifest tells: enough to notice that a tag moved. */
export interface ManifestDescriptor {
  /** `sha256:<hex>` of the manifest bytes (the registry's `Docker-Content-Digest`). */
  digest: string;
  mediaType: string;
  /** Size of the manifest in bytes. */
  size: number;
}

/** One platform of a multi-arch image (an entry of an OCI index / Docker manifest list). */
export interface ImagePlatform {
  os: string;
  architecture: string;
  variant?: string | undefined;
  /** Digest of the platform's own manifest. */
  digest: string;
}

export interface ImageManifest extends ManifestDescriptor {
  /** The manifest JSON as the registry returned it. */
  manifest: Readonly<Record<string, unknown>>;
  /** Present for an index / manifest list; attestation entries are left out. */
  platforms?: ImagePlatform[] | undefined;
  /** Validator for a conditional request, when the registry sent an ETag. */
  etag?: string | undefined;
}

export interface RegistryRequestOptions {
  signal?: AbortSignal | undefined;
}

/**
 * Reads a container registry. Failures are `RegistryError`s (a `DomainError`): a registry that is
 * down or rate limiting is an error (`unavailable`, `rate_limited`), never an empty answer.
 */
export interface RegistryClient {
  /** HEAD the manifest; `undefined` only when the registry says the manifest does not exist (404). */
  headManifest(ref: ImageRef, options?: RegistryRequestOptions): Promise<ManifestDescriptor | undefined>;
  /** GET and parse the manifest; throws `not_found` when it does not exist. */
  getManifest(ref: ImageRef, options?: RegistryRequestOptions): Promise<ImageManifest>;
  /** All tags of the repository, fetched page by page. Order is the registry's. Throws `not_found` for an unknown repository. */
  listTags(repository: RepositoryRef, options?: RegistryRequestOptions): AsyncIterable<string>;
  /**
   * Optional conditional GET: resolves `undefined` when the manifest still carries `etag`
   * (HTTP 304), otherwise the fresh manifest. Implemented where the registry supports ETags.
   */
  getManifestIfNoneMatch?(ref: ImageRef, etag: string, options?: RegistryRequestOptions): Promise<ImageManifest | undefined>;
}

/** Prints a reference the way people write it: `registry/repository:tag@digest`. */
export function formatImageRef(ref: ImageRef): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}

// ---------------------------------------------------------------------------------------------
// Errors

export type RegistryErrorCode = Extract<
  ErrorCode,
  | "not_found"
  | "unauthenticated"
  | "forbidden"
  | "rate_limited"
  | "unavailable"
  | "timeout"
  | "invalid_input"
  | "unsupported"
  | "internal"
>;

export interface RegistryErrorDetails {
  registry: string;
  /** HTTP status the registry answered with, when there was an answer. */
  status?: number | undefined;
  /** Registry error code from the body (`MANIFEST_UNKNOWN`, `TOOMANYREQUESTS`, …). */
  registryCode?: string | undefined;
  /** How long the registry asked us to wait (`Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined;
  suggestion?: string | undefined;
  cause?: unknown;
}

/** A registry failure, carried across the port as a `DomainError` with registry details. */
export class RegistryError extends DomainError {
  readonly registry: string;
  readonly status: number | undefined;
  readonly registryCode: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(code: RegistryErrorCode, message: string, details: RegistryErrorDetails) {
    super(code, message, { suggestion: details.suggestion ?? defaultSuggestion(code, details), cause: details.cause });
    this.name = "RegistryError";
    this.registry = details.registry;
    this.status = details.status;
    this.registryCode = details.registryCode;
    this.retryAfterMs = details.retryAfterMs;
  }

  /** Worth trying again later: the registry is down, slow or rate limiting. */
  get retryable(): boolean {
    return this.code === "rate_limited" || this.code === "unavailable" || this.code === "timeout";
  }
}

export const isRegistryError = (e: unknown): e is RegistryError => e instanceof RegistryError;

const registryCodeMap: Record<string, RegistryErrorCode> = {
  BLOB_UNKNOWN: "not_found",
  MANIFEST_UNKNOWN: "not_found",
  NAME_UNKNOWN: "not_found",
  MANIFEST_BLOB_UNKNOWN: "not_found",
  UNAUTHORIZED: "unauthenticated",
  DENIED: "forbidden",
  TOOMANYREQUESTS: "rate_limited",
  UNSUPPORTED: "unsupported",
  NAME_INVALID: "invalid_input",
  MANIFEST_INVALID: "invalid_input",
  DIGEST_INVALID: "invalid_input",
  SIZE_INVALID: "invalid_input",
};

/** Maps an HTTP status (and the registry's error code, when the body had one) to a domain error code. */
export function registryErrorCode(status: number, registryCode?: string): RegistryErrorCode {
  if (status === 429) return "rate_limited";
  if (status === 401) return "unauthenticated";
  if (status === 403) return registryCode === "TOOMANYREQUESTS" ? "rate_limited" : "forbidden";
  if (status === 404) return "not_found";
  if (status === 408) return "timeout";
  if (status >= 500) return "unavailable";
  const mapped = registryCode === undefined ? undefined : registryCodeMap[registryCode];
  if (mapped) return mapped;
  if (status === 405 || status === 406 || status === 415) return "unsupported";
  if (status >= 400) return "invalid_input";
  return "internal";
}

/** Builds the `RegistryError` for an HTTP answer that was not a success. */
export function registryErrorFromStatus(
  status: number,
  details: RegistryErrorDetails & { what: string; message?: string | undefined },
): RegistryError {
  const code = registryErrorCode(status, details.registryCode);
  const reason = details.message ? `: ${details.message}` : "";
  const text: Record<RegistryErrorCode, string> = {
    not_found: `${details.what} does not exist on ${details.registry}${reason}.`,
    unauthenticated: `${details.registry} requires authentication for ${details.what}${reason}.`,
    forbidden: `${details.registry} denied access to ${details.what}${reason}.`,
    rate_limited: `${details.registry} is rate limiting requests (${details.what})${reason}.`,
    unavailable: `${details.registry} is unavailable (HTTP ${status}) for ${details.what}${reason}.`,
    timeout: `${details.registry} timed out on ${details.what}${reason}.`,
    invalid_input: `${details.registry} rejected the request for ${details.what} (HTTP ${status})${reason}.`,
    unsupported: `${details.registry} does not support the request for ${details.what} (HTTP ${status})${reason}.`,
    internal: `${details.registry} answered HTTP ${status} for ${details.what}${reason}.`,
  };
  return new RegistryError(code, text[code], { ...details, status });
}

function defaultSuggestion(code: RegistryErrorCode, d: RegistryErrorDetails): string | undefined {
  switch (code) {
    case "not_found":
      return "Check the repository name and tag; Docker Hub official images live under library/ (library/node).";
    case "unauthenticated":
      return `Configure credentials for ${d.registry} (a user name and a token with pull access).`;
    case "forbidden":
      return `The credentials for ${d.registry} lack pull access to this repository; grant it or use other credentials.`;
    case "rate_limited": {
      const wait = d.retryAfterMs === undefined ? "a while" : `${Math.ceil(d.retryAfterMs / 1000)} s`;
      return `Wait ${wait} before retrying; add credentials for ${d.registry} or watch less often to stay under its limit.`;
    }
    case "unavailable":
    case "timeout":
      return `${d.registry} did not answer properly; check its status and the network. The watcher retries later.`;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Semantic-version tags

/** A tag read as a semantic version (loosely: `v` prefix allowed, minor/patch may be missing). */
export interface SemverTag {
  tag: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: readonly (string | number)[];
  /** How many of major.minor.patch the tag spelled out (1–3); `22` is less specific than `22.1.0`. */
  parts: number;
}

export interface SemverTagsOptions {
  /**
   * A node-semver style range: `^1.2`, `~1.2.3`, `1.x`, `>=1.2 <2`, `1.2.3 - 1.4`, `^1 || ^2`, `*`.
   * Missing means any version.
   */
  range?: string | undefined;
  /** Include pre-releases (`1.2.0-rc.1`, and suffixed tags such as `22-alpine`). Default false. */
  includePrerelease?: boolean | undefined;
}

const SEMVER_TAG = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Reads a tag as a semantic version, or `undefined` when it is not one (`latest`, `1.2.3.4`, `sha-abc`). */
export function parseSemverTag(tag: string): SemverTag | undefined {
  const m = SEMVER_TAG.exec(tag);
  if (!m) return undefined;
  const nums = [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
  if (nums.some((n) => !Number.isSafeInteger(n))) return undefined;
  return {
    tag,
    major: nums[0] ?? 0,
    minor: nums[1] ?? 0,
    patch: nums[2] ?? 0,
    prerelease: m[4] ? m[4].split(".").map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [],
    parts: nums.length,
  };
}

type Version = Pick<SemverTag, "major" | "minor" | "patch" | "prerelease">;

/** Semantic-version precedence (SemVer 2.0.0 §11): negative when a < b. */
export function compareSemver(a: Version, b: Version): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  const pa = a.prerelease;
  const pb = b.prerelease;
  if (pa.length === 0 || pb.length === 0) return pb.length - pa.length;
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Keeps the tags that are semantic versions inside `range`, highest version first (for equal
 * versions, the more specific tag first: `1.2.0` before `1.2`). Pure: hand it the tags from
 * `RegistryClient.listTags`.
 */
export function semverTags(tags: Iterable<string>, options: SemverTagsOptions = {}): string[] {
  const sets = parseRange(options.range ?? "*");
  const kept: SemverTag[] = [];
  for (const tag of tags) {
    const v = parseSemverTag(tag);
    if (v && satisfiesAny(v, sets, options.includePrerelease === true)) kept.push(v);
  }
  kept.sort((a, b) => compareSemver(b, a) || b.parts - a.parts || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  return kept.map((v) => v.tag);
}

type Op = "<" | "<=" | ">" | ">=" | "=";
interface Comparator {
  op: Op;
  v: Version;
}
/** Union (||) of intersections. An empty intersection matches everything; `undefined` entries match nothing. */
type RangeSets = (Comparator[] | undefined)[];

const v3 = (major: number, minor: number, patch: number, prerelease: (string | number)[] = []): Version => ({
  major,
  minor,
  patch,
  prerelease,
});
/** The lowest version of a major/minor/patch line, below its pre-releases (`2.0.0-0`). */
const floor = (major: number, minor: number, patch: number): Version => v3(major, minor, patch, [0]);

interface PartialVersion {
  major?: number;
  minor?: number;
  patch?: number;
  prerelease: (string | number)[];
}

const PARTIAL =
  /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

function parsePartial(text: string, range: string): PartialVersion {
  const m = PARTIAL.exec(text);
  if (!m) throw badRange(range, `"${text}" is not a version`);
  const num = (s: string | undefined) => (s === undefined || /^[xX*]$/.test(s) ? undefined : Number(s));
  const major = num(m[1]);
  const minor = major === undefined ? undefined : num(m[2]);
  const patch = minor === undefined ? undefined : num(m[3]);
  const p: PartialVersion = { prerelease: [] };
  if (major !== undefined) p.major = major;
  if (minor !== undefined) p.minor = minor;
  if (patch !== undefined) p.patch = patch;
  if (m[4] && patch !== undefined) p.prerelease = m[4].split(".").map((id) => (/^\d+$/.test(id) ? Number(id) : id));
  return p;
}

const badRange = (range: string, why: string) =>
  invalid(`Version range "${range}" is not valid: ${why}.`, "Use a range such as ^1.2, ~1.2.3, >=1.2 <2, 1.x or 1.2.3 - 1.4.");

function parseRange(range: string): RangeSets {
  return range.split("||").map((alt) => {
    const text = alt.trim().replace(/(<=|>=|<|>|=|\^|~)\s+/g, "$1");
    if (text === "" || text === "*" || /^[xX]$/.test(text)) return [];
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
    if (hyphen) return hyphenRange(parsePartial(hyphen[1] as string, range), parsePartial(hyphen[2] as string, range));
    const out: Comparator[] = [];
    for (const part of text.split(/\s+/)) {
      const m = /^(<=|>=|<|>|=|\^|~)?(.*)$/.exec(part);
      const op = m?.[1] ?? "";
      const cs = desugar(op, parsePartial(m?.[2] ?? "", range));
      if (cs === undefined) return undefined;
      out.push(...cs);
    }
    return out;
  });
}

function hyphenRange(lo: PartialVersion, hi: PartialVersion): Comparator[] {
  const out: Comparator[] = [];
  if (lo.major !== undefined) out.push({ op: ">=", v: v3(lo.major, lo.minor ?? 0, lo.patch ?? 0, lo.prerelease) });
  if (hi.major === undefined) return out;
  if (hi.minor === undefined) out.push({ op: "<", v: floor(hi.major + 1, 0, 0) });
  else if (hi.patch === undefined) out.push({ op: "<", v: floor(hi.major, hi.minor + 1, 0) });
  else out.push({ op: "<=", v: v3(hi.major, hi.minor, hi.patch, hi.prerelease) });
  return out;
}

/** Turns one comparator with a possibly partial version into plain comparators; `undefined` matches nothing. */
function desugar(op: string, p: PartialVersion): Comparator[] | undefined {
  const { major, minor, patch, prerelease } = p;
  if (major === undefined) return op === "<" || op === ">" ? undefined : [];
  if (op === "^") {
    const lo: Comparator = { op: ">=", v: v3(major, minor ?? 0, patch ?? 0, prerelease) };
    if (major > 0 || minor === undefined) return [lo, { op: "<", v: floor(major + 1, 0, 0) }];
    if (minor > 0 || patch === undefined) return [lo, { op: "<", v: floor(0, minor + 1, 0) }];
    return [lo, { op: "<", v: floor(0, 0, patch + 1) }];
  }
  if (op === "~") {
    const lo: Comparator = { op: ">=", v: v3(major, minor ?? 0, patch ?? 0, prerelease) };
    return [lo, { op: "<", v: minor === undefined ? floor(major + 1, 0, 0) : floor(major, minor + 1, 0) }];
  }
  if (patch !== undefined) return [{ op: (op || "=") as Op, v: v3(major, minor ?? 0, patch, prerelease) }];
  // Partial version: a whole line (1 = 1.x.x, 1.2 = 1.2.x).
  const lo = v3(major, minor ?? 0, 0);
  const next = minor === undefined ? floor(major + 1, 0, 0) : floor(major, minor + 1, 0);
  switch (op) {
    case "":
    case "=":
      return [
        { op: ">=", v: floor(lo.major, lo.minor, 0) },
        { op: "<", v: next },
      ];
    case ">=":
      return [{ op: ">=", v: floor(lo.major, lo.minor, 0) }];
    case ">":
      return [{ op: ">=", v: next }];
    case "<":
      return [{ op: "<", v: floor(lo.major, lo.minor, 0) }];
    case "<=":
      return [{ op: "<", v: next }];
    default:
      return [];
  }
}

function test(c: Comparator, v: Version): boolean {
  const d = compareSemver(v, c.v);
  switch (c.op) {
    case "<":
      return d < 0;
    case "<=":
      return d <= 0;
    case ">":
      return d > 0;
    case ">=":
      return d >= 0;
    default:
      return d === 0;
  }
}

function satisfiesAny(v: SemverTag, sets: RangeSets, includePrerelease: boolean): boolean {
  return sets.some((set) => {
    if (set === undefined || !set.every((c) => test(c, v))) return false;
    if (v.prerelease.length === 0 || includePrerelease) return true;
    // Like node-semver: a pre-release only matches when the range names a pre-release of the same version.
    return set.some(
      (c) =>
        c.v.prerelease.length > 0 &&
        !(c.v.prerelease.length === 1 && c.v.prerelease[0] === 0) &&
        c.v.major === v.major &&
        c.v.minor === v.minor &&
        c.v.patch === v.patch,
    );
  });
}
