import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitLabConfig, GitLabPipelineProvider } from "./gitlab.ts";
import { runPipelineProviderSuite } from "./pipeline-provider.case.ts";
import { type BuildRequest, PipelineError, type PipelineRun } from "./port.ts";
import { GitLabApiStub, type StubProject } from "./testing/gitlab-api-stub.ts";

const TOKEN = "glpat-stubtoken";
const TRIGGER = "glptt-stubtrigger";
const DIGEST = `sha256:${"cd".repeat(32)}`;

const projects = (): StubProject[] => [
  { id: 7, path: "acme/app", triggerToken: TRIGGER, pipelineName: (v) => `shipyard ${v.SHIPYARD_BUILD_ID ?? ""}` },
  {
    id: 8,
    path: "acme/broken",
    triggerToken: TRIGGER,
    outcome: "failed",
    pipelineName: (v) => `shipyard ${v.SHIPYARD_BUILD_ID ?? ""}`,
  },
  { id: 9, path: "acme/group/digest", extraLogLine: `shipyard-digest=${DIGEST}` },
];

function request(project: string, buildId = "b-1"): BuildRequest {
  return {
    image: "app",
    buildId,
    repository: "registry.gitlab.com/acme/app",
    tag: "1.2.3",
    source: { provider: "gitlab", repo: project, branch: "main", dockerfile: "docker/Dockerfile", context: "docker" },
    pipeline: { provider: "gitlab", ref: "main", variables: { DEPLOY: "no" } },
    reason: "base node:22 changed",
    buildArgs: { NODE_VERSION: "22", DEBUG: "0" },
  };
}

const startStub = () => new GitLabApiStub({ tokens: [TOKEN], projects: projects() }).start();
const provider = (stub: GitLabApiStub, config: Partial<GitLabConfig> = {}) =>
  new GitLabPipelineProvider({ baseUrl: stub.url, token: TOKEN, ...config });

runPipelineProviderSuite("GitLab (access token)", async () => {
  const stub = await startStub();
  return {
    provider: provider(stub),
    succeeding: request("acme/app", "suite-token"),
    failing: request("acme/broken", "suite-token"),
    failureMessage: /job "build-image" in stage build failed \(script failure\)/,
    badCredentials: provider(stub, { token: "glpat-wrong" }),
    unknownRun: { provider: "gitlab", runId: "424242", scope: "acme/app" },
    pollIntervalMs: 1,
    close: () => stub.close(),
  };
});

runPipelineProviderSuite("GitLab (trigger token + read token)", async () => {
  const stub = await startStub();
  return {
    provider: provider(stub, { triggerToken: TRIGGER }),
    succeeding: request("acme/app", "suite-trigger"),
    failing: request("acme/broken", "suite-trigger"),
    failureMessage: /script failure/,
    badCredentials: provider(stub, { triggerToken: "glptt-wrong" }),
    unknownRun: { provider: "gitlab", runId: "424242", scope: "7" },
    pollIntervalMs: 1,
    close: () => stub.close(),
  };
});

describe("GitLabPipelineProvider", () => {
  let stub: GitLabApiStub;
  beforeAll(async () => {
    stub = await startStub();
  });
  afterAll(async () => {
    await stub.close();
  });

  it("with an access token, POSTs /projects/:path/pipeline with JSON variables describing the build", async () => {
    const run = await provider(stub, { reuseExistingRun: false }).trigger(request("acme/app", "b-json"));
    const sent = stub.requests.filter((r) => r.method === "POST").at(-1);
    expect(sent?.path).toBe("/api/v4/projects/acme%2Fapp/pipeline");
    expect(sent?.headers["private-token"]).toBe(TOKEN);
    const body = JSON.parse(sent?.body ?? "") as {
      ref: string;
      variables: { key: string; value: string; variable_type: string }[];
    };
    expect(body.ref).toBe("main");
    expect(Object.fromEntries(body.variables.map((v) => [v.key, v.value]))).toEqual({
      DEPLOY: "no",
      SHIPYARD_BUILD_ID: "b-json",
      SHIPYARD_IMAGE: "app",
      SHIPYARD_IMAGE_REPOSITORY: "registry.gitlab.com/acme/app",
      SHIPYARD_IMAGE_TAG: "1.2.3",
      SHIPYARD_DOCKERFILE: "docker/Dockerfile",
      SHIPYARD_CONTEXT: "docker",
      SHIPYARD_REASON: "base node:22 changed",
      SHIPYARD_BUILD_ARGS: "NODE_VERSION=22\nDEBUG=0",
    });
    expect(body.variables.every((v) => v.variable_type === "env_var")).toBe(true);
    const created = stub.pipelines.at(-1);
    expect(run).toEqual({
      provider: "gitlab",
      runId: String(created?.id),
      scope: "acme/app",
      url: `https://gitlab.example.com/acme/app/-/pipelines/${created?.id}`,
    });
  });

  it("with a trigger token, POSTs the form (token, ref, variables[KEY]) without the access token", async () => {
    await provider(stub, { triggerToken: TRIGGER, reuseExistingRun: false }).trigger(request("acme/app", "b-form"));
    const sent = stub.requests.filter((r) => r.method === "POST").at(-1);
    expect(sent?.path).toBe("/api/v4/projects/acme%2Fapp/trigger/pipeline");
    expect(sent?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(sent?.headers["private-token"]).toBeUndefined();
    const form = new URLSearchParams(sent?.body);
    expect(form.get("token")).toBe(TRIGGER);
    expect(form.get("ref")).toBe("main");
    expect(form.get("variables[SHIPYARD_BUILD_ID]")).toBe("b-form");
    expect(form.get("variables[DEPLOY]")).toBe("no");
    expect(stub.pipelines.at(-1)?.source).toBe("trigger");
  });

  it("a trigger token alone can start pipelines but says what is missing to follow them", async () => {
    const p = new GitLabPipelineProvider({ baseUrl: stub.url, triggerToken: TRIGGER });
    const run = await p.trigger(request("acme/app", "b-only-trigger"));
    await expect(p.status(run)).rejects.toMatchObject({
      code: "unauthenticated",
      suggestion: expect.stringContaining("read_api"),
    });
  });

  it("a bad trigger token for a project that exists is unauthenticated; for a project that does not, not_found", async () => {
    const p = provider(stub, { triggerToken: "glptt-wrong" });
    await expect(p.trigger(request("acme/app"))).rejects.toMatchObject({ code: "unauthenticated", status: 404 });
    await expect(p.trigger(request("acme/nope"))).rejects.toMatchObject({ code: "not_found" });
  });

  it("an unknown ref is invalid_input with GitLab's words", async () => {
    const req = request("acme/app");
    req.pipeline = { provider: "gitlab", ref: "nope", variables: {} };
    const err = (await provider(stub, { reuseExistingRun: false })
      .trigger(req)
      .catch((e: unknown) => e)) as PipelineError;
    expect(err.code).toBe("invalid_input");
    expect(err.message).toContain("Reference not found");
    expect(err.suggestion).toContain("build.ref");
  });

  it("429 is rate_limited with the Retry-After wait; 5xx is unavailable; 403 is forbidden", async () => {
    const run: PipelineRun = { provider: "gitlab", runId: "1", scope: "acme/app" };
    stub.fail({
      status: 429,
      headers: { "retry-after": "12", "ratelimit-reset": "1700000060" },
      body: { message: "Retry later" },
    });
    await expect(provider(stub).status(run)).rejects.toMatchObject({ code: "rate_limited", retryAfterMs: 12_000 });
    stub.fail({ status: 429, headers: { "ratelimit-reset": "1700000060" }, body: "Retry later" });
    await expect(provider(stub, { now: () => 1_700_000_000_000 }).status(run)).rejects.toMatchObject({ retryAfterMs: 60_000 });
    stub.fail({ status: 503, body: { message: "503 Service Unavailable" } });
    await expect(provider(stub).status(run)).rejects.toMatchObject({ code: "unavailable" });
    stub.fail({ status: 403, body: { message: "403 Forbidden" } });
    await expect(provider(stub).trigger(request("acme/app"))).rejects.toMatchObject({ code: "forbidden" });
  });

  it("finds a pipeline already started for the build id by its name, instead of starting another", async () => {
    const p = provider(stub);
    const first = await p.trigger(request("acme/app", "b-twice"));
    const count = stub.pipelines.length;
    const second = await p.trigger(request("acme/app", "b-twice"));
    expect(second.runId).toBe(first.runId);
    expect(stub.pipelines.length).toBe(count);
    // A pipeline without a name (no workflow:name) is never mistaken for it.
    const nameless = provider(stub);
    const a = await nameless.trigger(request("acme/group/digest", "b-same"));
    const b = await nameless.trigger(request("acme/group/digest", "b-same"));
    expect(a.runId).not.toBe(b.runId);
  });

  it("maps every pipeline status, and reads the digest a successful job printed", async () => {
    const p = provider(stub);
    const run = await p.trigger(request("acme/group/digest", "b-digest"));
    const seen = [];
    for (;;) {
      const s = await p.status(run);
      seen.push(s.state);
      if (s.state === "succeeded") {
        expect(s.digest).toBe(DIGEST);
        expect(s.startedAt).toMatch(/^\d{4}-/);
        expect(s.finishedAt).toMatch(/^\d{4}-/);
        break;
      }
    }
    expect(seen).toEqual(["queued", "running", "succeeded"]);
  });

  it("logs: every job in creation order, colours and section markers removed", async () => {
    const p = provider(stub);
    const run = await p.trigger(request("acme/broken", "b-logs"));
    while ((await p.status(run)).state !== "failed") {}
    const lines: string[] = [];
    for await (const l of p.logs(run)) lines.push(l);
    expect(lines[0]).toBe("=== job prepare (stage prepare): success ===");
    expect(lines).toContain("=== job build-image (stage build): failed ===");
    expect(lines).toContain('Executing "step_script" stage of the job script');
    expect(lines).toContain("ERROR: Job failed: exit code 1");
    const all = lines.join("\n");
    expect([all.includes("\u001b"), all.includes("\r"), /section_(start|end)/.test(all)]).toEqual([false, false, false]);
  });

  it("cancel stops a running pipeline; cancelling a finished one is not an error", async () => {
    const p = provider(stub);
    const run = await p.trigger(request("acme/app", "b-cancel"));
    await p.status(run);
    await p.cancel(run);
    expect((await p.status(run)).state).toBe("cancelled");
    await expect(p.cancel(run)).resolves.toBeUndefined();
  });

  it("needs some token, a GitLab pipeline, and a project", async () => {
    expect(() => new GitLabPipelineProvider({ baseUrl: stub.url })).toThrow(PipelineError);
    const gh = request("acme/app");
    gh.pipeline = { provider: "github-actions", workflow: "b.yml", ref: "main", inputs: {} };
    await expect(provider(stub).trigger(gh)).rejects.toMatchObject({ code: "invalid_input" });
    const noProject = request("acme/app");
    noProject.source = { ...noProject.source, provider: "github" };
    await expect(provider(stub).trigger(noProject)).rejects.toMatchObject({ code: "invalid_input" });
  });
});
