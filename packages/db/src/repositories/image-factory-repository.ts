import type { Build, BuildListQuery, Page } from "@shipyard/contract";
import { type CheckResult, conflict, type ImageFactoryRepository, notFound, type PipelineRun } from "@shipyard/core";
import { and, desc, eq, gt, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../database.ts";
import { builds, images, imageUpdates, webhookDeliveries } from "../schema.ts";
import { newId } from "./ids.ts";
import { iso, keysetPage } from "./keyset.ts";
import { isUniqueViolation } from "./pg-errors.ts";

type BuildRow = typeof builds.$inferSelect;

const toBuild = (r: BuildRow): Build => ({
  id: r.id,
  image: r.imageName,
  status: r.status,
  trigger: r.trigger,
  reason: r.reason,
  requestedBy: r.requestedBy,
  justification: r.justification,
  provider: r.provider,
  runId: (r.run as { runId?: string } | null)?.runId ?? null,
  runUrl: (r.run as { url?: string } | null)?.url ?? null,
  digest: r.digest,
  message: r.message,
  createdAt: r.createdAt.toISOString(),
  startedAt: iso(r.startedAt),
  finishedAt: iso(r.finishedAt),
  durationMs: r.startedAt && r.finishedAt ? r.finishedAt.getTime() - r.startedAt.getTime() : null,
});

const MAX_LOG_CHARS = 1_000_000;

export class DrizzleImageFactoryRepository implements ImageFactoryRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }

  async recordCheck(name: string, tag: string, result: CheckResult) {
    const rows = await this.db.select().from(images).where(eq(images.name, name)).limit(1);
    const image = rows[0];
    if (!image) throw notFound("Image", name);
    if (result.error || !result.digest) {
      await this.db
        .update(images)
        .set({ lastCheckedAt: result.at, watch: "degraded", watchError: result.error ?? "no digest" })
        .where(eq(images.id, image.id));
      return { changed: false, previous: image.currentDigest };
    }
    const previous = image.currentDigest;
    const changed = previous !== null && previous !== result.digest;
    if (changed) {
      await this.db
        .insert(imageUpdates)
        .values({ id: newId("upd"), imageId: image.id, tag, digest: result.digest, previousDigest: previous, seenAt: result.at })
        .onConflictDoNothing();
    }
    await this.db
      .update(images)
      .set({
        lastCheckedAt: result.at,
        watch: "ok",
        watchError: null,
        currentDigest: result.digest,
        ...(changed ? { lastUpdatedAt: result.at } : {}),
      })
      .where(eq(images.id, image.id));
    return { changed, previous };
  }

  async updatesSince(imageNames: string[], since: Date) {
    if (imageNames.length === 0) return [];
    const rows = await this.db
      .select({ image: images.name, seenAt: imageUpdates.seenAt, digest: imageUpdates.digest })
      .from(imageUpdates)
      .innerJoin(images, eq(images.id, imageUpdates.imageId))
      .where(and(inArray(images.name, imageNames), gt(imageUpdates.seenAt, since), isNotNull(imageUpdates.previousDigest)))
      .orderBy(imageUpdates.seenAt);
    return rows;
  }

  async createBuild(b: Parameters<ImageFactoryRepository["createBuild"]>[0]): Promise<Build> {
    const image = (await this.db.select({ id: images.id }).from(images).where(eq(images.name, b.image)).limit(1))[0];
    if (!image) throw notFound("Image", b.image);
    try {
      const rows = await this.db
        .insert(builds)
        .values({
          id: newId("bld"),
          imageId: image.id,
          imageName: b.image,
          status: "queued",
          trigger: b.trigger,
          reason: b.reason,
          requestedBy: b.requestedBy,
          justification: b.justification,
          provider: b.provider,
        })
        .returning();
      return toBuild(rows[0] as BuildRow);
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`${b.image} already has a build queued or running.`);
      throw e;
    }
  }

  async getBuild(id: string) {
    const r = (await this.db.select().from(builds).where(eq(builds.id, id)).limit(1))[0];
    return r ? { ...toBuild(r), run: (r.run as PipelineRun | null) ?? null } : undefined;
  }

  listBuilds(query: BuildListQuery): Promise<Page<Build>> {
    return keysetPage<BuildRow, Build>({
      db: this.db,
      table: builds,
      sortColumn: builds.createdAt,
      sortKey: "createdAt",
      idColumn: builds.id,
      where: [
        query.image ? eq(builds.imageName, query.image) : undefined,
        query.status ? eq(builds.status, query.status) : undefined,
      ],
      query,
      map: toBuild,
    });
  }

  async openBuilds() {
    const rows = await this.db
      .select()
      .from(builds)
      .where(inArray(builds.status, ["queued", "running"]));
    return rows.map(toBuild);
  }

  async lastFinished(image: string) {
    const r = (
      await this.db
        .select()
        .from(builds)
        .where(and(eq(builds.imageName, image), inArray(builds.status, ["succeeded", "failed", "cancelled"])))
        .orderBy(desc(builds.createdAt))
        .limit(1)
    )[0];
    return r ? toBuild(r) : undefined;
  }

  async updateBuild(id: string, patch: Parameters<ImageFactoryRepository["updateBuild"]>[1]) {
    const set: Partial<Omit<typeof builds.$inferInsert, "logs">> & { logs?: ReturnType<typeof sql> } = {};
    if (patch.status) set.status = patch.status;
    if (patch.digest !== undefined) set.digest = patch.digest;
    if (patch.message !== undefined) set.message = patch.message;
    if (patch.startedAt) set.startedAt = new Date(patch.startedAt);
    if (patch.finishedAt) set.finishedAt = new Date(patch.finishedAt);
    if (patch.run) set.run = patch.run as unknown as Record<string, unknown>;
    if (patch.appendLogs) set.logs = sql`right(${builds.logs} || ${`${patch.appendLogs}\n`}, ${MAX_LOG_CHARS})`;
    const rows = await this.db.update(builds).set(set).where(eq(builds.id, id)).returning();
    if (!rows[0]) throw notFound("Build", id);
    return toBuild(rows[0]);
  }

  async buildLogs(id: string) {
    const r = (await this.db.select({ logs: builds.logs }).from(builds).where(eq(builds.id, id)).limit(1))[0];
    if (!r) throw notFound("Build", id);
    return r.logs;
  }

  async buildForRun(provider: string, runId: string) {
    const r = (
      await this.db
        .select()
        .from(builds)
        .where(
          and(
            eq(builds.provider, provider as BuildRow["provider"]),
            sql`${builds.run}->>'runId' = ${runId}`,
            inArray(builds.status, ["queued", "running"]),
          ),
        )
        .limit(1)
    )[0];
    return r ? toBuild(r) : undefined;
  }

  async firstDelivery(provider: string, deliveryId: string, event: string) {
    const rows = await this.db
      .insert(webhookDeliveries)
      .values({ provider, deliveryId, event })
      .onConflictDoNothing()
      .returning({ id: webhookDeliveries.deliveryId });
    return rows.length > 0;
  }

  async setRebuildState(image: string, state: { pending: boolean; eligibleAt: Date | null }) {
    await this.db
      .update(images)
      .set({ rebuildPending: state.pending, rebuildEligibleAt: state.eligibleAt })
      .where(eq(images.name, image));
  }

  async markBuilt(image: string, at: Date, digest: string | null) {
    const row = (await this.db.select().from(images).where(eq(images.name, image)).limit(1))[0];
    if (!row) return;
    const changed = digest !== null && row.currentDigest !== digest;
    if (changed) {
      // the new build is an update of this image: images built FROM it now have a pending rebuild
      await this.db
        .insert(imageUpdates)
        .values({
          id: newId("upd"),
          imageId: row.id,
          tag: row.tags[0] ?? "latest",
          digest,
          previousDigest: row.currentDigest ?? "none",
          seenAt: at,
        })
        .onConflictDoNothing();
    }
    await this.db
      .update(images)
      .set({ lastBuiltAt: at, ...(changed ? { currentDigest: digest, lastUpdatedAt: at } : {}) })
      .where(eq(images.id, row.id));
  }
}
