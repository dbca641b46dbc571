import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { compareSemver, parseSemverTag, RegistryError, registryErrorFromStatus, semverTags } from "./registry-port.ts";

const NODE_TAGS = [
  "latest",
  "lts",
  "22",
  "22.11",
  "22.11.0",
  "22.12.0",
  "22-bookworm-slim",
  "22.12.0-alpine",
  "23.0.0-rc.1",
  "23.0.0",
  "20.18.1",
  "v18.20.5",
  "1.2.3.4",
  "sha-1a2b3c",
  "0.9.1",
  "0.10.0",
];

describe("semverTags", () => {
  it("keeps semantic versions only, highest first, full versions before floating ones", () => {
    expect(semverTags(NODE_TAGS)).toEqual([
      "23.0.0",
      "22.12.0",
      "22.11.0",
      "22.11",
      "22",
      "20.18.1",
      "v18.20.5",
      "0.10.0",
      "0.9.1",
    ]);
  });

  it("leaves pre-releases and suffixed variants out unless asked", () => {
    expect(semverTags(NODE_TAGS, { range: ">=22.12" })).toEqual(["23.0.0", "22.12.0"]);
    expect(semverTags(NODE_TAGS, { range: ">=22.12", includePrerelease: true })).toEqual([
      "23.0.0",
      "23.0.0-rc.1",
      "22.12.0",
      "22.12.0-alpine",
    ]);
  });

  it.each([
    ["^22", ["22.12.0", "22.11.0", "22.11", "22"]],
    ["~22.11", ["22.11.0", "22.11"]],
    ["~22.11.0", ["22.11.0", "22.11"]],
    ["22.x", ["22.12.0", "22.11.0", "22.11", "22"]],
    ["22.11.*", ["22.11.0", "22.11"]],
    ["22", ["22.12.0", "22.11.0", "22.11", "22"]],
    ["=22.12.0", ["22.12.0"]],
    [">=20 <22", ["20.18.1"]],
    [">20.18.1 <=22.11", ["22.11.0", "22.11", "22"]],
    ["<1", ["0.10.0", "0.9.1"]],
    ["^0.9", ["0.9.1"]],
    ["^0.10.0", ["0.10.0"]],
    ["18 - 20", ["20.18.1", "v18.20.5"]],
    ["^18 || ^23", ["23.0.0", "v18.20.5"]],
    ["*", ["23.0.0", "22.12.0", "22.11.0", "22.11", "22", "20.18.1", "v18.20.5", "0.10.0", "0.9.1"]],
  ])("range %s", (range, expected) => {
    expect(semverTags(NODE_TAGS, { range })).toEqual(expected);
  });

  it("a range naming a pre-release matches pre-releases of that version (node-semver rule)", () => {
    expect(semverTags(["23.0.0-rc.1", "23.0.0-rc.2", "23.1.0-rc.1", "23.0.0"], { range: ">=23.0.0-rc.2" })).toEqual([
      "23.0.0",
      "23.0.0-rc.2",
    ]);
  });

  it("^1 with pre-releases does not let 2.0.0-rc in", () => {
    expect(semverTags(["1.9.0", "2.0.0-rc.1", "2.0.0"], { range: "^1", includePrerelease: true })).toEqual(["1.9.0"]);
  });

  it("rejects a range that is not one, as invalid input with a suggestion", () => {
    try {
      semverTags(["1.0.0"], { range: ">= banana" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe("invalid_input");
      expect((e as DomainError).suggestion).toMatch(/\^1\.2/);
    }
  });
});

describe("compareSemver", () => {
  it("orders pre-releases per SemVer 2.0.0 §11", () => {
    const order = [
      "1.0.0-alpha",
      "1.0.0-alpha.1",
      "1.0.0-alpha.beta",
      "1.0.0-beta",
      "1.0.0-beta.2",
      "1.0.0-beta.11",
      "1.0.0-rc.1",
      "1.0.0",
    ];
    const parsed = order.map((t) => parseSemverTag(t));
    for (let i = 1; i < parsed.length; i++) {
      expect(compareSemver(parsed[i - 1] as never, parsed[i] as never), `${order[i - 1]} < ${order[i]}`).toBeLessThan(0);
    }
  });
});

describe("RegistryError", () => {
  it.each([
    [404, "MANIFEST_UNKNOWN", "not_found"],
    [401, "UNAUTHORIZED", "unauthenticated"],
    [403, "DENIED", "forbidden"],
    [429, "TOOMANYREQUESTS", "rate_limited"],
    [503, undefined, "unavailable"],
    [500, undefined, "unavailable"],
    [400, "NAME_INVALID", "invalid_input"],
    [405, "UNSUPPORTED", "unsupported"],
  ])("HTTP %i %s is %s", (status, registryCode, code) => {
    const e = registryErrorFromStatus(status, { registry: "ghcr.io", what: "manifest ghcr.io/a/b:1", registryCode });
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe(code);
    expect(e.status).toBe(status);
    expect(e.message).toContain("ghcr.io");
  });

  it("rate limiting carries Retry-After and says how long to wait", () => {
    const e = registryErrorFromStatus(429, { registry: "docker.io", what: "manifest", retryAfterMs: 90_000 });
    expect(e.retryAfterMs).toBe(90_000);
    expect(e.retryable).toBe(true);
    expect(e.suggestion).toContain("90 s");
    expect(new RegistryError("not_found", "x", { registry: "r" }).retryable).toBe(false);
  });
});
