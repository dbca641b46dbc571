import type { TemplateCreate } from "@shipyard/contract";
import type {
  RegistryRepository,
  SnapshotRepository,
  StoredRegistryImage,
  StoredSnapshot,
  StoredTemplate,
  StoredVm,
  TemplateRepository,
  VmRepository,
} from "@shipyard/core";
import { asc, count, desc, eq, or } from "drizzle-orm";
import type { Db } from "../database.ts";
import { registryImages, vmSnapshots, vms, vmTemplates } from "../schema.ts";
import { newId } from "./ids.ts";

type Row = typeof vms.$inferSelect;
const toStored = (r: Row): StoredVm => ({
  id: r.id,
  name: r.name,
  hostId: r.hostId,
  spec: r.spec as unknown as StoredVm["spec"],
  desired: r.desired,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export class DrizzleVmRepository implements VmRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }
  async create(vm: { name: string; hostId: string; spec: StoredVm["spec"]; templateId?: string | undefined }) {
    // short ids: the VM id names files and sockets on the host
    const rows = await this.db
      .insert(vms)
      .values({
        id: newId("vm").slice(0, 24),
        name: vm.name,
        hostId: vm.hostId,
        spec: vm.spec as unknown as Record<string, unknown>,
        desired: "stopped",
        templateId: vm.templateId ?? null,
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
  async updateSpec(id: string, spec: StoredVm["spec"]) {
    await this.db
      .update(vms)
      .set({ spec: spec as unknown as Record<string, unknown>, updatedAt: new Date() })
      .where(eq(vms.id, id));
  }
  async setDesired(id: string, desired: "running" | "stopped") {
    await this.db.update(vms).set({ desired, updatedAt: new Date() }).where(eq(vms.id, id));
  }
  async delete(id: string) {
    await this.db.delete(vms).where(eq(vms.id, id));
  }
}

type TemplateRow = typeof vmTemplates.$inferSelect;

export class DrizzleTemplateRepository implements TemplateRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }
  private async withUsage(rows: TemplateRow[]): Promise<StoredTemplate[]> {
    const counts = await this.db.select({ id: vms.templateId, n: count() }).from(vms).groupBy(vms.templateId);
    const usage = new Map(counts.map((c) => [c.id, Number(c.n)]));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      spec: r.spec as unknown as TemplateCreate,
      usageCount: usage.get(r.id) ?? 0,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
  }
  async create(name: string, spec: TemplateCreate) {
    const rows = await this.db
      .insert(vmTemplates)
      .values({ id: newId("tpl"), name, spec: spec as unknown as Record<string, unknown> })
      .returning();
    return (await this.withUsage(rows))[0] as StoredTemplate;
  }
  async get(idOrName: string) {
    const rows = await this.db
      .select()
      .from(vmTemplates)
      .where(or(eq(vmTemplates.id, idOrName), eq(vmTemplates.name, idOrName)))
      .limit(1);
    return (await this.withUsage(rows))[0];
  }
  async list() {
    return this.withUsage(await this.db.select().from(vmTemplates).orderBy(asc(vmTemplates.name)));
  }
  async update(id: string, spec: TemplateCreate) {
    const rows = await this.db
      .update(vmTemplates)
      .set({ name: spec.name, spec: spec as unknown as Record<string, unknown>, updatedAt: new Date() })
      .where(eq(vmTemplates.id, id))
      .returning();
    return (await this.withUsage(rows))[0] as StoredTemplate;
  }
  async delete(id: string) {
    await this.db.delete(vmTemplates).where(eq(vmTemplates.id, id));
  }
}

type RegistryRow = typeof registryImages.$inferSelect;
const toRegistry = (r: RegistryRow): StoredRegistryImage => ({ ...r, createdAt: r.createdAt.toISOString() });

export class DrizzleRegistryRepository implements RegistryRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }
  newId() {
    return newId("img").slice(0, 24);
  }
  async create(image: Omit<StoredRegistryImage, "createdAt">) {
    const rows = await this.db.insert(registryImages).values(image).returning();
    return toRegistry(rows[0] as RegistryRow);
  }
  async get(idOrName: string) {
    const rows = await this.db
      .select()
      .from(registryImages)
      .where(or(eq(registryImages.id, idOrName), eq(registryImages.name, idOrName)))
      .limit(1);
    return rows[0] ? toRegistry(rows[0]) : undefined;
  }
  async list() {
    return (await this.db.select().from(registryImages).orderBy(asc(registryImages.name))).map(toRegistry);
  }
  async delete(id: string) {
    await this.db.delete(registryImages).where(eq(registryImages.id, id));
  }
}

type SnapshotRow = typeof vmSnapshots.$inferSelect;
const toSnapshot = (r: SnapshotRow): StoredSnapshot => ({
  id: r.id,
  vmId: r.vmId,
  vmName: r.vmName,
  hostId: r.hostId,
  spec: r.spec as unknown as StoredVm["spec"],
  snapshotPath: r.snapshotPath,
  memFilePath: r.memFilePath,
  sizeBytes: r.sizeBytes,
  createdAt: r.createdAt.toISOString(),
});

export class DrizzleSnapshotRepository implements SnapshotRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }
  newId() {
    return newId("snap").slice(0, 26);
  }
  async create(s: Omit<StoredSnapshot, "createdAt">) {
    const rows = await this.db
      .insert(vmSnapshots)
      .values({ ...s, spec: s.spec as unknown as Record<string, unknown> })
      .returning();
    return toSnapshot(rows[0] as SnapshotRow);
  }
  async get(id: string) {
    const rows = await this.db.select().from(vmSnapshots).where(eq(vmSnapshots.id, id)).limit(1);
    return rows[0] ? toSnapshot(rows[0]) : undefined;
  }
  async listFor(vmId: string) {
    return (await this.db.select().from(vmSnapshots).where(eq(vmSnapshots.vmId, vmId)).orderBy(desc(vmSnapshots.createdAt))).map(
      toSnapshot,
    );
  }
  async delete(id: string) {
    await this.db.delete(vmSnapshots).where(eq(vmSnapshots.id, id));
  }
}
