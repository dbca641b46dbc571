/**
 * Shell-style patterns over image references, as upstream `FamiliarMatch` does them with Go's
 * `path.Match`: `*` matches any run of characters except '/', `?` one character except '/',
 * `[a-z]` / `[^a-z]` classes, `\` escapes. A malformed pattern is an error, whatever the name.
 *
 * Matching follows Go's algorithm, which is not a full backtracking glob: each `*`-led chunk is placed
 * at the leftmost position where it fits and never revisited (only the last chunk keeps looking for a
 * placement that ends the name). Results therefore agree with Go, including where the two differ.
 */
import type { DigestReference, ImageReference } from "./reference.ts";

export const BAD_PATTERN = "syntax error in pattern";

type Item = { kind: "literal"; cp: number } | { kind: "any" } | { kind: "class"; negated: boolean; ranges: number[] };
interface Chunk {
  star: boolean;
  items: Item[];
}

const SLASH = 47;
const cpWidth = (cp: number) => (cp > 0xffff ? 2 : 1);

/** Compiles a pattern into chunks (a run of single-character items, optionally led by a star). */
function compile(pattern: string): Chunk[] | undefined {
  const n = pattern.length;
  const chunks: Chunk[] = [];
  let i = 0;
  // Reads one class character, escaped or not; undefined when the class is malformed or unterminated.
  const classChar = (): number | undefined => {
    if (i >= n || pattern[i] === "-" || pattern[i] === "]") return undefined;
    if (pattern[i] === "\\" && ++i >= n) return undefined;
    const cp = pattern.codePointAt(i) as number;
    i += cpWidth(cp);
    return i < n ? cp : undefined;
  };
  while (i < n) {
    let star = false;
    while (i < n && pattern[i] === "*") {
      star = true;
      i++;
    }
    const items: Item[] = [];
    while (i < n && pattern[i] !== "*") {
      const ch = pattern[i];
      if (ch === "?") {
        items.push({ kind: "any" });
        i++;
      } else if (ch === "[") {
        i++;
        const negated = pattern[i] === "^";
        if (negated) i++;
        const ranges: number[] = [];
        for (;;) {
          if (pattern[i] === "]" && ranges.length > 0) {
            i++;
            break;
          }
          const lo = classChar();
          if (lo === undefined) return undefined;
          let hi = lo;
          if (pattern[i] === "-") {
            i++;
            const h = classChar();
            if (h === undefined) return undefined;
            hi = h;
          }
          ranges.push(lo, hi);
        }
        items.push({ kind: "class", negated, ranges });
      } else {
        if (ch === "\\" && ++i >= n) return undefined;
        const cp = pattern.codePointAt(i) as number;
        items.push({ kind: "literal", cp });
        i += cpWidth(cp);
      }
    }
    chunks.push({ star, items });
  }
  return chunks;
}

/** Where the fixed-width chunk ends when placed at `pos`, or -1. */
function matchAt(items: Item[], name: string, pos: number): number {
  for (const item of items) {
    if (pos >= name.length) return -1;
    const cp = name.codePointAt(pos) as number;
    if (item.kind === "literal") {
      if (cp !== item.cp) return -1;
    } else if (item.kind === "any") {
      if (cp === SLASH) return -1;
    } else {
      let inClass = false;
      for (let r = 0; r < item.ranges.length && !inClass; r += 2) {
        inClass = (item.ranges[r] as number) <= cp && cp <= (item.ranges[r + 1] as number);
      }
      if (inClass === item.negated) return -1;
    }
    pos += cpWidth(cp);
  }
  return pos;
}

export type MatchResult = { readonly ok: true; readonly matched: boolean } | { readonly ok: false; readonly error: string };

/** Go's `path.Match(pattern, name)`. */
export function pathMatch(pattern: string, name: string): MatchResult {
  const chunks = compile(pattern);
  if (!chunks) return { ok: false, error: BAD_PATTERN };
  const n = name.length;
  let pos = 0;
  next: for (let k = 0; k < chunks.length; k++) {
    const { star, items } = chunks[k] as Chunk;
    const last = k === chunks.length - 1;
    if (star && items.length === 0) return { ok: true, matched: name.indexOf("/", pos) < 0 };
    const end = matchAt(items, name, pos);
    if (end >= 0 && (end === n || !last)) {
      pos = end;
      continue;
    }
    if (star) {
      // The star absorbs one more character at a time, never a '/'.
      for (let i = pos; i < n && name.charCodeAt(i) !== SLASH; i++) {
        const e = matchAt(items, name, i + 1);
        if (e >= 0 && (e === n || !last)) {
          pos = e;
          continue next;
        }
      }
    }
    return { ok: true, matched: false };
  }
  return { ok: true, matched: pos === n };
}

/**
 * Upstream `FamiliarMatch`: does the pattern match the reference's familiar string (`foo/bar:tag`)
 * or, failing that, its familiar name (`foo/bar`)?
 */
export function familiarMatch(pattern: string, ref: ImageReference | DigestReference): MatchResult {
  const first = pathMatch(pattern, ref.kind === "named" ? ref.familiarString : ref.string);
  if (!first.ok || first.matched || ref.kind !== "named") return first;
  return pathMatch(pattern, ref.familiarName);
}
