/** Small parsers for the HTTP headers registries use. Pure functions. */

export interface AuthChallenge {
  /** Lower-cased scheme: `bearer`, `basic`. */
  scheme: string;
  /** Lower-cased parameter names: `realm`, `service`, `scope`, `error`. */
  params: Record<string, string>;
}

/**
 * Parses `WWW-Authenticate` (RFC 7235): `Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull,push"`.
 * Quoted values may hold commas. Several challenges in one header are returned in order.
 */
export function parseWwwAuthenticate(header: string | null | undefined): AuthChallenge[] {
  if (!header) return [];
  const out: AuthChallenge[] = [];
  const re = /\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?:\s+|\s*$|\s*,)/y;
  const paramRe = /\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/y;
  let i = 0;
  while (i < header.length) {
    re.lastIndex = i;
    const m = re.exec(header);
    if (!m) break;
    i = re.lastIndex;
    const challenge: AuthChallenge = { scheme: (m[1] as string).toLowerCase(), params: {} };
    for (;;) {
      paramRe.lastIndex = i;
      const p = paramRe.exec(header);
      // A token followed by a space (not "=") starts the next challenge.
      if (!p) break;
      challenge.params[(p[1] as string).toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, "$1") : (p[3] ?? "");
      i = paramRe.lastIndex;
    }
    out.push(challenge);
    while (i < header.length && /[\s,]/.test(header[i] as string)) i++;
  }
  return out;
}

/** The `rel="next"` target of a `Link` header (RFC 8288), resolved against the request URL. */
export function parseLinkNext(header: string | null | undefined, base: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!m) continue;
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(m[2] as string);
    const rel = rels?.[1] ?? rels?.[2] ?? "";
    if (rel.split(/\s+/).includes("next")) return new URL(m[1] as string, base).toString();
  }
  return undefined;
}

/**
 * Milliseconds to wait from `Retry-After` (delta seconds or an HTTP date), falling back to
 * `X-RateLimit-Reset` (epoch seconds, Docker Hub's API). `undefined` when neither says.
 */
export function parseRetryAfter(headers: Headers, nowMs: number): number | undefined {
  const value = headers.get("retry-after")?.trim();
  if (value) {
    if (/^\d+$/.test(value)) return Number(value) * 1000;
    const at = Date.parse(value);
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs);
  }
  const reset = headers.get("x-ratelimit-reset")?.trim();
  if (reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - nowMs);
  return undefined;
}

/** `Content-Type` without parameters, lower-cased. */
export function mediaTypeOf(headers: Headers): string | undefined {
  const value = headers.get("content-type");
  return value ? (value.split(";")[0] as string).trim().toLowerCase() : undefined;
}
