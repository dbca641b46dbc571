import {
  expectJson,
  type FetchLike,
  findDigestMarker,
  formatWait,
  mentionsId,
  readJson,
  responseLines,
  retryAfterMs,
  send,
} from "./http.ts";
import {
  type BuildRequest,
  type BuildStatus,
  PipelineError,
  type PipelineErrorCode,
  type PipelineProvider,
  type PipelineRun,
} from "./port.ts";

export interface GitLabConfig {
  /** GitLab root, e.g. `https://gitlab.com` or `https://gitlab.example.com` (the API is under `/api/v4`). Default gitlab.com. */
  baseUrl?: string | undefined;
  /**
   * An access token (personal, project or group) for the REST API: `api` scope to start pipelines
   * with it, `read_api` is enough when a trigger token starts them. Needed for status, logs and
   * cancel: a trigger token can only start pipelines.
   */
  token?: string | undefined;
  /** How `token` is sent: `PRIVATE-TOKEN` header (access tokens, default) or `Authorization: Bearer` (OAuth). */
  tokenType?: "private" | "oauth" | undefined;
  /** A pipeline trigger token (`glptt-…`): when set, pipelines start through `POST /trigger/pipeline`. */
  triggerToken?: string | undefined;
  /** Prefix of the variables Shipyard passes (`SHIPYARD_BUILD_ID`, …). Default `SHIPYARD_`. */
  variablePrefix?: string | undefined;
  /**
   * Before starting a pipeline, look for one already started for the same build id (by the
   * pipeline's name, `workflow:name` in .gitlab-ci.yml). Needs `token`. Default true.
   */
  reuseExistingRun?: boolean | undefined;
  /** Read the image digest from a `shipyard-digest=sha256:…` line in a successful job's log. Default true. */
  digestFromJobLog?: boolean | undefined;
  /** Per request. Default 30 s. */
  requestTimeoutMs?: number | undefined;
  userAgent?: string | undefined;
  fetch?: FetchLike | undefined;
  now?: (() => number) | undefined;
}

/** A pipeline as the REST API returns it (the fields read here). */
interface GlPipeline {
  id: number;
  status: string;
  name?: string | null;
  ref?: string;
  web_url?: string;
  created_at?: string;
  started_at?: string | null;
  finished_at?: string | null;
  updated_at?: string;
  yaml_errors?: string | null;
}

interface GlJob {
  id: number;
  name: string;
  stage: string;
  status: string;
  failure_reason?: string | null;
  allow_failure?: boolean;
}

const PROVIDER = "gitlab" as const;

/**
 * Builds images with GitLab CI pipelines (REST API v4). Starts a pipeline with a trigger token
 * (`POST /projects/:id/trigger/pipeline`, form `token`, `ref`, `variables[KEY]`) or with an access
 * token (`POST /projects/:id/pipeline`, JSON `variables: [{key, value}]`). The build is described
 * to the pipeline in `SHIPYARD_*` variables.
 */
export class GitLabPipelineProvider implements PipelineProvider {
  readonly name = PROVIDER;
  private readonly config: GitLabConfig;
  private readonly api: string;
  private readonly label: string;
  private readonly fetchImpl: FetchLike;
  private readonly now: () => number;

  constructor(config: GitLabConfig) {
    if (!config.token && !config.triggerToken) {
      throw new PipelineError("invalid_input", "The GitLab pipeline provider needs an access token, a trigger token, or both.", {
        provider: PROVIDER,
        suggestion: "Configure an access token with the api scope (or a trigger token plus an access token with read_api).",
      });
    }
    this.config = config;
    const base = (config.baseUrl ?? "https://gitlab.com").replace(/\/+$/, "");
    if (!URL.canParse(base)) {
      throw new PipelineError("invalid_input", `"${base}" is not a URL for GitLab.`, {
        provider: PROVIDER,
        suggestion: "Set the GitLab base URL to the instance's root, e.g. https://gitlab.example.com.",
      });
    }
    this.api = `${base}/api/v4`;
    this.label = `GitLab (${new URL(base).host})`;
    this.fetchImpl = config.fetch ?? ((input, init) => fetch(input, init));
    this.now = config.now ?? Date.now;
  }

  async trigger(req: BuildRequest, signal?: AbortSignal): Promise<PipelineRun> {
    const { project, ref, variables } = this.target(req);
    const what = `a pipeline for ${project} on ${ref}`;

    if (this.config.token && this.config.reuseExistingRun !== false) {
      const existing = await this.findPipeline(project, ref, req.buildId, signal);
      if (existing) return this.toRun(project, existing);
    }

    let res: Response;
    if (this.config.triggerToken) {
      const form = new URLSearchParams({ token: this.config.triggerToken, ref });
      for (const [k, v] of Object.entries(variables)) form.append(`variables[${k}]`, v);
      res = await this.request("POST", `/projects/${projectId(project)}/trigger/pipeline`, { form, signal, auth: false });
      if (res.status === 404) throw await this.triggerNotFound(res, project, signal);
    } else {
      const json = {
        ref,
        variables: Object.entries(variables).map(([key, value]) => ({ key, value, variable_type: "env_var" })),
      };
      res = await this.request("POST", `/projects/${projectId(project)}/pipeline`, { json, signal });
    }
    if (!res.ok) throw await this.error(res, what);
    return this.toRun(project, await expectJson<GlPipeline>(res, this.label, PROVIDER, what));
  }

  async status(run: PipelineRun, signal?: AbortSignal): Promise<BuildStatus> {
    const { project, id } = this.runRef(run);
    const what = `pipeline ${id} of ${project}`;
    const res = await this.request("GET", `/projects/${projectId(project)}/pipelines/${id}`, { signal });
    if (!res.ok) throw await this.error(res, what);
    const p = await expectJson<GlPipeline>(res, this.label, PROVIDER, what);
    const status = mapPipeline(p);
    if (status.state === "failed") {
      const failed = await this.jobs(project, id, ["failed"], signal);
      status.message = failureMessage(p, failed);
    } else if (status.state === "succeeded" && this.config.digestFromJobLog !== false) {
      status.digest = await this.digestFromLogs(project, id, signal);
    }
    return status;
  }

  /** Every job's log, in the order the jobs were created, each after a header line. */
  async *logs(run: PipelineRun, signal?: AbortSignal): AsyncIterable<string> {
    const { project, id } = this.runRef(run);
    const jobs = await this.jobs(project, id, undefined, signal);
    for (const job of jobs) {
      yield `=== job ${job.name} (stage ${job.stage}): ${job.status} ===`;
      for await (const line of this.trace(project, job, signal)) yield line;
    }
  }

  async cancel(run: PipelineRun, signal?: AbortSignal): Promise<void> {
    const { project, id } = this.runRef(run);
    const res = await this.request("POST", `/projects/${projectId(project)}/pipelines/${id}/cancel`, { signal });
    if (res.ok) {
      await res.body?.cancel();
      return;
    }
    const err = await this.error(res, `pipeline ${id} of ${project}`);
    // A pipeline that has already finished cannot be cancelled: not an error for the port.
    if (err.code === "invalid_input" || err.code === "conflict") {
      const now = await this.status(run, signal).catch(() => undefined);
      if (now && (now.state === "succeeded" || now.state === "failed" || now.state === "cancelled")) return;
    }
    throw err;
  }

  // -------------------------------------------------------------------------------------------

  private target(req: BuildRequest): { project: string; ref: string; variables: Record<string, string> } {
    const p = req.pipeline;
    if (p.provider !== "gitlab") {
      throw new PipelineError(
        "invalid_input",
        `Build ${req.buildId} of ${req.image} uses a ${p.provider} pipeline, not GitLab.`,
        {
          provider: PROVIDER,
          suggestion: "Route the request to the provider its build.provider names.",
        },
      );
    }
    const project = p.project ?? (req.source.provider === "gitlab" ? req.source.repo : undefined);
    if (!project || !/^(\d+|[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+)$/.test(project)) {
      throw new PipelineError(
        "invalid_input",
        project
          ? `"${project}" is not a GitLab project (group/project or a numeric id) for the build of ${req.image}.`
          : `The build of ${req.image} names no GitLab project: its source is on ${req.source.provider}.`,
        { provider: PROVIDER, suggestion: "Set build.project to the group/project (or id) whose pipeline builds the image." },
      );
    }
    const prefix = this.config.variablePrefix ?? "SHIPYARD_";
    const variables: Record<string, string> = { ...p.variables };
    const put = (key: string, value: string) => {
      variables[`${prefix}${key}`] = value;
    };
    put("BUILD_ID", req.buildId);
    put("IMAGE", req.image);
    put("IMAGE_REPOSITORY", req.repository);
    put("IMAGE_TAG", req.tag);
    put("DOCKERFILE", req.source.dockerfile);
    put("CONTEXT", req.source.context);
    put("REASON", req.reason);
    const args = Object.entries(req.buildArgs ?? {});
    if (args.length > 0) put("BUILD_ARGS", args.map(([k, v]) => `${k}=${v}`).join("\n"));
    return { project, ref: p.ref, variables };
  }

  private runRef(run: PipelineRun): { project: string; id: string } {
    if (run.provider !== PROVIDER || !run.scope || !/^\d+$/.test(run.runId)) {
      throw new PipelineError(
        "invalid_input",
        `Run ${run.runId} (${run.provider}, ${run.scope ?? "no project"}) is not a GitLab pipeline.`,
        {
          provider: PROVIDER,
          suggestion: "Pass the PipelineRun that GitLabPipelineProvider.trigger returned, with its scope.",
        },
      );
    }
    if (!this.config.token) {
      throw new PipelineError(
        "unauthenticated",
        `Reading ${run.scope} pipeline ${run.runId} needs a GitLab access token; only a trigger token is configured.`,
        {
          provider: PROVIDER,
          suggestion: "Add an access token with the read_api scope (a trigger token can only start pipelines).",
        },
      );
    }
    return { project: run.scope, id: run.runId };
  }

  private toRun(project: string, p: GlPipeline): PipelineRun {
    return { provider: PROVIDER, runId: String(p.id), scope: project, url: p.web_url };
  }

  /** The newest pipeline on `ref` whose name carries the build id (GitLab ≥ 16 lists `name`). */
  private async findPipeline(
    project: string,
    ref: string,
    buildId: string,
    signal: AbortSignal | undefined,
  ): Promise<GlPipeline | undefined> {
    const query = { ref, order_by: "id", sort: "desc", per_page: "50" };
    const res = await this.request("GET", `/projects/${projectId(project)}/pipelines`, { query, signal });
    if (!res.ok) throw await this.error(res, `the pipelines of ${project}`);
    const list = await expectJson<GlPipeline[]>(res, this.label, PROVIDER, `the pipelines of ${project}`);
    return Array.isArray(list) ? list.find((p) => mentionsId(p.name, buildId)) : undefined;
  }

  /** A pipeline's jobs (optionally in some states), oldest first, following `x-next-page`. */
  private async jobs(
    project: string,
    id: string,
    scope: string[] | undefined,
    signal: AbortSignal | undefined,
  ): Promise<GlJob[]> {
    const out: GlJob[] = [];
    let page = "1";
    while (page) {
      const query = new URLSearchParams({ per_page: "100", page });
      for (const s of scope ?? []) query.append("scope[]", s);
      const res = await this.request("GET", `/projects/${projectId(project)}/pipelines/${id}/jobs`, { query, signal });
      if (!res.ok) throw await this.error(res, `the jobs of pipeline ${id} of ${project}`);
      const list = await expectJson<GlJob[]>(res, this.label, PROVIDER, `the jobs of pipeline ${id}`);
      out.push(...(Array.isArray(list) ? list : []));
      page = res.headers.get("x-next-page") ?? "";
    }
    return out.sort((a, b) => a.id - b.id);
  }

  private async *trace(project: string, job: GlJob, signal: AbortSignal | undefined): AsyncIterable<string> {
    const res = await this.request("GET", `/projects/${projectId(project)}/jobs/${job.id}/trace`, { signal });
    if (res.status === 404) {
      // No log (yet): the job has not started, or its log was erased.
      await res.body?.cancel();
      return;
    }
    if (!res.ok) throw await this.error(res, `the log of job ${job.name} (${job.id})`);
    for await (const line of responseLines(res)) {
      // Collapsible-section markers: `section_start:…` already gave way to its header (after the CR).
      if (/^section_end:\d+:/.test(line)) continue;
      yield line.replace(/^section_start:\d+:[^\s]*/, "");
    }
  }

  private async digestFromLogs(project: string, id: string, signal: AbortSignal | undefined): Promise<string | undefined> {
    const jobs = await this.jobs(project, id, ["success"], signal);
    for (const job of jobs.reverse()) {
      for await (const line of this.trace(project, job, signal)) {
        const digest = findDigestMarker(line);
        if (digest) return digest;
      }
    }
    return undefined;
  }

  /**
   * A 404 from the trigger endpoint means the trigger token is not valid for the project, or the
   * project does not exist (GitLab does not say which, so as not to reveal private projects). With
   * an access token we ask whether the project exists to tell the two apart.
   */
  private async triggerNotFound(res: Response, project: string, signal: AbortSignal | undefined): Promise<PipelineError> {
    await res.body?.cancel();
    if (this.config.token) {
      const probe = await this.request("GET", `/projects/${projectId(project)}`, { signal });
      await probe.body?.cancel();
      if (probe.status === 404) {
        return new PipelineError("not_found", `GitLab has no project ${project}, or the access token cannot see it (HTTP 404).`, {
          provider: PROVIDER,
          status: 404,
          suggestion: "Check build.project (group/project or its numeric id).",
        });
      }
    }
    return new PipelineError(
      "unauthenticated",
      `GitLab refused the trigger token for ${project} (HTTP 404: the token is not a trigger token of this project${this.config.token ? "" : ", or the project does not exist"}).`,
      {
        provider: PROVIDER,
        status: 404,
        suggestion: `Create a pipeline trigger token in ${project} (Settings → CI/CD → Pipeline trigger tokens) and configure it.`,
      },
    );
  }

  private request(
    method: string,
    path: string,
    options: {
      json?: unknown;
      form?: URLSearchParams;
      query?: Record<string, string> | URLSearchParams;
      signal?: AbortSignal | undefined;
      auth?: boolean;
    },
  ): Promise<Response> {
    const headers: Record<string, string> = {
      accept: "application/json",
      "user-agent": this.config.userAgent ?? "shipyard-pipelines",
    };
    if (options.auth !== false && this.config.token) {
      if (this.config.tokenType === "oauth") headers.authorization = `Bearer ${this.config.token}`;
      else headers["private-token"] = this.config.token;
    }
    const init: RequestInit = { method, headers };
    if (options.json !== undefined) {
      headers["content-type"] = "application/json";
      init.body = JSON.stringify(options.json);
    } else if (options.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      init.body = options.form.toString();
    }
    const query = options.query ? `?${new URLSearchParams(options.query).toString()}` : "";
    return send(`${this.api}${path}${query}`, init, {
      provider: PROVIDER,
      label: this.label,
      fetch: this.fetchImpl,
      timeoutMs: this.config.requestTimeoutMs ?? 30_000,
      signal: options.signal,
    });
  }

  /** Maps a GitLab error answer (`{"message": …}` or `{"error": …}`) to a `PipelineError`. */
  private async error(res: Response, what: string): Promise<PipelineError> {
    const body = (await readJson(res)) as { message?: unknown; error?: unknown; error_description?: unknown } | undefined;
    const said = gitlabMessage(body);
    const detail = said ? `: ${said}` : "";
    const status = res.status;
    const retry = retryAfterMs(res.headers, this.now());
    const make = (code: PipelineErrorCode, message: string, suggestion?: string, retryAfter?: number) =>
      new PipelineError(code, message, { provider: PROVIDER, status, suggestion, retryAfterMs: retryAfter });
    switch (status) {
      case 401:
        return make(
          "unauthenticated",
          `${this.label} rejected the access token for ${what} (HTTP 401${detail}).`,
          "Configure a valid access token (api scope to start pipelines, read_api for status and logs); check that it has not expired.",
        );
      case 403:
        return make(
          "forbidden",
          `${this.label} refused ${what} (HTTP 403${detail}).`,
          "The token's user needs the Developer role (or higher) on the project, and the ref may be protected.",
        );
      case 404:
        return make(
          "not_found",
          `${this.label} has no ${what}, or the token cannot see it (HTTP 404${detail}).`,
          "Check build.project and the token's access to it.",
        );
      case 409:
        return make("conflict", `${this.label} refused ${what} in its current state (HTTP 409${detail}).`);
      case 429: {
        const wait = retry ?? 60_000;
        return make(
          "rate_limited",
          `${this.label} is rate limiting requests for ${what}${detail}.`,
          `Retry after ${formatWait(wait)}.`,
          wait,
        );
      }
      default:
        if (status >= 500)
          return make("unavailable", `${this.label} failed on ${what} (HTTP ${status}${detail}).`, "Retry later.", retry);
        return make(
          "invalid_input",
          `${this.label} rejected ${what} (HTTP ${status}${detail}).`,
          /reference not found|ref/i.test(said) ? "Check build.ref: the branch or tag must exist in the project." : undefined,
        );
    }
  }
}

/** `group/sub/project` → `group%2Fsub%2Fproject`; a numeric id stays as it is. */
const projectId = (project: string): string => encodeURIComponent(project);

/** GitLab's `message` is a string, or an object of field → messages (`{"base": ["Reference not found"]}`). */
function gitlabMessage(body: { message?: unknown; error?: unknown; error_description?: unknown } | undefined): string {
  if (!body) return "";
  const m = body.message ?? body.error_description ?? body.error;
  if (typeof m === "string") return m;
  if (Array.isArray(m)) return m.map(String).join("; ");
  if (m && typeof m === "object") {
    return Object.entries(m as Record<string, unknown>)
      .map(([k, v]) => `${k === "base" ? "" : `${k}: `}${Array.isArray(v) ? v.map(String).join(", ") : String(v)}`)
      .join("; ");
  }
  return "";
}

/** GitLab pipeline `status` → the port's state. */
export function mapPipeline(p: Pick<GlPipeline, "status" | "started_at" | "finished_at" | "yaml_errors">): BuildStatus {
  const startedAt = p.started_at ?? undefined;
  const finishedAt = p.finished_at ?? undefined;
  switch (p.status) {
    case "success":
      return { state: "succeeded", startedAt, finishedAt };
    case "failed":
      return { state: "failed", message: "The pipeline failed.", startedAt, finishedAt };
    case "canceled":
      return { state: "cancelled", message: "The pipeline was cancelled.", startedAt, finishedAt };
    case "skipped":
      return { state: "failed", message: "The pipeline was skipped: no job ran, so no image was built.", startedAt, finishedAt };
    case "running":
      return { state: "running", startedAt };
    case "canceling":
      return { state: "running", message: "The pipeline is being cancelled.", startedAt };
    case "manual":
      return { state: "queued", message: "The pipeline waits for someone to start a manual job.", startedAt };
    case "scheduled":
      return { state: "queued", message: "The pipeline waits for a delayed job's timer.", startedAt };
    case "waiting_for_resource":
      return { state: "queued", message: "The pipeline waits for a resource group.", startedAt };
    case "waiting_for_callback":
      return { state: "queued", message: "The pipeline waits for an external callback.", startedAt };
    default:
      // created, preparing, pending
      return { state: "queued", startedAt };
  }
}

function failureMessage(p: GlPipeline, failed: GlJob[]): string {
  if (p.yaml_errors) return `The pipeline failed: the CI configuration is invalid: ${p.yaml_errors}`;
  const job = failed.find((j) => !j.allow_failure) ?? failed[0];
  if (!job) return "The pipeline failed.";
  const reason = job.failure_reason ? ` (${job.failure_reason.replace(/_/g, " ")})` : "";
  return `The pipeline failed: job "${job.name}" in stage ${job.stage} failed${reason}.`;
}
