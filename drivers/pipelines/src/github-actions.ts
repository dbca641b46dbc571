import {
  expectJson,
  type FetchLike,
  findDigestMarker,
  formatWait,
  linkNext,
  mentionsId,
  readJson,
  responseLines,
  retryAfterMs,
  send,
  sleep,
} from "./http.ts";
import {
  type BuildRequest,
  type BuildStatus,
  PipelineError,
  type PipelineErrorCode,
  type PipelineProvider,
  type PipelineRun,
} from "./port.ts";

export interface GitHubActionsConfig {
  /** A token that may dispatch workflows: fine-grained with Actions read/write, or classic with `repo` + `workflow`. */
  token: string;
  /** REST API root. Default `https://api.github.com`; GitHub Enterprise Server: `https://HOST/api/v3`. */
  baseUrl?: string | undefined;
  /** `X-GitHub-Api-Version`. Default `2022-11-28`. */
  apiVersion?: string | undefined;
  /**
   * The `workflow_dispatch` input that carries Shipyard's build id. Default `shipyard_build_id`.
   * The workflow must declare it, and should put it in its `run-name`: that is how Shipyard finds
   * the run when GitHub does not say which run a dispatch started, and how a retried trigger finds
   * the run an earlier attempt started.
   */
  buildIdInput?: string | undefined;
  /**
   * More inputs to send, by the name the workflow declares them under. GitHub rejects inputs a
   * workflow does not declare (422 "Unexpected inputs provided"), so each is sent only when named here.
   */
  requestInputs?:
    | {
        image?: string | undefined;
        repository?: string | undefined;
        tag?: string | undefined;
        reason?: string | undefined;
        dockerfile?: string | undefined;
        context?: string | undefined;
        /** Build args as `KEY=value` lines. */
        buildArgs?: string | undefined;
      }
    | undefined;
  /** Ask the dispatch to return the run id (`return_run_details`, GitHub.com since Feb 2026). Default true. */
  returnRunDetails?: boolean | undefined;
  /** Before dispatching, look for a run already started for the same build id. Default true. */
  reuseExistingRun?: boolean | undefined;
  /** How long to look for the run a dispatch started when GitHub did not say. Default 60 s, every 2 s. */
  findRunTimeoutMs?: number | undefined;
  findRunIntervalMs?: number | undefined;
  /** Per request. Default 30 s. */
  requestTimeoutMs?: number | undefined;
  userAgent?: string | undefined;
  fetch?: FetchLike | undefined;
  now?: (() => number) | undefined;
}

/** A workflow run as the REST API returns it (the fields read here). */
interface GhRun {
  id: number;
  name?: string | null;
  display_title?: string | null;
  status: string | null;
  conclusion: string | null;
  html_url?: string | undefined;
  created_at?: string | undefined;
  updated_at?: string | undefined;
  run_started_at?: string | null;
}

interface GhStep {
  name: string;
  status: string;
  conclusion: string | null;
  number: number;
}

interface GhJob {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  completed_at?: string | null;
  steps?: GhStep[] | undefined;
}

const LABEL = "GitHub";
const PROVIDER = "github-actions" as const;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** Runs created this long before the dispatch still count (clock skew between us and GitHub). */
const CLOCK_SKEW_MS = 2 * 60_000;

/**
 * Builds images with GitHub Actions `workflow_dispatch` (REST API, `X-GitHub-Api-Version`).
 *
 * Finding the run a dispatch started: with `return_run_details: true` GitHub.com answers 200 with
 * `workflow_run_id`. Older servers answer 204 with nothing (or refuse the parameter with 422: then
 * we dispatch again without it, once, and stop sending it). Then we list the workflow's
 * `workflow_dispatch` runs on the ref created since just before the dispatch and take the one
 * whose name (`display_title`, i.e. the workflow's `run-name`) contains the build id as a whole
 * word. A workflow without such a `run-name` cannot be matched safely on those servers (another
 * dispatch may have started at the same time), so we give up with a `timeout` that says what to add.
 */
export class GitHubActionsPipelineProvider implements PipelineProvider {
  readonly name = PROVIDER;
  private readonly config: GitHubActionsConfig;
  private readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;
  private readonly now: () => number;
  private runDetailsRefused = false;

  constructor(config: GitHubActionsConfig) {
    if (!config.token) {
      throw new PipelineError("invalid_input", "The GitHub Actions pipeline provider needs a token.", {
        provider: PROVIDER,
        suggestion: "Configure a token with Actions read/write permission on the repositories that build images.",
      });
    }
    this.config = config;
    this.baseUrl = (config.baseUrl ?? "https://api.github.com").replace(/\/+$/, "");
    this.fetchImpl = config.fetch ?? ((input, init) => fetch(input, init));
    this.now = config.now ?? Date.now;
  }

  async trigger(req: BuildRequest, signal?: AbortSignal): Promise<PipelineRun> {
    const { repo, workflow, ref } = this.target(req);

    if (this.config.reuseExistingRun !== false) {
      const existing = await this.findRun(repo, workflow, ref, req.buildId, undefined, signal);
      if (existing) return this.toRun(repo, existing);
    }

    const dispatchedAt = this.now();
    const body = { ref, inputs: this.inputs(req) };
    const what = `workflow ${workflow} in ${repo}`;
    const path = `/repos/${repo}/actions/workflows/${encodeURIComponent(workflow)}/dispatches`;
    const wantDetails = this.config.returnRunDetails !== false && !this.runDetailsRefused;

    let res = await this.request("POST", path, { json: wantDetails ? { ...body, return_run_details: true } : body, signal });
    if (wantDetails && (res.status === 422 || res.status === 400)) {
      const err = await this.error(res, what);
      if (!/return_run_details/.test(err.message)) throw err;
      this.runDetailsRefused = true;
      res = await this.request("POST", path, { json: body, signal });
    }
    if (res.status === 200) {
      const details = await expectJson<{ workflow_run_id?: number; html_url?: string }>(
        res,
        LABEL,
        PROVIDER,
        `the dispatch of ${what}`,
      );
      if (typeof details.workflow_run_id === "number") {
        return { provider: PROVIDER, runId: String(details.workflow_run_id), scope: repo, url: details.html_url };
      }
    } else if (res.status !== 204) {
      throw await this.error(res, what);
    } else {
      await res.body?.cancel();
    }
    return this.toRun(repo, await this.awaitDispatchedRun(repo, workflow, ref, req.buildId, dispatchedAt, signal));
  }

  async status(run: PipelineRun, signal?: AbortSignal): Promise<BuildStatus> {
    const { repo, id } = this.runRef(run);
    const res = await this.request("GET", `/repos/${repo}/actions/runs/${id}`, { signal });
    if (!res.ok) throw await this.error(res, `workflow run ${id} in ${repo}`);
    const r = await expectJson<GhRun>(res, LABEL, PROVIDER, `workflow run ${id}`);
    const status = mapRun(r);
    if (status.state === "failed" || status.state === "succeeded") {
      // One more call at the end: which step failed, or the digest the workflow reported.
      const jobs = await this.collect(this.jobs(repo, id, signal));
      if (status.state === "failed") status.message = failureMessage(r, jobs);
      else
        status.digest = jobs
          .flatMap((j) => j.steps ?? [])
          .map((s) => findDigestMarker(s.name))
          .find((d) => d !== undefined);
    }
    return status;
  }

  /**
   * Each job's log as text: a header line per job, then its log (`GET /actions/jobs/{id}/logs`
   * redirects to a plain-text file, fetched without our token). A job still running, or whose log
   * has expired, shows its steps and their conclusions instead. The run-level zip is not read.
   */
  async *logs(run: PipelineRun, signal?: AbortSignal): AsyncIterable<string> {
    const { repo, id } = this.runRef(run);
    for await (const job of this.jobs(repo, id, signal)) {
      yield `=== job ${job.name}: ${job.conclusion ?? job.status} ===`;
      let printed = false;
      if (job.status === "completed") {
        const res = await this.request("GET", `/repos/${repo}/actions/jobs/${job.id}/logs`, { signal, redirect: "manual" });
        const location = res.headers.get("location");
        await res.body?.cancel();
        if (res.status >= 300 && res.status < 400 && location) {
          const log = await send(new URL(location, this.baseUrl).toString(), { method: "GET" }, this.sendOptions(signal));
          if (log.ok) {
            for await (const line of responseLines(log)) {
              printed = true;
              yield line;
            }
          } else {
            await log.body?.cancel();
          }
        } else if (res.status === 401 || res.status === 403 || res.status === 429) {
          throw await this.error(res, `the log of job ${job.name}`);
        }
      }
      if (!printed) {
        for (const step of job.steps ?? []) yield `step ${step.number} ${step.name}: ${step.conclusion ?? step.status}`;
      }
    }
  }

  async cancel(run: PipelineRun, signal?: AbortSignal): Promise<void> {
    const { repo, id } = this.runRef(run);
    const res = await this.request("POST", `/repos/${repo}/actions/runs/${id}/cancel`, { signal });
    // 409: "Cannot cancel a workflow run that is completed." — the run is over, nothing to do.
    if (res.ok || res.status === 409) {
      await res.body?.cancel();
      return;
    }
    throw await this.error(res, `workflow run ${id} in ${repo}`);
  }

  // -------------------------------------------------------------------------------------------

  private target(req: BuildRequest): { repo: string; workflow: string; ref: string } {
    const p = req.pipeline;
    if (p.provider !== "github-actions") {
      throw new PipelineError(
        "invalid_input",
        `Build ${req.buildId} of ${req.image} uses a ${p.provider} pipeline, not GitHub Actions.`,
        {
          provider: PROVIDER,
          suggestion: "Route the request to the provider its build.provider names.",
        },
      );
    }
    const repo = p.repo ?? (req.source.provider === "github" ? req.source.repo : undefined);
    if (!repo || !REPO.test(repo)) {
      throw new PipelineError(
        "invalid_input",
        repo
          ? `"${repo}" is not a GitHub repository (owner/name) for the build of ${req.image}.`
          : `The build of ${req.image} names no GitHub repository: its source is on ${req.source.provider}.`,
        { provider: PROVIDER, suggestion: "Set build.repo to the owner/name whose workflow builds the image." },
      );
    }
    return { repo, workflow: p.workflow, ref: p.ref };
  }

  private inputs(req: BuildRequest): Record<string, string> {
    if (req.pipeline.provider !== "github-actions") return {};
    const names = this.config.requestInputs ?? {};
    const inputs: Record<string, string> = { ...req.pipeline.inputs };
    const put = (name: string | undefined, value: string | undefined) => {
      if (name && value !== undefined) inputs[name] = value;
    };
    put(names.image, req.image);
    put(names.repository, req.repository);
    put(names.tag, req.tag);
    put(names.reason, req.reason);
    put(names.dockerfile, req.source.dockerfile);
    put(names.context, req.source.context);
    const args = Object.entries(req.buildArgs ?? {});
    put(names.buildArgs, args.length > 0 ? args.map(([k, v]) => `${k}=${v}`).join("\n") : undefined);
    inputs[this.config.buildIdInput ?? "shipyard_build_id"] = req.buildId;
    return inputs;
  }

  private runRef(run: PipelineRun): { repo: string; id: string } {
    if (run.provider !== PROVIDER || !run.scope || !REPO.test(run.scope) || !/^\d+$/.test(run.runId)) {
      throw new PipelineError(
        "invalid_input",
        `Run ${run.runId} (${run.provider}, ${run.scope ?? "no repository"}) is not a GitHub Actions run.`,
        {
          provider: PROVIDER,
          suggestion: "Pass the PipelineRun that GitHubActionsPipelineProvider.trigger returned, with its scope.",
        },
      );
    }
    return { repo: run.scope, id: run.runId };
  }

  private toRun(repo: string, run: GhRun): PipelineRun {
    return { provider: PROVIDER, runId: String(run.id), scope: repo, url: run.html_url };
  }

  /** The newest `workflow_dispatch` run of the workflow on `ref` whose name carries the build id. */
  private async findRun(
    repo: string,
    workflow: string,
    ref: string,
    buildId: string,
    since: number | undefined,
    signal: AbortSignal | undefined,
  ): Promise<GhRun | undefined> {
    const query: Record<string, string> = {
      event: "workflow_dispatch",
      branch: ref.replace(/^refs\/(heads|tags)\//, ""),
      per_page: "100",
    };
    if (since !== undefined) query.created = `>=${new Date(since - CLOCK_SKEW_MS).toISOString().replace(/\.\d{3}Z$/, "Z")}`;
    const res = await this.request("GET", `/repos/${repo}/actions/workflows/${encodeURIComponent(workflow)}/runs`, {
      query,
      signal,
    });
    if (!res.ok) throw await this.error(res, `the runs of workflow ${workflow} in ${repo}`);
    const page = await expectJson<{ workflow_runs?: GhRun[] }>(res, LABEL, PROVIDER, `the runs of workflow ${workflow}`);
    return (page.workflow_runs ?? []).find((r) => mentionsId(r.display_title, buildId) || mentionsId(r.name, buildId));
  }

  private async awaitDispatchedRun(
    repo: string,
    workflow: string,
    ref: string,
    buildId: string,
    dispatchedAt: number,
    signal: AbortSignal | undefined,
  ): Promise<GhRun> {
    const timeoutMs = this.config.findRunTimeoutMs ?? 60_000;
    const intervalMs = this.config.findRunIntervalMs ?? 2_000;
    const deadline = this.now() + timeoutMs;
    for (;;) {
      const run = await this.findRun(repo, workflow, ref, buildId, dispatchedAt, signal);
      if (run) return run;
      if (this.now() >= deadline) break;
      await sleep(intervalMs, signal);
    }
    const input = this.config.buildIdInput ?? "shipyard_build_id";
    throw new PipelineError(
      "timeout",
      `Workflow ${workflow} in ${repo} was dispatched on ${ref}, but no run named with build id ${buildId} appeared within ${formatWait(timeoutMs)}.`,
      {
        provider: PROVIDER,
        suggestion: `Give the workflow a run name that carries the build id, e.g. \`run-name: "build \${{ inputs.${input} }}"\`, so Shipyard can tell its run from others (this GitHub does not return run ids on dispatch). Check the workflow's runs: one may have started anyway.`,
      },
    );
  }

  /** The latest attempt's jobs of a run, page by page. */
  private async *jobs(repo: string, id: string, signal: AbortSignal | undefined): AsyncIterable<GhJob> {
    let url: string | undefined = this.url(`/repos/${repo}/actions/runs/${id}/jobs`, { filter: "latest", per_page: "100" });
    while (url) {
      const res = await send(url, { method: "GET", headers: this.headers() }, this.sendOptions(signal));
      if (!res.ok) throw await this.error(res, `the jobs of workflow run ${id} in ${repo}`);
      const page = await expectJson<{ jobs?: GhJob[] }>(res, LABEL, PROVIDER, `the jobs of run ${id}`);
      for (const job of page.jobs ?? []) yield job;
      url = linkNext(res.headers.get("link"), url);
    }
  }

  private async collect<T>(items: AsyncIterable<T>): Promise<T[]> {
    const out: T[] = [];
    for await (const item of items) out.push(item);
    return out;
  }

  private headers(): Record<string, string> {
    return {
      accept: "application/vnd.github+json",
      authorization: `Bearer ${this.config.token}`,
      "x-github-api-version": this.config.apiVersion ?? "2022-11-28",
      "user-agent": this.config.userAgent ?? "shipyard-pipelines",
    };
  }

  private url(path: string, query?: Record<string, string>): string {
    const u = new URL(`${this.baseUrl}${path}`);
    for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
    return u.toString();
  }

  private sendOptions(signal: AbortSignal | undefined) {
    return { provider: PROVIDER, label: LABEL, fetch: this.fetchImpl, timeoutMs: this.config.requestTimeoutMs ?? 30_000, signal };
  }

  private request(
    method: string,
    path: string,
    options: {
      json?: unknown;
      query?: Record<string, string>;
      signal?: AbortSignal | undefined;
      redirect?: "manual" | "follow" | "error";
    },
  ): Promise<Response> {
    const headers = this.headers();
    const init: RequestInit = { method, headers };
    if (options.json !== undefined) {
      headers["content-type"] = "application/json";
      init.body = JSON.stringify(options.json);
    }
    if (options.redirect) init.redirect = options.redirect;
    return send(this.url(path, options.query), init, this.sendOptions(options.signal));
  }

  /** Maps a GitHub error answer to a `PipelineError` with GitHub's own words. */
  private async error(res: Response, what: string): Promise<PipelineError> {
    const body = (await readJson(res)) as { message?: unknown; errors?: unknown } | undefined;
    const said = typeof body?.message === "string" ? body.message : "";
    const detail = said ? `: ${said}` : "";
    const status = res.status;
    const retry = retryAfterMs(res.headers, this.now());
    const make = (code: PipelineErrorCode, message: string, suggestion?: string, retryAfter?: number) =>
      new PipelineError(code, message, { provider: PROVIDER, status, suggestion, retryAfterMs: retryAfter });

    const rateLimited =
      status === 429 ||
      (status === 403 &&
        (res.headers.has("retry-after") || res.headers.get("x-ratelimit-remaining") === "0" || /rate limit/i.test(said)));
    if (rateLimited) {
      const secondary = /secondary rate limit/i.test(said) || res.headers.has("retry-after");
      // GitHub: without retry-after or a reset time, wait at least a minute before retrying.
      const wait = retry ?? 60_000;
      return make(
        "rate_limited",
        `GitHub is rate limiting requests (${secondary ? "secondary" : "primary"} limit) for ${what}${detail}.`,
        `Retry after ${formatWait(wait)}. Fewer concurrent builds or a GitHub App token (higher limits) help.`,
        wait,
      );
    }
    switch (status) {
      case 401:
        return make(
          "unauthenticated",
          `GitHub rejected the token for ${what} (HTTP 401${detail}).`,
          "Configure a valid token: fine-grained with Actions read/write on the repository, or classic with repo and workflow scopes.",
        );
      case 403:
        return make(
          "forbidden",
          `GitHub refused ${what} (HTTP 403${detail}).`,
          "Give the token Actions read/write permission on the repository (classic tokens: repo and workflow scopes); an organisation may also restrict Actions.",
        );
      case 404:
        return make(
          "not_found",
          `GitHub has no ${what}, or the token cannot see it (HTTP 404${detail}).`,
          "Check build.repo and build.workflow (the file name, e.g. build.yml); GitHub answers 404 for private repositories the token cannot read.",
        );
      case 409:
        return make("conflict", `GitHub refused ${what} in its current state (HTTP 409${detail}).`);
      case 422:
      case 400:
        return make(
          "invalid_input",
          `GitHub rejected the request for ${what} (HTTP ${status}${detail}).`,
          suggestionFor422(said),
        );
      default:
        if (status >= 500) {
          return make(
            "unavailable",
            `GitHub failed on ${what} (HTTP ${status}${detail}).`,
            "GitHub may be having an incident; retry later.",
            retry,
          );
        }
        return make("invalid_input", `GitHub answered HTTP ${status} for ${what}${detail}.`);
    }
  }
}

function suggestionFor422(message: string): string | undefined {
  if (/workflow_dispatch/i.test(message)) {
    return "Add a `workflow_dispatch:` trigger (with the shipyard_build_id input) to the workflow's `on:` section, on the ref Shipyard dispatches.";
  }
  if (/unexpected inputs/i.test(message)) {
    return "Declare these inputs under on.workflow_dispatch.inputs in the workflow, or remove them from the image's build.inputs.";
  }
  if (/no ref found|ref/i.test(message)) return "Check build.ref: the branch or tag must exist in the repository.";
  return undefined;
}

/** GitHub run `status` / `conclusion` → the port's state. */
export function mapRun(r: Pick<GhRun, "status" | "conclusion" | "run_started_at" | "updated_at">): BuildStatus {
  const startedAt = r.run_started_at ?? undefined;
  switch (r.status) {
    case "completed": {
      const finishedAt = r.updated_at;
      switch (r.conclusion) {
        case "success":
          return { state: "succeeded", startedAt, finishedAt };
        case "cancelled":
          return { state: "cancelled", message: "The workflow run was cancelled.", startedAt, finishedAt };
        default:
          return { state: "failed", message: conclusionText(r.conclusion), startedAt, finishedAt };
      }
    }
    case "in_progress":
      return { state: "running", startedAt };
    case "waiting":
      return { state: "queued", message: "Waiting for a deployment protection rule (an approval or a wait timer).", startedAt };
    case "action_required":
      return { state: "queued", message: "Waiting for a maintainer to approve the run.", startedAt };
    default:
      // requested, queued, pending
      return { state: "queued", startedAt };
  }
}

function conclusionText(conclusion: string | null): string {
  switch (conclusion) {
    case "failure":
      return "The workflow run failed.";
    case "timed_out":
      return "The workflow run timed out.";
    case "startup_failure":
      return "The workflow run could not start (startup_failure): check the workflow file.";
    case "action_required":
      return "The workflow run needs a maintainer's action.";
    case "stale":
      return "The workflow run went stale.";
    case "skipped":
      return "The workflow run was skipped: no job ran, so no image was built.";
    case "neutral":
      return "The workflow run ended neutral (neither success nor failure): no image is known to be pushed.";
    default:
      return `The workflow run ended with conclusion ${conclusion ?? "unknown"}.`;
  }
}

function failureMessage(r: GhRun, jobs: GhJob[]): string {
  const base = conclusionText(r.conclusion);
  const failed = jobs.find((j) => j.conclusion === "failure" || j.conclusion === "timed_out");
  if (!failed) return base;
  const step = failed.steps?.find((s) => s.conclusion === "failure" || s.conclusion === "timed_out");
  return step ? `${base} Job "${failed.name}" failed at step "${step.name}".` : `${base} Job "${failed.name}" failed.`;
}
