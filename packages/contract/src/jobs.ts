import { z } from "zod";
import { pageQuery } from "./pagination.ts";

export const JobState = z.enum(["created", "retry", "active", "completed", "cancelled", "failed"]);
export type JobState = z.infer<typeof JobState>;

export const Job = z.object({
  id: z.string(),
  name: z.string(),
  state: JobState,
  data: z.unknown(),
  output: z.unknown().nullable(),
  retryCount: z.number().int(),
  retryLimit: z.number().int(),
  createdAt: z.string().datetime(),
  startedAt: z.string().datetime().nullable(),
  completedAt: z.string().datetime().nullable(),
});
export type Job = z.infer<typeof Job>;

export const JobListQuery = pageQuery(["createdAt"], "createdAt").extend({
  name: z.string().max(100).optional(),
  state: JobState.optional(),
});
export type JobListQuery = z.infer<typeof JobListQuery>;

export const JobEnqueue = z.strictObject({
  name: z.string().min(1).max(100),
  data: z.record(z.string(), z.unknown()).default({}),
});
export type JobEnqueue = z.infer<typeof JobEnqueue>;
