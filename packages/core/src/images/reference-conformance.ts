/**
 * Checks this package's reference parser against upstream's test table
 * (`shared/conformance/image-refs.json`: distribution/reference's own test cases, plus what the real
 * library computed for other modes). Pure: the caller reads the file and hands the parsed JSON in.
 * Used by `reference.test.ts` (which demands 100 %) and `bench/image-refs.ts`.
 */

import {
  type DigestReference,
  type ImageReference,
  parseAnyReference,
  parseCanonicalName,
  parseReference,
  type ReferenceErrorCode,
  type ReferenceMode,
  type ReferenceResult,
  referenceFromName,
  withDigest,
  withTag,
} from "./reference.ts";
import { familiarMatch } from "./reference-match.ts";
import { isDomain, isImageId, splitName, splitReference } from "./reference-scanner.ts";

export interface ConformanceCase {
  test: string;
  function: string;
  input: unknown;
  valid: boolean;
  error?: string;
  expected?: Record<string, unknown>;
  computed_by_reference_impl?: Record<string, unknown>;
}

export interface RegexpCase {
  test: string;
  pattern: string;
  input: string;
  match: boolean;
  subs?: Record<string, string>;
}

export interface ConformanceFile {
  cases: ConformanceCase[];
  regexp_cases: RegexpCase[];
}

export interface ConformanceReport {
  /** Cases checked (every case in the file: none is skipped). */
  checked: number;
  /** Cases with at least one disagreement. */
  failedCases: number;
  /** Fields compared across all cases. */
  assertions: number;
  /** One line per disagreement; empty means full agreement. */
  failures: string[];
}

/** Go error identifiers named by upstream's tests → our codes. */
const ERROR_CODES: Record<string, ReferenceErrorCode> = {
  ErrReferenceInvalidFormat: "invalid_format",
  ErrNameEmpty: "name_empty",
  ErrNameContainsUppercase: "name_uppercase",
  ErrNameTooLong: "name_too_long",
  ErrNameNotCanonical: "name_not_canonical",
  "digest.ErrDigestInvalidLength": "digest_invalid_length",
  "digest.ErrDigestUnsupported": "digest_unsupported",
};

type AnyResult = ReferenceResult<ImageReference | DigestReference>;

/** Our value for one of the field names the file uses. */
function field(ref: ImageReference | DigestReference, key: string): unknown {
  if (ref.kind === "digest") {
    if (key === "string" || key === "digest") return ref[key];
    if (key === "kind") return "digest";
    return undefined;
  }
  switch (key) {
    case "repository":
    case "fullName":
    case "name":
      return ref.name;
    case "tag":
    case "digest":
      return ref[key] ?? "";
    case "isTagged":
      return ref.tag !== undefined;
    case "isCanonical(hasDigest)":
      return ref.digest !== undefined;
    case "kind":
      return "named";
    case "domain":
    case "path":
    case "string":
    case "familiarName":
    case "familiarString":
      return ref[key];
    default:
      return Symbol(`unknown field ${key}`);
  }
}

/** A parse through the mode a function name stands for. */
function parseAs(fn: string, input: string): AnyResult {
  if (fn === "ParseAnyReference") return parseAnyReference(input);
  const mode: ReferenceMode =
    fn === "Parse" ? "strict" : fn === "ParseNormalizedNamed" ? "normalized" : fn === "ParseDockerRef" ? "docker" : "strict";
  return parseReference(input, { mode });
}

export function checkConformance(file: ConformanceFile): ConformanceReport {
  const failures: string[] = [];
  let assertions = 0;
  const eq = (where: string, what: string, actual: unknown, expected: unknown) => {
    assertions++;
    if (actual !== expected) failures.push(`${where}: ${what} = ${JSON.stringify(actual)}, upstream ${JSON.stringify(expected)}`);
  };

  /** Compares a result against `expected` (upstream's assertions) and the error the test names. */
  const checkExpected = (where: string, c: ConformanceCase, r: AnyResult) => {
    eq(where, "valid", r.ok, c.valid);
    if (r.ok) {
      for (const [key, want] of Object.entries(c.expected ?? {})) {
        if (key === "kind") eq(where, key, field(r.ref, key), String(want).startsWith("digest") ? "digest" : "named");
        else eq(where, key, field(r.ref, key), want);
      }
    } else if (c.error !== undefined) {
      eq(where, "error code", r.code, ERROR_CODES[c.error] ?? `unmapped ${c.error}`);
    }
  };

  /** Compares a result against what the real library computed (exact error text included). */
  const checkComputed = (where: string, r: AnyResult, computed: Record<string, unknown>) => {
    eq(where, "ok", r.ok, computed.ok);
    if (!r.ok || !computed.ok) {
      if (!r.ok) eq(where, "error", r.error, computed.error);
      return;
    }
    for (const key of ["string", "name", "path", "domain", "tag", "digest", "familiarName", "familiarString"]) {
      if (key in computed) eq(where, key, field(r.ref, key), computed[key]);
      // The file omits empty values; familiar forms were only computed for some modes.
      else if (key === "domain" || key === "tag" || key === "digest") eq(where, key, field(r.ref, key) || "", "");
    }
  };

  let failedCases = 0;
  let failuresBefore = 0;
  const endCase = () => {
    if (failures.length > failuresBefore) failedCases++;
    failuresBefore = failures.length;
  };

  for (const [index, c] of file.cases.entries()) {
    endCase();
    const where = `#${index} ${c.test} ${c.function} ${JSON.stringify(c.input).slice(0, 80)}`;
    const fn = c.function.split(" ")[0] as string;
    const computed = c.computed_by_reference_impl;
    if (typeof c.input === "string") {
      const input = c.input;
      if (fn === "Parse" && c.function === "Parse") {
        checkExpected(where, c, parseAs("Parse", input));
        // Nested results: the same input through each mode.
        for (const [mode, result] of Object.entries(computed ?? {})) {
          checkComputed(`${where} [${mode}]`, parseAs(mode, input), result as Record<string, unknown>);
        }
        continue;
      }
      if (fn === "Parse") {
        // "Parse via JSON Field round-trip": Field.UnmarshalText is Parse.
        checkExpected(where, c, parseAs("Parse", input));
        continue;
      }
      if (fn === "ParseNormalizedNamed" || fn === "ParseAnyReference" || fn === "ParseDockerRef") {
        checkExpected(where, c, parseAs(fn, input));
        // The file's top-level `computed` for ParseDockerRef rows holds ParseNormalizedNamed's result
        // (no default tag added, tag kept beside the digest): compare it with that mode.
        if (computed) {
          const computedAs = fn === "ParseDockerRef" ? "ParseNormalizedNamed" : fn;
          checkComputed(`${where} [computed ${computedAs}]`, parseAs(computedAs, input), computed);
        }
        continue;
      }
      if (fn === "ParseNamed") {
        checkExpected(where, c, parseCanonicalName(input));
        continue;
      }
      if (fn === "WithName") {
        checkExpected(where, c, referenceFromName(input));
        continue;
      }
    } else if (typeof c.input === "object" && c.input !== null) {
      const input = c.input as Record<string, string | null>;
      if (fn === "compose:") {
        // WithName(name), then tag and digest in the order the function name gives.
        const order = c.function.includes("[+WithDigest(digest)]") ? ["digest", "tag"] : ["tag", "digest"];
        let r: AnyResult = referenceFromName(input.name ?? "");
        for (const step of order) {
          const value = input[step];
          if (!r.ok || value == null || r.ref.kind !== "named") continue;
          r = step === "tag" ? withTag(r.ref, value) : withDigest(r.ref, value);
        }
        checkExpected(where, c, r);
        continue;
      }
      if (fn === "WithTag(ParseNormalizedNamed('busybox')," || fn === "WithDigest(ParseNormalizedNamed('busybox'),") {
        const base = parseReference(input.name ?? "", { mode: "normalized" });
        eq(where, "base valid", base.ok, true);
        if (!base.ok) continue;
        const r = input.tag != null ? withTag(base.ref, input.tag) : withDigest(base.ref, input.digest ?? "");
        checkExpected(where, c, r);
        continue;
      }
      if (fn === "FamiliarMatch(pattern,") {
        const ref = parseAnyReference(input.reference ?? "");
        eq(where, "reference valid", ref.ok, true);
        if (!ref.ok) continue;
        const m = familiarMatch(input.pattern ?? "", ref.ref);
        eq(where, "valid", m.ok, c.valid);
        if (m.ok && c.expected && "match" in c.expected) eq(where, "match", m.matched, c.expected.match);
        continue;
      }
    }
    failures.push(`${where}: function not handled by the harness`);
  }

  for (const [index, c] of file.regexp_cases.entries()) {
    endCase();
    const where = `regexp #${index} ${c.pattern.split(" ")[0]} ${JSON.stringify(c.input).slice(0, 80)}`;
    if (c.pattern.startsWith("^domainAndPort$")) {
      eq(where, "match", isDomain(c.input), c.match);
    } else if (c.pattern.startsWith("^[a-f0-9]{64}$")) {
      eq(where, "match", isImageId(c.input), c.match);
    } else if (c.pattern.startsWith("anchoredName")) {
      const m = splitName(c.input);
      eq(where, "match", m !== undefined, c.match);
      if (m && c.subs) {
        eq(where, "domain", m.domain, c.subs.domain);
        eq(where, "remainder", m.path, c.subs.remainder);
      }
    } else if (c.pattern.startsWith("reference:")) {
      const m = splitReference(c.input);
      eq(where, "match", m !== undefined, c.match);
      if (m && c.subs) {
        eq(where, "name", m.name, c.subs.name);
        eq(where, "tag", m.tag, c.subs.tag);
        eq(where, "digest", m.digest, c.subs.digest);
      }
    } else {
      failures.push(`${where}: pattern not handled by the harness`);
    }
  }

  endCase();
  return { checked: file.cases.length + file.regexp_cases.length, failedCases, assertions, failures };
}
