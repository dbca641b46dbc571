import type { Job, JobListQuery, JobState, Page } from "@shipyard/contract";
import {
  DomainError,
  decodeCursor,
  type EventBus,
  encodeCursor,
  type JobDefinition,
  type JobQueue,
  notFound,
} from "@shipyard/core";
import { fromPglite, PgBoss } from "pg-boss";
import { z } from "zod";
import type { Database } from "../database.ts";

const SCHEMA = "pgboss";

interface JobRow {
  id: string;
  name: string;
  state: JobState;
  data: unknown;
  output: unknown;
  retry_count: number;
  retry_limit: number;
  created_on: Date | string;
  started_on: Date | string | null;
  completed_on: Date | string | null;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());
const toJob = (r: JobRow): Job => ({
  id: r.id,
  name: r.name,
  state: r.state,
  data: r.data,
  output: r.output ?? null,
  retryCount: r.retry_count,
  retryLimit: r.retry_limit,
  createdAt: iso(r.created_on) as string,
  startedAt: iso(r.started_on),
  completedAt: iso(r.completed_on),
});

export interface JobQueueOptions {
  /** Start workers in this process (false for an API-only replica). */
  work: boolean;
  /** How often the supervisor looks for jobs whose worker died (heartbeat missed). */
  superviseIntervalSeconds: number;
  onError?: (error: Error) => void;
}

/** JobQueue on pg-boss, in the same database as everything else (PGlite in-process or PostgreSQL). */
export class PgBossJobQueue implements JobQueue {
  private readonly boss: PgBoss;
  private readonly database: Database;
  private readonly bus: EventBus;
  private readonly options: JobQueueOptions;
  private readonly defs = new Map<string, JobDefinition>();

  private constructor(database: Database, bus: EventBus, boss: PgBoss, options: JobQueueOptions) {
    this.database = database;
    this.bus = bus;
    this.boss = boss;
    this.options = options;
  }

  static async start(database: Database, bus: EventBus, options: JobQueueOptions): Promise<PgBossJobQueue> {
    const common = {
      schema: SCHEMA,
      superviseIntervalSeconds: options.superviseIntervalSeconds,
      monitorIntervalSeconds: options.superviseIntervalSeconds,
      supervise: options.work,
    };
    const boss = database.pglite
      ? new PgBoss({ ...common, db: fromPglite(database.pglite), backend: "pglite" })
      : new PgBoss({ ...common, connectionString: postgresUrl(database), max: 4 });
    boss.on("error", (e: Error) => options.onError?.(e));
    await boss.start();
    return new PgBossJobQueue(database, bus, boss, options);
  }

  async register(defs: readonly JobDefinition[]): Promise<void> {
    for (const def of defs) {
      this.defs.set(def.name, def);
      const queue = {
        retryLimit: def.retryLimit,
        retryDelay: def.retryDelaySeconds,
        retryBackoff: def.retryBackoff,
        expireInSeconds: def.expireInSeconds,
        heartbeatSeconds: def.heartbeatSeconds,
      };
      const existing = await this.boss.getQueue(def.name);
      if (existing) await this.boss.updateQueue(def.name, queue);
      else await this.boss.createQueue(def.name, queue);
      if (!this.options.work) continue;
      // batchSize 1: the handler's return value becomes the job's output
      await this.boss.work(def.name, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) =>
        job ? this.run(def, job) : undefined,
      );
    }
  }

  private async run(def: JobDefinition, job: { id: string; data: unknown; retryCount: number; signal: AbortSignal }) {
    await this.publish(def.name, job.id, "job.started", { retryCount: job.retryCount });
    const payload = def.payload.safeParse(job.data);
    if (!payload.success) {
      // a malformed payload will never succeed: fail without retrying
      await this.boss.fail(def.name, job.id, { message: `invalid payload: ${z.prettifyError(payload.error)}` });
      await this.publish(def.name, job.id, "job.failed", { message: "invalid payload" });
      return;
    }
    try {
      const output = await def.handler(payload.data, { jobId: job.id, retryCount: job.retryCount, signal: job.signal });
      await this.publish(def.name, job.id, "job.completed", {});
      return output;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      await this.publish(def.name, job.id, "job.attempt_failed", { message, retryCount: job.retryCount });
      throw e;
    }
  }

  private publish(name: string, id: string, type: string, data: Record<string, unknown>) {
    return this.bus.publish({
      type,
      resource: { kind: "job", id },
      data: { name, ...data },
      audience: { permission: "jobs:read" },
    });
  }

  async enqueue(name: string, data: unknown, options: { singletonKey?: string } = {}): Promise<Job> {
    const def = this.defs.get(name);
    if (!def) {
      throw new DomainError("not_found", `There is no job named ${name}.`, {
        suggestion: `Known jobs: ${[...this.defs.keys()].join(", ")}.`,
      });
    }
    const parsed = def.payload.safeParse(data);
    if (!parsed.success) {
      throw new DomainError("invalid_input", `The data for job ${name} is not valid: ${z.prettifyError(parsed.error)}`, {
        suggestion: "Fix the fields named above and send again.",
      });
    }
    const id = await this.boss.send(
      name,
      parsed.data as object,
      options.singletonKey ? { singletonKey: options.singletonKey } : {},
    );
    if (!id) throw new DomainError("conflict", `A ${name} job with the same key is already queued.`);
    const job = await this.get(id);
    if (!job) throw notFound("Job", id);
    await this.publish(name, id, "job.created", {});
    return job;
  }

  async schedule(name: string, cron: string): Promise<void> {
    await this.boss.schedule(name, cron, {}, { tz: "UTC" });
  }

  async get(id: string): Promise<Job | undefined> {
    if (!z.uuid().safeParse(id).success) return undefined;
    const rows = await this.query<JobRow>(`select * from ${SCHEMA}.job where id = $1`, [id]);
    return rows[0] ? toJob(rows[0]) : undefined;
  }

  async list(query: JobListQuery): Promise<Page<Job>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.name) {
      params.push(query.name);
      where.push(`name = $${params.length}`);
    }
    if (query.state) {
      params.push(query.state);
      where.push(`state = $${params.length}`);
    }
    const base = [...where];
    const cmp = query.order === "desc" ? "<" : ">";
    if (query.cursor) {
      const c = decodeCursor(query.cursor);
      params.push(new Date(String(c.v)).toISOString(), c.id);
      where.push(`(created_on, id) ${cmp} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const dir = query.order === "desc" ? "desc" : "asc";
    const baseParams = params.slice(0, base.length);
    params.push(query.limit + 1);
    const [rows, total] = await Promise.all([
      this.query<JobRow>(
        `select * from ${SCHEMA}.job ${where.length ? `where ${where.join(" and ")}` : ""} order by created_on ${dir}, id ${dir} limit $${params.length}`,
        params,
      ),
      this.query<{ n: number }>(
        `select count(*)::int as n from ${SCHEMA}.job ${base.length ? `where ${base.join(" and ")}` : ""}`,
        baseParams,
      ),
    ]);
    const more = rows.length > query.limit;
    const items = (more ? rows.slice(0, query.limit) : rows).map(toJob);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: more && last ? encodeCursor({ v: last.createdAt, id: last.id }) : null,
      total: total[0]?.n ?? 0,
    };
  }

  async counts() {
    const rows = await this.query<{ state: string; n: number }>(
      `select state::text as state, count(*)::int as n from ${SCHEMA}.job group by state`,
      [],
    );
    const n = (s: string[]) => rows.filter((r) => s.includes(r.state)).reduce((a, r) => a + r.n, 0);
    return { queued: n(["created", "retry"]), active: n(["active"]), failed: n(["failed"]) };
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5_000 });
  }

  private async query<T>(text: string, params: unknown[]): Promise<T[]> {
    if (this.database.pglite) return (await this.database.pglite.query<T>(text, params)).rows;
    if (this.database.pool) return (await this.database.pool.query(text, params)).rows as T[];
    throw new Error("database has neither PGlite nor a pool");
  }
}

function postgresUrl(database: Database): string {
  if (database.config.kind !== "postgresql") throw new Error("not a PostgreSQL database");
  return database.config.url;
}
