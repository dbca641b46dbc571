import { describe, expect, it } from "vitest";
import { CachingRegistryClient, type CachingRegistryClientOptions } from "./caching-registry-client.ts";
import { OciRegistryClient } from "./oci-registry-client.ts";
import { type ImageManifest, type ManifestDescriptor, type RegistryClient, RegistryError } from "./port.ts";
import { runRegistryClientSuite } from "./registry-client.case.ts";
import { buildFixtureContent, fixtureFor } from "./testing/fixture.ts";
import { StandInRegistry } from "./testing/stand-in-registry.ts";
import { TokenBucket } from "./token-bucket.ts";

const REG = "registry.example.test";
const ref = { registry: REG, repository: "a/b", tag: "1" };
const desc: ManifestDescriptor = {
  digest: `sha256:${"a".repeat(64)}`,
  mediaType: "application/vnd.oci.image.manifest.v1+json",
  size: 10,
};

/** Fake time: `sleep` advances the clock instantly and records what was asked. */
function fakeTime(start = Date.UTC(2026, 0, 1)) {
  const t = {
    now: start,
    sleeps: [] as number[],
    clock: { now: () => new Date(t.now) },
    sleep: async (ms: number) => {
      t.sleeps.push(ms);
      t.now += ms;
    },
  };
  return t;
}

/** An inner client whose HEAD answers come from a script: a value, or an error to throw. */
function scripted(script: (ManifestDescriptor | undefined | RegistryError)[]) {
  let calls = 0;
  const inner: RegistryClient = {
    async headManifest() {
      const next = script[Math.min(calls++, script.length - 1)];
      if (next instanceof RegistryError) throw next;
      return next;
    },
    async getManifest() {
      throw new Error("not scripted");
    },
    async *listTags() {
      yield* [];
    },
  };
  return { inner, calls: () => calls };
}

function caching(inner: RegistryClient, t: ReturnType<typeof fakeTime>, options: CachingRegistryClientOptions = {}) {
  return new CachingRegistryClient(inner, { clock: t.clock, sleep: t.sleep, random: () => 0.5, rateLimit: false, ...options });
}

const rateLimited = (retryAfterMs?: number) =>
  new RegistryError("rate_limited", "slow down", { registry: REG, status: 429, retryAfterMs });
const down = () => new RegistryError("unavailable", "down", { registry: REG, status: 503 });

describe("CachingRegistryClient: cache", () => {
  it("serves a repeat from memory until the TTL (default 5 minutes) runs out", async () => {
    const t = fakeTime();
    const { inner, calls } = scripted([desc]);
    const c = caching(inner, t);
    await c.headManifest(ref);
    t.now += 4 * 60_000;
    expect(await c.headManifest(ref)).toEqual(desc);
    expect(calls()).toBe(1);
    t.now += 61_000;
    await c.headManifest(ref);
    expect(calls()).toBe(2);
    expect(c.stats).toMatchObject({ hits: 1, misses: 2 });
  });

  it("honours a configured TTL, per registry too", async () => {
    const t = fakeTime();
    const { inner, calls } = scripted([desc]);
    const c = caching(inner, t, { ttlMs: 1000, ttlByRegistry: { "docker.io": 60_000 } });
    await c.headManifest(ref);
    await c.headManifest({ ...ref, registry: "docker.io" });
    t.now += 1500;
    await c.headManifest(ref);
    await c.headManifest({ ...ref, registry: "docker.io" });
    expect(calls()).toBe(3);
  });

  it("never expires digest references: the content cannot change", async () => {
    const t = fakeTime();
    const { inner, calls } = scripted([desc]);
    const c = caching(inner, t);
    await c.headManifest({ ...ref, tag: undefined, digest: desc.digest });
    t.now += 365 * 24 * 3600_000;
    await c.headManifest({ ...ref, tag: undefined, digest: desc.digest });
    expect(calls()).toBe(1);
  });

  it("concurrent callers for the same manifest share one request", async () => {
    const t = fakeTime();
    const { inner, calls } = scripted([desc]);
    const c = caching(inner, t);
    const all = await Promise.all(Array.from({ length: 10 }, () => c.headManifest(ref)));
    expect(all.every((d) => d?.digest === desc.digest)).toBe(true);
    expect(calls()).toBe(1);
  });

  it("remembers 'no such tag' for the TTL, but never remembers an error", async () => {
    const t = fakeTime();
    const missing = scripted([undefined]);
    const c1 = caching(missing.inner, t);
    expect(await c1.headManifest(ref)).toBeUndefined();
    expect(await c1.headManifest(ref)).toBeUndefined();
    expect(missing.calls()).toBe(1);

    const failing = scripted([new RegistryError("forbidden", "no", { registry: REG, status: 403 }), desc]);
    const c2 = caching(failing.inner, t);
    await expect(c2.headManifest(ref)).rejects.toMatchObject({ code: "forbidden" });
    expect(await c2.headManifest(ref)).toEqual(desc);
  });

  it("evicts the least recently used entry beyond maxEntries", async () => {
    const t = fakeTime();
    const { inner, calls } = scripted([desc]);
    const c = caching(inner, t, { maxEntries: 2 });
    await c.headManifest({ ...ref, tag: "1" });
    await c.headManifest({ ...ref, tag: "2" });
    await c.headManifest({ ...ref, tag: "1" }); // hit: 1 is now the most recent
    await c.headManifest({ ...ref, tag: "3" }); // evicts 2
    await c.headManifest({ ...ref, tag: "1" });
    expect(calls()).toBe(3);
    await c.headManifest({ ...ref, tag: "2" });
    expect(calls()).toBe(4);
  });
});

describe("CachingRegistryClient: backoff and degraded registries", () => {
  it("waits what Retry-After asks on 429, then succeeds", async () => {
    const t = fakeTime();
    const { inner, calls } = scripted([rateLimited(2000), desc]);
    const c = caching(inner, t);
    expect(await c.headManifest(ref)).toEqual(desc);
    expect(calls()).toBe(2);
    expect(t.sleeps).toEqual([2000]);
  });

  it("backs off exponentially with jitter on 5xx", async () => {
    const t = fakeTime();
    const { inner } = scripted([down(), down(), down(), desc]);
    const c = caching(inner, t, { baseDelayMs: 100, random: () => 1 });
    expect(await c.headManifest(ref)).toEqual(desc);
    expect(t.sleeps).toEqual([100, 200, 400]);
    const t2 = fakeTime();
    const c2 = caching(scripted([down(), down(), desc]).inner, t2, { baseDelayMs: 100, random: () => 0 });
    await c2.headManifest(ref);
    expect(t2.sleeps).toEqual([50, 100]);
  });

  it("reports a registry that stays down as unavailable, never as 'no update'", async () => {
    const t = fakeTime();
    const { inner, calls } = scripted([down()]);
    const c = caching(inner, t, { maxRetries: 2 });
    const e = await c.headManifest(ref).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(RegistryError);
    expect((e as RegistryError).code).toBe("unavailable");
    expect(calls()).toBe(3);
  });

  it("does not retry what retrying cannot fix", async () => {
    const t = fakeTime();
    const { inner, calls } = scripted([new RegistryError("unauthenticated", "who?", { registry: REG, status: 401 })]);
    await expect(caching(inner, t).headManifest(ref)).rejects.toMatchObject({ code: "unauthenticated" });
    expect(calls()).toBe(1);
  });

  it("a Retry-After longer than maxDelay fails at once and holds further requests until then", async () => {
    const t = fakeTime();
    const { inner, calls } = scripted([rateLimited(6 * 3600_000), desc]);
    const c = caching(inner, t);
    await expect(c.headManifest(ref)).rejects.toMatchObject({ code: "rate_limited", retryAfterMs: 6 * 3600_000 });
    expect(t.sleeps).toEqual([]);
    t.now += 3600_000;
    const held = (await c.headManifest({ ...ref, tag: "other" }).catch((err: unknown) => err)) as RegistryError;
    expect(held.code).toBe("rate_limited");
    expect(held.retryAfterMs).toBe(5 * 3600_000);
    expect(calls()).toBe(1);
    expect(c.stats.refused).toBe(1);
    // Other registries are not held.
    await c.headManifest({ ...ref, registry: "quay.io" });
    expect(calls()).toBe(2);
    t.now += 5 * 3600_000;
    expect(await c.headManifest(ref)).toEqual(desc);
  });

  it("rate-limits per registry with a token bucket", async () => {
    const t = fakeTime();
    const { inner, calls } = scripted([desc]);
    const c = caching(inner, t, { rateLimit: { capacity: 2, refillPerSecond: 4 } });
    for (let i = 0; i < 5; i++) await c.headManifest({ ...ref, tag: String(i) });
    expect(calls()).toBe(5);
    // Two at once, then one every 250 ms.
    expect(t.sleeps).toEqual([250, 250, 250]);
    await c.headManifest({ ...ref, registry: "quay.io", tag: "x" });
    expect(t.sleeps).toHaveLength(3);
  });
});

describe("TokenBucket", () => {
  it("refills over time up to its capacity", () => {
    let now = 0;
    const b = new TokenBucket({ capacity: 3, refillPerSecond: 1 }, () => now);
    expect([b.reserve(), b.reserve(), b.reserve(), b.reserve()]).toEqual([0, 0, 0, 1000]);
    now = 10_000;
    expect([b.reserve(), b.reserve(), b.reserve(), b.reserve()]).toEqual([0, 0, 0, 1000]);
  });
});

describe("CachingRegistryClient over OciRegistryClient (stand-in)", () => {
  const content = buildFixtureContent(5);
  function setup() {
    const standIn = new StandInRegistry();
    for (const [tag, manifest] of content.tags) standIn.put("shipyard/app", manifest, tag);
    const t = fakeTime();
    const inner = new OciRegistryClient({ fetch: standIn.fetch, clock: t.clock });
    return { standIn, t, inner, c: caching(inner, t) };
  }
  const app = { registry: REG, repository: "shipyard/app" };

  it("revalidates a stale manifest with If-None-Match: 304, no body", async () => {
    const { standIn, t, c } = setup();
    const first = await c.getManifest({ ...app, tag: "latest" });
    t.now += 6 * 60_000;
    const again = await c.getManifest({ ...app, tag: "latest" });
    expect(again).toEqual(first);
    const gets = standIn.requests.filter((r) => r.method === "GET");
    expect(gets).toHaveLength(2);
    expect(gets[1]?.ifNoneMatch).toBe(`"${content.single.manifest.digest}"`);
    expect(c.stats.revalidated).toBe(1);
  });

  it("revalidates with a HEAD when the inner client has no conditional GET", async () => {
    const { standIn, t, inner } = setup();
    const plain: RegistryClient = {
      headManifest: (r, o) => inner.headManifest(r, o),
      getManifest: (r, o) => inner.getManifest(r, o),
      listTags: (r, o) => inner.listTags(r, o),
    };
    const c = caching(plain, t);
    await c.getManifest({ ...app, tag: "latest" });
    t.now += 6 * 60_000;
    await c.getManifest({ ...app, tag: "latest" });
    expect(standIn.requests.map((r) => r.method)).toEqual(["GET", "HEAD"]);
    // The tag moves: the HEAD shows it and a GET fetches the new manifest.
    standIn.put("shipyard/app", content.index, "latest");
    t.now += 6 * 60_000;
    const moved: ImageManifest = await c.getManifest({ ...app, tag: "latest" });
    expect(moved.digest).toBe(content.index.digest);
    expect(standIn.requests.map((r) => r.method)).toEqual(["GET", "HEAD", "HEAD", "GET"]);
  });

  it("a GET also answers later HEADs from the cache", async () => {
    const { standIn, c } = setup();
    await c.getManifest({ ...app, tag: "latest" });
    expect((await c.headManifest({ ...app, tag: "latest" }))?.digest).toBe(content.single.manifest.digest);
    expect(standIn.requests).toHaveLength(1);
  });

  it("caches the whole tag list; a 429 mid-listing is retried from the start", async () => {
    const { standIn, t } = setup();
    const inner = new OciRegistryClient({ fetch: standIn.fetch, clock: t.clock, tagPageSize: 3 });
    const cc = caching(inner, t);
    standIn.inject({ status: 429, headers: { "retry-after": "1" }, path: /tags\/list/ });
    const list = async () => {
      const out: string[] = [];
      for await (const tag of cc.listTags(app)) out.push(tag);
      return out;
    };
    const tags = await list();
    expect(tags.sort()).toEqual(content.tags.map(([tag]) => tag).sort());
    expect(t.sleeps).toEqual([1000]);
    const before = standIn.requests.length;
    expect((await list()).sort()).toEqual(tags);
    expect(standIn.requests.length).toBe(before);
  });

  it("a 429 with Retry-After from a real HTTP answer is waited out end to end", async () => {
    const { standIn, t, c } = setup();
    standIn.inject({ status: 429, headers: { "retry-after": "3" }, times: 1 });
    expect((await c.headManifest({ ...app, tag: "latest" }))?.digest).toBe(content.single.manifest.digest);
    expect(t.sleeps).toEqual([3000]);
  });
});

runRegistryClientSuite("CachingRegistryClient over OciRegistryClient (stand-in)", async () => {
  const content = buildFixtureContent();
  const standIn = new StandInRegistry({ auth: "bearer" });
  for (const [tag, manifest] of content.tags) standIn.put("shipyard/app", manifest, tag);
  standIn.put("shipyard/app", content.amd64.manifest);
  standIn.put("shipyard/app", content.arm64.manifest);
  const client = new CachingRegistryClient(new OciRegistryClient({ fetch: standIn.fetch, tagPageSize: 9 }));
  return { client, fixture: fixtureFor(content, { registry: REG, repository: "shipyard/app" }) };
});
