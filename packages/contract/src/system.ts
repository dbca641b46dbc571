import { z } from "zod";

export const Health = z.object({ status: z.enum(["ok", "degraded", "down"]), checks: z.record(z.string(), z.string()) });
export type Health = z.infer<typeof Health>;

export const SystemInfo = z.object({
  version: z.string(),
  node: z.string(),
  startedAt: z.string().datetime(),
  uptimeSeconds: z.number(),
  database: z.object({
    kind: z.enum(["pglite", "postgresql"]),
    status: z.enum(["ok", "down"]),
    version: z.string(),
    location: z.string().describe("Data folder for PGlite, host:port/db for PostgreSQL (no credentials)"),
    sizeBytes: z.number().nullable(),
  }),
  hosts: z.array(
    z.object({
      name: z.string(),
      role: z.enum(["server"]),
      platform: z.string(),
      cpus: z.number().int(),
      memoryBytes: z.number(),
      freeMemoryBytes: z.number(),
      loadAverage: z.array(z.number()),
    }),
  ),
  workloadHosts: z
    .object({ total: z.number().int(), online: z.number().int() })
    .describe("Hosts that run workloads (GET /v1/hosts for each)"),
  storage: z.object({
    dataDir: z.string().nullable(),
    usedBytes: z.number().nullable(),
    freeBytes: z.number().nullable(),
    totalBytes: z.number().nullable(),
  }),
  endpoints: z.object({ api: z.string(), websocket: z.string(), events: z.string(), openapi: z.string() }),
  jobs: z.object({ queued: z.number().int(), active: z.number().int(), failed: z.number().int() }),
});
export type SystemInfo = z.infer<typeof SystemInfo>;
