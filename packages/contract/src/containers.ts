import { z } from "zod";

/** Containers, with the field names of the workloads spec (snake_case). */
export const ContainerPortMapping = z.strictObject({
  host: z.number().int().min(1).max(65535).optional(),
  container: z.number().int().min(1, "container port must be 1–65535").max(65535, "container port must be 1–65535"),
  protocol: z.enum(["tcp", "udp"]).default("tcp"),
});

export const ContainerVolume = z.strictObject({
  host: z.string().min(1).max(4096).describe("Host path or named volume"),
  container: z.string().regex(/^\//, "container path must be absolute").max(4096),
  read_only: z.boolean().default(false),
});

export const ContainerDeploy = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,62}$/, "name is lowercase letters, digits, '.', '_' or '-', at most 63"),
  image: z.string().min(1).max(500),
  /** Replaces the image's entrypoint, e.g. "sh -c" or ["sh", "-c"]. */
  command: z.union([z.string().max(4096), z.array(z.string().max(4096)).max(100)]).optional(),
  args: z.array(z.string().max(4096)).max(200).optional(),
  env_vars: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string().max(32_768)).default({}),
  port_mappings: z.array(ContainerPortMapping).max(100).default([]),
  volumes: z.array(ContainerVolume).max(50).default([]),
  restart_policy: z
    .string()
    .regex(
      /^(no|always|unless-stopped|on-failure(:\d{1,4})?)$/,
      "restart_policy is no, always, unless-stopped, on-failure or on-failure:N",
    )
    .default("no"),
  cpu_limit: z.number().min(0.01).max(1024).optional().describe("CPU cores"),
  memory_limit_mb: z.number().int().min(6, "memory_limit_mb must be at least 6").max(1_048_576).optional(),
  network_mode: z.string().max(100).optional(),
  health_check: z
    .strictObject({
      test: z.union([z.string(), z.array(z.string())]),
      interval_seconds: z.number().min(1).max(3600).default(30),
      timeout_seconds: z.number().min(1).max(3600).default(10),
      retries: z.number().int().min(1).max(100).default(3),
    })
    .optional(),
  /** Run it on this host (id or name); by default the server places it on a host with room. */
  host_id: z.string().min(1).max(100).optional(),
});
export type ContainerDeploy = z.infer<typeof ContainerDeploy>;

export const Container = z.object({
  id: z.string(),
  name: z.string(),
  image: z.string(),
  status: z.enum(["running", "stopped", "restarting", "paused", "error"]),
  exit_code: z.number().int().nullable(),
  error: z.string().nullable().describe("Why it is in error: exit code, OOM kill or the engine's words"),
  last_output: z.array(z.string()).describe("Last lines it printed, when it is not running"),
  uptime_seconds: z.number().nullable(),
  health: z.enum(["starting", "healthy", "unhealthy"]).nullable(),
  memory_limit_mb: z.number().nullable(),
  port_mappings: z.array(z.object({ host: z.number().nullable(), container: z.number(), protocol: z.enum(["tcp", "udp"]) })),
  env_vars: z.record(z.string(), z.string()),
  volumes: z.array(z.object({ host: z.string(), container: z.string(), read_only: z.boolean() })),
  command: z.array(z.string()).nullable(),
  args: z.array(z.string()).nullable(),
  restart_policy: z.string(),
  host_id: z.string(),
  host_addr: z.string(),
  created_at: z.string().datetime(),
  started_at: z.string().datetime().nullable(),
});
export type Container = z.infer<typeof Container>;

export const ContainerStatsSample = z.object({
  at: z.string().datetime(),
  cpu_percent: z.number(),
  memory_used_mb: z.number(),
  memory_limit_mb: z.number(),
  net_rx_bytes: z.number(),
  net_tx_bytes: z.number(),
  block_read_bytes: z.number(),
  block_write_bytes: z.number(),
});

export const ContainerLogsQuery = z.strictObject({
  tail: z.coerce.number().int().min(1).max(10_000).default(200),
  since: z.string().datetime({ offset: true }).optional(),
});

export const ContainerLogLine = z.object({ stream: z.enum(["stdout", "stderr"]), line: z.string(), at: z.string().datetime() });

/** One row of the unified workloads list (dashboard). */
export const Resource = z.object({
  type: z.enum(["vm", "function", "container"]),
  id: z.string(),
  name: z.string(),
  state: z.string().describe("running, stopped, paused, error for VMs and containers; ready for functions"),
  detail: z.string().describe("The one line a person scans for: image, runtime and version, …"),
  host_id: z.string().nullable().describe("Where it runs; null for functions (they run on any host with the runtime)"),
  created_at: z.string().datetime(),
  last_activity_at: z.string().datetime().nullable(),
});
export type Resource = z.infer<typeof Resource>;

export const ResourceQuery = z.strictObject({
  type: z.enum(["vm", "function", "container"]).optional(),
  q: z.string().max(200).optional().describe("Search in names"),
  state: z.string().max(30).optional(),
  host: z.string().max(100).optional().describe("Only what runs on this host (id)"),
});
