import { listen, type RunningServer, type StubFault, type StubRequest, type StubResponse, takeFault } from "./http-server.ts";

/**
 * A stand-in for the GitLab REST API v4 (pipelines, jobs, pipeline triggers), for tests. It is
 * modelled on the published API documentation (docs.gitlab.com/api/pipelines, /api/jobs,
 * /api/pipeline_triggers, /api/rest "Pagination", "Status codes", "Namespaced paths") and on
 * GitLab's source for the trigger endpoint (lib/api/ci/triggers.rb: an unknown trigger token is a
 * 404 so as not to reveal the project) — NOT on recorded live traffic:
 *
 * - `:id` is a numeric id or a URL-encoded `group/project` path.
 * - `POST /projects/:id/trigger/pipeline` (form `token`, `ref`, `variables[KEY]`): 201 pipeline;
 *   404 `{"message":"404 Not Found"}` for a token that is not this project's trigger token.
 * - `POST /projects/:id/pipeline` (JSON `{ref, variables: [{key, value, variable_type}]}`, access
 *   token): 201 pipeline; 400 `{"message": {"base": ["Reference not found"]}}` for an unknown ref.
 * - `GET /projects/:id/pipelines?ref&name&order_by&sort&per_page&page`: pipelines with `name`
 *   (GitLab ≥ 16.3), `x-next-page` / `x-total` headers.
 * - `GET /projects/:id/pipelines/:pid`: the pipeline; each GET moves it one step along
 *   created → pending → running → success|failed (`pollsPerPhase` GETs per step).
 * - `GET /projects/:id/pipelines/:pid/jobs?scope[]=…`: jobs with `failure_reason`.
 * - `GET /projects/:id/jobs/:job_id/trace`: text/plain log with ANSI colours and collapsible
 *   `section_start` / `section_end` markers, as runners write them.
 * - `POST /projects/:id/pipelines/:pid/cancel`: 200 pipeline.
 * - Auth: `PRIVATE-TOKEN` or `Authorization: Bearer`; 401 `{"message":"401 Unauthorized"}`;
 *   429 with `Retry-After` and `RateLimit-Reset` when a fault is injected.
 *
 * Real GitLab differs in details this does not model: jobs run on runners with their own queue,
 * `workflow:rules` can refuse to create a pipeline (400), child pipelines, keyset pagination.
 */
export interface StubProject {
  id: number;
  path: string;
  branches?: string[] | undefined;
  triggerToken?: string | undefined;
  /** How pipelines end. Default `success`. */
  outcome?: "success" | "failed" | undefined;
  /** `workflow:name` from the pipeline's variables. Default: none (no name). */
  pipelineName?: ((variables: Record<string, string>) => string) | undefined;
  /** A line the build job prints, e.g. to report a digest. */
  extraLogLine?: string | undefined;
}

export interface GitLabApiStubOptions {
  /** Access tokens the stub accepts. */
  tokens: string[];
  projects: StubProject[];
  pollsPerPhase?: number | undefined;
}

interface StubPipeline {
  id: number;
  iid: number;
  project: StubProject;
  ref: string;
  variables: Record<string, string>;
  source: "trigger" | "api";
  status: "created" | "pending" | "running" | "success" | "failed" | "canceled";
  polls: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
  jobIds: [number, number];
}

const SHA = "a91957a858320c0e17f3a0eca7cfacbff50ea29a";

export class GitLabApiStub {
  readonly requests: StubRequest[] = [];
  readonly pipelines: StubPipeline[] = [];
  private readonly options: GitLabApiStubOptions;
  private readonly faults: StubFault[] = [];
  private server: RunningServer | undefined;
  private nextId = 1001;

  constructor(options: GitLabApiStubOptions) {
    this.options = options;
  }

  get url(): string {
    if (!this.server) throw new Error("GitLabApiStub is not started");
    return this.server.url;
  }

  async start(): Promise<this> {
    this.server = await listen((req) => this.handle(req));
    return this;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  fail(fault: StubFault): void {
    this.faults.push(fault);
  }

  private handle(req: StubRequest): StubResponse {
    this.requests.push(req);
    const fault = takeFault(this.faults, req);
    if (fault) return fault;
    const s = req.segments;
    if (s[0] !== "api" || s[1] !== "v4" || s[2] !== "projects" || !s[3]) return message(404, "404 Not Found");
    const project = this.options.projects.find((p) => String(p.id) === s[3] || p.path === s[3]);
    const rest = s.slice(4);

    // The trigger endpoint authenticates with the form's token, not an access token.
    if (rest[0] === "trigger" && rest[1] === "pipeline" && req.method === "POST") {
      const form = parseForm(req);
      if (!project?.triggerToken || form.token !== project.triggerToken) return message(404, "404 Not Found");
      if (!form.ref) return message(400, "ref is missing");
      return this.create(project, form.ref, form.variables, "trigger");
    }

    const token = header(req, "private-token") ?? /^Bearer\s+(.+)$/i.exec(header(req, "authorization") ?? "")?.[1];
    if (!token || !this.options.tokens.includes(token)) return message(401, "401 Unauthorized");
    if (!project) return message(404, "404 Project Not Found");

    if (rest.length === 0 && req.method === "GET")
      return { status: 200, body: { id: project.id, path_with_namespace: project.path } };
    if (rest[0] === "pipeline" && rest.length === 1 && req.method === "POST") {
      let body: { ref?: string; variables?: { key: string; value: string }[] };
      try {
        body = JSON.parse(req.body) as typeof body;
      } catch {
        return { status: 400, body: { error: "400 Bad request - JSON body is invalid" } };
      }
      if (!body.ref) return { status: 400, body: { error: "ref is missing" } };
      const variables = Object.fromEntries((body.variables ?? []).map((v) => [v.key, v.value]));
      return this.create(project, body.ref, variables, "api");
    }
    if (rest[0] === "pipelines" && rest.length === 1 && req.method === "GET") return this.list(req, project);
    if (rest[0] === "pipelines" && rest[1]) {
      const p = this.pipelines.find((x) => x.project === project && String(x.id) === rest[1]);
      if (!p) return message(404, "404 Not found");
      if (rest.length === 2 && req.method === "GET") {
        this.advance(p);
        return { status: 200, body: this.pipelineJson(p) };
      }
      if (rest[2] === "jobs" && req.method === "GET") {
        const scopes = req.query.getAll("scope[]");
        const jobs = this.jobsJson(p).filter((j) => scopes.length === 0 || scopes.includes(j.status));
        return {
          status: 200,
          headers: { "x-total": String(jobs.length), "x-page": "1", "x-per-page": "100", "x-next-page": "" },
          body: jobs,
        };
      }
      if (rest[2] === "cancel" && req.method === "POST") {
        if (p.status !== "success" && p.status !== "failed") {
          p.status = "canceled";
          p.finishedAt = new Date().toISOString();
        }
        return { status: 200, body: this.pipelineJson(p) };
      }
    }
    if (rest[0] === "jobs" && rest[2] === "trace" && req.method === "GET") {
      const p = this.pipelines.find((x) => x.project === project && x.jobIds.includes(Number(rest[1])));
      if (!p) return message(404, "404 Not found");
      return { status: 200, headers: { "content-type": "text/plain" }, body: this.trace(p, Number(rest[1])) };
    }
    return message(404, "404 Not Found");
  }

  private create(project: StubProject, ref: string, variables: Record<string, string>, source: "trigger" | "api"): StubResponse {
    if (!(project.branches ?? ["main"]).includes(ref)) return message(400, { base: ["Reference not found"] });
    const now = new Date().toISOString();
    const id = this.nextId;
    this.nextId += 10;
    const p: StubPipeline = {
      id,
      iid: this.pipelines.filter((x) => x.project === project).length + 1,
      project,
      ref,
      variables,
      source,
      status: "created",
      polls: 0,
      createdAt: now,
      startedAt: null,
      finishedAt: null,
      updatedAt: now,
      jobIds: [id + 1, id + 2],
    };
    this.pipelines.push(p);
    return { status: 201, body: this.pipelineJson(p) };
  }

  private list(req: StubRequest, project: StubProject): StubResponse {
    const ref = req.query.get("ref");
    const name = req.query.get("name");
    const perPage = Math.min(100, Number(req.query.get("per_page") ?? 20));
    const page = Number(req.query.get("page") ?? 1);
    const sortAsc = req.query.get("sort") === "asc";
    const all = this.pipelines
      .filter((p) => p.project === project && (!ref || p.ref === ref) && (!name || this.nameOf(p) === name))
      .sort((a, b) => (sortAsc ? a.id - b.id : b.id - a.id));
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const next = page * perPage < all.length ? String(page + 1) : "";
    return {
      status: 200,
      headers: { "x-total": String(all.length), "x-page": String(page), "x-per-page": String(perPage), "x-next-page": next },
      body: slice.map((p) => {
        const {
          id,
          iid,
          project_id,
          sha,
          ref: r,
          status,
          source,
          created_at,
          updated_at,
          web_url,
          name: n,
        } = this.pipelineJson(p);
        return { id, iid, project_id, sha, ref: r, status, source, created_at, updated_at, web_url, name: n };
      }),
    };
  }

  private nameOf(p: StubPipeline): string | null {
    return p.project.pipelineName ? p.project.pipelineName(p.variables) : null;
  }

  private advance(p: StubPipeline): void {
    if (p.status === "success" || p.status === "failed" || p.status === "canceled") return;
    p.polls++;
    if (p.polls < (this.options.pollsPerPhase ?? 1)) return;
    p.polls = 0;
    const now = new Date().toISOString();
    p.updatedAt = now;
    if (p.status === "created") p.status = "pending";
    else if (p.status === "pending") {
      p.status = "running";
      p.startedAt = now;
    } else {
      p.status = p.project.outcome ?? "success";
      p.finishedAt = now;
    }
  }

  private pipelineJson(p: StubPipeline) {
    const web = `https://gitlab.example.com/${p.project.path}`;
    return {
      id: p.id,
      iid: p.iid,
      project_id: p.project.id,
      name: this.nameOf(p),
      sha: SHA,
      ref: p.ref,
      status: p.status,
      source: p.source,
      before_sha: SHA,
      tag: false,
      yaml_errors: null,
      user: { id: 1, username: "shipyard-bot", name: "Shipyard" },
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      started_at: p.startedAt,
      finished_at: p.finishedAt,
      committed_at: null,
      duration: null,
      queued_duration: null,
      coverage: null,
      web_url: `${web}/-/pipelines/${p.id}`,
      detailed_status: { icon: `status_${p.status}`, text: p.status, label: p.status, group: p.status },
    };
  }

  private jobsJson(p: StubPipeline) {
    const buildStatus =
      p.status === "created"
        ? "created"
        : p.status === "pending"
          ? "pending"
          : p.status === "running"
            ? "running"
            : p.status === "canceled"
              ? "canceled"
              : p.status;
    const prepareStatus = p.status === "created" || p.status === "pending" ? p.status : "success";
    const job = (id: number, name: string, stage: string, status: string) => ({
      id,
      name,
      stage,
      status,
      ref: p.ref,
      tag: false,
      allow_failure: false,
      created_at: p.createdAt,
      started_at: p.startedAt,
      finished_at: status === "success" || status === "failed" ? p.finishedAt : null,
      failure_reason: status === "failed" ? "script_failure" : undefined,
      web_url: `https://gitlab.example.com/${p.project.path}/-/jobs/${id}`,
      pipeline: { id: p.id, project_id: p.project.id, ref: p.ref, sha: SHA, status: p.status },
    });
    // Newest first, as GitLab lists them.
    return [job(p.jobIds[1], "build-image", "build", buildStatus), job(p.jobIds[0], "prepare", "prepare", prepareStatus)];
  }

  private trace(p: StubPipeline, jobId: number): string {
    const esc = "\u001b";
    const section = (name: string, header: string, body: string[]) => [
      `${esc}[0Ksection_start:1700000000:${name}\r${esc}[0K${esc}[36;1m${header}${esc}[0;m`,
      ...body,
      `${esc}[0Ksection_end:1700000001:${name}\r${esc}[0K`,
    ];
    if (jobId === p.jobIds[0]) {
      return [
        ...section("prepare_script", "Preparing environment", ["Running on runner-1 via stub..."]),
        `${esc}[32;1mJob succeeded${esc}[0;m`,
        "",
      ].join("\n");
    }
    const failed = p.status === "failed";
    return [
      ...section("step_script", 'Executing "step_script" stage of the job script', [
        `${esc}[32;1m$ docker build -t ${p.variables.SHIPYARD_IMAGE_REPOSITORY ?? "image"}:${p.variables.SHIPYARD_IMAGE_TAG ?? "latest"} .${esc}[0;m`,
        "Step 1/3 : FROM node:22",
        failed ? "The command '/bin/sh -c npm ci' returned a non-zero code: 1" : "Successfully built 3f1e2d3c4b5a",
        ...(p.project.extraLogLine && !failed ? [p.project.extraLogLine] : []),
      ]),
      failed ? `${esc}[31;1mERROR: Job failed: exit code 1${esc}[0;m` : `${esc}[32;1mJob succeeded${esc}[0;m`,
      "",
    ].join("\n");
  }
}

function parseForm(req: StubRequest): { token?: string; ref?: string; variables: Record<string, string> } {
  const out: { token?: string; ref?: string; variables: Record<string, string> } = { variables: {} };
  const params = new URLSearchParams(req.body);
  for (const [k, v] of params) {
    const m = /^variables\[(.+)\]$/.exec(k);
    if (m) out.variables[m[1] as string] = v;
    else if (k === "token") out.token = v;
    else if (k === "ref") out.ref = v;
  }
  return out;
}

const header = (req: StubRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

const message = (status: number, m: unknown): StubResponse => ({ status, body: { message: m } });
