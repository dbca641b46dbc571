import { type ApiClient, createClient, type ImageEnrollment } from "@shipyard/contract";
import { type LocalRegistry, startLocalRegistry } from "@shipyard/driver-registry/testing/local-registry.ts";
import { buildImage } from "@shipyard/driver-registry/testing/oci-image.ts";
import { pushImage } from "@shipyard/driver-registry/testing/oci-push.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Backend, backends, failure, startTestServer, type TestServer, tokenFor } from "./testing/harness.ts";

describe.each(backends())("registry watch and rebuild policy on %s", (backend: Backend) => {
  let t: TestServer;
  let api: ApiClient;
  let registry: LocalRegistry;
  let operator: ApiClient;

  const managed = (name: string, delay: string, window: string): ImageEnrollment => ({
    name,
    kind: "managed",
    image: `${registry.host}/acme/${name}`,
    tags: ["latest"],
    source: { provider: "local", repo: `/src/${name}`, branch: "main", dockerfile: "Dockerfile", context: "." },
    // no GitLab is configured on this test server, whatever the machine has: builds end with that said
    build: { provider: "gitlab", ref: "main", variables: {} },
    rebuild: { auto: true, delay, window, priority: 50 },
  });

  const watch = async () => {
    const job = await api("watchImages", { body: { all: true } });
    for (let i = 0; i < 200; i++) {
      const j = await api("getJob", { params: { id: job.id } });
      if (j.state === "completed" || j.state === "failed") return j;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("watch job did not finish");
  };

  beforeAll(async () => {
    registry = await startLocalRegistry();
    t = await startTestServer(backend);
    api = t.admin;
    await pushImage({ baseUrl: registry.url, repository: "acme/base" }, buildImage({ content: "v1" }), ["1"]);
    await api("enrollImage", { body: managed("slow", "1h", "0s") });
    await api("enrollImage", { body: managed("fast", "0s", "0s") });
    for (const name of ["slow", "fast"]) {
      await api("analyzeImage", { params: { name }, body: { dockerfile: `FROM ${registry.host}/acme/base:1\n` } });
    }
    await api("createUser", {
      body: { email: `op@f-${backend}.test`, name: "Op", role: "operator", password: "operator-password-1" },
    });
    operator = createClient({ baseUrl: t.url, token: await tokenFor(t.url, `op@f-${backend}.test`, "operator-password-1") });
  });
  afterAll(async () => {
    await t?.close();
    await registry?.dispose();
  });

  it("records the first digest it sees without calling it an update", async () => {
    const job = await watch();
    expect(job.state).toBe("completed");
    const base = (await api("listImages", { query: { kind: "base" } })).items[0];
    expect(base?.state.currentDigest).toMatch(/^sha256:/);
    expect(base?.state.watch).toBe("ok");
    expect(await api("imageUpdates", { params: { name: base?.name as string } })).toEqual({ items: [] });
    expect((await api("explainRebuild", { params: { name: "slow" } })).reason).toMatch(/Up to date/);
  });

  it("turns a new digest into an update, rebuilds at once where policy allows, and explains why another waits", async () => {
    await pushImage({ baseUrl: registry.url, repository: "acme/base" }, buildImage({ content: "v2" }), ["1"]);
    const job = await watch();
    expect(job.output).toMatchObject({ rebuildsStarted: ["fast"] });
    const base = (await api("listImages", { query: { kind: "base" } })).items[0];
    const updates = await api("imageUpdates", { params: { name: base?.name as string } });
    expect(updates.items).toHaveLength(1);
    expect(updates.items[0]?.previousDigest).toMatch(/^sha256:/);
    const builds = await api("listBuilds", { query: { image: "fast" } });
    expect(builds.items[0]).toMatchObject({ trigger: "auto", requestedBy: "system" });
    expect(builds.items[0]?.reason).toMatch(/changed/);
    const slow = await api("explainRebuild", { params: { name: "slow" } });
    expect(slow.rebuildingNow).toBe(false);
    expect(slow.reason).toMatch(/rebuild delay of 1h, until/);
    expect(slow.eligibleAt).not.toBeNull();
    // the catalog shows the same: a rebuild is owed, and from when
    const slowImage = await api("getImage", { params: { name: "slow" } });
    expect(slowImage.state).toMatchObject({ rebuildPending: true, rebuildEligibleAt: slow.eligibleAt });
    // the same digest again is not a second update, and a build that answered an update is not started again
    for (
      let i = 0;
      i < 100 && (await api("getBuild", { params: { id: builds.items[0]?.id as string } })).status !== "failed";
      i++
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const again = await watch();
    expect(again.output).toMatchObject({ changed: [], rebuildsStarted: [] });
    expect((await api("imageUpdates", { params: { name: base?.name as string } })).items).toHaveLength(1);
    expect((await api("listBuilds", { query: { image: "fast" } })).total).toBe(1);
    expect((await api("explainRebuild", { params: { name: "fast" } })).reason).toMatch(
      /last build failed .* not retried on its own/,
    );
  });

  it("starts one build per image even when watchers run at the same time (retries, replicas)", async () => {
    await pushImage({ baseUrl: registry.url, repository: "acme/base" }, buildImage({ content: "v3" }), ["1"]);
    const before = (await api("listBuilds", { query: { image: "fast" } })).total;
    const jobs = await Promise.all([api("watchImages", { body: { all: true } }), api("watchImages", { body: { all: true } })]);
    for (const job of jobs) {
      for (let i = 0; i < 200; i++) {
        const j = await api("getJob", { params: { id: job.id } });
        if (j.state === "completed" || j.state === "failed") break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    expect((await api("listBuilds", { query: { image: "fast" } })).total).toBe(before + 1);
  });

  it("lets only an admin start an emergency rebuild, with a justification, audited and announced", async () => {
    const noRole = await failure(
      operator("requestRebuild", {
        params: { name: "slow" },
        body: { emergency: true, justification: "CVE-2026-0001 critical" },
      }),
    );
    expect(noRole.status).toBe(403);
    const noWhy = await failure(api("requestRebuild", { params: { name: "slow" }, body: { emergency: true } }));
    expect(noWhy.status).toBe(400);
    expect(noWhy.problem.suggestion).toMatch(/justification/);
    const ctl = new AbortController();
    const events = await fetch(`${t.url}/v1/events?types=image.emergency_rebuild`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
      signal: ctl.signal,
    });
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    const build = await api("requestRebuild", {
      params: { name: "slow" },
      body: { emergency: true, justification: "CVE-2026-0001 (critical) in the base image's openssl" },
    });
    expect(build).toMatchObject({ trigger: "emergency", justification: expect.stringMatching(/CVE-2026-0001/) });
    const { value } = await reader.read();
    ctl.abort();
    expect(new TextDecoder().decode(value)).toContain(build.id);
    const audit = await api("listAudit", { query: { action: "image.rebuild", targetId: "slow" } });
    expect(audit.items[0]?.detail).toMatchObject({ emergency: true, buildId: build.id });
    // the build ends: no GitLab pipeline provider is configured on this test server, and it says so
    for (let i = 0; i < 100; i++) {
      if ((await api("getBuild", { params: { id: build.id } })).status === "failed") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const done = await api("getBuild", { params: { id: build.id } });
    expect(done.status).toBe("failed");
    expect(done.message).toMatch(/No gitlab pipeline provider is configured/);
    expect((await failure(api("requestRebuild", { params: { name: "nope" }, body: {} }))).status).toBe(404);
  });

  it("shows an unreachable registry as degraded, never as no update", async () => {
    await registry.stop();
    const job = await watch();
    expect(job.state).toBe("completed");
    expect(job.output).toMatchObject({ changed: [] });
    const base = (await api("listImages", { query: { kind: "base" } })).items[0];
    expect(base?.state.watch).toBe("degraded");
    expect(base?.state.watchError).toBeTruthy();
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/^shipyard_image_updates_total 2$/m);
    expect(metrics).toMatch(/^shipyard_registry_checks_total\{outcome="degraded"\} [1-9]/m);
    expect(metrics).toMatch(/^shipyard_images\{kind="base",watch="degraded"\} 1$/m);
    expect(metrics).toMatch(/^shipyard_builds_total\{status="failed",trigger="emergency"\} 1$/m);
    expect(metrics).toMatch(/^shipyard_dockerfile_analyses_total\{outcome="ok"\} 2$/m);
    expect(metrics).toMatch(/^shipyard_image_staleness_seconds\{image="slow"\} /m);
  });
});
