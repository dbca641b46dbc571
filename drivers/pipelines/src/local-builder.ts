import { randomUUID } from "node:crypto";
import { readFile, realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { analyzeDockerfile, parseReference } from "@shipyard/core";
import {
  type BuildContext,
  type DockerEngineClient,
  type EngineRegistryAuth,
  isDockerEngineError,
  prepareBuildContext,
} from "@shipyard/driver-docker-engine";
import { BoundedLog } from "./local-builder-log.ts";
import {
  type BuildRequest,
  type BuildState,
  type BuildStatus,
  isTerminalBuildState,
  PipelineError,
  type PipelineErrorCode,
  type PipelineProvider,
  type PipelineRun,
} from "./port.ts";

export interface LocalBuilderConfig {
  /** The Docker engine that builds and pushes. */
  engine: DockerEngineClient;
  /**
   * Folders local sources may live in. `source.repo` must be one of them or inside one (after
   * following symlinks); a relative `source.repo` is taken inside the first. Without this list a
   * catalog entry could send any folder of the host (and its secrets) into an image.
   */
  sourceRoots: readonly string[];
  /** Credentials per registry host (`ghcr.io`, `127.0.0.1:5000`) for the push and for `FROM` pulls. */
  credentials?: ((registry: string) => EngineRegistryAuth | undefined) | undefined;
  /**
   * Network of `RUN` steps. Default `none`: steps cannot reach the network (and an engine started
   * with `--bridge=none` can run no other). `default` gives them the engine's bridge.
   */
  networkMode?: string | undefined;
  /** Look for newer `FROM` images on every build (`--pull`). Default false. */
  pull?: boolean | undefined;
  /** Builds running at once; more wait as `queued`. Default 2. */
  maxConcurrentBuilds?: number | undefined;
  /** Log kept per run, in characters; the oldest lines go first. Default 512 Ki. */
  maxLogChars?: number | undefined;
  /** Finished runs remembered (status, logs); the oldest are forgotten first. Default 100. */
  maxRuns?: number | undefined;
  /** Largest build context sent to the engine, in bytes. Default 2 GiB. */
  maxContextBytes?: number | undefined;
  /** A build (with its push) running longer than this fails. Default 1 hour. */
  buildTimeoutMs?: number | undefined;
  /** Remove the image's local name after a successful push (its layers stay as build cache). Default false. */
  removeAfterPush?: boolean | undefined;
  now?: (() => Date) | undefined;
}

const PROVIDER = "local" as const;

interface LocalBuild {
  runId: string;
  buildId: string;
  request: BuildRequest;
  context: BuildContext;
  state: BuildState;
  digest?: string | undefined;
  message?: string | undefined;
  startedAt?: string | undefined;
  finishedAt?: string | undefined;
  log: BoundedLog;
  controller: AbortController;
  cancelRequested: boolean;
  done: Promise<void>;
}

/**
 * Builds images on the host's Docker engine (`source.provider: "local"`: the source is a folder)
 * and pushes them to their registry. The build context is tarred from the folder as `docker
 * build` would (`.dockerignore` applied), built by the engine's classic builder with `RUN` steps
 * on `networkMode`, and pushed; the digest is the one the registry answered the push with.
 *
 * Runs live in this process's memory (the last `maxRuns`): after a restart `status` of an older
 * run is `not_found` and the build has to be triggered again. `buildId` is the idempotency key
 * while the run is remembered.
 */
export class LocalBuilderPipeline implements PipelineProvider {
  readonly name = PROVIDER;
  private readonly config: LocalBuilderConfig;
  private readonly now: () => Date;
  private readonly runs = new Map<string, LocalBuild>();
  private readonly byBuildId = new Map<string, string>();
  private readonly starting = new Map<string, Promise<PipelineRun>>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;

  constructor(config: LocalBuilderConfig) {
    if (config.sourceRoots.length === 0) {
      throw new PipelineError("invalid_input", "The local builder needs at least one source root folder.", {
        provider: PROVIDER,
        suggestion: "Configure the folders local image sources may be read from.",
      });
    }
    this.config = config;
    this.now = config.now ?? (() => new Date());
  }

  async trigger(req: BuildRequest, signal?: AbortSignal): Promise<PipelineRun> {
    signal?.throwIfAborted();
    const known = this.byBuildId.get(req.buildId);
    if (known && this.runs.has(known)) return { provider: PROVIDER, runId: known };
    const pending = this.starting.get(req.buildId);
    if (pending) return pending;
    const started = this.start(req, signal).finally(() => this.starting.delete(req.buildId));
    this.starting.set(req.buildId, started);
    return started;
  }

  async status(run: PipelineRun, signal?: AbortSignal): Promise<BuildStatus> {
    signal?.throwIfAborted();
    const build = this.find(run);
    return {
      state: build.state,
      digest: build.digest,
      message: build.message,
      startedAt: build.startedAt,
      finishedAt: build.finishedAt,
    };
  }

  async *logs(run: PipelineRun, signal?: AbortSignal): AsyncGenerator<string> {
    signal?.throwIfAborted();
    const build = this.find(run);
    for (const line of build.log.snapshot()) {
      signal?.throwIfAborted();
      yield line;
    }
  }

  /** Stops a queued or running build and resolves once it has stopped (the engine removes the step's container). */
  async cancel(run: PipelineRun, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const build = this.find(run);
    if (isTerminalBuildState(build.state)) return;
    build.cancelRequested = true;
    build.controller.abort(new PipelineError("conflict", "The build was cancelled.", { provider: PROVIDER }));
    await (signal ? Promise.race([build.done, abortPromise(signal)]) : build.done);
  }

  /** Cancels every build that has not finished (server shutdown). */
  async close(): Promise<void> {
    await Promise.all(
      [...this.runs.values()]
        .filter((b) => !isTerminalBuildState(b.state))
        .map((b) => this.cancel({ provider: PROVIDER, runId: b.runId })),
    );
  }

  private async start(req: BuildRequest, signal: AbortSignal | undefined): Promise<PipelineRun> {
    const context = await this.checkRequest(req);
    signal?.throwIfAborted();
    try {
      await this.config.engine.system.ping(signal);
    } catch (e) {
      throw toPipelineError(e, "unavailable");
    }
    const runId = `local-${randomUUID()}`;
    const build: LocalBuild = {
      runId,
      buildId: req.buildId,
      request: req,
      context,
      state: "queued",
      log: new BoundedLog(this.config.maxLogChars ?? 512 * 1024),
      controller: new AbortController(),
      cancelRequested: false,
      done: Promise.resolve(),
    };
    this.runs.set(runId, build);
    this.byBuildId.set(req.buildId, runId);
    this.forgetOldRuns();
    build.log.line(`Build ${req.buildId} of ${req.image}: ${req.repository}:${req.tag} (${req.reason})`);
    build.done = this.execute(build);
    return { provider: PROVIDER, runId };
  }

  /** Checks everything that can be checked before the engine is involved; refusals are `invalid_input`. */
  private async checkRequest(req: BuildRequest): Promise<BuildContext> {
    const refuse = (message: string, suggestion: string) =>
      new PipelineError("invalid_input", message, { provider: PROVIDER, suggestion });
    if (req.pipeline.provider !== PROVIDER) {
      throw refuse(
        `The local builder cannot run a ${req.pipeline.provider} pipeline.`,
        "Send it to the provider the pipeline names.",
      );
    }
    if (req.source.provider !== "local") {
      throw new PipelineError(
        "unsupported",
        `The local builder reads sources from a folder on this host, not from ${req.source.provider}.`,
        {
          provider: PROVIDER,
          suggestion: "Use a local source (a folder), or build with the repository's own pipeline (GitHub Actions, GitLab).",
        },
      );
    }
    const ref = parseReference(`${req.repository}:${req.tag}`, { mode: "normalized" });
    if (!ref.ok || ref.ref.digest) {
      throw refuse(
        `${req.repository}:${req.tag} is not an image name to push to${ref.ok ? "" : `: ${ref.error}`}.`,
        "Use a lowercase repository with its registry (127.0.0.1:5000/team/app) and a tag of letters, digits, '.', '_' and '-'.",
      );
    }
    const repoDir = await this.sourceFolder(req.source.repo);
    const contextDir = await inside(repoDir, req.source.context || ".", "context");
    const dockerfile = await inside(repoDir, req.source.dockerfile || "Dockerfile", "Dockerfile");
    try {
      return await prepareBuildContext({ contextDir, dockerfile, maxBytes: this.config.maxContextBytes });
    } catch (e) {
      throw toPipelineError(e, "invalid_input");
    }
  }

  /** The source folder, resolved and followed through symlinks, which must lie in a source root. */
  private async sourceFolder(repo: string): Promise<string> {
    const roots = await Promise.all(this.config.sourceRoots.map((r) => realpath(resolve(r)).catch(() => resolve(r))));
    const wanted = isAbsolute(repo) ? repo : resolve(roots[0] as string, repo);
    const real = await realpath(wanted).catch(() => undefined);
    if (!real) {
      throw new PipelineError("invalid_input", `The source folder ${wanted} does not exist.`, {
        provider: PROVIDER,
        suggestion: "Check the image's source: for a local source, `repo` is a folder on the Shipyard host.",
      });
    }
    if (!roots.some((root) => isWithin(root, real))) {
      throw new PipelineError("forbidden", `The source folder ${wanted} is outside the folders the local builder may read.`, {
        provider: PROVIDER,
        suggestion: `Move the source under ${roots.join(" or ")}, or add its folder to the builder's source roots.`,
      });
    }
    return real;
  }

  private async execute(build: LocalBuild): Promise<void> {
    const { request: req, log } = build;
    const timeoutMs = this.config.buildTimeoutMs ?? 60 * 60_000;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([build.controller.signal, timeout]);
    const name = `${req.repository}:${req.tag}`;
    const registry = parseReference(name, { mode: "normalized" });
    const host = registry.ok ? registry.ref.domain : "docker.io";
    try {
      await this.acquire(signal);
      try {
        signal.throwIfAborted();
        build.state = "running";
        build.startedAt = this.now().toISOString();
        const buildArgs = { ...(req.pipeline.provider === "local" ? req.pipeline.buildArgs : {}), ...req.buildArgs };
        const platform = req.pipeline.provider === "local" ? req.pipeline.platform : undefined;
        const credentials = this.config.credentials;
        log.line(`Sending the build context ${build.context.contextDir} (Dockerfile ${build.context.dockerfilePath})`);
        for await (const event of this.config.engine.builds.build(build.context.tar(signal), {
          tags: [name],
          dockerfile: build.context.dockerfile,
          buildArgs,
          platform,
          networkMode: this.config.networkMode ?? "none",
          pull: this.config.pull ?? false,
          registryConfig: credentials ? await registryConfigFor(build.context, buildArgs, platform, credentials) : undefined,
          signal,
        })) {
          if (event.type === "log") log.text(event.text);
          else if (event.type === "status") logStatus(log, event);
          else log.line(`Built image ${event.imageId}`);
        }
        log.line(`Pushing ${name}`);
        let digest: string | undefined;
        for await (const event of this.config.engine.images.push(
          { repository: req.repository, tag: req.tag },
          { auth: credentials?.(host), signal },
        )) {
          if (event.type === "pushed") digest = event.digest;
          else logStatus(log, event);
        }
        build.digest = digest;
        build.message = `Pushed ${name}@${digest}`;
        log.line(build.message);
        if (this.config.removeAfterPush) {
          await this.config.engine.images.remove(name, { signal: AbortSignal.timeout(30_000) }).catch(() => undefined);
        }
        this.finish(build, "succeeded");
      } finally {
        this.release();
      }
    } catch (e) {
      if (build.cancelRequested) {
        build.message = "Cancelled.";
        log.line("Build cancelled.");
        this.finish(build, "cancelled");
      } else if (timeout.aborted) {
        build.message = `The build did not finish within ${Math.round(timeoutMs / 1000)} s.`;
        log.line(`ERROR: ${build.message}`);
        this.finish(build, "failed");
      } else {
        build.message = isDockerEngineError(e) || e instanceof PipelineError ? e.message : `Build failed: ${String(e)}`;
        log.line(`ERROR: ${build.message}`);
        this.finish(build, "failed");
      }
    }
  }

  private finish(build: LocalBuild, state: BuildState): void {
    build.state = state;
    build.finishedAt = this.now().toISOString();
    build.log.flush();
  }

  private async acquire(signal: AbortSignal): Promise<void> {
    const max = Math.max(1, this.config.maxConcurrentBuilds ?? 2);
    while (this.running >= max) {
      signal.throwIfAborted();
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          const i = this.waiting.indexOf(wake);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(signal.reason);
        };
        const wake = () => {
          signal.removeEventListener("abort", onAbort);
          resolve();
        };
        this.waiting.push(wake);
        signal.addEventListener("abort", onAbort, { once: true });
      });
    }
    this.running++;
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }

  private find(run: PipelineRun): LocalBuild {
    const build = run.provider === PROVIDER ? this.runs.get(run.runId) : undefined;
    if (!build) {
      throw new PipelineError("not_found", `The local builder knows no run ${run.runId}.`, {
        provider: PROVIDER,
        suggestion:
          "Local builds are remembered by the server process that ran them (the most recent ones only): trigger the build again.",
      });
    }
    return build;
  }

  private forgetOldRuns(): void {
    const max = this.config.maxRuns ?? 100;
    if (this.runs.size <= max) return;
    for (const [runId, build] of this.runs) {
      if (this.runs.size <= max) break;
      if (!isTerminalBuildState(build.state)) continue;
      this.runs.delete(runId);
      if (this.byBuildId.get(build.buildId) === runId) this.byBuildId.delete(build.buildId);
    }
  }
}

function logStatus(
  log: BoundedLog,
  event: { status: string; id?: string | undefined; progress?: string | undefined; current?: number | undefined },
): void {
  // Progress bars repeat many times a second; the steps between them are what a person reads.
  if (event.progress !== undefined || event.current !== undefined) return;
  log.line(event.id ? `${event.id}: ${event.status}` : event.status);
}

/**
 * `X-Registry-Config` for the build: credentials for the registries of the images the Dockerfile
 * builds from (its `FROM` and `COPY --from` images), keyed as the engine looks them up.
 */
async function registryConfigFor(
  context: BuildContext,
  buildArgs: Record<string, string>,
  platform: string | undefined,
  credentials: (registry: string) => EngineRegistryAuth | undefined,
): Promise<Record<string, EngineRegistryAuth> | undefined> {
  const text = await readFile(context.dockerfilePath, "utf8").catch(() => "");
  const analysis = analyzeDockerfile(text, { buildArgs, ...(platform ? { platform } : {}) });
  const auths: Record<string, EngineRegistryAuth> = {};
  for (const image of [...analysis.baseImages, ...analysis.copyFromImages]) {
    const ref = parseReference(image, { mode: "normalized" });
    if (!ref.ok) continue;
    const auth = credentials(ref.ref.domain);
    if (auth) auths[ref.ref.domain === "docker.io" ? "https://index.docker.io/v1/" : ref.ref.domain] = auth;
  }
  return Object.keys(auths).length > 0 ? auths : undefined;
}

/**
 * `path` inside `root`: a request may not climb out of its source folder, neither with `..` nor
 * through a symlink (a context linked to `/etc` would send the host's files into the image).
 */
async function inside(root: string, path: string, what: string): Promise<string> {
  const full = resolve(root, path);
  const real = await realpath(full).catch(() => full);
  if (!isWithin(root, full) || !isWithin(root, real)) {
    throw new PipelineError("invalid_input", `The ${what} path ${path} leaves the source folder.`, {
      provider: PROVIDER,
      suggestion: `Give the ${what} as a path inside the source folder.`,
    });
  }
  return full;
}

const isWithin = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
};

const PIPELINE_CODES = new Set<string>([
  "invalid_input",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  "unavailable",
  "timeout",
  "unsupported",
  "internal",
]);

function toPipelineError(e: unknown, fallback: PipelineErrorCode): unknown {
  if (e instanceof PipelineError) return e;
  if (isDockerEngineError(e)) {
    const code = (PIPELINE_CODES.has(e.code) ? e.code : fallback) as PipelineErrorCode;
    return new PipelineError(code, e.message, { provider: PROVIDER, status: e.status, suggestion: e.suggestion, cause: e });
  }
  return e;
}

const abortPromise = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));
