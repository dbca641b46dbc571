import {
  DomainError,
  defineJob,
  type IdentityService,
  type ImageCatalogService,
  type ImageFactoryService,
  type JobDefinition,
  type JobQueue,
  type PipelineProvider,
  type RegistryClient,
} from "@shipyard/core";
import { type Db, schema } from "@shipyard/db";
import { sql } from "drizzle-orm";
import { z } from "zod";

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(t);
      reject(new Error("aborted"));
    });
  });

/** The jobs this server knows. Each is a typed definition: payload schema, handler, retry policy. */
export function jobDefinitions(deps: {
  db: Db;
  identity: IdentityService;
  factory: ImageFactoryService;
  catalog: ImageCatalogService;
  registry: RegistryClient;
  providers: ReadonlyMap<string, PipelineProvider>;
  jobs: JobQueue;
}): JobDefinition[] {
  return [
    defineJob({
      name: "images.watch",
      description: "Check watched images against their registries, record new digests, and start the rebuilds that are due",
      payload: z.object({ all: z.boolean().default(false) }),
      startableBy: "jobs:write",
      retryLimit: 2,
      handler: async ({ all }) => {
        const due = await deps.factory.due({ all });
        const watched = await deps.factory.watch(deps.registry, due);
        const started = await deps.factory.scheduleRebuilds();
        for (const b of started) await deps.jobs.enqueue("builds.run", { buildId: b.id }, { singletonKey: b.id });
        return { ...watched, rebuildsStarted: started.map((b) => b.image) };
      },
    }),
    defineJob({
      name: "images.analyze",
      description: "Read a managed image's Dockerfile from its source and analyse it into base images",
      payload: z.strictObject({ name: z.string().min(1) }),
      startableBy: "jobs:write",
      retryLimit: 5,
      handler: async ({ name }) => {
        try {
          const r = await deps.catalog.analyze(name, undefined);
          return { baseImages: r.analysis.baseImages, errors: r.analysis.errors.length, added: r.addedBaseImages };
        } catch (e) {
          // a missing file or refused credentials will not fix themselves: record it on the image, do not retry
          if (e instanceof DomainError && e.fault === "client") {
            await deps.catalog.recordAnalysisFailure(name, e.message);
            return { error: e.message };
          }
          throw e;
        }
      },
    }),
    defineJob({
      name: "builds.run",
      description: "Trigger a build on its pipeline and follow it to the end (resumes the same run after a crash)",
      payload: z.strictObject({ buildId: z.string().min(1) }),
      retryLimit: 10,
      retryDelaySeconds: 5,
      expireInSeconds: 4 * 3600,
      handler: async ({ buildId }, ctx) => {
        const b = await deps.factory.runBuild(buildId, deps.providers, { pollMs: 2_000, signal: ctx.signal });
        return { status: b.status, digest: b.digest };
      },
    }),
    defineJob({
      name: "sessions.prune",
      description: "Delete expired console sessions",
      payload: z.object({}),
      startableBy: "jobs:write",
      handler: async () => ({ deleted: await deps.identity.pruneSessions() }),
    }),
    defineJob({
      name: "db.analyze",
      description: "Refresh the query planner's statistics (PGlite runs no autovacuum of its own)",
      payload: z.object({}),
      startableBy: "jobs:write",
      handler: async () => {
        const started = Date.now();
        await deps.db.execute(sql`analyze`);
        return { tookMs: Date.now() - started };
      },
    }),
    defineJob({
      name: "system.diagnostic",
      description:
        "Self-test of the job pipeline: holds a worker for durationMs, then records its completion once (idempotent on the job id).",
      payload: z.strictObject({ durationMs: z.number().int().min(0).max(600_000).default(0) }),
      startableBy: "jobs:write",
      retryDelaySeconds: 1,
      handler: async ({ durationMs }, ctx) => {
        const started = Date.now();
        await sleep(durationMs, ctx.signal);
        await deps.db
          .insert(schema.diagnosticRuns)
          .values({ jobId: ctx.jobId, attempts: ctx.retryCount + 1, finishedAt: new Date() })
          .onConflictDoNothing({ target: schema.diagnosticRuns.jobId });
        const rows = await deps.db.execute(
          sql`select count(*)::int as n from ${schema.diagnosticRuns} where ${schema.diagnosticRuns.jobId} = ${ctx.jobId}`,
        );
        return {
          tookMs: Date.now() - started,
          attempt: ctx.retryCount + 1,
          recorded: (rows as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0,
        };
      },
    }),
  ];
}
