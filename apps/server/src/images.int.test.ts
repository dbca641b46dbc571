// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfiles use ${VAR} syntax
import { type ApiClient, createClient, type ImageEnrollment } from "@shipyard/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Backend, backends, failure, startTestServer, type TestServer, tokenFor } from "./testing/harness.ts";

const managed = (name: string, image: string, tag = "latest"): ImageEnrollment => ({
  name,
  kind: "managed",
  image,
  tags: [tag],
  source: { provider: "local", repo: `/src/${name}`, branch: "main", dockerfile: "Dockerfile", context: "." },
  build: { provider: "local", buildArgs: {} },
  rebuild: { auto: true, delay: "1h", window: "30m", priority: 50 },
});

describe.each(backends())("image catalog on %s", (backend: Backend) => {
  let t: TestServer;
  let api: ApiClient;
  beforeAll(async () => {
    t = await startTestServer(backend);
    api = t.admin;
  });
  afterAll(async () => {
    await t?.close();
  });

  it("enrols a managed image idempotently and analyses its Dockerfile into base images", async () => {
    const first = await api("enrollImage", { body: managed("web", "ghcr.io/acme/web") });
    expect(first.action).toBe("created");
    expect(first.image.kind).toBe("managed");
    expect((await api("enrollImage", { body: managed("web", "ghcr.io/acme/web") })).action).toBe("unchanged");

    const r = await api("analyzeImage", {
      params: { name: "web" },
      body: {
        dockerfile:
          "ARG V=22\nFROM node:${V}-bookworm-slim AS build\nRUN npm ci\nFROM gcr.io/distroless/nodejs22\nCOPY --from=build /app /app\n",
      },
    });
    expect(r.baseImages).toEqual(["docker.io/library/node:22-bookworm-slim", "gcr.io/distroless/nodejs22:latest"]);
    expect(r.addedBaseImages).toEqual(["node-22-bookworm-slim", "gcr.io-distroless-nodejs22-latest"]);
    const base = await api("getImage", { params: { name: "node-22-bookworm-slim" } });
    expect(base).toMatchObject({
      kind: "base",
      image: "docker.io/library/node",
      tags: ["22-bookworm-slim"],
      pollInterval: "24h",
    });
    const graph = await api("imageGraph");
    expect(graph.edges).toEqual(expect.arrayContaining([{ from: "web", to: "node-22-bookworm-slim" }]));
    expect(graph.mermaid).toMatch(/^graph (TD|LR)/);
  });

  it("reports Dockerfile errors with lines, and rejects what would close a cycle without changing anything", async () => {
    const bad = await api("analyzeImage", { params: { name: "web" }, body: { dockerfile: "FROM ${NOPE}\n" } });
    expect(bad.errors[0]).toMatchObject({ line: 1 });
    await api("enrollImage", { body: managed("py-base", "ghcr.io/acme/py-base", "3.12") });
    await api("enrollImage", { body: managed("svc-a", "ghcr.io/acme/svc-a") });
    await api("analyzeImage", { params: { name: "svc-a" }, body: { dockerfile: "FROM ghcr.io/acme/py-base:3.12\n" } });
    const before = await api("getImage", { params: { name: "py-base" } });
    const cycle = await failure(
      api("analyzeImage", { params: { name: "py-base" }, body: { dockerfile: "FROM ghcr.io/acme/svc-a\n" } }),
    );
    expect(cycle.status).toBe(400);
    expect(cycle.problem.message).toMatch(/cycle: .*→/);
    expect(await api("getImage", { params: { name: "py-base" } })).toEqual(before);
  });

  it("predicts a diamond cascade in dependency order, rebuilding the bottom once after both parents", async () => {
    await api("enrollImage", { body: managed("svc-b", "ghcr.io/acme/svc-b") });
    await api("analyzeImage", { params: { name: "svc-b" }, body: { dockerfile: "FROM ghcr.io/acme/py-base:3.12\n" } });
    await api("enrollImage", { body: managed("bundle", "ghcr.io/acme/bundle") });
    await api("analyzeImage", {
      params: { name: "bundle" },
      body: { dockerfile: "FROM ghcr.io/acme/svc-a AS a\nFROM ghcr.io/acme/svc-b\nCOPY --from=a /x /x\n" },
    });
    const c = await api("imageCascade", { query: { changed: "py-base" } });
    expect(c.rebuilds.map((s) => s.name)).toEqual(["svc-a", "svc-b", "bundle"]);
    expect(c.rebuilds[2]?.after.sort()).toEqual(["svc-a", "svc-b"]);
    const unknown = await failure(api("imageCascade", { query: { changed: "nope" } }));
    expect(unknown.status).toBe(404);
  });

  it("archives instead of deleting, refuses while others build FROM it, and restores on re-enrolment", async () => {
    const inUse = await failure(api("removeImage", { params: { name: "py-base" } }));
    expect(inUse.status).toBe(409);
    expect(inUse.problem.message).toMatch(/svc-a, svc-b/);
    const archived = await api("removeImage", { params: { name: "bundle" } });
    expect(archived.archivedAt).not.toBeNull();
    expect((await api("listImages", { query: { limit: 200 } })).items.map((i) => i.name)).not.toContain("bundle");
    expect((await api("listImages", { query: { archived: "true" } })).items.map((i) => i.name)).toContain("bundle");
    const other = await failure(api("enrollImage", { body: managed("bundle", "ghcr.io/acme/other") }));
    expect(other.status).toBe(409);
    expect(other.problem.suggestion).toMatch(/same repository/);
    const restored = await api("enrollImage", { body: managed("bundle", "ghcr.io/acme/bundle") });
    expect(restored.action).toBe("restored");
    expect(restored.image.id).toBe(archived.id);
    expect(restored.image.baseImages).toEqual(archived.baseImages);
  });

  it("moves an image between external and managed, keeping its identity", async () => {
    const ext = await api("enrollImage", {
      body: { name: "pg", kind: "external", image: "postgres", tags: ["16"] } as ImageEnrollment,
    });
    expect(ext.image.image).toBe("docker.io/library/postgres");
    const m = await api("enrollImage", { body: managed("pg", "postgres", "16") });
    expect(m.action).toBe("updated");
    expect(m.note).toMatch(/external → managed keeps/);
    expect(m.image.id).toBe(ext.image.id);
  });

  it("rejects bad enrolments with the field and a fix", async () => {
    const tagged = await failure(api("enrollImage", { body: managed("x", "ghcr.io/acme/x:1.0") }));
    expect(tagged.status).toBe(400);
    expect(tagged.problem.suggestion).toMatch(/tags/);
    const noSource = await failure(
      api("enrollImage", { body: { name: "y", kind: "managed", image: "ghcr.io/acme/y" } as ImageEnrollment }),
    );
    expect(noSource.problem.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(["source", "build"]));
    const badName = await failure(api("enrollImage", { body: managed("Bad Name", "ghcr.io/acme/z") }));
    expect(badName.problem.issues?.[0]?.path).toBe("name");
    const badDelay = await failure(
      api("enrollImage", { body: { ...managed("w", "ghcr.io/acme/w"), rebuild: { delay: "soon" } } as never }),
    );
    expect(badDelay.problem.message).toMatch(/duration/);
    const dup = await failure(api("enrollImage", { body: managed("web-copy", "ghcr.io/acme/web") }));
    expect(dup.status).toBe(409);
  });

  it("round-trips the catalog through images.yaml export and import without loss", async () => {
    const exported = await api("exportCatalog");
    expect(exported.images.map((i) => i.name)).toEqual([...exported.images.map((i) => i.name)].sort());
    expect(exported.images.some((i) => (i.kind as string) === "base")).toBe(false);
    const again = await api("importCatalog", { body: exported });
    expect(again.results.every((r) => r.action === "unchanged")).toBe(true);
    expect(await api("exportCatalog")).toEqual(exported);
    const dupFile = await failure(
      api("importCatalog", { body: { ...exported, images: [...exported.images, exported.images[0] as ImageEnrollment] } }),
    );
    expect(dupFile.status).toBe(400);
    expect(dupFile.problem.message).toMatch(/appears twice/);
  });

  it("keeps clients out of the internal catalog: they see only images shared with them", async () => {
    const org = await api("createOrganization", { body: { slug: `img-${backend}`, name: "Img" } });
    await api("createUser", {
      body: { email: `c@img-${backend}.test`, name: "C", role: "client", organizationId: org.id, password: "client-password-1" },
    });
    const client = createClient({ baseUrl: t.url, token: await tokenFor(t.url, `c@img-${backend}.test`, "client-password-1") });
    expect((await api("listImages")).total).toBeGreaterThan(0);
    expect(await client("listImages")).toEqual({ items: [], nextCursor: null, total: 0 });
    expect((await failure(client("getImage", { params: { name: "web" } }))).status).toBe(404);
    expect((await failure(client("imageGraph"))).status).toBe(403);
    expect((await failure(client("exportCatalog"))).status).toBe(403);
    expect((await failure(client("enrollImage", { body: managed("mine", "ghcr.io/c/mine") }))).status).toBe(403);
  });
});
