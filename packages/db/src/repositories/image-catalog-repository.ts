import type { BuildPipeline, Image, ImageListQuery, ImageSource, ImageUpdate, Page, RebuildPolicy } from "@shipyard/contract";
import { type ImageCatalogRepository, type ImageRecordInput, notFound } from "@shipyard/core";
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or } from "drizzle-orm";
import type { Db } from "../database.ts";
import { images, imageUpdates } from "../schema.ts";
import { newId } from "./ids.ts";
import { iso, keysetPage } from "./keyset.ts";

type Row = typeof images.$inferSelect;

const toImage = (r: Row): Image => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  image: r.image,
  tags: r.tags,
  source: (r.source as ImageSource | null) ?? null,
  build: (r.build as BuildPipeline | null) ?? null,
  rebuild: r.rebuild as RebuildPolicy,
  pollInterval: (r.pollInterval as Image["pollInterval"]) ?? null,
  description: r.description,
  baseImages: r.baseImages,
  analysisErrors: r.analysisErrors,
  state: {
    currentDigest: r.currentDigest,
    lastUpdatedAt: iso(r.lastUpdatedAt),
    lastCheckedAt: iso(r.lastCheckedAt),
    lastBuiltAt: iso(r.lastBuiltAt),
    rebuildEligibleAt: iso(r.rebuildEligibleAt),
    rebuildPending: r.rebuildPending,
    watch: r.watch,
    watchError: r.watchError,
  },
  archivedAt: iso(r.archivedAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const fields = (i: ImageRecordInput) => ({
  name: i.name,
  kind: i.kind,
  image: i.image,
  tags: i.tags,
  source: i.source as Record<string, unknown> | null,
  build: i.build as Record<string, unknown> | null,
  rebuild: i.rebuild as Record<string, unknown>,
  pollInterval: i.pollInterval,
  description: i.description,
  baseImages: i.baseImages,
  analysisErrors: i.analysisErrors,
});

export class DrizzleImageCatalogRepository implements ImageCatalogRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }

  list(query: ImageListQuery, only?: readonly string[]): Promise<Page<Image>> {
    const q = query.q ? `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
    const sort = query.sort === "createdAt" ? images.createdAt : query.sort === "updatedAt" ? images.updatedAt : images.name;
    return keysetPage<Row, Image>({
      db: this.db,
      table: images,
      sortColumn: sort,
      sortKey: query.sort as "name" | "createdAt" | "updatedAt",
      idColumn: images.id,
      where: [
        query.archived ? isNotNull(images.archivedAt) : isNull(images.archivedAt),
        query.kind ? eq(images.kind, query.kind) : undefined,
        q ? or(ilike(images.name, q), ilike(images.image, q)) : undefined,
        only ? inArray(images.id, [...only]) : undefined,
      ],
      query,
      map: toImage,
    });
  }

  async active(): Promise<Image[]> {
    const rows = await this.db.select().from(images).where(isNull(images.archivedAt)).orderBy(asc(images.name));
    return rows.map(toImage);
  }

  async get(name: string): Promise<Image | undefined> {
    const rows = await this.db.select().from(images).where(eq(images.name, name)).limit(1);
    return rows[0] ? toImage(rows[0]) : undefined;
  }

  async create(i: ImageRecordInput): Promise<Image> {
    const rows = await this.db
      .insert(images)
      .values({ id: newId("img"), ...fields(i) })
      .returning();
    return toImage(rows[0] as Row);
  }

  async update(name: string, i: ImageRecordInput): Promise<Image> {
    const rows = await this.db
      .update(images)
      .set({ ...fields(i), archivedAt: null, updatedAt: new Date() })
      .where(eq(images.name, name))
      .returning();
    if (!rows[0]) throw notFound("Image", name);
    return toImage(rows[0]);
  }

  async archive(name: string, at: Date): Promise<Image> {
    const rows = await this.db
      .update(images)
      .set({ archivedAt: at, updatedAt: at })
      .where(and(eq(images.name, name), isNull(images.archivedAt)))
      .returning();
    if (rows[0]) return toImage(rows[0]);
    const existing = await this.get(name);
    if (!existing) throw notFound("Image", name);
    return existing;
  }

  async updates(name: string, limit: number): Promise<ImageUpdate[]> {
    const rows = await this.db
      .select({ u: imageUpdates })
      .from(imageUpdates)
      .innerJoin(images, eq(images.id, imageUpdates.imageId))
      .where(eq(images.name, name))
      .orderBy(desc(imageUpdates.seenAt))
      .limit(limit);
    return rows.map(({ u }) => ({
      digest: u.digest,
      tag: u.tag,
      seenAt: u.seenAt.toISOString(),
      previousDigest: u.previousDigest,
    }));
  }
}
