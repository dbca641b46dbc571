import type { FunctionInvocation, FunctionListQuery, FunctionStats, InvocationListQuery, Page } from "@shipyard/contract";
import type { FunctionRepository, StoredFunction, StoredVersion } from "@shipyard/core";
import { conflict, notFound } from "@shipyard/core";
import { and, eq, gte, ilike, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../database.ts";
import { functionInvocations, functions, functionVersions } from "../schema.ts";
import { newId } from "./ids.ts";
import { iso, keysetPage } from "./keyset.ts";
import { isUniqueViolation } from "./pg-errors.ts";

type FnRow = typeof functions.$inferSelect;
type InvRow = typeof functionInvocations.$inferSelect;

const toFn = (r: FnRow): StoredFunction => ({
  id: r.id,
  name: r.name,
  runtime: r.runtime,
  deployedVersion: r.deployedVersion,
  latestVersion: r.latestVersion,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  lastInvokedAt: iso(r.lastInvokedAt),
});

const toInv = (r: InvRow): FunctionInvocation => ({
  id: r.id,
  function_id: r.functionId,
  version: r.version,
  status: r.status,
  duration_ms: r.durationMs,
  memory_used_mb: r.memoryUsedMb,
  request_id: r.requestId,
  event: r.event,
  ...(r.response !== null ? { response: r.response } : {}),
  logs: r.logs,
  ...(r.error ? { error: r.error } : {}),
  cold_start: r.coldStart,
  invoked_at: r.invokedAt.toISOString(),
});

type NewVersion = Omit<StoredVersion, "version" | "createdAt">;

export class DrizzleFunctionRepository implements FunctionRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }

  async create(name: string, v: NewVersion): Promise<StoredFunction> {
    const id = newId("fn");
    try {
      return await this.db.transaction(async (tx) => {
        const rows = await tx
          .insert(functions)
          .values({ id, name, runtime: v.runtime, deployedVersion: 1, latestVersion: 1 })
          .returning();
        await tx.insert(functionVersions).values({ functionId: id, version: 1, ...v });
        return toFn(rows[0] as FnRow);
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`A function named ${name} already exists.`);
      throw e;
    }
  }

  async get(idOrName: string) {
    const rows = await this.db
      .select()
      .from(functions)
      .where(or(eq(functions.id, idOrName), eq(functions.name, idOrName)))
      .limit(1);
    return rows[0] ? toFn(rows[0]) : undefined;
  }

  list(query: FunctionListQuery, only?: readonly string[]): Promise<Page<StoredFunction>> {
    const q = query.q ? `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
    return keysetPage<FnRow, StoredFunction>({
      db: this.db,
      table: functions,
      sortColumn: query.sort === "createdAt" ? functions.createdAt : functions.name,
      sortKey: query.sort === "createdAt" ? "createdAt" : "name",
      idColumn: functions.id,
      where: [
        q ? ilike(functions.name, q) : undefined,
        query.runtime ? eq(functions.runtime, query.runtime) : undefined,
        only ? inArray(functions.id, [...only]) : undefined,
      ],
      query,
      map: toFn,
    });
  }

  async version(functionId: string, version: number) {
    const r = (
      await this.db
        .select()
        .from(functionVersions)
        .where(and(eq(functionVersions.functionId, functionId), eq(functionVersions.version, version)))
        .limit(1)
    )[0];
    if (!r) return undefined;
    const { functionId: _f, createdAt, ...rest } = r;
    return { ...rest, createdAt: createdAt.toISOString() };
  }

  async addVersion(functionId: string, v: NewVersion): Promise<StoredFunction> {
    return this.db.transaction(async (tx) => {
      const rows = await tx
        .update(functions)
        .set({
          latestVersion: sql`${functions.latestVersion} + 1`,
          ...(v.draft ? {} : { deployedVersion: sql`${functions.latestVersion} + 1`, runtime: v.runtime }),
          updatedAt: new Date(),
        })
        .where(eq(functions.id, functionId))
        .returning();
      const fn = rows[0];
      if (!fn) throw notFound("Function", functionId);
      await tx.insert(functionVersions).values({ functionId, version: fn.latestVersion, ...v });
      return toFn(fn);
    });
  }

  async delete(functionId: string) {
    await this.db.delete(functions).where(eq(functions.id, functionId));
  }

  async recordInvocation(inv: Omit<FunctionInvocation, "id">) {
    const rows = await this.db
      .insert(functionInvocations)
      .values({
        id: newId("inv"),
        functionId: inv.function_id,
        version: inv.version,
        status: inv.status,
        durationMs: inv.duration_ms,
        memoryUsedMb: inv.memory_used_mb,
        requestId: inv.request_id,
        event: inv.event ?? null,
        response: inv.response ?? null,
        logs: inv.logs,
        error: inv.error ?? null,
        coldStart: inv.cold_start,
        invokedAt: new Date(inv.invoked_at),
      })
      .returning();
    await this.db
      .update(functions)
      .set({ lastInvokedAt: new Date(inv.invoked_at) })
      .where(eq(functions.id, inv.function_id));
    return toInv(rows[0] as InvRow);
  }

  invocations(functionId: string, query: InvocationListQuery): Promise<Page<FunctionInvocation>> {
    return keysetPage<InvRow, FunctionInvocation>({
      db: this.db,
      table: functionInvocations,
      sortColumn: functionInvocations.invokedAt,
      sortKey: "invokedAt",
      idColumn: functionInvocations.id,
      where: [
        eq(functionInvocations.functionId, functionId),
        query.status ? eq(functionInvocations.status, query.status) : undefined,
      ],
      query,
      map: toInv,
    });
  }

  async stats(functionId: string, since: Date): Promise<FunctionStats> {
    const rows = await this.db
      .select({
        n: sql<number>`count(*)::int`,
        ok: sql<number>`count(*) filter (where ${functionInvocations.status} = 'success')::int`,
        errors: sql<number>`count(*) filter (where ${functionInvocations.status} = 'error')::int`,
        timeouts: sql<number>`count(*) filter (where ${functionInvocations.status} = 'timeout')::int`,
        p50: sql<number | null>`percentile_cont(0.5) within group (order by ${functionInvocations.durationMs})`,
        p95: sql<number | null>`percentile_cont(0.95) within group (order by ${functionInvocations.durationMs})`,
        p99: sql<number | null>`percentile_cont(0.99) within group (order by ${functionInvocations.durationMs})`,
      })
      .from(functionInvocations)
      .where(and(eq(functionInvocations.functionId, functionId), gte(functionInvocations.invokedAt, since)));
    const r = rows[0] as {
      n: number;
      ok: number;
      errors: number;
      timeouts: number;
      p50: number | null;
      p95: number | null;
      p99: number | null;
    };
    const num = (v: number | null) => (v === null ? null : Number(v));
    return {
      invocations_24h: Number(r.n),
      success_rate: r.n ? Number(r.ok) / Number(r.n) : null,
      errors_24h: Number(r.errors),
      timeouts_24h: Number(r.timeouts),
      p50_ms: num(r.p50),
      p95_ms: num(r.p95),
      p99_ms: num(r.p99),
    };
  }
}
