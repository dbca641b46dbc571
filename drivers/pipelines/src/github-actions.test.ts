import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubActionsConfig, GitHubActionsPipelineProvider } from "./github-actions.ts";
import { runPipelineProviderSuite } from "./pipeline-provider.case.ts";
import { type BuildRequest, PipelineError } from "./port.ts";
import { GitHubApiStub, type GitHubApiStubOptions, type StubWorkflow } from "./testing/github-api-stub.ts";

const TOKEN = "ghp_stubtoken";
const DIGEST = `sha256:${"ab".repeat(32)}`;

const workflows = (): StubWorkflow[] => [
  {
    file: "build.yml",
    name: "Build image",
    inputs: ["shipyard_build_id", "tag"],
    runName: (i) => `Build ${i.shipyard_build_id}`,
  },
  { file: "broken.yml", name: "Broken build", runName: (i) => `Build ${i.shipyard_build_id}`, conclusion: "failure" },
  { file: "nameless.yml", name: "Build image" },
  { file: "push-only.yml", dispatch: false },
  { file: "digest.yml", runName: (i) => `Build ${i.shipyard_build_id}`, extraStep: `shipyard-digest=${DIGEST}` },
];

function request(workflow: string, buildId = "b-1", repo = "acme/app"): BuildRequest {
  return {
    image: "app",
    buildId,
    repository: "ghcr.io/acme/app",
    tag: "1.2.3",
    source: { provider: "github", repo, branch: "main", dockerfile: "Dockerfile", context: "." },
    pipeline: { provider: "github-actions", workflow, ref: "main", inputs: {} },
    reason: "base node:22 changed",
  };
}

async function startStub(options: Partial<GitHubApiStubOptions> = {}): Promise<GitHubApiStub> {
  return new GitHubApiStub({ token: TOKEN, repos: { "acme/app": { workflows: workflows() } }, ...options }).start();
}

const provider = (stub: GitHubApiStub, config: Partial<GitHubActionsConfig> = {}) =>
  new GitHubActionsPipelineProvider({
    token: TOKEN,
    baseUrl: stub.url,
    findRunIntervalMs: 5,
    findRunTimeoutMs: 2_000,
    ...config,
  });

for (const mode of ["supported", "ignored"] as const) {
  runPipelineProviderSuite(`GitHub Actions (return_run_details ${mode})`, async () => {
    const stub = await startStub({ returnRunDetails: mode, listLag: mode === "ignored" ? 2 : 0 });
    return {
      provider: provider(stub),
      succeeding: request("build.yml", `suite-${mode}`),
      failing: request("broken.yml", `suite-${mode}`),
      failureMessage: /failed at step "Build and push"/,
      badCredentials: provider(stub, { token: "ghp_wrong" }),
      unknownRun: { provider: "github-actions", runId: "999", scope: "acme/app" },
      pollIntervalMs: 1,
      close: () => stub.close(),
    };
  });
}

describe("GitHubActionsPipelineProvider", () => {
  let stub: GitHubApiStub;
  beforeAll(async () => {
    stub = await startStub();
  });
  afterAll(async () => {
    await stub.close();
  });

  describe("trigger", () => {
    it("dispatches with the build id input, the catalog's inputs and the mapped inputs, and asks for the run id", async () => {
      const p = provider(stub, { requestInputs: { tag: "tag" }, reuseExistingRun: false });
      const req = request("build.yml", "b-inputs");
      const run = await p.trigger(req);
      const sent = stub.requests.filter((r) => r.path.endsWith("/dispatches")).at(-1);
      expect(sent?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(sent?.headers["x-github-api-version"]).toBe("2022-11-28");
      expect(JSON.parse(sent?.body ?? "")).toEqual({
        ref: "main",
        inputs: { shipyard_build_id: "b-inputs", tag: "1.2.3" },
        return_run_details: true,
      });
      expect(run).toEqual({
        provider: "github-actions",
        runId: String(stub.runs.at(-1)?.id),
        scope: "acme/app",
        url: `https://github.com/acme/app/actions/runs/${stub.runs.at(-1)?.id}`,
      });
    });

    it("on a server that answers 204, finds the run by the build id in its name, even when it shows up late", async () => {
      const old = await startStub({ returnRunDetails: "ignored", listLag: 3 });
      try {
        const run = await provider(old, { reuseExistingRun: false }).trigger(request("build.yml", "b-204"));
        expect(run.runId).toBe(String(old.runs[0]?.id));
        const list = old.requests.filter((r) => r.path.endsWith("/workflows/build.yml/runs"));
        expect(list.length).toBeGreaterThan(1);
        expect(list[0]?.query.get("event")).toBe("workflow_dispatch");
        expect(list[0]?.query.get("branch")).toBe("main");
        expect(list[0]?.query.get("created")).toMatch(/^>=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      } finally {
        await old.close();
      }
    });

    it("does not take another build's run: b-1 is not b-10", async () => {
      const old = await startStub({ returnRunDetails: "ignored" });
      try {
        // b-10's run is the newest when b-1 looks for a run of its own, before and after dispatching.
        const p = provider(old);
        const ten = await p.trigger(request("build.yml", "b-10"));
        const one = await p.trigger(request("build.yml", "b-1"));
        expect(one.runId).not.toBe(ten.runId);
        expect(old.runs.find((r) => String(r.id) === one.runId)?.inputs.shipyard_build_id).toBe("b-1");
      } finally {
        await old.close();
      }
    });

    it("on a server that refuses return_run_details, dispatches again without it and stops sending it", async () => {
      const old = await startStub({ returnRunDetails: "rejected" });
      try {
        const p = provider(old, { reuseExistingRun: false });
        await p.trigger(request("build.yml", "b-r1"));
        await p.trigger(request("build.yml", "b-r2"));
        const bodies = old.requests
          .filter((r) => r.path.endsWith("/dispatches"))
          .map((r) => JSON.parse(r.body) as Record<string, unknown>);
        expect(bodies.map((b) => "return_run_details" in b)).toEqual([true, false, false]);
        expect(old.runs.map((r) => r.inputs.shipyard_build_id)).toEqual(["b-r1", "b-r2"]);
      } finally {
        await old.close();
      }
    });

    it("without a run-name carrying the build id on such a server, gives up with a timeout saying what to add", async () => {
      const old = await startStub({ returnRunDetails: "ignored" });
      try {
        const err = await provider(old, { findRunTimeoutMs: 30 })
          .trigger(request("nameless.yml", "b-nameless"))
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(PipelineError);
        expect((err as PipelineError).code).toBe("timeout");
        expect((err as PipelineError).suggestion).toContain("run-name");
        expect((err as PipelineError).suggestion).toContain("inputs.shipyard_build_id");
      } finally {
        await old.close();
      }
    });

    it("a retried trigger finds the run the first attempt started instead of dispatching again", async () => {
      const p = provider(stub);
      const before = stub.runs.length;
      const first = await p.trigger(request("build.yml", "b-retry"));
      const second = await p.trigger(request("build.yml", "b-retry"));
      expect(second.runId).toBe(first.runId);
      expect(stub.runs.length).toBe(before + 1);
    });

    it("a workflow without workflow_dispatch is invalid_input with GitHub's words", async () => {
      const err = (await provider(stub)
        .trigger(request("push-only.yml"))
        .catch((e: unknown) => e)) as PipelineError;
      expect(err.code).toBe("invalid_input");
      expect(err.status).toBe(422);
      expect(err.message).toContain("Workflow does not have 'workflow_dispatch' trigger");
      expect(err.suggestion).toContain("workflow_dispatch");
    });

    it("inputs the workflow does not declare are invalid_input naming them", async () => {
      const req = request("build.yml");
      req.pipeline = { provider: "github-actions", workflow: "build.yml", ref: "main", inputs: { platform: "arm64" } };
      const err = (await provider(stub, { reuseExistingRun: false })
        .trigger(req)
        .catch((e: unknown) => e)) as PipelineError;
      expect(err.code).toBe("invalid_input");
      expect(err.message).toContain('Unexpected inputs provided: ["platform"]');
    });

    it("an unknown ref is invalid_input; an unknown workflow or repository is not_found", async () => {
      const badRef = request("build.yml");
      badRef.pipeline = { provider: "github-actions", workflow: "build.yml", ref: "nope", inputs: {} };
      const e1 = (await provider(stub, { reuseExistingRun: false })
        .trigger(badRef)
        .catch((e: unknown) => e)) as PipelineError;
      expect([e1.code, e1.message]).toEqual(["invalid_input", expect.stringContaining("No ref found for: nope")]);
      const e2 = (await provider(stub)
        .trigger(request("missing.yml"))
        .catch((e: unknown) => e)) as PipelineError;
      expect(e2.code).toBe("not_found");
      const e3 = (await provider(stub)
        .trigger(request("build.yml", "b", "acme/other"))
        .catch((e: unknown) => e)) as PipelineError;
      expect(e3.code).toBe("not_found");
      expect(e3.suggestion).toContain("404");
    });

    it("refuses a request for another provider or without a repository, before any HTTP", async () => {
      const count = stub.requests.length;
      const gitlab = request("build.yml");
      gitlab.pipeline = { provider: "gitlab", ref: "main", variables: {} };
      await expect(provider(stub).trigger(gitlab)).rejects.toMatchObject({ code: "invalid_input" });
      const noRepo = request("build.yml");
      noRepo.source = { ...noRepo.source, provider: "gitlab", repo: "group/sub/app" };
      await expect(provider(stub).trigger(noRepo)).rejects.toMatchObject({
        code: "invalid_input",
        message: expect.stringContaining("gitlab"),
      });
      expect(stub.requests.length).toBe(count);
    });
  });

  describe("errors", () => {
    it("a secondary rate limit (403 + Retry-After) is rate_limited with the wait", async () => {
      stub.fail({
        status: 403,
        headers: { "retry-after": "30" },
        body: {
          message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
          documentation_url: "https://docs.github.com/rest",
        },
      });
      const err = (await provider(stub)
        .trigger(request("build.yml"))
        .catch((e: unknown) => e)) as PipelineError;
      expect(err.code).toBe("rate_limited");
      expect(err.retryAfterMs).toBe(30_000);
      expect(err.retryable).toBe(true);
      expect(err.message).toContain("secondary");
    });

    it("an exhausted primary limit (403, x-ratelimit-remaining 0) waits until x-ratelimit-reset", async () => {
      const now = 1_700_000_000_000;
      stub.fail({
        status: 403,
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(now / 1000 + 120) },
        body: { message: "API rate limit exceeded for user ID 1." },
      });
      const err = (await provider(stub, { now: () => now })
        .status({ provider: "github-actions", runId: "1", scope: "acme/app" })
        .catch((e: unknown) => e)) as PipelineError;
      expect([err.code, err.retryAfterMs]).toEqual(["rate_limited", 120_000]);
    });

    it("429 without headers is rate_limited with GitHub's one-minute advice", async () => {
      stub.fail({ status: 429, body: { message: "Too many requests" } });
      const err = (await provider(stub)
        .status({ provider: "github-actions", runId: "1", scope: "acme/app" })
        .catch((e: unknown) => e)) as PipelineError;
      expect([err.code, err.retryAfterMs]).toEqual(["rate_limited", 60_000]);
    });

    it("a 403 that is not a rate limit is forbidden, with the permission to grant", async () => {
      stub.fail({ status: 403, body: { message: "Resource not accessible by personal access token" } });
      const err = (await provider(stub)
        .trigger(request("build.yml"))
        .catch((e: unknown) => e)) as PipelineError;
      expect(err.code).toBe("forbidden");
      expect(err.message).toContain("Resource not accessible by personal access token");
      expect(err.suggestion).toContain("Actions read/write");
    });

    it("5xx is unavailable; an unreachable server is unavailable; a silent one is a timeout", async () => {
      stub.fail({ status: 502, body: "Bad gateway" });
      await expect(provider(stub).status({ provider: "github-actions", runId: "1", scope: "acme/app" })).rejects.toMatchObject({
        code: "unavailable",
      });
      const down = new GitHubActionsPipelineProvider({ token: TOKEN, baseUrl: "http://127.0.0.1:9" });
      await expect(down.status({ provider: "github-actions", runId: "1", scope: "acme/app" })).rejects.toMatchObject({
        code: "unavailable",
      });
      const silent = new GitHubActionsPipelineProvider({
        token: TOKEN,
        requestTimeoutMs: 20,
        fetch: (_u, init) =>
          new Promise((_r, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason))),
      });
      await expect(silent.status({ provider: "github-actions", runId: "1", scope: "acme/app" })).rejects.toMatchObject({
        code: "timeout",
      });
    });

    it("the caller's abort is passed through as is, not turned into a domain error", async () => {
      const ac = new AbortController();
      ac.abort(new Error("shutting down"));
      await expect(provider(stub).trigger(request("build.yml"), ac.signal)).rejects.toThrow("shutting down");
    });
  });

  describe("status, logs, cancel", () => {
    it("maps status and conclusion, with times, and reads a digest the workflow reports in a step name", async () => {
      const p = provider(stub);
      const run = await p.trigger(request("digest.yml", "b-digest"));
      const states = [];
      for (;;) {
        const s = await p.status(run);
        states.push(s.state);
        if (s.state === "succeeded") {
          expect(s.digest).toBe(DIGEST);
          expect(s.startedAt).toMatch(/^\d{4}-/);
          expect(s.finishedAt).toMatch(/^\d{4}-/);
          break;
        }
      }
      expect(states).toEqual(["running", "succeeded"]);
    });

    it("a succeeded run without a digest marker leaves the digest to the registry watcher", async () => {
      const p = provider(stub);
      const run = await p.trigger(request("build.yml", "b-nodigest"));
      let s = await p.status(run);
      while (s.state !== "succeeded") s = await p.status(run);
      expect(s.digest).toBeUndefined();
    });

    it("logs give each job's plain-text log, fetched from the redirect without our token", async () => {
      const p = provider(stub);
      const run = await p.trigger(request("broken.yml", "b-logs"));
      while ((await p.status(run)).state !== "failed") {}
      const lines: string[] = [];
      for await (const l of p.logs(run)) lines.push(l);
      expect(lines[0]).toBe("=== job build: failure ===");
      expect(lines.some((l) => l.includes("##[error]buildx failed"))).toBe(true);
      expect(lines.every((l) => !l.startsWith("\uFEFF") && !l.endsWith("\r"))).toBe(true);
      const blob = stub.requests.filter((r) => r.path.startsWith("/_blobs/")).at(-1);
      expect(blob?.headers.authorization).toBeUndefined();
    });

    it("logs of a job still running show its steps instead", async () => {
      const p = provider(stub);
      const run = await p.trigger(request("build.yml", "b-running-logs"));
      await p.status(run); // in_progress
      const lines: string[] = [];
      for await (const l of p.logs(run)) lines.push(l);
      expect(lines).toContain("=== job build: in_progress ===");
      expect(lines).toContain("step 1 Set up job: success");
      expect(lines).toContain("step 3 Build and push: queued");
    });

    it("cancel of a finished run is a no-op (GitHub answers 409)", async () => {
      const p = provider(stub);
      const run = await p.trigger(request("build.yml", "b-cancel-done"));
      while ((await p.status(run)).state !== "succeeded") {}
      await expect(p.cancel(run)).resolves.toBeUndefined();
      expect((await p.status(run)).state).toBe("succeeded");
    });

    it("refuses a run of another provider", async () => {
      await expect(provider(stub).status({ provider: "gitlab", runId: "1", scope: "acme/app" })).rejects.toMatchObject({
        code: "invalid_input",
      });
      await expect(provider(stub).status({ provider: "github-actions", runId: "1" })).rejects.toMatchObject({
        code: "invalid_input",
      });
    });
  });
});
