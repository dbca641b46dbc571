import { createHash } from "node:crypto";
import { DomainError } from "@shipyard/core";

/** Longest Kubernetes name that is also a DNS-1123 label (what Kargo and Job/Pod labels can carry). */
export const MAX_NAME_LENGTH = 63;
const HASH_LENGTH = 8;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const isDnsLabel = (s: string): boolean => s.length <= MAX_NAME_LENGTH && DNS_LABEL.test(s);

/** First 8 hex digits of SHA-256: stable across machines and runs. */
export const shortHash = (s: string): string => createHash("sha256").update(s).digest("hex").slice(0, HASH_LENGTH);

/**
 * A DNS-1123 label (≤ 63 characters) for `raw`, deterministic: `raw` itself when it already is one;
 * otherwise the lowercased text with every other character turned into '-', cut to fit, plus '-' and
 * a short hash of the whole `raw` — so two different inputs never end up with the same name by being
 * cut or cleaned the same way.
 */
export function dnsLabel(raw: string): string {
  if (isDnsLabel(raw)) return raw;
  return hashedLabel(raw, raw);
}

/** `raw` cleaned and cut to leave room for `-<hash of hashInput>`. */
function hashedLabel(raw: string, hashInput: string): string {
  const hash = shortHash(hashInput);
  const clean = raw.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
  const head = clean
    .slice(0, MAX_NAME_LENGTH - HASH_LENGTH - 1)
    .replace(/^-+/, "")
    .replace(/-+$/, "");
  return head === "" ? hash : `${head}-${hash}`;
}

/**
 * Readable DNS-label text for a wanted name: lowercase, each run of other characters (`.`, `_`, `:`,
 * `/`) turned into one '-', no '-' at either end: `python-3.12` → `python-3-12`. Not unique by itself:
 * `NameRegistry` hashes the names that end up equal.
 */
export function slug(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+/, "")
    .replace(/-+$/, "");
}

/**
 * Hands out names for one Kubernetes kind (names are unique per kind and namespace). Each object asks
 * with a `key` that identifies it (e.g. `managed:backstage`) and the name it would like, which becomes
 * `dnsLabel(slug(wanted))`; when two objects would get the same name, each of them gets the cleaned
 * name cut short plus a hash of its own key instead. Names depend only on the set of requests, never
 * on their order.
 */
export class NameRegistry {
  readonly #kind: string;
  readonly #wanted = new Map<string, string>();
  #resolved: Map<string, string> | undefined;

  constructor(kind: string) {
    this.#kind = kind;
  }

  /** Reserves a name for `key`; read it with `name(key)` once every request is in. */
  request(key: string, wanted: string): void {
    if (this.#resolved) throw new Error(`NameRegistry(${this.#kind}): request after names were read`);
    const previous = this.#wanted.get(key);
    if (previous !== undefined && previous !== wanted) {
      throw new Error(`NameRegistry(${this.#kind}): ${key} asked for ${previous} and ${wanted}`);
    }
    this.#wanted.set(key, wanted);
  }

  name(key: string): string {
    const name = this.#resolve().get(key);
    if (name === undefined) throw new Error(`NameRegistry(${this.#kind}): no name requested for ${key}`);
    return name;
  }

  #resolve(): Map<string, string> {
    if (this.#resolved) return this.#resolved;
    const byName = new Map<string, string[]>();
    for (const [key, wanted] of this.#wanted) {
      const name = dnsLabel(slug(wanted) || wanted);
      byName.set(name, [...(byName.get(name) ?? []), key]);
    }
    const resolved = new Map<string, string>();
    for (const [name, keys] of byName) {
      if (keys.length === 1) resolved.set(keys[0] as string, name);
      else for (const key of keys) resolved.set(key, hashedLabel(this.#wanted.get(key) as string, key));
    }
    const seen = new Map<string, string>();
    for (const [key, name] of [...resolved].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const other = seen.get(name);
      if (other !== undefined) {
        throw new DomainError("conflict", `${this.#kind} name ${name} is wanted by both ${other} and ${key}.`, {
          suggestion: "Rename one of the images.",
        });
      }
      seen.set(name, key);
    }
    this.#resolved = resolved;
    return resolved;
  }
}
