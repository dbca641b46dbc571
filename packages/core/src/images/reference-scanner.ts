/**
 * Hand-written scanners for the image-reference grammar of github.com/distribution/reference:
 *
 *   reference      := name [ ":" tag ] [ "@" digest ]
 *   name           := [ domain "/" ] path
 *   domain         := host [ ":" port ]            host := domain-name | "[" [0-9a-fA-F:]+ "]"
 *   domain-name    := domain-component ( "." domain-component )*
 *   domain-comp    := [a-zA-Z0-9] | [a-zA-Z0-9] [a-zA-Z0-9-]* [a-zA-Z0-9]
 *   path           := path-component ( "/" path-component )*
 *   path-component := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
 *   tag            := [A-Za-z0-9_] [A-Za-z0-9_.-]{0,127}
 *   digest         := algorithm ":" [0-9a-fA-F]{32,}
 *   algorithm      := [A-Za-z][A-Za-z0-9]* ( [-_+.] [A-Za-z][A-Za-z0-9]* )*
 *
 * Upstream matches these with regular expressions. Every function here is a single left-to-right pass
 * (or a native indexOf whose span is accounted for), so work is linear in the input length whatever
 * the input: an adversarial 100 kB string costs a bounded multiple of 100 k steps, never a backtracking
 * blow-up. `scanWork.steps` counts every character visited so tests can assert that bound on work
 * rather than on wall time.
 *
 * The decomposition is unambiguous, which is what lets a scanner replace the regex:
 *  - '@' appears in none of name, tag or digest, so the first '@' starts the digest;
 *  - neither the path nor the tag contains ':' and the tag contains no '/', so the tag separator is
 *    the first ':' after the last '/' (a ':' before the first '/' can only be a port);
 *  - the domain contains no '/', so it is everything before the first '/', and upstream's regex
 *    prefers reading that first component as a domain whenever it is shaped like one.
 */

/** Characters visited by the scanners since the module loaded. Read it before and after a call. */
export const scanWork = { steps: 0 };

const SLASH = 47;
const COLON = 58;
const DOT = 46;
const DASH = 45;
const UNDERSCORE = 95;
const PLUS = 43;
const LBRACKET = 91;
const RBRACKET = 93;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLowerAlnum = (c: number) => isLower(c) || isDigit(c);
const isAlpha = (c: number) => isLower(c) || isUpper(c);
const isAlnum = (c: number) => isAlpha(c) || isDigit(c);
const isHex = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isLowerHex = (c: number) => isDigit(c) || (c >= 97 && c <= 102);
const isWord = (c: number) => isAlnum(c) || c === UNDERSCORE;

/** `indexOf` over [from, end) with its span charged to the work counter. */
export function indexOfIn(s: string, ch: string, from: number, end: number): number {
  const i = s.indexOf(ch, from);
  const found = i >= 0 && i < end ? i : -1;
  scanWork.steps += (found < 0 ? end : found + 1) - from;
  return found;
}

/** `lastIndexOf` over [start, end) with its span charged to the work counter. */
export function lastIndexOfIn(s: string, ch: string, start: number, end: number): number {
  if (end <= start) return -1;
  const i = s.lastIndexOf(ch, end - 1);
  const found = i >= start ? i : -1;
  scanWork.steps += end - (found < 0 ? start : found);
  return found;
}

/** Repository path: one or more lowercase path components separated by '/'. */
export function scanPath(s: string, start: number, end: number): boolean {
  // Each iteration consumes at least one character; `inAlnum` says the last one was [a-z0-9].
  let inAlnum = false;
  let i = start;
  while (i < end) {
    scanWork.steps++;
    const c = s.charCodeAt(i);
    if (isLowerAlnum(c)) {
      inAlnum = true;
      i++;
      continue;
    }
    // A separator (or '/') must sit between two alphanumerics.
    if (!inAlnum) return false;
    inAlnum = false;
    if (c === SLASH || c === DOT) {
      i++;
    } else if (c === UNDERSCORE) {
      i++;
      if (i < end && s.charCodeAt(i) === UNDERSCORE) {
        scanWork.steps++;
        i++;
      }
    } else if (c === DASH) {
      i++;
      while (i < end && s.charCodeAt(i) === DASH) {
        scanWork.steps++;
        i++;
      }
    } else {
      return false;
    }
  }
  return inAlnum;
}

/** Registry host with optional port: a DNS-ish name, IPv4, or a bracketed IPv6 address (no zone). */
export function scanDomain(s: string, start: number, end: number): boolean {
  if (start >= end) return false;
  let i = start;
  if (s.charCodeAt(i) === LBRACKET) {
    i++;
    const first = i;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (!(isHex(c) || c === COLON)) break;
      scanWork.steps++;
      i++;
    }
    scanWork.steps++;
    if (i === first || i >= end || s.charCodeAt(i) !== RBRACKET) return false;
    i++;
  } else {
    // 0: need an alphanumeric (start of a component), 1: after an alphanumeric, 2: after a dash.
    let state = 0;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (isAlnum(c)) state = 1;
      else if (c === DASH) {
        if (state === 0) return false;
        state = 2;
      } else if (c === DOT) {
        if (state !== 1) return false;
        state = 0;
      } else break;
      scanWork.steps++;
      i++;
    }
    if (state !== 1) return false;
  }
  if (i === end) return true;
  scanWork.steps++;
  if (s.charCodeAt(i) !== COLON || i + 1 === end) return false;
  for (i++; i < end; i++) {
    scanWork.steps++;
    if (!isDigit(s.charCodeAt(i))) return false;
  }
  return true;
}

/** Tag: a word character then up to 127 of [\w.-]. */
export function scanTag(s: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 1 || len > 128) return false;
  for (let i = start; i < end; i++) {
    scanWork.steps++;
    const c = s.charCodeAt(i);
    if (!(isWord(c) || (i > start && (c === DOT || c === DASH)))) return false;
  }
  return true;
}

/** Reference-level digest shape: `algorithm ":" hex{32,}` (no check of the algorithm or length yet). */
export function scanDigest(s: string, start: number, end: number): boolean {
  let i = start;
  // Algorithm: components [A-Za-z][A-Za-z0-9]* joined by one of [-_+.].
  let needAlpha = true;
  for (; i < end; i++) {
    scanWork.steps++;
    const c = s.charCodeAt(i);
    if (needAlpha) {
      if (!isAlpha(c)) return false;
      needAlpha = false;
    } else if (isAlnum(c)) {
      // still in the component
    } else if (c === DASH || c === UNDERSCORE || c === PLUS || c === DOT) {
      needAlpha = true;
    } else if (c === COLON) {
      break;
    } else {
      return false;
    }
  }
  if (i >= end || needAlpha) return false;
  const hexStart = i + 1;
  if (end - hexStart < 32) return false;
  for (i = hexStart; i < end; i++) {
    scanWork.steps++;
    if (!isHex(s.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * The looser digest syntax of opencontainers/go-digest, used to tell "unsupported algorithm" from
 * "malformed": `[a-z0-9]+([.+_-][a-z0-9]+)* ":" [a-zA-Z0-9=_-]+`.
 */
export function scanOciDigest(s: string, start: number, end: number): boolean {
  let i = start;
  let inAlnum = false;
  for (; i < end; i++) {
    scanWork.steps++;
    const c = s.charCodeAt(i);
    if (isLowerAlnum(c)) inAlnum = true;
    else if (c === DOT || c === PLUS || c === UNDERSCORE || c === DASH) {
      if (!inAlnum) return false;
      inAlnum = false;
    } else if (c === COLON) break;
    else return false;
  }
  if (i >= end || !inAlnum || i + 1 === end) return false;
  for (i++; i < end; i++) {
    scanWork.steps++;
    const c = s.charCodeAt(i);
    if (!(isAlnum(c) || c === 61 /* = */ || c === UNDERSCORE || c === DASH)) return false;
  }
  return true;
}

/** Exactly `len` lowercase hex characters (sha256 encoded digests, image IDs). */
export function scanLowerHex(s: string, start: number, end: number, len: number): boolean {
  if (end - start !== len) return false;
  for (let i = start; i < end; i++) {
    scanWork.steps++;
    if (!isLowerHex(s.charCodeAt(i))) return false;
  }
  return true;
}

/** Image ID: exactly 64 lowercase hex characters (upstream's anchored IdentifierRegexp). */
export const isImageId = (s: string): boolean => scanLowerHex(s, 0, s.length, 64);

/** Upstream's anchored DomainRegexp: the whole string is `host[:port]`. */
export const isDomain = (s: string): boolean => scanDomain(s, 0, s.length);

export interface NameParts {
  /** "" when the name has no domain component. */
  domain: string;
  path: string;
}

/**
 * Splits s[start, end) as upstream's anchored name regexp does: the first component is the domain when
 * it is shaped like one and followed by a path; otherwise the whole string must be a path.
 */
export function splitNameIn(s: string, start: number, end: number): NameParts | undefined {
  const slash = indexOfIn(s, "/", start, end);
  if (slash >= 0 && scanDomain(s, start, slash)) {
    return scanPath(s, slash + 1, end) ? { domain: s.slice(start, slash), path: s.slice(slash + 1, end) } : undefined;
  }
  return scanPath(s, start, end) ? { domain: "", path: s.slice(start, end) } : undefined;
}

/** Upstream's anchored name regexp over the whole string: `^(?:(domain)/)?(path)$`. */
export const splitName = (s: string): NameParts | undefined => splitNameIn(s, 0, s.length);

export interface ReferenceParts extends NameParts {
  /** Full name: domain + "/" + path, or path alone. */
  name: string;
  /** "" when absent, as upstream's capture groups. */
  tag: string;
  digest: string;
}

/** Upstream's anchored ReferenceRegexp: `^(name)(?::(tag))?(?:@(digest))?$`, with the name split. */
export function splitReference(s: string): ReferenceParts | undefined {
  const len = s.length;
  const at = indexOfIn(s, "@", 0, len);
  const left = at < 0 ? len : at;
  if (at >= 0 && !scanDigest(s, at + 1, len)) return undefined;
  const lastSlash = lastIndexOfIn(s, "/", 0, left);
  const colon = indexOfIn(s, ":", lastSlash + 1, left);
  const nameEnd = colon < 0 ? left : colon;
  if (colon >= 0 && !scanTag(s, colon + 1, left)) return undefined;
  const parts = splitNameIn(s, 0, nameEnd);
  if (!parts) return undefined;
  return {
    ...parts,
    name: s.slice(0, nameEnd),
    tag: colon < 0 ? "" : s.slice(colon + 1, left),
    digest: at < 0 ? "" : s.slice(at + 1),
  };
}

/** Upstream's anchored TagRegexp. */
export const isTag = (s: string): boolean => scanTag(s, 0, s.length);

/** Upstream's anchored DigestRegexp (shape only; see `validateDigest` for algorithm and length). */
export const isDigestShaped = (s: string): boolean => scanDigest(s, 0, s.length);
