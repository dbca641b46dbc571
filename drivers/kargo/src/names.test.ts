import { describe, expect, it } from "vitest";
import { toKargoDuration } from "./duration.ts";
import { dnsLabel, isDnsLabel, NameRegistry, shortHash, slug } from "./names.ts";
import { builtImageSubscription, defaultIncludePaths } from "./plan.ts";

describe("dnsLabel", () => {
  it("keeps a valid label as it is, up to 63 characters", () => {
    expect(dnsLabel("rebuild-trigger-api")).toBe("rebuild-trigger-api");
    expect(dnsLabel("a".repeat(63))).toBe("a".repeat(63));
  });

  it("cuts longer or invalid names and adds a hash of the whole input", () => {
    const a = dnsLabel(`${"a".repeat(60)}-one`);
    const b = dnsLabel(`${"a".repeat(60)}-two`);
    expect(a).toHaveLength(63);
    expect(isDnsLabel(a) && isDnsLabel(b)).toBe(true);
    expect(a).not.toBe(b);
    expect(a).toBe(`${"a".repeat(54)}-${shortHash(`${"a".repeat(60)}-one`)}`);
    expect(dnsLabel("My_App")).toBe(`my-app-${shortHash("My_App")}`);
    expect(dnsLabel("---")).toBe(shortHash("---"));
    expect(isDnsLabel(dnsLabel(`${"a".repeat(54)}----------x`))).toBe(true); // no '-' left before the hash
  });

  it("slugs readable text", () => {
    expect(slug("python-3.12")).toBe("python-3-12");
    expect(slug("node-22_bookworm:slim")).toBe("node-22-bookworm-slim");
    expect(slug(".x.")).toBe("x");
  });
});

describe("NameRegistry", () => {
  it("gives each key its wanted name, and hashes only the names two keys would share", () => {
    const r = new NameRegistry("Warehouse");
    r.request("managed:api", "api");
    r.request("source:api", "api-source");
    r.request("watch:ghcr.io/x/api-source:1", "api-source");
    r.request("watch:docker.io/library/python:3.12", "python-3.12");
    expect(r.name("managed:api")).toBe("api");
    expect(r.name("watch:docker.io/library/python:3.12")).toBe("python-3-12");
    const a = r.name("source:api");
    const b = r.name("watch:ghcr.io/x/api-source:1");
    expect(a).toBe(`api-source-${shortHash("source:api")}`);
    expect(b).toBe(`api-source-${shortHash("watch:ghcr.io/x/api-source:1")}`);
    expect(() => r.request("late", "late")).toThrow(/after names were read/);
    expect(() => r.name("unknown")).toThrow(/no name requested/);
  });

  it("does not depend on the order of requests", () => {
    const requests: Array<[string, string]> = [
      ["k1", "same"],
      ["k2", "same"],
      ["k3", "other"],
    ];
    const names = (order: Array<[string, string]>) => {
      const r = new NameRegistry("Stage");
      for (const [k, w] of order) r.request(k, w);
      return ["k1", "k2", "k3"].map((k) => r.name(k));
    };
    expect(names([...requests].reverse())).toEqual(names(requests));
  });
});

describe("intervals, strategies and include paths", () => {
  it("writes durations as Kargo accepts them", () => {
    expect(toKargoDuration("30s")).toBe("30s");
    expect(toKargoDuration("5m")).toBe("5m");
    expect(toKargoDuration("12h")).toBe("12h");
    expect(toKargoDuration("7d")).toBe("168h");
    expect(() => toKargoDuration("1w")).toThrow(/not a number followed by/);
  });

  it("follows a mutable tag by digest, else the newest semver", () => {
    expect(builtImageSubscription("ghcr.io/a/b", ["latest", "1.0.0"])).toEqual({
      repoURL: "ghcr.io/a/b",
      imageSelectionStrategy: "Digest",
      constraint: "latest",
    });
    expect(builtImageSubscription("ghcr.io/a/b", ["1.0.0", "v2.1.3-rc.1"])).toEqual({
      repoURL: "ghcr.io/a/b",
      imageSelectionStrategy: "SemVer",
    });
    expect(builtImageSubscription("ghcr.io/a/b", ["1.2"])).toMatchObject({ imageSelectionStrategy: "Digest", constraint: "1.2" });
  });

  it("includes the image's paths, else its context and the Dockerfile's folder", () => {
    expect(defaultIncludePaths({ includePaths: ["b", "a", "b"] })).toEqual(["a", "b"]);
    expect(defaultIncludePaths({ dockerfile: "apps/api/Dockerfile", context: "." })).toEqual(["apps/api"]);
    expect(defaultIncludePaths({ dockerfile: "apps/api/docker/Dockerfile", context: "apps/api" })).toEqual(["apps/api"]);
    expect(defaultIncludePaths({ dockerfile: "docker/api.Dockerfile", context: "./apps/api/" })).toEqual(["apps/api", "docker"]);
    expect(defaultIncludePaths({ dockerfile: "Dockerfile", context: "apps/api" })).toEqual(["Dockerfile", "apps/api"]);
    expect(defaultIncludePaths({ dockerfile: "Dockerfile", context: "." })).toBeUndefined();
    expect(defaultIncludePaths({})).toBeUndefined();
  });
});
