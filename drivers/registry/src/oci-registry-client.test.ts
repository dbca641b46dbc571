import { describe, expect, it } from "vitest";
import { MANIFEST_ACCEPT, OciRegistryClient, type OciRegistryClientOptions } from "./oci-registry-client.ts";
import { RegistryError } from "./port.ts";
import { runRegistryClientSuite } from "./registry-client.case.ts";
import { buildFixtureContent, fixtureFor } from "./testing/fixture.ts";
import { buildImage } from "./testing/oci-image.ts";
import { StandInRegistry, type StandInRegistryOptions } from "./testing/stand-in-registry.ts";

const REGISTRY = "registry.example.test";
const content = buildFixtureContent();

function seeded(options: StandInRegistryOptions = {}) {
  const standIn = new StandInRegistry(options);
  for (const [tag, manifest] of content.tags) standIn.put("shipyard/app", manifest, tag);
  standIn.put("shipyard/app", content.amd64.manifest);
  standIn.put("shipyard/app", content.arm64.manifest);
  return standIn;
}

function clientFor(standIn: StandInRegistry, options: OciRegistryClientOptions = {}) {
  return new OciRegistryClient({ fetch: standIn.fetch, tagPageSize: 7, ...options });
}

const app = { registry: REGISTRY, repository: "shipyard/app" };

async function collect(it: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function failure(p: Promise<unknown>): Promise<RegistryError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(RegistryError);
  return e as RegistryError;
}

runRegistryClientSuite("OciRegistryClient over a bearer-token stand-in (in-process fetch)", async () => {
  const standIn = seeded({ auth: "bearer" });
  return { client: clientFor(standIn), fixture: fixtureFor(content, app) };
});

describe("OciRegistryClient", () => {
  it("answers a bearer challenge: fetches a token from the realm, caches it, and reuses it", async () => {
    const standIn = seeded({ auth: "bearer" });
    const client = clientFor(standIn);
    await client.headManifest({ ...app, tag: "latest" });
    await client.headManifest({ ...app, tag: "1.0.0" });
    await client.getManifest({ ...app, tag: "multi" });
    const tokenCalls = standIn.requests.filter((r) => r.path === "/token");
    expect(tokenCalls).toHaveLength(1);
    expect(new URLSearchParams(tokenCalls[0]?.search).get("scope")).toBe("repository:shipyard/app:pull");
    expect(new URLSearchParams(tokenCalls[0]?.search).get("service")).toBe("stand-in");
    // One 401, then every request carries the token.
    expect(standIn.count((r) => r.path.startsWith("/v2/") && r.authorization === undefined)).toBe(1);
    expect(standIn.count((r) => r.path.startsWith("/v2/") && r.authorization?.startsWith("Bearer ") === true)).toBe(3);
  });

  it("asks for a new token once the cached one expires", async () => {
    let now = Date.UTC(2026, 0, 1);
    const clock = { now: () => new Date(now) };
    const standIn = seeded({ auth: "bearer", tokenExpiresIn: 60, now: () => now });
    const client = clientFor(standIn, { clock });
    await client.headManifest({ ...app, tag: "latest" });
    now += 30_000;
    await client.headManifest({ ...app, tag: "latest" });
    expect(standIn.count((r) => r.path === "/token")).toBe(1);
    now += 31_000; // past expires_in: the client renews before sending (it already knows the realm)
    await client.headManifest({ ...app, tag: "latest" });
    expect(standIn.count((r) => r.path === "/token")).toBe(2);
    expect(standIn.count((r) => r.path.startsWith("/v2/") && r.authorization === undefined)).toBe(1);
  });

  it("sends basic credentials to the token realm when configured; wrong ones are unauthenticated", async () => {
    const standIn = seeded({ auth: "bearer", users: { robot: "s3cret" } });
    const ok = clientFor(standIn, { credentials: { [REGISTRY]: { username: "robot", password: "s3cret" } } });
    expect((await ok.headManifest({ ...app, tag: "latest" }))?.digest).toBe(content.single.manifest.digest);
    const token = standIn.requests.find((r) => r.path === "/token");
    expect(token?.authorization).toBe(`Basic ${Buffer.from("robot:s3cret").toString("base64")}`);

    const bad = clientFor(standIn, { credentials: () => ({ username: "robot", password: "nope" }) });
    const e = await failure(bad.headManifest({ ...app, tag: "latest" }));
    expect(e.code).toBe("unauthenticated");
    expect(e.suggestion).toContain(REGISTRY);
  });

  it("answers a Basic challenge with credentials, and is unauthenticated without them", async () => {
    const image = buildImage({ content: "basic" });
    const fetchBasic = async (_input: string, init?: RequestInit) => {
      const auth = new Headers(init?.headers).get("authorization");
      if (auth !== `Basic ${Buffer.from("u:p").toString("base64")}`) {
        return new Response(null, { status: 401, headers: { "www-authenticate": 'Basic realm="registry"' } });
      }
      return new Response(null, {
        status: 200,
        headers: {
          "docker-content-digest": image.manifest.digest,
          "content-type": image.manifest.mediaType,
          "content-length": "10",
        },
      });
    };
    const withCreds = new OciRegistryClient({ fetch: fetchBasic, credentials: { [REGISTRY]: { username: "u", password: "p" } } });
    expect((await withCreds.headManifest({ ...app, tag: "x" }))?.digest).toBe(image.manifest.digest);
    const anonymous = new OciRegistryClient({ fetch: fetchBasic });
    expect((await failure(anonymous.headManifest({ ...app, tag: "x" }))).code).toBe("unauthenticated");
  });

  it("asks for every manifest type it understands (OCI index and manifest, Docker list and manifest)", async () => {
    const standIn = seeded();
    await clientFor(standIn).headManifest({ ...app, tag: "latest" });
    const accept = standIn.requests.find((r) => r.path.includes("/manifests/"))?.accept ?? "";
    expect(accept.split(", ").sort()).toEqual(
      [
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.oci.image.manifest.v1+json",
      ].sort(),
    );
    expect(accept).toBe(MANIFEST_ACCEPT);
  });

  it("follows Link headers page by page with n", async () => {
    const standIn = seeded();
    const tags = await collect(clientFor(standIn).listTags(app));
    expect(tags).toHaveLength(content.tags.length);
    const pages = standIn.requests.filter((r) => r.path.endsWith("/tags/list"));
    expect(pages).toHaveLength(Math.ceil(content.tags.length / 7));
    expect(pages[0]?.search).toBe("?n=7");
    expect(pages[1]?.search).toMatch(/^\?n=7&last=/);
  });

  it("paginates with last= when an older registry sends no Link header", async () => {
    const standIn = seeded({ linkHeader: false });
    const tags = await collect(clientFor(standIn).listTags(app));
    expect([...tags].sort()).toEqual(content.tags.map(([t]) => t).sort());
  });

  it("copes with a registry that hands out fewer tags than n, as long as it sends Link", async () => {
    const standIn = seeded({ maxPageSize: 3 });
    const tags = await collect(clientFor(standIn, { tagPageSize: 50 }).listTags(app));
    expect(tags).toHaveLength(content.tags.length);
  });

  it("stops after one answer from a registry that ignores n and sends every tag (distribution 2.x)", async () => {
    const tags = Array.from({ length: 30 }, (_, i) => `t${i}`);
    let calls = 0;
    const client = new OciRegistryClient({
      tagPageSize: 10,
      fetch: async () => {
        calls++;
        return new Response(JSON.stringify({ name: "shipyard/app", tags }), { headers: { "content-type": "application/json" } });
      },
    });
    expect(await collect(client.listTags(app))).toEqual(tags);
    expect(calls).toBe(1);
  });

  it("does not loop on a registry that ignores last= but sends exactly n", async () => {
    let calls = 0;
    const client = new OciRegistryClient({
      tagPageSize: 3,
      fetch: async () => {
        calls++;
        return new Response(JSON.stringify({ name: "shipyard/app", tags: ["a", "b", "c"] }));
      },
    });
    expect(await collect(client.listTags(app))).toEqual(["a", "b", "c"]);
    expect(calls).toBe(2);
  });

  it("maps 429 with Retry-After to rate_limited carrying the wait", async () => {
    const standIn = seeded();
    standIn.inject({
      status: 429,
      headers: { "retry-after": "42", "content-type": "application/json" },
      body: JSON.stringify({ errors: [{ code: "TOOMANYREQUESTS", message: "slow down" }] }),
    });
    const e = await failure(clientFor(standIn).getManifest({ ...app, tag: "latest" }));
    expect(e.code).toBe("rate_limited");
    expect(e.retryAfterMs).toBe(42_000);
    expect(e.registryCode).toBe("TOOMANYREQUESTS");
    expect(e.message).toContain("slow down");
  });

  it.each([
    [503, "unavailable"],
    [502, "unavailable"],
    [403, "forbidden"],
    [400, "invalid_input"],
  ])("maps HTTP %i to %s, for HEAD too (never 'no manifest')", async (status, code) => {
    const standIn = seeded();
    standIn.inject({ status, times: 2 });
    const client = clientFor(standIn);
    expect((await failure(client.headManifest({ ...app, tag: "latest" }))).code).toBe(code);
    expect((await failure(client.getManifest({ ...app, tag: "latest" }))).code).toBe(code);
  });

  it("a registry that cannot be reached is unavailable; a slow one is timeout", async () => {
    const refused = new OciRegistryClient({
      fetch: async () => {
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
        });
      },
    });
    const e = await failure(refused.headManifest({ ...app, tag: "latest" }));
    expect(e.code).toBe("unavailable");
    expect(e.message).toContain("ECONNREFUSED");

    const slow = new OciRegistryClient({
      timeoutMs: 20,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason))),
    });
    expect((await failure(slow.headManifest({ ...app, tag: "latest" }))).code).toBe("timeout");
  });

  it("the caller's abort passes through as an abort, not a registry error", async () => {
    const ac = new AbortController();
    const client = new OciRegistryClient({
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => {
          if (init?.signal?.aborted) reject(init.signal.reason);
          init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
        }),
    });
    const p = client.headManifest({ ...app, tag: "latest" }, { signal: ac.signal });
    ac.abort(new Error("stop"));
    await expect(p).rejects.toThrow("stop");
  });

  it("refuses a manifest whose bytes do not match its digest", async () => {
    const image = buildImage({ content: "x" });
    const client = new OciRegistryClient({
      fetch: async () =>
        new Response(new Uint8Array(image.manifest.bytes), {
          headers: { "content-type": image.manifest.mediaType, "docker-content-digest": `sha256:${"0".repeat(64)}` },
        }),
    });
    const e = await failure(client.getManifest({ ...app, tag: "latest" }));
    expect(e.message).toContain("do not match");
    const pinned = new OciRegistryClient({
      fetch: async () =>
        new Response(new Uint8Array(image.manifest.bytes), { headers: { "content-type": image.manifest.mediaType } }),
    });
    await failure(pinned.getManifest({ ...app, digest: `sha256:${"1".repeat(64)}` }));
    expect((await pinned.getManifest({ ...app, digest: image.manifest.digest })).digest).toBe(image.manifest.digest);
  });

  it("refuses a manifest whose Content-Type contradicts its mediaType", async () => {
    const image = buildImage({ content: "typed" });
    const lying = new OciRegistryClient({
      fetch: async () =>
        new Response(new Uint8Array(image.manifest.bytes), {
          headers: { "content-type": "application/vnd.docker.distribution.manifest.v2+json" },
        }),
    });
    expect((await failure(lying.getManifest({ ...app, tag: "latest" }))).message).toContain("does not match");
    const plainJson = new OciRegistryClient({
      fetch: async () => new Response(new Uint8Array(image.manifest.bytes), { headers: { "content-type": "application/json" } }),
    });
    expect((await plainJson.getManifest({ ...app, tag: "latest" })).mediaType).toBe(image.manifest.mediaType);
  });

  it("computes what a HEAD left out with a GET", async () => {
    const image = buildImage({ content: "no headers" });
    const methods: string[] = [];
    const client = new OciRegistryClient({
      fetch: async (_input, init) => {
        methods.push(init?.method ?? "GET");
        return new Response(init?.method === "HEAD" ? null : new Uint8Array(image.manifest.bytes), {
          headers: { "content-type": image.manifest.mediaType },
        });
      },
    });
    expect(await client.headManifest({ ...app, tag: "latest" })).toEqual({
      digest: image.manifest.digest,
      mediaType: image.manifest.mediaType,
      size: image.manifest.bytes.length,
    });
    expect(methods).toEqual(["HEAD", "GET"]);
  });

  it("conditional GET: 304 when the ETag still matches", async () => {
    const standIn = seeded();
    const client = clientFor(standIn);
    const first = await client.getManifest({ ...app, tag: "latest" });
    expect(first.etag).toBe(`"${content.single.manifest.digest}"`);
    expect(await client.getManifestIfNoneMatch({ ...app, tag: "latest" }, first.etag as string)).toBeUndefined();
    expect((await client.getManifestIfNoneMatch({ ...app, tag: "multi" }, first.etag as string))?.digest).toBe(
      content.index.digest,
    );
  });

  it("uses http only for loopback and listed insecure registries", () => {
    const c = new OciRegistryClient({ insecureRegistries: ["registry.lan:5000"] });
    expect(c.baseUrl("127.0.0.1:5000")).toBe("http://127.0.0.1:5000");
    expect(c.baseUrl("localhost:5000")).toBe("http://localhost:5000");
    expect(c.baseUrl("[::1]:5000")).toBe("http://[::1]:5000");
    expect(c.baseUrl("registry.lan:5000")).toBe("http://registry.lan:5000");
    expect(c.baseUrl("quay.io")).toBe("https://quay.io");
    expect(c.baseUrl("docker.io")).toBe("https://registry-1.docker.io");
    expect(c.baseUrl("127.example.com")).toBe("https://127.example.com");
  });

  it("refuses a plain-http token realm for an https registry", async () => {
    const client = new OciRegistryClient({
      fetch: async () =>
        new Response(null, { status: 401, headers: { "www-authenticate": 'Bearer realm="http://evil.test/token"' } }),
    });
    const e = await failure(client.headManifest({ registry: "quay.io", repository: "a/b", tag: "1" }));
    expect(e.code).toBe("unsupported");
  });
});
