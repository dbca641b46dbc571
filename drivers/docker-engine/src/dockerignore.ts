import { posix } from "node:path";

/**
 * `.dockerignore` as the Docker CLI reads it (moby/patternmatcher): one pattern a line, `#`
 * comments, `!` re-includes, `*` and `?` within one path segment, `**` across segments, `[…]`
 * classes, `\` escapes. A path is left out when the last pattern that matches it (or one of its
 * parent folders) is not a `!` pattern.
 */

interface Pattern {
  text: string;
  exclusion: boolean;
  regex: RegExp;
}

/** Reads the lines of a `.dockerignore` file into patterns (cleaned, leading `/` removed). */
export function parseDockerignore(content: string): string[] {
  const out: string[] = [];
  for (const raw of content.split(/\r?\n/)) {
    let line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    let invert = false;
    if (line.startsWith("!")) {
      invert = true;
      line = line.slice(1).trim();
      if (!line) continue;
    }
    let cleaned = posix.normalize(line);
    if (cleaned.length > 1 && cleaned.startsWith("/")) cleaned = cleaned.slice(1);
    if (cleaned.length > 1 && cleaned.endsWith("/")) cleaned = cleaned.slice(0, -1);
    out.push(invert ? `!${cleaned}` : cleaned);
  }
  return out;
}

export class DockerignoreMatcher {
  private readonly patterns: Pattern[];

  constructor(patterns: readonly string[]) {
    this.patterns = patterns.map((p) => {
      const exclusion = p.startsWith("!");
      const text = exclusion ? p.slice(1) : p;
      return { text, exclusion, regex: toRegex(text) };
    });
  }

  /**
   * Whether a `!` pattern may bring back something inside the left-out folder `dir`: only then
   * does the folder need walking (moby walks in the same case).
   */
  mayReinclude(dir: string): boolean {
    const segments = dir.split("/");
    return this.patterns.some((p) => {
      if (!p.exclusion) return false;
      const parts = p.text.split("/");
      for (let i = 0; i < segments.length; i++) {
        const part = parts[i];
        if (part === undefined || part.includes("**")) return true;
        if (!toRegex(part).test(segments[i] as string)) return false;
      }
      return true;
    });
  }

  /** Whether `path` (relative to the context, `/`-separated) is left out of the context. */
  ignores(path: string): boolean {
    const file = posix.normalize(path).replace(/^\.\//, "").replace(/\/$/, "");
    const parents = file.split("/").slice(0, -1);
    let matched = false;
    for (const pattern of this.patterns) {
      // An include that already matched, or an exclusion of something not matched: nothing changes.
      if (pattern.exclusion !== matched) continue;
      let match = pattern.regex.test(file);
      if (!match) {
        for (let i = 1; i <= parents.length && !match; i++) match = pattern.regex.test(parents.slice(0, i).join("/"));
      }
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }
}

/** Converts a pattern to a regular expression the way moby/patternmatcher does. */
function toRegex(pattern: string): RegExp {
  let re = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        // `**/` matches zero or more folders; a trailing `**` anything at all.
        if (pattern[i + 1] === "/") {
          i++;
          re += "(.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "\\") {
      i++;
      const next = pattern[i];
      if (next !== undefined) re += escapeRegex(next);
    } else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        let cls = pattern.slice(i + 1, end).replaceAll("\\", "\\\\");
        if (cls.startsWith("!") || cls.startsWith("^")) cls = `^${cls.slice(1)}`;
        re += `[${cls}]`;
        i = end;
      }
    } else re += escapeRegex(c);
  }
  re += "$";
  try {
    return new RegExp(re, "s");
  } catch {
    // A pattern Go would reject matches nothing here rather than failing the build.
    return /$^/;
  }
}

const escapeRegex = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
