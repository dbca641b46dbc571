import type { VmCreate } from "@shipyard/contract";
import type { StoredVm, VmRepository } from "@shipyard/core";
import { asc, eq, or } from "drizzle-orm";
import type { Db } from "../database.ts";
import { vms } from "../schema.ts";
import { newId } from "./ids.ts";

type Row = typeof vms.$inferSelect;
const toStored = (r: Row): StoredVm => ({
  id: r.id,
  name: r.name,
  hostId: r.hostId,
  spec: r.spec as unknown as VmCreate,
  desired: r.desired,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export class DrizzleVmRepository implements VmRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }
  async create(vm: { name: string; hostId: string; spec: VmCreate }) {
    // short ids: the VM id names files and sockets on the host
    const rows = await this.db
      .insert(vms)
      .values({
        id: newId("vm").slice(0, 24),
        name: vm.name,
        hostId: vm.hostId,
        spec: vm.spec as unknown as Record<string, unknown>,
        desired: "stopped",
      })
      .returning();
    return toStored(rows[0] as Row);
  }
  async get(idOrName: string) {
    const rows = await this.db
      .select()
      .from(vms)
      .where(or(eq(vms.id, idOrName), eq(vms.name, idOrName)))
      .limit(1);
    return rows[0] ? toStored(rows[0]) : undefined;
  }
  async list() {
    return (await this.db.select().from(vms).orderBy(asc(vms.name))).map(toStored);
  }
  async setDesired(id: string, desired: "running" | "stopped") {
    await this.db.update(vms).set({ desired, updatedAt: new Date() }).where(eq(vms.id, id));
  }
  async delete(id: string) {
    await this.db.delete(vms).where(eq(vms.id, id));
  }
}
