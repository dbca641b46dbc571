/**
 * Image references (`node:20`, `ghcr.io/acme/api@sha256:…`), parsed and normalised exactly as
 * github.com/distribution/reference does (the library behind the docker CLI, containerd and the
 * registry). Conformance: `reference.test.ts` runs upstream's whole test table
 * (`shared/conformance/image-refs.json`).
 *
 * Modes:
 *  - "strict"     — upstream `Parse`: the grammar only, no defaults. `foo/bar` has domain "foo".
 *  - "normalized" — `ParseNormalizedNamed`: docker CLI rules. `foo` → `docker.io/library/foo`,
 *                   `index.docker.io` → `docker.io`; the first component is a registry only if it is
 *                   `localhost` or contains '.', ':' or an uppercase letter.
 *  - "docker"     — `ParseDockerRef`: normalized, plus `:latest` when there is no tag or digest, and the
 *                   tag dropped when a digest pins the image.
 *
 * All scanning is linear-time (see `reference-scanner.ts`). Common references take a single-pass fast
 * path (`fastParse`) that defers everything unusual to the full parser. Pure: no I/O.
 */
import { DomainError } from "../shared/errors.ts";
import {
  indexOfIn,
  isDigestShaped,
  isImageId,
  isTag,
  scanLowerHex,
  scanOciDigest,
  scanWork,
  splitName,
  splitReference,
} from "./reference-scanner.ts";

export type ReferenceMode = "strict" | "normalized" | "docker";

/** A reference with a repository name; `tag`/`digest` are absent rather than empty. */
export interface ImageReference {
  readonly kind: "named";
  /** Registry host[:port]; "" only in strict mode when the name has no domain component. */
  readonly domain: string;
  /** Repository path after the domain, e.g. `library/node`. */
  readonly path: string;
  readonly tag?: string | undefined;
  readonly digest?: string | undefined;
  /** domain/path (or path alone when there is no domain). */
  readonly name: string;
  /** name[:tag][@digest] */
  readonly string: string;
  /** Short docker-CLI form of the name: `docker.io/` and a single-level `library/` dropped. */
  readonly familiarName: string;
  readonly familiarString: string;
}

/** What `parseAnyReference` returns for an image ID or a bare digest: no name at all. */
export interface DigestReference {
  readonly kind: "digest";
  readonly digest: string;
  readonly string: string;
}

/**
 * Why a reference was rejected. The message of each is upstream's error text, so that errors read the
 * same as the docker CLI's.
 */
export type ReferenceErrorCode =
  | "invalid_format" // ErrReferenceInvalidFormat
  | "name_empty" // ErrNameEmpty
  | "name_uppercase" // ErrNameContainsUppercase (and ParseNormalizedNamed's variant)
  | "name_too_long" // ErrNameTooLong
  | "name_not_canonical" // ErrNameNotCanonical
  | "image_id_as_name" // a 64-hex string where a name is required
  | "tag_invalid_format" // ErrTagInvalidFormat
  | "digest_invalid_format" // ErrDigestInvalidFormat / go-digest ErrDigestInvalidFormat
  | "digest_invalid_length" // go-digest ErrDigestInvalidLength
  | "digest_unsupported"; // go-digest ErrDigestUnsupported

export type ReferenceResult<T> =
  | { readonly ok: true; readonly ref: T }
  | { readonly ok: false; readonly error: string; readonly code: ReferenceErrorCode };

/** Optional instrumentation: the scanner steps spent by the call are added to `steps`. */
export interface ScanMeter {
  steps: number;
}

export interface ParseOptions {
  mode: ReferenceMode;
  meter?: ScanMeter | undefined;
}

/** Upstream's maximum repository path length (RepositoryNameTotalLengthMax). */
export const MAX_PATH_LENGTH = 255;
export const DEFAULT_DOMAIN = "docker.io";
const LEGACY_DEFAULT_DOMAIN = "index.docker.io";
const OFFICIAL_REPO_PREFIX = "library/";
const DEFAULT_TAG = "latest";

/**
 * Digest algorithms accepted in references, with the length of their hex encoding. Upstream accepts
 * the algorithms linked into the binary; its test suite (and so this table) registers sha256 only.
 */
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64 };

const MESSAGES = {
  invalid_format: "invalid reference format",
  name_empty: "repository name must have at least one component",
  name_uppercase: "repository name must be lowercase",
  name_too_long: `repository name must not be more than ${MAX_PATH_LENGTH} characters`,
  name_not_canonical: "repository name must be canonical",
  tag_invalid_format: "invalid tag format",
  digest_invalid_format: "invalid checksum digest format",
  digest_invalid_length: "invalid checksum digest length",
  digest_unsupported: "unsupported digest algorithm",
  reference_digest_invalid_format: "invalid digest format",
} as const;

type Failure = { readonly ok: false; readonly error: string; readonly code: ReferenceErrorCode };
const fail = (code: ReferenceErrorCode, error: string = MESSAGES[code as keyof typeof MESSAGES]): Failure => ({
  ok: false,
  error,
  code,
});

/** Inputs echoed into error messages are cut short: a 100 kB hostile input must not become a 100 kB error. */
const ECHO_MAX = 256;
const echo = (s: string) => (s.length > ECHO_MAX ? `${s.slice(0, ECHO_MAX)}…` : s);

/**
 * Go's strings.ToLower maps rune by rune (simple case mapping); JavaScript applies full mapping, which
 * differs only for U+0130 (İ → "i" in Go, "i̇" in JavaScript) among the mappings that can yield ASCII.
 */
const goLowerCase = (s: string) => s.replaceAll("\u0130", "i").toLowerCase();

interface Parts {
  domain: string;
  path: string;
  tag: string;
  digest: string;
}

function familiarRepo(domain: string, path: string): string {
  if (domain !== DEFAULT_DOMAIN) return domain === "" ? path : `${domain}/${path}`;
  if (path.startsWith(OFFICIAL_REPO_PREFIX)) {
    const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
    if (!rest.includes("/")) return rest;
  }
  return path;
}

function suffix(tag: string, digest: string): string {
  return (tag ? `:${tag}` : "") + (digest ? `@${digest}` : "");
}

function build({ domain, path, tag, digest }: Parts): ImageReference {
  const name = domain === "" ? path : `${domain}/${path}`;
  const familiarName = familiarRepo(domain, path);
  const tail = suffix(tag, digest);
  return {
    kind: "named",
    domain,
    path,
    tag: tag || undefined,
    digest: digest || undefined,
    name,
    string: name + tail,
    familiarName,
    familiarString: familiarName + tail,
  };
}

/** opencontainers/go-digest `Parse`: algorithm must be supported and the hex the right length. */
export function validateDigest(digest: string): ReferenceResult<string> {
  const len = digest.length;
  const colon = indexOfIn(digest, ":", 0, len);
  if (colon <= 0 || colon + 1 === len) return fail("digest_invalid_format");
  const algorithm = digest.slice(0, colon);
  const hexLength = Object.hasOwn(DIGEST_HEX_LENGTH, algorithm) ? DIGEST_HEX_LENGTH[algorithm] : undefined;
  if (hexLength === undefined) {
    return scanOciDigest(digest, 0, len) ? fail("digest_unsupported") : fail("digest_invalid_format");
  }
  if (len - colon - 1 !== hexLength) return fail("digest_invalid_length");
  if (!scanLowerHex(digest, colon + 1, len, hexLength)) return fail("digest_invalid_format");
  return { ok: true, ref: digest };
}

/** Upstream `Parse`. */
function parseStrict(s: string): ReferenceResult<ImageReference> {
  if (s === "") return fail("name_empty");
  const m = splitReference(s);
  if (!m) {
    // Succeeds once lower-cased: the input is well-formed apart from its case.
    scanWork.steps += s.length;
    const lower = goLowerCase(s);
    return lower !== s && splitReference(lower) ? fail("name_uppercase") : fail("invalid_format");
  }
  if (m.path.length > MAX_PATH_LENGTH) return fail("name_too_long");
  if (m.digest !== "") {
    const d = validateDigest(m.digest);
    if (!d.ok) return d;
  }
  return { ok: true, ref: build(m) };
}

/** Upstream `splitDockerDomain`: which registry a familiar name points at. */
function splitDockerDomain(s: string): { domain: string; remainder: string } {
  const slash = indexOfIn(s, "/", 0, s.length);
  if (slash < 0) return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_REPO_PREFIX + s };
  const first = s.slice(0, slash);
  let domain: string;
  let remainder: string;
  scanWork.steps += 3 * first.length;
  if (first === "localhost" || first.includes(".") || first.includes(":") || goLowerCase(first) !== first) {
    domain = first === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : first;
    remainder = s.slice(slash + 1);
  } else {
    domain = DEFAULT_DOMAIN;
    remainder = s;
  }
  if (domain === DEFAULT_DOMAIN && indexOfIn(remainder, "/", 0, remainder.length) < 0) {
    remainder = OFFICIAL_REPO_PREFIX + remainder;
  }
  return { domain, remainder };
}

/** Upstream `ParseNormalizedNamed`. */
function parseNormalized(s: string): ReferenceResult<ImageReference> {
  if (isImageId(s)) {
    return fail("image_id_as_name", `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
  }
  const { domain, remainder } = splitDockerDomain(s);
  const colon = indexOfIn(remainder, ":", 0, remainder.length);
  const remote = colon < 0 ? remainder : remainder.slice(0, colon);
  scanWork.steps += remote.length;
  if (goLowerCase(remote) !== remote) {
    return fail("name_uppercase", `invalid reference format: repository name (${echo(remote)}) must be lowercase`);
  }
  return parseStrict(`${domain}/${remainder}`);
}

/** Upstream `ParseDockerRef`. */
function parseDocker(s: string): ReferenceResult<ImageReference> {
  const r = parseNormalized(s);
  if (!r.ok) return r;
  const { domain, path, tag, digest } = r.ref;
  if (digest !== undefined) return tag === undefined ? r : { ok: true, ref: build({ domain, path, tag: "", digest }) };
  return tag === undefined ? { ok: true, ref: build({ domain, path, tag: DEFAULT_TAG, digest: "" }) } : r;
}

function metered<T>(meter: ScanMeter | undefined, run: () => T): T {
  if (!meter) return run();
  const before = scanWork.steps;
  try {
    return run();
  } finally {
    meter.steps += scanWork.steps - before;
  }
}

// ---- fast path ----
//
// Most references are plain `[domain/]path[:tag][@sha256:<64 lowercase hex>]` in lowercase ASCII. For
// those, one charCode pass finds every part and checks the grammar, with no intermediate strings,
// arrays or objects. Anything else it does not understand — uppercase outside the tag, IPv6 hosts,
// other digest algorithms, over-long parts, every invalid input — makes it return undefined, and the
// full parser above (the one the conformance file is checked against) decides, so error messages and
// edge cases come from one place only. `reference.test.ts` checks that both paths agree.

/** Longer inputs skip the fast path: its (linear) work stays bounded by a constant before any fallback. */
const FAST_MAX_LENGTH = 512;
const SHA256_PREFIX = "sha256:";
const OFFICIAL_NAME_PREFIX = `${DEFAULT_DOMAIN}/${OFFICIAL_REPO_PREFIX}`;

type FastMode = 0 | 1 | 2;
const STRICT: FastMode = 0;
const NORMALIZED: FastMode = 1;
const DOCKER: FastMode = 2;

/** 1: [a-z0-9]; 2: '.', 3: '_', 4: '-', 5: [A-Z]; 0 for anything else. */
const FAST_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) t[c] = 1;
  for (let c = 97; c <= 122; c++) t[c] = 1;
  for (let c = 65; c <= 90; c++) t[c] = 5;
  t[46] = 2;
  t[95] = 3;
  t[45] = 4;
  return t;
})();

/**
 * Path components from `i` (`[a-z0-9]+ ((. | _ | __ | -+) [a-z0-9]+)*` joined by '/'): the index of the
 * first character that is not part of the path, times two, plus one if the path has a '/'; or -1 when
 * the grammar is broken before that character.
 */
function fastPathEnd(s: string, i: number, len: number, prevAtStart: number): number {
  // prev: 1 after [a-z0-9], 0 at a component start, 2 after '.', 3 after '_', 5 after '__', 4 after '-'.
  let prev = prevAtStart;
  let slash = 0;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      prev = 1;
      continue;
    }
    const k = c < 128 ? (FAST_CLASS[c] as number) : 0;
    if (k === 0 || k === 5) {
      if (c !== 47 /* / */) break;
      if (prev !== 1) return -1;
      prev = 0;
      slash = 1;
    } else if (prev === 1) prev = k;
    else if (k === 3 && prev === 3) prev = 5;
    else if (k !== 4 || prev !== 4) return -1;
  }
  return prev === 1 ? i * 2 + slash : -1;
}

/** s[0, end) is `localhost`, checked without making a substring. */
function isLocalhost(s: string, end: number): boolean {
  return end === 9 && s.startsWith("localhost");
}

/**
 * The common-shape parse, or undefined to defer to the full parser. When it returns a reference, the
 * full parser returns an equal one.
 */
function fastParse(s: string, mode: FastMode): ImageReference | undefined {
  const len = s.length;
  if (len === 0 || len > FAST_MAX_LENGTH) return undefined;
  // An image ID is rejected as a name by the normalising modes; let the full parser say so.
  if (len === 64 && mode !== STRICT && isImageId(s)) return undefined;
  // No character is visited more than twice (digits after the first ':' are read as a port, then maybe
  // as a tag); charged up front, whether or not the fast path succeeds.
  scanWork.steps += 2 * len;

  // The first component, up to '/', ':' or '@' (after a bracketed IPv6 host, up to its ']'), and
  // whether it is followed by `:port/`.
  let hasDot = false;
  let hasUpper = false;
  let hasColon = false;
  const bracket = s.charCodeAt(0) === 91; /* [ */
  let i = 0;
  // Over a first component that is not bracketed, both grammars are followed at once, so that it is read
  // once whatever it turns out to be. Domain (upstream's domain-name: components of [a-zA-Z0-9-] that
  // neither start nor end with '-', joined by '.'): `domainOk`, and `dstate` 0 where a component starts,
  // 1 after [a-zA-Z0-9], 2 after '-'. Path: `prev` as in fastPathEnd, `pathOk` false once broken.
  let domainOk = !bracket;
  let dstate = 0;
  let prev = 0;
  let pathOk = !bracket;
  if (bracket) {
    for (i = 1; i < len; i++) {
      const c = s.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102)) continue;
      if (c >= 65 && c <= 70) hasUpper = true;
      else if (c === 58) hasColon = true;
      else break;
    }
    if (i === 1 || i >= len || s.charCodeAt(i) !== 93 /* ] */) return undefined;
    i++;
  } else {
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        dstate = 1;
        prev = 1;
        continue;
      }
      const k = c < 128 ? (FAST_CLASS[c] as number) : 0;
      if (k === 0) break;
      if (k === 5) {
        hasUpper = true;
        dstate = 1;
        pathOk = false;
        continue;
      }
      if (k === 2) {
        hasDot = true;
        if (dstate !== 1) domainOk = false;
        dstate = 0;
      } else if (k === 4) {
        if (dstate === 0) domainOk = false;
        dstate = 2;
      } else domainOk = false; // '_'
      if (prev === 1) prev = k;
      else if (k === 3 && prev === 3) prev = 5;
      else if (k !== 4 || prev !== 4) pathOk = false;
    }
    if (dstate !== 1) domainOk = false;
  }
  let firstEnd = -1; // index of the '/' that ends a possible domain
  if (i < len) {
    const c = s.charCodeAt(i);
    if (c === 47 /* / */) firstEnd = i;
    else if (c === 58 /* : */) {
      let j = i + 1;
      while (j < len && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      if (j > i + 1 && j < len && s.charCodeAt(j) === 47) firstEnd = j;
    } else if (c !== 64 /* @ */) return undefined;
  }
  if (bracket && firstEnd < 0) return undefined;

  let domain = "";
  let pathStart = 0;
  if (firstEnd >= 0) {
    // Strict: a domain whenever shaped like one. Normalising (splitDockerDomain): `localhost`, or a
    // '.', ':' or uppercase letter in the component — then it must be shaped like one too.
    // (A port, if any, is digits: checked above.)
    const isDomain =
      mode === STRICT ? bracket || domainOk : hasDot || hasUpper || hasColon || firstEnd !== i || isLocalhost(s, firstEnd);
    if (isDomain) {
      if (!bracket && !domainOk) return undefined;
      domain = s.slice(0, firstEnd);
      pathStart = firstEnd + 1;
    } else if (firstEnd !== i) return undefined; // `x_y:5000/…`: not a domain, and ':' is not in a path
  }

  // The path: after the domain, or continuing past the first component already read.
  if (pathStart === 0 && !pathOk) return undefined;
  const pathScan = pathStart === 0 ? fastPathEnd(s, i, len, prev) : fastPathEnd(s, pathStart, len, 0);
  if (pathScan < 0) return undefined;
  const pathEnd = pathScan >> 1;
  const pathHasSlash = (pathScan & 1) === 1;
  let path = s.slice(pathStart, pathEnd);
  let pos = pathEnd;

  let tag = "";
  if (pos < len && s.charCodeAt(pos) === 58 /* : */) {
    const tagStart = pos + 1;
    let j = tagStart;
    for (; j < len; j++) {
      const c = s.charCodeAt(j);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95) continue;
      if ((c === 46 || c === 45) && j > tagStart) continue;
      break;
    }
    if (j === tagStart || j - tagStart > 128) return undefined;
    tag = s.slice(tagStart, j);
    pos = j;
  }

  let digest = "";
  if (pos < len) {
    // Only `@sha256:` + 64 lowercase hex, ending the input.
    if (s.charCodeAt(pos) !== 64 /* @ */ || len - pos - 1 !== 71 || !s.startsWith(SHA256_PREFIX, pos + 1)) return undefined;
    for (let j = pos + 8; j < len; j++) {
      const c = s.charCodeAt(j);
      if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return undefined;
    }
    digest = s.slice(pos + 1);
  }

  // The derived strings reuse the input where they are a piece of it, to build as few strings as can be.
  // `verbatim`: name is s[0, pathEnd); `tail` is what follows the name in the canonical string.
  let verbatim = true;
  let tail = pathEnd === len ? "" : s.slice(pathEnd);
  let ownTail = true; // tail is s[pathEnd, len)
  let familiarName: string | undefined;
  let name = "";
  if (mode !== STRICT) {
    if (domain === "" || domain === LEGACY_DEFAULT_DOMAIN) {
      verbatim = false;
      domain = DEFAULT_DOMAIN;
    }
    if (domain === DEFAULT_DOMAIN && !pathHasSlash) {
      verbatim = false;
      familiarName = path;
      name = OFFICIAL_NAME_PREFIX + path;
      path = OFFICIAL_REPO_PREFIX + path;
    }
    if (mode === DOCKER) {
      if (digest !== "") {
        if (tag !== "") {
          tag = "";
          tail = `@${digest}`;
          ownTail = false;
        }
      } else if (tag === "") {
        tag = DEFAULT_TAG;
        tail = `:${DEFAULT_TAG}`;
        ownTail = false;
      }
    }
  }
  if (path.length > MAX_PATH_LENGTH) return undefined;
  if (verbatim) name = pathEnd === len ? s : s.slice(0, pathEnd);
  else if (name === "") name = `${domain}/${path}`;
  const string = tail === "" ? name : verbatim && ownTail ? s : name + tail;
  let familiarString: string;
  if (familiarName !== undefined) {
    // `foo:1` → `docker.io/library/foo:1`: the familiar forms are the input's own name and string.
    familiarString = tail === "" ? familiarName : pathStart === 0 && ownTail ? s : familiarName + tail;
  } else {
    familiarName = domain === DEFAULT_DOMAIN ? familiarRepo(domain, path) : name;
    familiarString = tail === "" ? familiarName : familiarName === name ? string : familiarName + tail;
  }
  return {
    kind: "named",
    domain,
    path,
    tag: tag || undefined,
    digest: digest || undefined,
    name,
    string,
    familiarName,
    familiarString,
  };
}

/** Dispatch without closures or metering when no meter is passed. */
function parseUnmetered(input: string, mode: ReferenceMode): ReferenceResult<ImageReference> {
  const fastMode = mode === "normalized" ? NORMALIZED : mode === "docker" ? DOCKER : STRICT;
  const ref = fastParse(input, fastMode);
  if (ref !== undefined) return { ok: true, ref };
  return mode === "normalized" ? parseNormalized(input) : mode === "docker" ? parseDocker(input) : parseStrict(input);
}

/** `parseNormalized`, trying the fast path first. */
function parseNormalizedFast(input: string): ReferenceResult<ImageReference> {
  const ref = fastParse(input, NORMALIZED);
  return ref !== undefined ? { ok: true, ref } : parseNormalized(input);
}

/** @internal The full parsers alone, without the fast path: for the tests that compare the two. */
export const slowParsersForTesting: Readonly<Record<ReferenceMode, (s: string) => ReferenceResult<ImageReference>>> = {
  strict: parseStrict,
  normalized: parseNormalized,
  docker: parseDocker,
};

/**
 * Parses an image reference. Never throws; a rejection says why, in upstream's words.
 *
 * @example parseReference("node:20", { mode: "normalized" }) // ref.string === "docker.io/library/node:20"
 */
export function parseReference(input: string, options: ParseOptions): ReferenceResult<ImageReference> {
  const meter = options.meter;
  if (meter === undefined) return parseUnmetered(input, options.mode);
  return metered(meter, () => parseUnmetered(input, options.mode));
}

/** Upstream `ParseAnyReference`: an image ID, a bare digest, or a familiar name. */
export function parseAnyReference(
  input: string,
  options: { meter?: ScanMeter | undefined } = {},
): ReferenceResult<ImageReference | DigestReference> {
  return metered(options.meter, () => {
    if (isImageId(input)) {
      const digest = `sha256:${input}`;
      return { ok: true, ref: { kind: "digest", digest, string: digest } };
    }
    if (validateDigest(input).ok) return { ok: true, ref: { kind: "digest", digest: input, string: input } };
    return parseNormalizedFast(input);
  });
}

/** Upstream `ParseNamed`: the input must already be fully qualified (`docker.io/library/foo`, not `foo`). */
export function parseCanonicalName(input: string): ReferenceResult<ImageReference> {
  const r = parseNormalizedFast(input);
  if (!r.ok) return r;
  return r.ref.string === input ? r : fail("name_not_canonical");
}

/** Upstream `WithName`: a repository name alone, taken literally (no normalisation, no tag or digest). */
export function referenceFromName(name: string): ReferenceResult<ImageReference> {
  const parts = splitName(name);
  if (!parts) return fail("invalid_format");
  if (parts.path.length > MAX_PATH_LENGTH) return fail("name_too_long");
  return { ok: true, ref: build({ ...parts, tag: "", digest: "" }) };
}

/** Upstream `WithTag`: same repository (and digest, if any) with this tag. */
export function withTag(ref: ImageReference, tag: string): ReferenceResult<ImageReference> {
  if (!isTag(tag)) return fail("tag_invalid_format");
  return { ok: true, ref: build({ domain: ref.domain, path: ref.path, tag, digest: ref.digest ?? "" }) };
}

/** Upstream `WithDigest`: checks the digest's shape only (not its algorithm or length), as upstream. */
export function withDigest(ref: ImageReference, digest: string): ReferenceResult<ImageReference> {
  if (!isDigestShaped(digest)) return fail("digest_invalid_format", MESSAGES.reference_digest_invalid_format);
  return { ok: true, ref: build({ domain: ref.domain, path: ref.path, tag: ref.tag ?? "", digest }) };
}

/** Like `parseReference`, but throws a DomainError (`invalid_input`) that names the input and the reason. */
export function parseReferenceOrThrow(input: string, options: ParseOptions): ImageReference {
  const r = parseReference(input, options);
  if (r.ok) return r.ref;
  throw new DomainError("invalid_input", `Image reference "${echo(input)}" is invalid: ${r.error}.`, {
    suggestion: "Use the form [registry[:port]/]repository[:tag][@sha256:<64 hex>], with a lowercase repository path.",
  });
}

/**
 * The fully-qualified form Shipyard stores and compares: docker normalisation plus the default tag,
 * e.g. `node:20` → `docker.io/library/node:20`, `redis` → `docker.io/library/redis:latest`,
 * `ghcr.io/a/b:1@sha256:…` → `ghcr.io/a/b@sha256:…` (the digest pins the image; the tag is dropped).
 * Throws a DomainError (`invalid_input`) when the input is not a valid reference.
 */
export function normalizeImage(input: string): string {
  return parseReferenceOrThrow(input, { mode: "docker" }).string;
}
