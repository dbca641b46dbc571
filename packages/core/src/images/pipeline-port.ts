import type { BuildPipeline, ErrorCode, ImageSource } from "@shipyard/contract";
import { DomainError } from "../shared/errors.ts";

/**
 * The `PipelineProvider` port: how the image factory asks something to build and push a managed
 * image — a GitHub Actions workflow, a GitLab pipeline, or the local Docker Engine — and follows
 * the build to its end. No I/O here; drivers in `drivers/pipelines` implement it.
 *
 * Everything that crosses the port is plain JSON-serialisable data: a `PipelineRun` is stored with
 * the build and handed back (maybe after a restart) to `status`, `logs` and `cancel`.
 */

export type PipelineProviderName = "github-actions" | "gitlab" | "local";

/** One build Shipyard wants done. */
export interface BuildRequest {
  /** Catalog name of the managed image (`backstage`). */
  image: string;
  /**
   * Shipyard's id for this build, and the idempotency key: a provider that can find an earlier run
   * for the same `buildId` returns it instead of starting a second one.
   */
  buildId: string;
  /** Image repository to push to, without a tag (`ghcr.io/acme/backstage`). */
  repository: string;
  /** Tag to publish. */
  tag: string;
  /** Where the Dockerfile lives. */
  source: Pick<ImageSource, "provider" | "repo" | "branch" | "dockerfile" | "context">;
  /** How to build it (the catalog's build config). Its `provider` picks the `PipelineProvider`. */
  pipeline: BuildPipeline;
  /** Why this build happens, in words (`base node:22 changed`, `manual rebuild by alice`). */
  reason: string;
  /** Extra build arguments (on top of the pipeline's own). */
  buildArgs?: Record<string, string> | undefined;
}

/** A started build, as the provider knows it. Persist it whole; treat `runId` and `scope` as opaque. */
export interface PipelineRun {
  provider: PipelineProviderName;
  /** The provider's id for the run (GitHub workflow run id, GitLab pipeline id, local build id). */
  runId: string;
  /**
   * Where the run lives, for providers whose ids are only unique inside it: `owner/repo` on
   * GitHub, the project path or id on GitLab. Local builds leave it out.
   */
  scope?: string | undefined;
  /** A page a person can open to watch the run. */
  url?: string | undefined;
}

export type BuildState = "queued" | "running" | "succeeded" | "failed" | "cancelled";

export interface BuildStatus {
  state: BuildState;
  /**
   * `sha256:…` of the pushed image when the provider reports it. Remote pipelines often do not:
   * then the registry watcher records the digest when the tag moves.
   */
  digest?: string | undefined;
  /** The provider's words about the state (`conclusion: timed_out`, a failed job's name, an error). */
  message?: string | undefined;
  /** ISO 8601 times. */
  startedAt?: string | undefined;
  finishedAt?: string | undefined;
}

export const isTerminalBuildState = (state: BuildState): boolean =>
  state === "succeeded" || state === "failed" || state === "cancelled";

/**
 * Builds images somewhere. Failures are `PipelineError`s (a `DomainError`): bad credentials are
 * `unauthenticated`, an unknown repository/workflow/run `not_found`, a provider throttling us
 * `rate_limited` (with `retryAfterMs`), a provider that is down `unavailable`.
 */
export interface PipelineProvider {
  /** Which provider this is; matches `BuildPipeline.provider` of the requests it accepts. */
  readonly name: PipelineProviderName;
  /** Starts the build (or finds the run already started for `req.buildId`). */
  trigger(req: BuildRequest, signal?: AbortSignal): Promise<PipelineRun>;
  /** Where the run is now. Throws `not_found` for a run the provider does not know. */
  status(run: PipelineRun, signal?: AbortSignal): Promise<BuildStatus>;
  /** The run's log as lines, oldest first, as much as there is now (it does not follow a running build). */
  logs(run: PipelineRun, signal?: AbortSignal): AsyncIterable<string>;
  /** Asks the provider to stop the run. Cancelling a finished run is not an error. */
  cancel?(run: PipelineRun, signal?: AbortSignal): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Webhooks: what a provider tells us about runs, normalised

export type PipelineWebhookProvider = "github" | "gitlab";

/** A provider's webhook delivery, reduced to what the image factory acts on. */
export interface PipelineWebhookEvent {
  provider: PipelineWebhookProvider;
  kind: "run_started" | "run_completed" | "push" | "other";
  /** Unique per delivery (`X-GitHub-Delivery`, `X-Gitlab-Event-UUID`): drop a second delivery with the same id. */
  deliveryId: string;
  /** The provider's event name (`workflow_run`, `Pipeline Hook`, `push`, …). */
  event: string;
  /**
   * For run events, the run's `PipelineRun.runId`. Match runs on provider + runId: GitHub run ids
   * and GitLab pipeline ids are unique across their instance.
   */
  runId?: string | undefined;
  /** Where it happened: `owner/repo`, the GitLab project path (its numeric id where the payload has no path). */
  scope?: string | undefined;
  /** For run events: the state the run is in, mapped like `PipelineProvider.status`. */
  status?: BuildState | undefined;
  /** The run's name (GitHub `run-name`, GitLab `workflow:name`); Shipyard puts the build id in it. */
  runName?: string | undefined;
  /** Branch (or tag) the run or push is for, without `refs/heads/`. */
  ref?: string | undefined;
  /** Commit the run or push is for. */
  sha?: string | undefined;
  url?: string | undefined;
}

// ---------------------------------------------------------------------------------------------
// Errors

export type PipelineErrorCode = Extract<
  ErrorCode,
  | "invalid_input"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "unavailable"
  | "timeout"
  | "unsupported"
  | "internal"
>;

export interface PipelineErrorDetails {
  provider: PipelineProviderName | PipelineWebhookProvider;
  /** HTTP status the provider answered with, when there was an answer. */
  status?: number | undefined;
  /** How long the provider asked us to wait, in milliseconds (`Retry-After`, `x-ratelimit-reset`). */
  retryAfterMs?: number | undefined;
  suggestion?: string | undefined;
  cause?: unknown;
}

/** A pipeline failure, carried across the port as a `DomainError` with provider details. */
export class PipelineError extends DomainError {
  readonly provider: PipelineErrorDetails["provider"];
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(code: PipelineErrorCode, message: string, details: PipelineErrorDetails) {
    super(code, message, { suggestion: details.suggestion, cause: details.cause });
    this.name = "PipelineError";
    this.provider = details.provider;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
  }

  /** Worth trying again later: the provider is down, slow or rate limiting. */
  get retryable(): boolean {
    return this.code === "rate_limited" || this.code === "unavailable" || this.code === "timeout";
  }
}

export const isPipelineError = (e: unknown): e is PipelineError => e instanceof PipelineError;
