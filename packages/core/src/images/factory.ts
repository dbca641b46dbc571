import type { Build, BuildListQuery, Image, Page, RebuildExplanation, RebuildRequest } from "@shipyard/contract";
import type { EventBus } from "../events/event-bus.ts";
import type { Principal } from "../identity/principal.ts";
import { can } from "../identity/principal.ts";
import { conflict, DomainError, forbidden, invalid, notFound } from "../shared/errors.ts";
import type { Clock } from "../shared/ports.ts";
import type { ImageCatalogRepository } from "./catalog.ts";
import {
  type BuildRequest,
  type BuildStatus,
  isTerminalBuildState,
  type PipelineProvider,
  type PipelineRun,
  type PipelineWebhookEvent,
} from "./pipeline-port.ts";
import { decideRebuilds, durationMs, type RebuildCandidate } from "./rebuild-policy.ts";
import type { RegistryClient } from "./registry-port.ts";

export interface CheckResult {
  at: Date;
  digest?: string | undefined;
  error?: string | undefined;
}

/** What the watcher and scheduler need from storage, beyond the catalog. */
export interface ImageFactoryRepository {
  /** Records a registry check: a new digest becomes an update (the first one seen is not). */
  recordCheck(name: string, tag: string, result: CheckResult): Promise<{ changed: boolean; previous: string | null }>;
  /** Base updates of `imageNames` seen after `since` (only real changes, not first sightings). */
  updatesSince(imageNames: string[], since: Date): Promise<{ image: string; seenAt: Date; digest: string }[]>;
  createBuild(
    b: Omit<
      Build,
      "id" | "createdAt" | "status" | "runId" | "runUrl" | "digest" | "message" | "startedAt" | "finishedAt" | "durationMs"
    >,
  ): Promise<Build>;
  getBuild(id: string): Promise<(Build & { run: PipelineRun | null }) | undefined>;
  listBuilds(query: BuildListQuery): Promise<Page<Build>>;
  openBuilds(): Promise<Build[]>;
  /** The newest finished build of an image, whatever its outcome. */
  lastFinished(image: string): Promise<Build | undefined>;
  updateBuild(
    id: string,
    patch: Partial<Pick<Build, "status" | "digest" | "message" | "startedAt" | "finishedAt">> & {
      run?: PipelineRun;
      appendLogs?: string;
    },
  ): Promise<Build>;
  buildLogs(id: string): Promise<string>;
  /** The unfinished build a provider's run belongs to. */
  buildForRun(provider: string, runId: string): Promise<Build | undefined>;
  /** Remembers a webhook delivery; false when it was seen before (a duplicate to ignore). */
  firstDelivery(provider: string, deliveryId: string, event: string): Promise<boolean>;
  markBuilt(image: string, at: Date, digest: string | null): Promise<void>;
  /** Stores the policy's latest view of an image: a rebuild is owed, and from when it may start. */
  setRebuildState(image: string, state: { pending: boolean; eligibleAt: Date | null }): Promise<void>;
}

const DEFAULT_POLL = "5m";

/** Splits `docker.io/library/node` into registry and repository. */
export function splitRepository(image: string): { registry: string; repository: string } {
  const slash = image.indexOf("/");
  return { registry: image.slice(0, slash), repository: image.slice(slash + 1) };
}

/**
 * The image factory's moving parts: the registry watcher, the rebuild scheduler (delay, window,
 * priority, capacity, dependency order), manual and emergency rebuilds, and driving builds through a
 * pipeline provider. No I/O of its own: everything goes through ports.
 */
export class ImageFactoryService {
  private readonly catalog: ImageCatalogRepository;
  private readonly repo: ImageFactoryRepository;
  private readonly bus: EventBus;
  private readonly clock: Clock;
  private readonly capacity: number;

  constructor(deps: {
    catalog: ImageCatalogRepository;
    repo: ImageFactoryRepository;
    bus: EventBus;
    clock: Clock;
    capacity: number;
  }) {
    this.catalog = deps.catalog;
    this.repo = deps.repo;
    this.bus = deps.bus;
    this.clock = deps.clock;
    this.capacity = deps.capacity;
  }

  /** Images whose registry check is due now (or every active image). */
  async due(options: { all?: boolean } = {}): Promise<Image[]> {
    const active = await this.catalog.active();
    if (options.all) return active;
    const now = this.clock.now();
    return active.filter((i) => {
      const last = i.state.lastCheckedAt ? new Date(i.state.lastCheckedAt).getTime() : 0;
      return last + durationMs(i.pollInterval ?? DEFAULT_POLL) <= now.getTime();
    });
  }

  /**
   * Checks images against their registry: one HEAD per watched tag. A registry that fails marks the
   * image degraded with the reason; it is never read as "no update".
   */
  async watch(registry: RegistryClient, images: Image[]): Promise<{ checked: number; changed: string[]; degraded: string[] }> {
    const changed: string[] = [];
    const degraded: string[] = [];
    for (const image of images) {
      const tag = image.tags[0] ?? "latest";
      const at = this.clock.now();
      let result: CheckResult;
      try {
        const head = await registry.headManifest({ ...splitRepository(image.image), tag });
        result = head ? { at, digest: head.digest } : { at, error: `${image.image}:${tag} does not exist in the registry` };
      } catch (e) {
        result = { at, error: e instanceof Error ? e.message : String(e) };
      }
      const r = await this.repo.recordCheck(image.name, tag, result);
      if (result.error) degraded.push(image.name);
      if (r.changed) {
        changed.push(image.name);
        await this.bus.publish({
          type: "image.updated",
          resource: { kind: "image", id: image.name },
          data: { name: image.name, tag, digest: result.digest, previousDigest: r.previous },
          audience: { permission: "images:read" },
        });
      }
    }
    await this.bus.publish({
      type: "registry.checked",
      resource: { kind: "catalog", id: null },
      data: { checked: images.length, changed: changed.length, degraded: degraded.length },
      audience: { permission: "images:read" },
    });
    return { checked: images.length, changed, degraded };
  }

  /** The policy's view of every managed image: pending base updates, open builds, parents still moving. */
  private async candidates(extra?: { name: string; emergency: RebuildCandidate["emergency"] }): Promise<RebuildCandidate[]> {
    const active = await this.catalog.active();
    const byRef = new Map(active.map((i) => [`${i.image}:${i.tags[0] ?? "latest"}`, i]));
    const open = new Set((await this.repo.openBuilds()).map((b) => b.image));
    const managed = active.filter((i) => i.kind === "managed");
    const pending = new Map<string, { base: string; seenAt: Date }[]>();
    const lastFailed = new Map<string, Build>();
    for (const m of managed) {
      // updates a finished build already answered (even a failed one) do not start another by themselves:
      // a failing build is not retried in a loop; a new base update or a person starts the next one
      const last = await this.repo.lastFinished(m.name);
      const since = last ? new Date(last.createdAt) : new Date(m.createdAt);
      if (last?.status === "failed") lastFailed.set(m.name, last);
      const bases = m.baseImages.map((ref) => byRef.get(ref)).filter((b): b is Image => b !== undefined);
      const updates = await this.repo.updatesSince(
        bases.map((b) => b.name),
        since,
      );
      pending.set(
        m.name,
        updates.map((u) => ({ base: u.image, seenAt: u.seenAt })),
      );
    }
    return managed.map((m) => {
      const parents = m.baseImages
        .map((ref) => byRef.get(ref))
        .filter((b): b is Image => b !== undefined && b.kind === "managed")
        .filter((p) => open.has(p.name) || (pending.get(p.name)?.length ?? 0) > 0)
        .map((p) => p.name);
      return {
        name: m.name,
        policy: m.rebuild,
        pendingUpdates: pending.get(m.name) ?? [],
        building: open.has(m.name),
        waitingForParents: parents,
        emergency: extra?.name === m.name ? extra.emergency : undefined,
        lastFailure: lastFailed.get(m.name)
          ? { at: new Date(lastFailed.get(m.name)?.finishedAt ?? m.createdAt), message: lastFailed.get(m.name)?.message ?? "" }
          : undefined,
      };
    });
  }

  /** Why an image is or is not rebuilding now. */
  async explain(name: string): Promise<RebuildExplanation> {
    const image = await this.catalog.get(name);
    if (!image || image.archivedAt) throw notFound("Image", name, "List images with `shipyard images list`.");
    if (image.kind !== "managed") {
      return {
        name,
        rebuildingNow: false,
        reason: `${name} is ${image.kind}: Shipyard watches it but does not build it.`,
        eligibleAt: null,
        waitingFor: [],
      };
    }
    const decisions = decideRebuilds(await this.candidates(), this.clock.now(), this.capacity);
    const d = decisions.find((x) => x.name === name);
    const open = (await this.repo.openBuilds()).find((b) => b.image === name);
    return {
      name,
      rebuildingNow: Boolean(open) || Boolean(d?.start),
      reason: open ? `Build ${open.id} is ${open.status}: ${open.reason}` : (d?.reason ?? "Up to date."),
      eligibleAt: d?.eligibleAt?.toISOString() ?? null,
      waitingFor: d?.waitingFor ?? [],
    };
  }

  /** Starts the rebuilds the policy says may start now; returns the new builds. */
  async scheduleRebuilds(): Promise<Build[]> {
    const decisions = decideRebuilds(await this.candidates(), this.clock.now(), this.capacity);
    for (const d of decisions) {
      await this.repo.setRebuildState(d.name, { pending: d.eligibleAt !== null, eligibleAt: d.eligibleAt });
    }
    const started: Build[] = [];
    for (const d of decisions.filter((x) => x.start)) {
      const image = await this.catalog.get(d.name);
      if (!image?.build) continue;
      try {
        started.push(
          await this.createBuild(image, { trigger: "auto", reason: d.reason, requestedBy: "system", justification: null }),
        );
      } catch (e) {
        if (e instanceof DomainError && e.code === "conflict") continue; // another replica got there first
        throw e;
      }
    }
    return started;
  }

  /** A rebuild asked for by a person. An emergency (critical CVE) needs `images:emergency` and a justification. */
  async requestRebuild(principal: Principal, name: string, req: RebuildRequest): Promise<Build> {
    const image = await this.catalog.get(name);
    if (!image || image.archivedAt) throw notFound("Image", name, "List images with `shipyard images list`.");
    if (image.kind !== "managed" || !image.build) {
      throw invalid(`${name} is ${image.kind}: only managed images with a build pipeline can be rebuilt.`);
    }
    if (req.emergency) {
      if (!can(principal, "images:emergency")) {
        throw forbidden(
          `Emergency rebuilds bypass the rebuild delay and window; your role (${principal.user.role}) may not start one.`,
          "Ask an administrator, or request a normal rebuild without --emergency.",
        );
      }
      if (!req.justification || req.justification.trim().length < 10) {
        throw invalid(
          "An emergency rebuild needs a justification of at least 10 characters.",
          "Say why, e.g. --justification 'CVE-2026-1234 (critical) in openssl of the base image'.",
        );
      }
    }
    const build = await this.createBuild(image, {
      trigger: req.emergency ? "emergency" : "manual",
      reason: req.emergency ? `Emergency rebuild: ${req.justification}` : `Manual rebuild by ${principal.user.email}`,
      requestedBy: principal.user.email,
      justification: req.emergency ? (req.justification ?? null) : null,
    });
    if (req.emergency) {
      await this.bus.publish({
        type: "image.emergency_rebuild",
        resource: { kind: "image", id: name },
        data: { name, buildId: build.id, by: principal.user.email, justification: req.justification },
        audience: { permission: "images:read" },
      });
    }
    return build;
  }

  private async createBuild(
    image: Image,
    b: Pick<Build, "trigger" | "reason" | "requestedBy" | "justification">,
  ): Promise<Build> {
    if (!image.build) throw invalid(`${image.name} has no build pipeline.`);
    try {
      const build = await this.repo.createBuild({ image: image.name, provider: image.build.provider, ...b });
      await this.bus.publish({
        type: "build.queued",
        resource: { kind: "build", id: build.id },
        data: { image: image.name, trigger: b.trigger, reason: b.reason },
        audience: { permission: "images:read" },
      });
      return build;
    } catch (e) {
      if (e instanceof DomainError && e.code === "conflict") {
        throw conflict(`${image.name} already has a build queued or running.`, "Wait for it to finish, or cancel it.");
      }
      throw e;
    }
  }

  listBuilds(query: BuildListQuery) {
    return this.repo.listBuilds(query);
  }

  async getBuild(id: string): Promise<Build> {
    const b = await this.repo.getBuild(id);
    if (!b) throw notFound("Build", id, "List builds with `shipyard builds list`.");
    const { run: _run, ...build } = b;
    return build;
  }

  async buildLogs(id: string): Promise<string> {
    await this.getBuild(id);
    return this.repo.buildLogs(id);
  }

  /**
   * Drives one build to its end: triggers the pipeline (idempotent on the build id, so a retried job
   * finds the run it started before a crash instead of starting another), follows it, keeps its logs,
   * and on success records the new digest so images built FROM this one see an update.
   */
  async runBuild(
    id: string,
    providers: ReadonlyMap<string, PipelineProvider>,
    options: { pollMs: number; signal?: AbortSignal },
  ): Promise<Build> {
    const b = await this.repo.getBuild(id);
    if (!b) throw notFound("Build", id);
    if (isTerminalBuildState(b.status)) return b;
    const image = await this.catalog.get(b.image);
    if (!image?.build || !image.source) throw invalid(`${b.image} has no build pipeline or source any more.`);
    const provider = providers.get(image.build.provider);
    if (!provider) {
      const finished = await this.finish(b.id, b.image, {
        state: "failed",
        message: `No ${image.build.provider} pipeline provider is configured on this server.`,
      });
      return finished;
    }
    let run = b.run;
    if (!run) {
      const req: BuildRequest = {
        image: image.name,
        buildId: b.id,
        repository: image.image,
        tag: image.tags[0] ?? "latest",
        source: image.source,
        pipeline: image.build,
        reason: b.reason,
      };
      try {
        run = await provider.trigger(req, options.signal);
      } catch (e) {
        if (e instanceof DomainError && e.fault === "server") throw e; // retried by the job queue
        return this.finish(b.id, b.image, {
          state: "failed",
          message: `The ${provider.name} pipeline refused the build: ${(e as Error).message}`,
        });
      }
      await this.repo.updateBuild(b.id, { run, status: "running", startedAt: this.clock.now().toISOString() });
      await this.bus.publish({
        type: "build.started",
        resource: { kind: "build", id: b.id },
        data: { image: b.image, runId: run.runId, url: run.url },
        audience: { permission: "images:read" },
      });
    }
    for (;;) {
      const status = await provider.status(run, options.signal);
      if (isTerminalBuildState(status.state)) {
        const lines: string[] = [];
        for await (const line of provider.logs(run, options.signal)) lines.push(line);
        await this.repo.updateBuild(b.id, { appendLogs: lines.join("\n") });
        return this.finish(b.id, b.image, status);
      }
      await new Promise((r) => setTimeout(r, options.pollMs));
    }
  }

  /**
   * A provider's webhook about a run: duplicates (same delivery id) are ignored; a run that belongs
   * to an unfinished build hands back that build's id so its job can follow it to the end.
   */
  async onPipelineEvent(event: PipelineWebhookEvent): Promise<{ duplicate: boolean; buildId?: string }> {
    if (!(await this.repo.firstDelivery(event.provider, event.deliveryId, event.event))) return { duplicate: true };
    if (!event.runId || (event.kind !== "run_completed" && event.kind !== "run_started")) return { duplicate: false };
    const provider = event.provider === "github" ? "github-actions" : "gitlab";
    const build = await this.repo.buildForRun(provider, event.runId);
    return build ? { duplicate: false, buildId: build.id } : { duplicate: false };
  }

  private async finish(id: string, image: string, status: BuildStatus): Promise<Build> {
    const at = this.clock.now();
    const build = await this.repo.updateBuild(id, {
      status: status.state,
      digest: status.digest ?? null,
      message: status.message ?? null,
      finishedAt: status.finishedAt ?? at.toISOString(),
    });
    if (status.state === "succeeded") await this.repo.markBuilt(image, at, status.digest ?? null);
    await this.bus.publish({
      type: `build.${status.state}`,
      resource: { kind: "build", id },
      data: {
        image,
        digest: status.digest,
        message: status.message,
        trigger: build.trigger,
        provider: build.provider,
        durationMs: build.durationMs,
      },
      audience: { permission: "images:read" },
    });
    return build;
  }
}
