import type { Job, JobListQuery, Page } from "@shipyard/contract";
import type { z } from "zod";

export interface JobContext {
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  signal: AbortSignal;
}

/** A typed background job: its payload schema, its handler, and how it is retried. */
export interface JobDefinition<S extends z.ZodType = z.ZodType, R = unknown> {
  name: string;
  description: string;
  payload: S;
  handler: (payload: z.output<S>, ctx: JobContext) => Promise<R>;
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A running job that stops sending heartbeats for this long (e.g. its process died) is retried. */
  heartbeatSeconds: number;
  /** Hard limit of one attempt. */
  expireInSeconds: number;
  /** Which permission may start this job by name through the API; undefined: only the system. */
  startableBy?: "jobs:write" | undefined;
}

type Defaults = "retryLimit" | "retryDelaySeconds" | "retryBackoff" | "heartbeatSeconds" | "expireInSeconds";

export function defineJob<S extends z.ZodType, R>(
  def: Omit<JobDefinition<S, R>, Defaults> & Partial<Pick<JobDefinition<S, R>, Defaults>>,
): JobDefinition<S, R> {
  return {
    retryLimit: 5,
    retryDelaySeconds: 2,
    retryBackoff: true,
    heartbeatSeconds: 10,
    expireInSeconds: 15 * 60,
    ...def,
  };
}

/** The job queue port. Implemented with pg-boss on the same database. */
export interface JobQueue {
  register(defs: readonly JobDefinition[]): Promise<void>;
  enqueue(name: string, data: unknown, options?: { singletonKey?: string }): Promise<Job>;
  /** Runs a job on a cron schedule (UTC); idempotent across restarts and replicas. */
  schedule(name: string, cron: string): Promise<void>;
  get(id: string): Promise<Job | undefined>;
  list(query: JobListQuery): Promise<Page<Job>>;
  counts(): Promise<{ queued: number; active: number; failed: number }>;
  stop(): Promise<void>;
}
