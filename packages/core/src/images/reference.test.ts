import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conformanceDir } from "../../../../test-support/conformance.ts";
import { DomainError } from "../shared/errors.ts";
import {
  type ImageReference,
  normalizeImage,
  parseAnyReference,
  parseReference,
  parseReferenceOrThrow,
  type ReferenceMode,
  type ScanMeter,
  slowParsersForTesting,
  withDigest,
  withTag,
} from "./reference.ts";
import { type ConformanceFile, checkConformance } from "./reference-conformance.ts";
import { familiarMatch, pathMatch } from "./reference-match.ts";

// <repo>/../shared/conformance: the table extracted from github.com/distribution/reference's own tests.
const CONFORMANCE = conformanceDir("image-refs.json");
const SHA = "sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582";

const ok = (input: string, mode: ReferenceMode): ImageReference => {
  const r = parseReference(input, { mode });
  if (!r.ok) throw new Error(`${input}: ${r.error}`);
  return r.ref;
};
const error = (input: string, mode: ReferenceMode) => {
  const r = parseReference(input, { mode });
  if (r.ok) throw new Error(`${input} parsed as ${r.ref.string}`);
  return r;
};

describe("image references: conformance with distribution/reference", () => {
  it("agrees with upstream on every case and regexp case in the conformance file", () => {
    const file = JSON.parse(readFileSync(CONFORMANCE, "utf8")) as ConformanceFile;
    const report = checkConformance(file);
    expect(report.failures).toEqual([]);
    expect(report.checked).toBe(file.cases.length + file.regexp_cases.length);
    expect(file.cases.length).toBe(242);
    // Every case contributes at least its validity; most compare several fields across modes.
    expect(report.assertions).toBeGreaterThan(report.checked * 5);
  });
});

describe("image references: the fast path agrees with the full parser", () => {
  // parseReference tries a single-pass parser for the common shape first and defers to the full parser
  // (the one checked against upstream above) for anything else; both must return equal results.
  const file = JSON.parse(readFileSync(CONFORMANCE, "utf8")) as ConformanceFile;
  const seeds = [
    ...new Set(file.cases.map((c) => c.input).filter((x): x is string => typeof x === "string")),
    "localhost/a",
    "localhost:5000/a",
    "localhostx/a",
    "index.docker.io/a",
    "index.docker.io/a/b",
    "docker.io/a",
    "a_b.c/d",
    "a_b:5000/c",
    "foo:5000",
    "foo:/bar",
    "foo:bar/baz",
    `a@${SHA}`,
    `a:T_1.x-y@${SHA}`,
    "1.2.3.4:80/x",
    `x/${"a".repeat(247)}`,
    `x/${"a".repeat(248)}`,
    `${"a".repeat(247)}`,
    `${"a".repeat(248)}`,
    `a:${"t".repeat(128)}`,
    "a--b__c.d/e-f",
    "a___b",
    "a-.b",
    "a.-b",
    "-a/b",
    "a-/b",
    "a.b-/c",
    "a.b./c",
    ".a/b",
    "A/b",
    "a/B",
    "a:B",
    "é/a",
    "[ab]/x",
    "[AB]/x",
    "[::1]/x",
    "[::1]:5/x",
    "[::1]",
    "[::1]@" + SHA,
    "[::g]/x",
    "[]/x",
    "A_b/x",
    "A-/x",
    "Ab:1/x",
    "İ/x",
    "thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev",
    "a".repeat(64),
    "f".repeat(64),
  ];
  // Deterministic mutations: each seed with one or two characters replaced, deleted or duplicated.
  const ALPHABET = "a0f.-_/:@ZA![]";
  let seed = 1;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return (seed >>> 8) % n;
  };
  const mutate = (s: string) => {
    const at = rand(s.length);
    const op = rand(3);
    if (op === 0) return s.slice(0, at) + (ALPHABET[rand(ALPHABET.length)] as string) + s.slice(at + 1);
    return op === 1 ? s.slice(0, at) + s.slice(at + 1) : s.slice(0, at) + s[at] + s.slice(at);
  };
  const inputs = [...seeds];
  for (const s of seeds) {
    for (let k = 0; k < 24 && s.length > 1; k++) inputs.push(k % 2 === 0 ? mutate(s) : mutate(mutate(s)));
  }

  it.each(["strict", "normalized", "docker"] as const)("%s mode", (mode) => {
    const slow = slowParsersForTesting[mode];
    let valid = 0;
    for (const input of inputs) {
      const r = parseReference(input, { mode });
      expect(r, input).toEqual(slow(input));
      if (r.ok) valid++;
    }
    expect(valid).toBeGreaterThan(500);
  });
});

describe("image references: the traps", () => {
  it("reads host:port without a slash as a name and a tag", () => {
    expect(ok("test.com:5000", "strict")).toMatchObject({ domain: "", path: "test.com", tag: "5000" });
    expect(ok("test.com:5000", "normalized").string).toBe("docker.io/library/test.com:5000");
    expect(ok("localhost:5000/app", "normalized")).toMatchObject({ domain: "localhost:5000", path: "app" });
  });

  it("allows uppercase in the registry but not in the repository path, and says so", () => {
    expect(ok("Foo/bar", "normalized")).toMatchObject({ domain: "Foo", path: "bar", familiarName: "Foo/bar" });
    expect(ok("lowercase:Uppercase", "strict").tag).toBe("Uppercase");
    expect(error("docker/Docker", "normalized").error).toBe(
      "invalid reference format: repository name (docker/Docker) must be lowercase",
    );
    expect(error("Uppercase:tag", "strict")).toMatchObject({
      code: "name_uppercase",
      error: "repository name must be lowercase",
    });
  });

  it("lower-cases as Go does when deciding that only the case was wrong (İ → i)", () => {
    // Found by differential fuzzing against the Go library: JavaScript maps U+0130 to "i̇", Go to "i".
    expect(error("İ", "strict").code).toBe("name_uppercase");
    expect(error("testİ_com/foo", "normalized").error).toBe("repository name must be lowercase");
  });

  it("canonicalises Docker Hub names and familiarises them back", () => {
    expect(ok("docker.io/foo", "normalized").string).toBe("docker.io/library/foo");
    expect(ok("index.docker.io/foo/bar", "normalized").string).toBe("docker.io/foo/bar");
    const nested = ok("docker.io/library/foo/bar:1", "normalized");
    expect([nested.familiarName, nested.familiarString]).toEqual(["library/foo/bar", "library/foo/bar:1"]);
    expect(ok("ghcr.io/library/x", "normalized").familiarName).toBe("ghcr.io/library/x");
  });

  it("strict mode applies no defaults: the first component is a domain whenever it is shaped like one", () => {
    expect(ok("foo/bar", "strict")).toMatchObject({ domain: "foo", path: "bar", string: "foo/bar" });
    expect(ok("test_com/foo", "strict")).toMatchObject({ domain: "", path: "test_com/foo" });
  });

  it("checks digests: algorithm, length and hex", () => {
    expect(error("repo@sha256:ffffffffffffffffffffffffffffffffff", "strict")).toMatchObject({
      code: "digest_invalid_length",
      error: "invalid checksum digest length",
    });
    expect(error(`repo@sha512:${"f".repeat(128)}`, "strict").code).toBe("digest_unsupported");
    expect(error(`repo@sha256:${"F".repeat(64)}`, "strict").code).toBe("digest_invalid_format");
    expect(error("repo@sha256:abc", "strict").code).toBe("invalid_format");
  });

  it("docker mode adds :latest and lets a digest win over a tag", () => {
    expect(ok("busybox", "docker").string).toBe("docker.io/library/busybox:latest");
    expect(ok(`busybox:1.36@${SHA}`, "docker")).toMatchObject({ tag: undefined, string: `docker.io/library/busybox@${SHA}` });
    expect(ok(`busybox:1.36@${SHA}`, "normalized").string).toBe(`docker.io/library/busybox:1.36@${SHA}`);
  });

  it("limits the repository path to 255 characters and tags to 128", () => {
    expect(ok(`example.com/${"a".repeat(255)}`, "strict").path).toHaveLength(255);
    expect(error(`example.com/${"a".repeat(256)}`, "strict")).toMatchObject({
      code: "name_too_long",
      error: "repository name must not be more than 255 characters",
    });
    expect(ok(`a:${"t".repeat(128)}`, "strict").tag).toHaveLength(128);
    expect(error(`a:${"t".repeat(129)}`, "strict").code).toBe("invalid_format");
    expect(error("a:-t", "strict").code).toBe("invalid_format");
  });

  it("rejects IPv6 zones, bare IPv6 hosts, bad separators and trailing garbage", () => {
    for (const bad of ["[fe80::1%eth0]:5000/repo", "[::1]:5000", "a..b", "a___b", "a_.b", "a-", "a\n", "a b", "a@@" + SHA]) {
      expect(error(bad, "strict").code, bad).toBe("invalid_format");
    }
    expect(ok("[::1]:5000/repo", "normalized").domain).toBe("[::1]:5000");
    expect(ok("a--b__c.d", "strict").path).toBe("a--b__c.d");
  });

  it("takes a 64-hex string as an image ID in parseAnyReference but refuses it as a name", () => {
    const id = "dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c";
    expect(parseAnyReference(id)).toEqual({ ok: true, ref: { kind: "digest", digest: `sha256:${id}`, string: `sha256:${id}` } });
    expect(error(id, "normalized")).toMatchObject({ code: "image_id_as_name" });
  });
});

describe("image references: API", () => {
  it("normalizeImage gives the fully-qualified form Shipyard stores", () => {
    expect(normalizeImage("node:20")).toBe("docker.io/library/node:20");
    expect(normalizeImage("redis")).toBe("docker.io/library/redis:latest");
    expect(normalizeImage("ghcr.io/acme/api:1.2")).toBe("ghcr.io/acme/api:1.2");
    expect(normalizeImage("localhost:5000/app")).toBe("localhost:5000/app:latest");
  });

  it("throws an invalid-input DomainError that names the input and the reason", () => {
    expect(() => normalizeImage("Node:20")).toThrowError(DomainError);
    try {
      parseReferenceOrThrow("docker/Docker", { mode: "normalized" });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe("invalid_input");
      expect((e as DomainError).message).toContain('"docker/Docker"');
      expect((e as DomainError).message).toContain("must be lowercase");
      expect((e as DomainError).suggestion).toMatch(/lowercase/);
    }
  });

  it("composes tags and digests onto a reference", () => {
    const base = ok("test.com:8000/foo", "strict");
    const tagged = withTag(base, "TAG5");
    expect(tagged.ok && tagged.ref.string).toBe("test.com:8000/foo:TAG5");
    const pinned = tagged.ok ? withDigest(tagged.ref, SHA) : tagged;
    expect(pinned.ok && pinned.ref.string).toBe(`test.com:8000/foo:TAG5@${SHA}`);
    expect(withTag(base, "-x")).toMatchObject({ ok: false, code: "tag_invalid_format" });
  });

  it("matches familiar names with Go path.Match patterns", () => {
    const ref = parseAnyReference("example.com/foo/c/baz:tag");
    if (!ref.ok) throw new Error(ref.error);
    expect(familiarMatch("*/foo/c/baz", ref.ref)).toEqual({ ok: true, matched: true });
    expect(familiarMatch("foo/*", ref.ref)).toEqual({ ok: true, matched: false });
    expect(familiarMatch("[-x]", ref.ref)).toEqual({ ok: false, error: "syntax error in pattern" });
    expect(pathMatch("a\\*[^/]?", "a*bc")).toEqual({ ok: true, matched: true });
    expect(pathMatch("*x", "a/x")).toEqual({ ok: true, matched: false });
  });
});

describe("image references: hostile input costs bounded work", () => {
  // Work is counted in scanner steps (characters visited, native indexOf spans included), not time.
  const MAX_STEPS_PER_CHAR = 16;
  const hostile: Record<string, (n: number) => string> = {
    "alphanumerics then a bad character": (n) => `${"a".repeat(n)}!`,
    "dash separators": (n) => `${"a-".repeat(n / 2)}-!`,
    "empty path components": (n) => `${"a/".repeat(n / 2)}/`,
    "uppercase everywhere (lower-case retry)": (n) => `a/${"B".repeat(n)}!`,
    "separator soup": (n) => `${"a-_.".repeat(n / 4)}A`,
    "unterminated IPv6": (n) => `[${":".repeat(n)}`,
    "long digest with a bad tail": (n) => `a@sha256:${"f".repeat(n)}g`,
    "overlong tag": (n) => `a:${"b".repeat(n)}`,
    "dotted domain without a path": (n) => `${"a.".repeat(n / 2)}/b`,
    "only colons": (n) => ":".repeat(n),
    "only at signs": (n) => "@".repeat(n),
    "overlong valid path": (n) => `x/${"a".repeat(n)}`,
    "swimlane backtracking shape": (n) => `${"a".repeat(n)}:`,
  };
  const steps = (input: string, mode: ReferenceMode | "any") => {
    const meter: ScanMeter = { steps: 0 };
    const r = mode === "any" ? parseAnyReference(input, { meter }) : parseReference(input, { mode, meter });
    return { steps: meter.steps, ok: r.ok };
  };

  it.each(Object.entries(hostile))("%s: 100 kB rejected with at most 16 steps per character", (_, make) => {
    const input = make(100_000);
    for (const mode of ["strict", "normalized", "docker", "any"] as const) {
      const r = steps(input, mode);
      expect(r.ok, mode).toBe(false);
      expect(r.steps, mode).toBeLessThanOrEqual(MAX_STEPS_PER_CHAR * input.length);
    }
  });

  it("grows linearly: ten times the input costs at most ten times the work", () => {
    for (const [name, make] of Object.entries(hostile)) {
      for (const mode of ["strict", "normalized"] as const) {
        const small = steps(make(10_000), mode).steps;
        const large = steps(make(100_000), mode).steps;
        expect(large, `${name} ${mode}`).toBeLessThanOrEqual(10 * small + 100);
      }
    }
  });

  it("the meter counts real work: a valid reference visits each character at least once", () => {
    const input = `registry.example.com:5000/${"team/".repeat(40)}app:1.0@${SHA}`;
    const r = steps(input, "strict");
    expect(r.ok).toBe(true);
    expect(r.steps).toBeGreaterThanOrEqual(input.length);
    expect(r.steps).toBeLessThanOrEqual(MAX_STEPS_PER_CHAR * input.length);
  });
});
