import { listen, type RunningServer, type StubFault, type StubRequest, type StubResponse, takeFault } from "./http-server.ts";

/**
 * A stand-in for the GitHub REST API's Actions endpoints, for tests. It is modelled on the
 * published API documentation (docs.github.com/rest/actions/workflows and …/workflow-runs,
 * …/workflow-jobs, "Rate limits for the REST API", the Feb 2026 changelog "Workflow dispatch API
 * now returns run IDs") and on error bodies quoted in public issues — NOT on recorded live traffic:
 *
 * - `POST /repos/{o}/{r}/actions/workflows/{file}/dispatches` `{ref, inputs, return_run_details?}`:
 *   204, or 200 `{workflow_run_id, run_url, html_url}` when `return_run_details` is true; 422
 *   `{"message": "Workflow does not have 'workflow_dispatch' trigger"}`, `"No ref found for: x"`,
 *   `"Unexpected inputs provided: [\"x\"]"`; 404 for an unknown repository or workflow.
 * - `GET …/actions/workflows/{file}/runs` and `GET …/actions/runs` with `event`, `branch`,
 *   `created=>=ISO`, `per_page`, `page`: `{total_count, workflow_runs: [run]}` newest first.
 * - `GET …/actions/runs/{id}`: the run; each GET moves it one step along
 *   queued → in_progress → completed (`pollsPerPhase` GETs per step).
 * - `GET …/actions/runs/{id}/jobs?filter=latest`: `{total_count, jobs: [{…, steps: [...]}]}`.
 * - `GET …/actions/jobs/{id}/logs`: 302 to a short-lived plain-text URL (served here under
 *   `/_blobs/`, which refuses an `Authorization` header, as signed storage URLs do).
 * - `POST …/actions/runs/{id}/cancel`: 202, or 409 "Cannot cancel a workflow run that is completed."
 * - Auth: `Authorization: Bearer|token <token>`; 401 `{"message":"Bad credentials"}`.
 * - `X-GitHub-Api-Version`: 400 for a version the stub does not know.
 *
 * Real GitHub differs in details this does not model: run creation is asynchronous and may take
 * seconds, lists are eventually consistent, rate-limit headers come with every answer.
 */
export interface StubWorkflow {
  /** File name, e.g. `build.yml`. */
  file: string;
  /** Display name of the workflow (`name:`). Default: the file name. */
  name?: string | undefined;
  /** Whether `on:` has `workflow_dispatch`. Default true. */
  dispatch?: boolean | undefined;
  /** Declared `workflow_dispatch` inputs. Default: any input is accepted. */
  inputs?: string[] | undefined;
  /** The run name (`run-name:`) from the inputs. Default: the workflow name. */
  runName?: ((inputs: Record<string, string>) => string) | undefined;
  /** How runs end. Default `success`. */
  conclusion?: "success" | "failure" | "cancelled" | "timed_out" | undefined;
  /** Extra step name in the build job, e.g. to report a digest. */
  extraStep?: string | undefined;
}

export interface GitHubApiStubOptions {
  token: string;
  /** `owner/repo` → its workflows and branches (default branches: `main`). */
  repos: Record<
    string,
    { workflows: StubWorkflow[]; branches?: string[] | undefined; files?: Record<string, string> | undefined }
  >;
  /**
   * How the server treats `return_run_details`: `supported` (GitHub.com since Feb 2026), `ignored`
   * (answers 204), `rejected` (422, as schema-validating older servers do). Default `supported`.
   */
  returnRunDetails?: "supported" | "ignored" | "rejected" | undefined;
  /** GETs of a run per status step. Default 1. */
  pollsPerPhase?: number | undefined;
  /** List calls after a dispatch before its run shows up in lists (run creation lag). Default 0. */
  listLag?: number | undefined;
}

interface StubRun {
  id: number;
  repo: string;
  workflow: StubWorkflow;
  ref: string;
  inputs: Record<string, string>;
  displayTitle: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  polls: number;
  createdAt: string;
  startedAt: string;
  updatedAt: string;
  listLag: number;
  jobId: number;
}

const API_VERSIONS = new Set(["2022-11-28", "2026-03-10"]);
const DOCS = "https://docs.github.com/rest";

export class GitHubApiStub {
  readonly requests: StubRequest[] = [];
  readonly runs: StubRun[] = [];
  private readonly options: GitHubApiStubOptions;
  private readonly faults: StubFault[] = [];
  private server: RunningServer | undefined;
  private nextId = 30433642;

  constructor(options: GitHubApiStubOptions) {
    this.options = options;
  }

  get url(): string {
    if (!this.server) throw new Error("GitHubApiStub is not started");
    return this.server.url;
  }

  async start(): Promise<this> {
    this.server = await listen((req) => this.handle(req));
    return this;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  /** Answers the next matching request(s) with this instead (rate limits, outages). */
  fail(fault: StubFault): void {
    this.faults.push(fault);
  }

  private handle(req: StubRequest): StubResponse {
    this.requests.push(req);
    const s = req.segments;
    if (s[0] === "_blobs" && s[1] === "job-logs") return this.blob(req, Number(s[2]));

    const fault = takeFault(this.faults, req);
    if (fault) return fault;

    const version = header(req, "x-github-api-version");
    if (version && !API_VERSIONS.has(version)) {
      return error(400, `Unsupported 'X-GitHub-Api-Version' header. The requested version ${version} is not supported.`);
    }
    const auth = header(req, "authorization");
    if (!auth) return error(401, "Requires authentication");
    const m = /^(?:Bearer|token)\s+(.+)$/i.exec(auth);
    if (!m || m[1] !== this.options.token) return error(401, "Bad credentials");

    // GET /repos/{owner}/{repo}/contents/{path}?ref= (raw media type: the file's bytes; else JSON with base64 content)
    if (s[0] === "repos" && s[3] === "contents" && req.method === "GET") {
      const data = this.options.repos[`${s[1]}/${s[2]}`];
      const path = s.slice(4).join("/");
      const ref = req.query.get("ref") ?? "main";
      const content = data?.files?.[path];
      if (!data || content === undefined || !(data.branches ?? ["main"]).includes(ref)) return error(404, "Not Found");
      if ((header(req, "accept") ?? "").includes("application/vnd.github.raw")) {
        return { status: 200, headers: { "content-type": "application/vnd.github.raw+json; charset=utf-8" }, body: content };
      }
      return { status: 200, body: { type: "file", encoding: "base64", path, content: Buffer.from(content).toString("base64") } };
    }
    if (s[0] !== "repos" || s.length < 4 || s[3] !== "actions") return error(404, "Not Found");
    const repo = `${s[1]}/${s[2]}`;
    const repoData = this.options.repos[repo];
    if (!repoData) return error(404, "Not Found");
    const rest = s.slice(4);

    // /actions/workflows/{file}/dispatches | /runs
    if (rest[0] === "workflows" && rest[1]) {
      const wf = repoData.workflows.find((w) => w.file === rest[1]);
      if (!wf) return error(404, "Not Found");
      if (rest[2] === "dispatches" && req.method === "POST") return this.dispatch(req, repo, repoData.branches ?? ["main"], wf);
      if (rest[2] === "runs" && req.method === "GET") return this.list(req, repo, wf);
    }
    if (rest[0] === "runs" && rest.length === 1 && req.method === "GET") return this.list(req, repo, undefined);
    if (rest[0] === "runs" && rest[1]) {
      const run = this.runs.find((r) => r.repo === repo && String(r.id) === rest[1]);
      if (!run) return error(404, "Not Found");
      if (rest.length === 2 && req.method === "GET") {
        this.advance(run);
        return { status: 200, body: this.runJson(run) };
      }
      if (rest[2] === "jobs" && req.method === "GET") return { status: 200, body: { total_count: 1, jobs: [this.jobJson(run)] } };
      if (rest[2] === "cancel" && req.method === "POST") {
        if (run.status === "completed") return error(409, "Cannot cancel a workflow run that is completed.");
        run.status = "completed";
        run.conclusion = "cancelled";
        run.updatedAt = new Date().toISOString();
        return { status: 202, body: {} };
      }
    }
    if (rest[0] === "jobs" && rest[2] === "logs" && req.method === "GET") {
      const run = this.runs.find((r) => r.repo === repo && String(r.jobId) === rest[1]);
      if (!run) return error(404, "Not Found");
      if (run.status !== "completed") return error(404, "Not Found");
      return { status: 302, headers: { location: `${this.url}/_blobs/job-logs/${run.jobId}?sv=2025-01-05&sig=stub` } };
    }
    return error(404, "Not Found");
  }

  private dispatch(req: StubRequest, repo: string, branches: string[], wf: StubWorkflow): StubResponse {
    let body: { ref?: unknown; inputs?: unknown; return_run_details?: unknown };
    try {
      body = JSON.parse(req.body) as typeof body;
    } catch {
      return error(400, "Problems parsing JSON");
    }
    const mode = this.options.returnRunDetails ?? "supported";
    if (mode === "rejected" && "return_run_details" in body) {
      return error(422, 'Invalid request.\n\n"return_run_details" is not a permitted key.');
    }
    if (typeof body.ref !== "string") return error(422, 'Invalid request.\n\n"ref" wasn\'t supplied.');
    if (wf.dispatch === false) return error(422, "Workflow does not have 'workflow_dispatch' trigger");
    const ref = body.ref.replace(/^refs\/heads\//, "");
    if (!branches.includes(ref)) return error(422, `No ref found for: ${body.ref}`);
    const inputs = (body.inputs ?? {}) as Record<string, string>;
    if (wf.inputs) {
      const unexpected = Object.keys(inputs).filter((k) => !wf.inputs?.includes(k));
      if (unexpected.length > 0) return error(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
    }
    const now = new Date().toISOString();
    const id = this.nextId++;
    const run: StubRun = {
      id,
      repo,
      workflow: wf,
      ref,
      inputs,
      displayTitle: wf.runName ? wf.runName(inputs) : (wf.name ?? wf.file),
      status: "queued",
      conclusion: null,
      polls: 0,
      createdAt: now,
      startedAt: now,
      updatedAt: now,
      listLag: this.options.listLag ?? 0,
      jobId: id * 10 + 1,
    };
    this.runs.push(run);
    if (mode === "supported" && body.return_run_details === true) {
      return {
        status: 200,
        body: {
          workflow_run_id: id,
          run_url: `${this.url}/repos/${repo}/actions/runs/${id}`,
          html_url: `https://github.com/${repo}/actions/runs/${id}`,
        },
      };
    }
    return { status: 204 };
  }

  private list(req: StubRequest, repo: string, wf: StubWorkflow | undefined): StubResponse {
    const event = req.query.get("event");
    const branch = req.query.get("branch");
    const created = req.query.get("created");
    const since = created?.startsWith(">=") ? Date.parse(created.slice(2)) : undefined;
    const perPage = Math.min(100, Number(req.query.get("per_page") ?? 30));
    const page = Number(req.query.get("page") ?? 1);
    const matching = this.runs
      .filter((r) => r.repo === repo && (!wf || r.workflow === wf))
      .filter((r) => {
        if (r.listLag > 0) {
          r.listLag--;
          return false;
        }
        return true;
      })
      .filter((r) => (!event || event === "workflow_dispatch") && (!branch || r.ref === branch))
      .filter((r) => since === undefined || Date.parse(r.createdAt) >= since)
      .sort((a, b) => b.id - a.id);
    const slice = matching.slice((page - 1) * perPage, page * perPage);
    return { status: 200, body: { total_count: matching.length, workflow_runs: slice.map((r) => this.runJson(r)) } };
  }

  private advance(run: StubRun): void {
    if (run.status === "completed") return;
    run.polls++;
    if (run.polls < (this.options.pollsPerPhase ?? 1)) return;
    run.polls = 0;
    run.updatedAt = new Date().toISOString();
    if (run.status === "queued") {
      run.status = "in_progress";
      run.startedAt = run.updatedAt;
    } else {
      run.status = "completed";
      run.conclusion = run.workflow.conclusion ?? "success";
    }
  }

  private runJson(run: StubRun) {
    const api = `${this.url}/repos/${run.repo}`;
    return {
      id: run.id,
      name: run.workflow.name ?? run.workflow.file,
      node_id: `WFR_${run.id}`,
      head_branch: run.ref,
      head_sha: "acb5820ced9479c074f688cc328bf03f341a511d",
      path: `.github/workflows/${run.workflow.file}`,
      display_title: run.displayTitle,
      run_number: run.id - 30433641,
      event: "workflow_dispatch",
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: 159038,
      url: `${api}/actions/runs/${run.id}`,
      html_url: `https://github.com/${run.repo}/actions/runs/${run.id}`,
      created_at: run.createdAt,
      updated_at: run.updatedAt,
      run_attempt: 1,
      run_started_at: run.startedAt,
      jobs_url: `${api}/actions/runs/${run.id}/jobs`,
      logs_url: `${api}/actions/runs/${run.id}/logs`,
      cancel_url: `${api}/actions/runs/${run.id}/cancel`,
      actor: { login: "shipyard-bot", id: 1 },
      repository: { id: 1296269, full_name: run.repo },
    };
  }

  private jobJson(run: StubRun) {
    const done = run.status === "completed";
    const failed = done && run.conclusion === "failure";
    const stepNames = [
      "Set up job",
      "Checkout",
      "Build and push",
      ...(run.workflow.extraStep ? [run.workflow.extraStep] : []),
      "Complete job",
    ];
    const steps = stepNames.map((name, i) => {
      const state = !done
        ? {
            status: run.status === "in_progress" && i === 0 ? "completed" : "queued",
            conclusion: run.status === "in_progress" && i === 0 ? "success" : null,
          }
        : failed && name === "Build and push"
          ? { status: "completed", conclusion: "failure" }
          : failed && i > 2 && name !== "Complete job"
            ? { status: "completed", conclusion: "skipped" }
            : { status: "completed", conclusion: run.conclusion === "cancelled" && i >= 2 ? "cancelled" : "success" };
      return { name, number: i + 1, ...state, started_at: run.startedAt, completed_at: done ? run.updatedAt : null };
    });
    return {
      id: run.jobId,
      run_id: run.id,
      run_url: `${this.url}/repos/${run.repo}/actions/runs/${run.id}`,
      node_id: `CR_${run.jobId}`,
      head_sha: "acb5820ced9479c074f688cc328bf03f341a511d",
      html_url: `https://github.com/${run.repo}/actions/runs/${run.id}/job/${run.jobId}`,
      status: run.status,
      conclusion: done ? run.conclusion : null,
      created_at: run.createdAt,
      started_at: run.startedAt,
      completed_at: done ? run.updatedAt : null,
      name: "build",
      steps,
      labels: ["ubuntu-latest"],
      workflow_name: run.workflow.name ?? run.workflow.file,
      head_branch: run.ref,
    };
  }

  private blob(req: StubRequest, jobId: number): StubResponse {
    if (header(req, "authorization")) {
      return { status: 400, body: "InvalidAuthenticationInfo: a signed URL must not carry an Authorization header" };
    }
    const run = this.runs.find((r) => r.jobId === jobId);
    if (!run) return { status: 404, body: "BlobNotFound" };
    const t = run.updatedAt;
    const lines = [
      `${t} ##[group]Run docker/build-push-action@v6`,
      `${t} #1 [internal] load build definition from Dockerfile`,
      run.conclusion === "failure"
        ? `${t} ##[error]buildx failed with: ERROR: failed to solve: process "/bin/sh -c exit 1" did not complete successfully`
        : `${t} #9 pushing layers done`,
      `${t} ##[endgroup]`,
    ];
    return { status: 200, headers: { "content-type": "text/plain" }, body: `\uFEFF${lines.join("\r\n")}\r\n` };
  }
}

const header = (req: StubRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

const error = (status: number, message: string): StubResponse => ({
  status,
  body: { message, documentation_url: DOCS, status: String(status) },
});
