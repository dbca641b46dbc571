import type { ContainerDeploy } from "@shipyard/contract";
import type { ContainerRepository, StoredContainer } from "@shipyard/core";
import { asc, eq, or } from "drizzle-orm";
import type { Db } from "../database.ts";
import { containers } from "../schema.ts";
import { newId } from "./ids.ts";

type Row = typeof containers.$inferSelect;
const toStored = (r: Row): StoredContainer => ({
  id: r.id,
  name: r.name,
  engineId: r.engineId,
  hostId: r.hostId,
  spec: r.spec as unknown as ContainerDeploy,
  desired: r.desired,
  createdAt: r.createdAt.toISOString(),
});

export class DrizzleContainerRepository implements ContainerRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }
  async create(c: { name: string; hostId: string; spec: ContainerDeploy }) {
    const rows = await this.db
      .insert(containers)
      .values({
        id: newId("ctr"),
        name: c.name,
        hostId: c.hostId,
        spec: c.spec as unknown as Record<string, unknown>,
        desired: "stopped",
      })
      .returning();
    return toStored(rows[0] as Row);
  }
  async get(idOrName: string) {
    const rows = await this.db
      .select()
      .from(containers)
      .where(or(eq(containers.id, idOrName), eq(containers.name, idOrName)))
      .limit(1);
    return rows[0] ? toStored(rows[0]) : undefined;
  }
  async list() {
    return (await this.db.select().from(containers).orderBy(asc(containers.name))).map(toStored);
  }
  async update(id: string, patch: Partial<Pick<StoredContainer, "engineId" | "desired">>) {
    await this.db
      .update(containers)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(containers.id, id));
  }
  async delete(id: string) {
    await this.db.delete(containers).where(eq(containers.id, id));
  }
}
