import type {
  HostAllocation,
  HostCapacity,
  HostMetrics,
  HostRepository,
  HostRuntimes,
  StoredHost,
  StoredJoinToken,
} from "@shipyard/core";
import { and, asc, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../database.ts";
import { containers, hostJoinTokens, hosts, vms } from "../schema.ts";
import { newId } from "./ids.ts";

type Row = typeof hosts.$inferSelect;
const toStored = (r: Row): StoredHost => ({
  id: r.id,
  name: r.name,
  address: r.address,
  local: r.local,
  status: r.status,
  capacity: r.capacity as unknown as HostCapacity,
  runtimes: r.runtimes as unknown as HostRuntimes,
  metrics: (r.metrics as unknown as HostMetrics | null) ?? null,
  labels: r.labels,
  agentVersion: r.agentVersion,
  sealedSecret: r.sealedSecret,
  registeredAt: r.registeredAt.toISOString(),
  lastHeartbeatAt: r.lastHeartbeatAt.toISOString(),
});

type TokenRow = typeof hostJoinTokens.$inferSelect;
const toToken = (r: TokenRow): StoredJoinToken => ({
  id: r.id,
  name: r.name,
  expiresAt: r.expiresAt?.toISOString() ?? null,
  createdBy: r.createdBy,
  createdAt: r.createdAt.toISOString(),
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
});

const json = (v: unknown) => v as Record<string, unknown>;

export class DrizzleHostRepository implements HostRepository {
  private readonly db: Db;
  /** Containers from before hosts existed have no host id: they ran on the local host. */
  private readonly legacyHostId: string | undefined;
  constructor(db: Db, options: { legacyHostId?: string | undefined } = {}) {
    this.db = db;
    this.legacyHostId = options.legacyHostId;
  }

  async save(h: StoredHost) {
    const values = {
      id: h.id,
      name: h.name,
      address: h.address,
      local: h.local,
      status: h.status,
      capacity: json(h.capacity),
      runtimes: json(h.runtimes),
      metrics: h.metrics ? json(h.metrics) : null,
      labels: h.labels,
      agentVersion: h.agentVersion,
      sealedSecret: h.sealedSecret,
      registeredAt: new Date(h.registeredAt),
      lastHeartbeatAt: new Date(h.lastHeartbeatAt),
    };
    const { id: _id, name: _name, registeredAt: _r, ...update } = values;
    const rows = await this.db.insert(hosts).values(values).onConflictDoUpdate({ target: hosts.id, set: update }).returning();
    return toStored(rows[0] as Row);
  }

  async get(idOrName: string) {
    const rows = await this.db
      .select()
      .from(hosts)
      .where(or(eq(hosts.id, idOrName), eq(hosts.name, idOrName)))
      .limit(1);
    return rows[0] ? toStored(rows[0]) : undefined;
  }

  async list() {
    return (await this.db.select().from(hosts).orderBy(asc(hosts.name))).map(toStored);
  }

  async heartbeat(id: string, metrics: HostMetrics, at: Date, runtimes?: HostRuntimes) {
    const rows = await this.db
      .update(hosts)
      .set({ metrics: json(metrics), lastHeartbeatAt: at, status: "online", ...(runtimes ? { runtimes: json(runtimes) } : {}) })
      .where(eq(hosts.id, id))
      .returning();
    return rows[0] ? toStored(rows[0]) : undefined;
  }

  async markLost(before: Date) {
    const rows = await this.db
      .update(hosts)
      .set({ status: "lost" })
      .where(and(eq(hosts.status, "online"), lt(hosts.lastHeartbeatAt, before)))
      .returning();
    return rows.map(toStored);
  }

  async delete(id: string) {
    await this.db.delete(hosts).where(eq(hosts.id, id));
  }

  async allocations() {
    const out = new Map<string, HostAllocation>();
    const add = (hostId: string | null, vcpus: number, memoryMb: number) => {
      const id = hostId ?? this.legacyHostId;
      if (!id) return;
      const a = out.get(id) ?? { vcpus: 0, memoryMb: 0, workloads: 0 };
      a.vcpus += vcpus;
      a.memoryMb += memoryMb;
      a.workloads += 1;
      out.set(id, a);
    };
    // every VM holds its memory while it exists (a stopped VM may be started again); so does a container
    const vmRows = await this.db
      .select({
        hostId: vms.hostId,
        vcpus: sql<number>`coalesce((${vms.spec}->>'vcpu')::float8, 0)`,
        mem: sql<number>`coalesce((${vms.spec}->>'mem_mib')::float8, 0)`,
      })
      .from(vms);
    for (const r of vmRows) add(r.hostId, Number(r.vcpus), Number(r.mem));
    const ctrRows = await this.db
      .select({
        hostId: containers.hostId,
        cpus: sql<number>`coalesce((${containers.spec}->>'cpu_limit')::float8, 0)`,
        mem: sql<number>`coalesce((${containers.spec}->>'memory_limit_mb')::float8, 0)`,
      })
      .from(containers);
    for (const r of ctrRows) add(r.hostId, Number(r.cpus), Number(r.mem));
    return out;
  }

  async createJoinToken(t: { name: string; hash: string; expiresAt: Date | null; createdBy: string | null }) {
    const rows = await this.db
      .insert(hostJoinTokens)
      .values({ id: newId("hjt"), name: t.name, tokenHash: t.hash, expiresAt: t.expiresAt, createdBy: t.createdBy })
      .returning();
    return toToken(rows[0] as TokenRow);
  }

  async useJoinToken(hash: string, now: Date) {
    const rows = await this.db
      .update(hostJoinTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(hostJoinTokens.tokenHash, hash), or(isNull(hostJoinTokens.expiresAt), gt(hostJoinTokens.expiresAt, now))))
      .returning();
    return rows[0] ? toToken(rows[0]) : undefined;
  }

  async listJoinTokens() {
    return (await this.db.select().from(hostJoinTokens).orderBy(asc(hostJoinTokens.createdAt))).map(toToken);
  }

  async deleteJoinToken(id: string) {
    const rows = await this.db.delete(hostJoinTokens).where(eq(hostJoinTokens.id, id)).returning({ id: hostJoinTokens.id });
    return rows.length > 0;
  }
}
