import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CachingRegistryClient } from "./caching-registry-client.ts";
import { OciRegistryClient } from "./oci-registry-client.ts";
import { RegistryError } from "./port.ts";
import type { FetchLike } from "./registry-auth.ts";
import { runRegistryClientSuite } from "./registry-client.case.ts";
import { buildFixtureContent, type FixtureContent, fixtureFor } from "./testing/fixture.ts";
import { type LocalRegistry, startLocalRegistry } from "./testing/local-registry.ts";
import { buildImage } from "./testing/oci-image.ts";
import { type PushTarget, pushBlob, pushImage, pushManifest } from "./testing/oci-push.ts";
import { startTokenService, type TokenService } from "./testing/token-service.ts";

// Against a REAL registry: Debian's docker-registry (Docker's distribution v2), started per file on a
// private port with its own config, stopped by PID at the end. Images are built in memory and
// pushed through the OCI API (no docker daemon).

async function seedFixture(target: Omit<PushTarget, "repository">, content: FixtureContent): Promise<void> {
  const app = { ...target, repository: "shipyard/app" };
  for (const img of [content.single, content.amd64, content.arm64]) {
    await pushBlob(app, img.layer);
    await pushBlob(app, img.config);
  }
  await pushManifest(app, content.amd64.manifest.digest, content.amd64.manifest);
  await pushManifest(app, content.arm64.manifest.digest, content.arm64.manifest);
  for (const [tag, manifest] of content.tags) await pushManifest(app, tag, manifest);
}

function countingFetch() {
  const log: { method: string; url: string; status: number; link: string | null }[] = [];
  const f: FetchLike = async (input, init) => {
    const res = await fetch(input, init);
    log.push({ method: init?.method ?? "GET", url: input, status: res.status, link: res.headers.get("link") });
    return res;
  };
  return { fetch: f, log };
}

const content = buildFixtureContent();
let registry: LocalRegistry;
let ready: Promise<LocalRegistry> | undefined;
const started = () => {
  ready ??= (async () => {
    registry = await startLocalRegistry();
    await seedFixture({ baseUrl: registry.url }, content);
    return registry;
  })();
  return ready;
};

afterAll(async () => {
  await registry?.dispose();
});

runRegistryClientSuite("OciRegistryClient against docker-registry (distribution v2)", async () => {
  const r = await started();
  return {
    client: new OciRegistryClient({ tagPageSize: 10 }),
    fixture: fixtureFor(content, { registry: r.host, repository: "shipyard/app" }),
  };
});

runRegistryClientSuite("CachingRegistryClient over OciRegistryClient against docker-registry", async () => {
  const r = await started();
  return {
    client: new CachingRegistryClient(new OciRegistryClient({ tagPageSize: 10 })),
    fixture: fixtureFor(content, { registry: r.host, repository: "shipyard/app" }),
  };
});

describe("OciRegistryClient against docker-registry", () => {
  beforeAll(started);

  it("HEAD gives the sha256 of the exact manifest bytes pushed", async () => {
    const image = buildImage({ content: `digest check ${Date.now()}` });
    await pushImage({ baseUrl: registry.url, repository: "shipyard/digest" }, image, ["v1"]);
    const head = await new OciRegistryClient().headManifest({
      registry: registry.host,
      repository: "shipyard/digest",
      tag: "v1",
    });
    expect(head?.digest).toBe(`sha256:${createHash("sha256").update(image.manifest.bytes).digest("hex")}`);
    expect(head?.size).toBe(image.manifest.bytes.length);
    expect(head?.mediaType).toBe("application/vnd.oci.image.manifest.v1+json");
  });

  it("lists 120 tags asked for with n=50, each once", async () => {
    const image = buildImage({ content: "many tags" });
    const target = { baseUrl: registry.url, repository: "shipyard/many" };
    await pushImage(target, image, []);
    const tags = Array.from({ length: 120 }, (_, i) => `t${String(i).padStart(3, "0")}`);
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (let i = w; i < tags.length; i += 8) await pushManifest(target, tags[i] as string, image.manifest);
      }),
    );
    const counting = countingFetch();
    const client = new OciRegistryClient({ fetch: counting.fetch, tagPageSize: 50 });
    const listed: string[] = [];
    for await (const t of client.listTags({ registry: registry.host, repository: "shipyard/many" })) listed.push(t);
    expect([...listed].sort()).toEqual(tags);
    const pages = counting.log.filter((l) => l.url.includes("/tags/list"));
    expect(new URL(pages[0]?.url ?? "").searchParams.get("n")).toBe("50");
    if (pages[0]?.link) {
      // A registry that paginates (distribution 3, the spec): 50 + 50 + 20 following Link.
      expect(pages).toHaveLength(3);
    } else {
      // Debian's distribution 2.8.2 ignores n and last: every tag, unsorted, in one answer. The
      // client must not take "more than n" as "ask again" (asking again with last= would return the
      // same list). Link/last pagination itself is covered against the stand-in in the unit tests.
      expect(pages).toHaveLength(1);
    }
  });

  it("reads the platforms of a pushed multi-arch index", async () => {
    const m = await new OciRegistryClient().getManifest({ registry: registry.host, repository: "shipyard/app", tag: "multi" });
    expect(m.mediaType).toBe("application/vnd.oci.image.index.v1+json");
    expect(m.platforms).toEqual([
      { os: "linux", architecture: "amd64", digest: content.amd64.manifest.digest },
      { os: "linux", architecture: "arm64", variant: "v8", digest: content.arm64.manifest.digest },
    ]);
  });

  it("a missing tag is not_found (GET) and undefined (HEAD)", async () => {
    const client = new OciRegistryClient();
    const ref = { registry: registry.host, repository: "shipyard/app", tag: "nope" };
    expect(await client.headManifest(ref)).toBeUndefined();
    await expect(client.getManifest(ref)).rejects.toMatchObject({ code: "not_found", registryCode: "MANIFEST_UNKNOWN" });
  });

  it("revalidates a stale cached manifest with the registry's ETag (304)", async () => {
    let now = Date.now();
    const clock = { now: () => new Date(now) };
    const counting = countingFetch();
    const client = new CachingRegistryClient(new OciRegistryClient({ fetch: counting.fetch }), { clock, ttlMs: 1000 });
    const ref = { registry: registry.host, repository: "shipyard/app", tag: "latest" };
    const first = await client.getManifest(ref);
    now += 2000;
    expect((await client.getManifest(ref)).digest).toBe(first.digest);
    expect(counting.log.map((l) => l.status)).toEqual([200, 304]);
    expect(client.stats.revalidated).toBe(1);
  });
});

describe("a registry that stops", () => {
  let own: LocalRegistry;
  const image = buildImage({ content: "going away" });
  beforeAll(async () => {
    own = await startLocalRegistry();
    await pushImage({ baseUrl: own.url, repository: "shipyard/gone" }, image, ["1"]);
  });
  afterAll(() => own?.dispose());

  it("is unavailable once stopped, also through the cache after the TTL: never 'no update'", async () => {
    let now = Date.now();
    const clock = { now: () => new Date(now) };
    const ref = { registry: own.host, repository: "shipyard/gone", tag: "1" };
    const plain = new OciRegistryClient({ timeoutMs: 2000 });
    const cached = new CachingRegistryClient(plain, { clock, ttlMs: 60_000, maxRetries: 2, baseDelayMs: 10 });
    expect((await cached.headManifest(ref))?.digest).toBe(image.manifest.digest);

    await own.stop();
    const direct = (await plain.headManifest(ref).catch((e: unknown) => e)) as RegistryError;
    expect(direct).toBeInstanceOf(RegistryError);
    expect(direct.code).toBe("unavailable");

    // Within the TTL the cached answer stands; after it, the outage shows.
    expect((await cached.headManifest(ref))?.digest).toBe(image.manifest.digest);
    now += 61_000;
    const degraded = (await cached.headManifest(ref).catch((e: unknown) => e)) as RegistryError;
    expect(degraded.code).toBe("unavailable");
    expect(cached.stats.retries).toBe(2);
  });
});

describe("docker-registry with token authentication", () => {
  let dir: string;
  let tokens: TokenService;
  let secured: LocalRegistry;
  const image = buildImage({ content: "behind a token" });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "shipyard-token-"));
    tokens = await startTokenService({ dir, users: { robot: "s3cret" } });
    secured = await startLocalRegistry({ token: tokens });
    const pushToken = tokens.issue("repository:shipyard/private:pull,push");
    await pushImage(
      { baseUrl: secured.url, repository: "shipyard/private", headers: { authorization: `Bearer ${pushToken}` } },
      image,
      ["1.0.0"],
    );
    tokens.requests.length = 0;
  });
  afterAll(async () => {
    await secured?.dispose();
    await tokens?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers the Bearer challenge with credentials at the realm and reuses the token", async () => {
    const counting = countingFetch();
    const client = new OciRegistryClient({
      fetch: counting.fetch,
      credentials: { [secured.host]: { username: "robot", password: "s3cret" } },
    });
    const ref = { registry: secured.host, repository: "shipyard/private", tag: "1.0.0" };
    expect((await client.headManifest(ref))?.digest).toBe(image.manifest.digest);
    expect((await client.getManifest(ref)).digest).toBe(image.manifest.digest);
    const tags: string[] = [];
    for await (const t of client.listTags(ref)) tags.push(t);
    expect(tags).toEqual(["1.0.0"]);
    expect(tokens.requests).toEqual([{ scope: "repository:shipyard/private:pull", user: "robot" }]);
    expect(counting.log.filter((l) => l.status === 401)).toHaveLength(1);
  });

  it("without credentials the token service refuses: unauthenticated", async () => {
    const client = new OciRegistryClient();
    await expect(
      client.headManifest({ registry: secured.host, repository: "shipyard/private", tag: "1.0.0" }),
    ).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });
});
