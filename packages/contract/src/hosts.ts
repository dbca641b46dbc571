import { z } from "zod";

/** Hosts that run workloads, and the agents on them. */

export const HostCapacity = z.object({
  vcpus: z.number().int().min(1).max(4096),
  memory_mb: z
    .number()
    .int()
    .min(1)
    .max(1 << 30),
  disk_gb: z
    .number()
    .min(0)
    .max(1 << 30),
});

const Availability = {
  available: z.boolean(),
  reason: z.string().max(1000).optional(),
};

export const HostRuntimes = z.object({
  containers: z.object({ ...Availability, engine: z.string().max(100).optional(), version: z.string().max(100).optional() }),
  vms: z.object({
    ...Availability,
    driver: z.string().max(50).optional(),
    accel: z.string().max(20).optional(),
    capabilities: z.record(z.string(), z.boolean()).optional(),
  }),
  functions: z
    .array(
      z.object({
        runtime: z.enum(["node", "python", "go", "rust"]),
        ...Availability,
        version: z.string().max(100).optional(),
      }),
    )
    .max(10),
});

export const HostMetrics = z.object({
  at: z.string().datetime(),
  cpu_percent: z.number().min(0),
  load1: z.number().min(0),
  memory_used_mb: z.number().min(0),
  memory_total_mb: z.number().min(0),
  disk_used_gb: z.number().min(0),
  disk_total_gb: z.number().min(0),
  uptime_seconds: z.number().min(0),
});
export type HostMetrics = z.infer<typeof HostMetrics>;

export const Host = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string().describe("`local` for the agent inside the server; otherwise the agent's URL"),
  local: z.boolean(),
  status: z.enum(["online", "lost"]),
  capacity: HostCapacity,
  allocated: z.object({ vcpus: z.number(), memory_mb: z.number(), workloads: z.number().int() }),
  runtimes: HostRuntimes,
  metrics: HostMetrics.nullable(),
  labels: z.record(z.string(), z.string()),
  agent_version: z.string(),
  registered_at: z.string().datetime(),
  last_heartbeat_at: z.string().datetime(),
});
export type Host = z.infer<typeof Host>;

export const JoinTokenCreate = z.strictObject({
  name: z.string().trim().min(1, "name is required").max(100),
  ttl_hours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .optional()
    .describe("Expires after this many hours; never when absent"),
});

export const JoinToken = z.object({
  id: z.string(),
  name: z.string(),
  expires_at: z.string().datetime().nullable(),
  created_at: z.string().datetime(),
  last_used_at: z.string().datetime().nullable(),
});

export const JoinTokenCreated = JoinToken.extend({
  token: z.string().describe("Shown once: pass it to `shipyard agent --token`"),
});

const HostName = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,62}$/, "name is lowercase letters, digits, '.' and '-', at most 63");

export const AgentRegister = z.strictObject({
  name: HostName,
  address: z.string().url().max(500).describe("Base URL the server calls the agent at"),
  capacity: HostCapacity,
  runtimes: HostRuntimes,
  labels: z.record(z.string().max(100), z.string().max(200)).optional(),
  agent_version: z.string().max(100),
  host_id: z.string().max(100).optional().describe("Sent by an agent that registered before, with its credential"),
});

export const AgentRegistered = z.object({
  host_id: z.string(),
  secret: z.string().describe("The agent's credential: for heartbeats, and for the server's calls to the agent"),
  heartbeat_seconds: z.number(),
});

export const AgentHeartbeat = z.strictObject({
  metrics: HostMetrics,
  runtimes: HostRuntimes.optional(),
});

export const AgentHeartbeatAck = z.object({ status: z.enum(["online", "lost"]), heartbeat_seconds: z.number() });
