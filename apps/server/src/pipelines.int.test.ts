// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfiles use ${VAR} syntax
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ImageEnrollment } from "@shipyard/contract";
import { GitHubApiStub } from "@shipyard/driver-pipelines/testing/github-api-stub.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformanceDir } from "../../../test-support/conformance.ts";
import { type Backend, backends, startTestServer, type TestServer } from "./testing/harness.ts";

const SECRET = "webhook-secret-for-tests";
const DIGEST = `sha256:${"ab".repeat(32)}`;

describe.each(backends())("GitHub Actions builds and webhooks on %s", (backend: Backend) => {
  let t: TestServer;
  let github: GitHubApiStub;

  beforeAll(async () => {
    github = await new GitHubApiStub({
      token: "ghp_shipyard_test",
      repos: {
        "acme/web": {
          files: { "docker/Dockerfile": "ARG NODE=22\nFROM node:${NODE}-bookworm-slim\n" },
          workflows: [
            { file: "build.yml", runName: (i) => `build ${i.shipyard_build_id}`, extraStep: `shipyard-digest=${DIGEST}` },
          ],
        },
      },
    }).start();
    t = await startTestServer(backend, {
      SHIPYARD_GITHUB_TOKEN: "ghp_shipyard_test",
      SHIPYARD_GITHUB_API_URL: github.url,
      SHIPYARD_GITHUB_WEBHOOK_SECRET: SECRET,
    });
    const web: ImageEnrollment = {
      name: "web",
      kind: "managed",
      image: "ghcr.io/acme/web",
      tags: ["latest"],
      source: { provider: "github", repo: "acme/web", branch: "main", dockerfile: "docker/Dockerfile", context: "." },
      build: { provider: "github-actions", workflow: "build.yml", ref: "main", inputs: {} },
      rebuild: { auto: true, delay: "0s", window: "30m", priority: 50 },
    };
    await t.admin("enrollImage", { body: web });
  });
  afterAll(async () => {
    await t?.close();
    await github?.close();
  });

  it("reads the Dockerfile from the GitHub repository on enrolment and analyses it", async () => {
    let image = await t.admin("getImage", { params: { name: "web" } });
    for (let i = 0; i < 100 && image.baseImages.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      image = await t.admin("getImage", { params: { name: "web" } });
    }
    expect(image.baseImages).toEqual(["docker.io/library/node:22-bookworm-slim"]);
    const contents = github.requests.find((r) => r.path.includes("/contents/"));
    expect(contents?.path).toContain("/repos/acme/web/contents/docker/Dockerfile");
    // a Dockerfile that is not there is recorded on the image, not retried forever
    await t.admin("enrollImage", {
      body: {
        name: "ghost",
        kind: "managed",
        image: "ghcr.io/acme/ghost",
        tags: ["latest"],
        source: { provider: "github", repo: "acme/web", branch: "main", dockerfile: "nope/Dockerfile", context: "." },
        build: { provider: "github-actions", workflow: "build.yml", ref: "main", inputs: {} },
        rebuild: { auto: true, delay: "0s", window: "30m", priority: 50 },
      },
    });
    let ghost = await t.admin("getImage", { params: { name: "ghost" } });
    for (let i = 0; i < 100 && ghost.analysisErrors.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      ghost = await t.admin("getImage", { params: { name: "ghost" } });
    }
    expect(ghost.analysisErrors[0]?.message).toMatch(/Could not read the Dockerfile: .*not found on GitHub/);
  });

  it("dispatches the workflow, follows the run to success and records the pushed digest", async () => {
    const build = await t.admin("requestRebuild", { params: { name: "web" }, body: {} });
    let b = build;
    for (let i = 0; i < 150 && b.status !== "succeeded" && b.status !== "failed"; i++) {
      await new Promise((r) => setTimeout(r, 200));
      b = await t.admin("getBuild", { params: { id: build.id } });
    }
    expect(b).toMatchObject({ status: "succeeded", provider: "github-actions", digest: DIGEST });
    expect(b.runId).toBeTruthy();
    const dispatch = github.requests.find((r) => r.method === "POST" && r.path.endsWith("/dispatches"));
    expect(dispatch).toBeDefined();
    expect(JSON.stringify(dispatch?.body)).toContain(build.id);
    expect((await t.admin("buildLogs", { params: { id: build.id } })).logs.length).toBeGreaterThan(0);
    const image = await t.admin("getImage", { params: { name: "web" } });
    expect(image.state.lastBuiltAt).not.toBeNull();
    expect(image.state.currentDigest).toBe(DIGEST);
  });

  it("accepts a signed webhook once, ignores its duplicate, and refuses a bad signature", async () => {
    const raw = readFileSync(conformanceDir("webhooks/github/workflow_run.completed.payload.json"));
    const send = (body: Buffer, signature: string, delivery: string) =>
      fetch(`${t.url}/v1/webhooks/github`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": "workflow_run",
          "x-github-delivery": delivery,
          "x-hub-signature-256": signature,
        },
        body,
      });
    const sig = `sha256=${createHmac("sha256", SECRET).update(raw).digest("hex")}`;
    const first = await send(raw, sig, `d-${backend}-1`);
    expect(first.status).toBe(202);
    expect(await first.json()).toMatchObject({ accepted: true, duplicate: false });
    const again = await send(raw, sig, `d-${backend}-1`);
    expect(await again.json()).toMatchObject({ duplicate: true });
    // the same JSON re-serialised is not the bytes GitHub signed
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString("utf8"))));
    const forged = await send(reserialised, sig, `d-${backend}-2`);
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { message: string }).message).toMatch(/signature/i);
    const denied = await t.admin("listAudit", { query: { action: "webhook.receive", outcome: "denied" } });
    expect(denied.items.length).toBeGreaterThan(0);
    expect((await fetch(`${t.url}/v1/webhooks/bitbucket`, { method: "POST", body: "{}" })).status).toBe(404);
  });
});
