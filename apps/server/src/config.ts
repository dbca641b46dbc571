import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DomainError } from "@shipyard/core";
import { z } from "zod";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../../..");
export const version: string = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Every environment variable the server reads. Documented in the README. */
const Env = z.object({
  SHIPYARD_PORT: z.coerce.number().int().min(0).max(65535).default(7300),
  SHIPYARD_HOST: z.string().default("0.0.0.0"),
  SHIPYARD_DATA_DIR: z.string().default(".shipyard"),
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgres:// URL").optional(),
  SHIPYARD_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SHIPYARD_DB_NAMED_STATEMENTS: bool.default(true),
  SHIPYARD_ADMIN_EMAIL: z.string().email("SHIPYARD_ADMIN_EMAIL must be an email address").optional(),
  SHIPYARD_ADMIN_PASSWORD: z.string().optional(),
  SHIPYARD_CONSOLE_DIR: z.string().default(join(repoRoot, "apps/console/out")),
  SHIPYARD_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("warn"),
  SHIPYARD_SESSION_TTL_HOURS: z.coerce
    .number()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  SHIPYARD_RATE_LIMIT: z.coerce.number().int().min(1).default(6000).describe("requests per minute per client"),
  SHIPYARD_LOGIN_RATE_LIMIT: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .describe("login attempts per minute per address and email"),
  SHIPYARD_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  SHIPYARD_SECURE_COOKIES: bool.optional(),
  SHIPYARD_TRUST_PROXY: bool.default(false),
  SHIPYARD_PUBLIC_URL: z.string().url().optional(),
  SHIPYARD_WORKERS: bool.default(true),
  SHIPYARD_BUILD_CAPACITY: z.coerce.number().int().min(1).max(100).default(2),
  SHIPYARD_INSECURE_REGISTRIES: z.string().default(""),
  SHIPYARD_GITHUB_TOKEN: z.string().optional(),
  SHIPYARD_GITHUB_API_URL: z.string().url().optional(),
  SHIPYARD_GITHUB_WEBHOOK_SECRET: z.string().optional(),
  SHIPYARD_GITLAB_URL: z.string().url().optional(),
  SHIPYARD_GITLAB_TOKEN: z.string().optional(),
  SHIPYARD_GITLAB_TRIGGER_TOKEN: z.string().optional(),
  SHIPYARD_GITLAB_WEBHOOK_SECRET: z.string().optional(),
  SHIPYARD_SECRET_KEY: z.string().optional(),
  SHIPYARD_DOCKER_HOST: z.string().optional(),
  SHIPYARD_SOURCE_ROOTS: z.string().optional(),
  SHIPYARD_VM_ASSET_ROOTS: z.string().optional(),
  SHIPYARD_ALLOW_INTERNAL_URLS: bool.default(false),
  SHIPYARD_IMAGE_MAX_MB: z.coerce.number().int().min(1).default(20_480),
  SHIPYARD_CONTAINER_NETWORK: z.string().default("bridge"),
  SHIPYARD_LOCAL_AGENT: bool.default(true),
  SHIPYARD_HTTP_PROCESSES: z.coerce.number().int().min(1).max(16).default(1),
  SHIPYARD_HOST_ID: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{0,62}$/, "SHIPYARD_HOST_ID is lowercase letters, digits, '.' and '-'")
    .optional(),
  SHIPYARD_HEARTBEAT_SECONDS: z.coerce.number().min(0.2).max(300).default(5),
  SHIPYARD_VM_DRIVER: z.enum(["auto", "qemu", "firecracker"]).default("auto"),
  SHIPYARD_VCPU_OVERCOMMIT: z.coerce.number().min(1).max(64).default(16),
  SHIPYARD_SUPERVISE_SECONDS: z.coerce.number().int().min(1).max(600).default(5),
});

export interface ConfigOverrides {
  port?: number | undefined;
  host?: string | undefined;
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
  logLevel?: z.infer<typeof Env>["SHIPYARD_LOG_LEVEL"] | undefined;
}

export type ServerConfig = ReturnType<typeof loadConfig>;

/** Parses the environment once, with overrides from CLI flags, into the server's typed config. */
export function loadConfig(env: Record<string, string | undefined>, overrides: ConfigOverrides = {}) {
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => (k.startsWith("SHIPYARD_") || k === "DATABASE_URL") && v !== undefined && v !== ""),
  );
  const parsed = Env.safeParse(relevant);
  if (!parsed.success) {
    throw new DomainError("invalid_input", `Configuration is not valid: ${z.prettifyError(parsed.error)}`, {
      suggestion: "Fix the environment variables named above (see the README's Configuration section).",
    });
  }
  const e = parsed.data;
  const databaseUrl = overrides.databaseUrl ?? e.DATABASE_URL;
  return {
    port: overrides.port ?? e.SHIPYARD_PORT,
    host: overrides.host ?? e.SHIPYARD_HOST,
    dataDir: resolve(overrides.dataDir ?? e.SHIPYARD_DATA_DIR),
    database: databaseUrl
      ? ({
          kind: "postgresql",
          url: databaseUrl,
          poolSize: e.SHIPYARD_DB_POOL_SIZE,
          namedStatements: e.SHIPYARD_DB_NAMED_STATEMENTS,
        } as const)
      : ({ kind: "pglite", dataDir: resolve(overrides.dataDir ?? e.SHIPYARD_DATA_DIR) } as const),
    admin: { email: e.SHIPYARD_ADMIN_EMAIL, password: e.SHIPYARD_ADMIN_PASSWORD },
    consoleDir: resolve(e.SHIPYARD_CONSOLE_DIR),
    logLevel: overrides.logLevel ?? e.SHIPYARD_LOG_LEVEL,
    sessionTtlHours: e.SHIPYARD_SESSION_TTL_HOURS,
    rateLimitPerMinute: e.SHIPYARD_RATE_LIMIT,
    loginRateLimitPerMinute: e.SHIPYARD_LOGIN_RATE_LIMIT,
    bodyLimitBytes: e.SHIPYARD_BODY_LIMIT,
    secureCookies: e.SHIPYARD_SECURE_COOKIES,
    trustProxy: e.SHIPYARD_TRUST_PROXY,
    publicUrl: e.SHIPYARD_PUBLIC_URL,
    workers: e.SHIPYARD_WORKERS,
    superviseSeconds: e.SHIPYARD_SUPERVISE_SECONDS,
    buildCapacity: e.SHIPYARD_BUILD_CAPACITY,
    secretKey: e.SHIPYARD_SECRET_KEY,
    registryDir: join(resolve(overrides.dataDir ?? e.SHIPYARD_DATA_DIR), "images"),
    // the registry's own folder is always allowed: imported kernels and volumes are for VMs
    vmAssetRoots: [
      join(resolve(overrides.dataDir ?? e.SHIPYARD_DATA_DIR), "images"),
      ...(e.SHIPYARD_VM_ASSET_ROOTS ?? "")
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => resolve(p)),
    ],
    allowInternalUrls: e.SHIPYARD_ALLOW_INTERNAL_URLS,
    localAgent: e.SHIPYARD_LOCAL_AGENT,
    httpProcesses: e.SHIPYARD_HTTP_PROCESSES,
    /** Cluster mode: this process runs jobs and the local agent, and serves the agent API to the others. */
    clusterMain: false as boolean,
    localHostId:
      e.SHIPYARD_HOST_ID ??
      (hostname()
        .toLowerCase()
        .replace(/[^a-z0-9.-]/g, "-")
        .slice(0, 63) ||
        "local"),
    heartbeatMs: Math.round(e.SHIPYARD_HEARTBEAT_SECONDS * 1000),
    vcpuOvercommit: e.SHIPYARD_VCPU_OVERCOMMIT,
    vmDriver: e.SHIPYARD_VM_DRIVER,
    imageMaxBytes: e.SHIPYARD_IMAGE_MAX_MB * 2 ** 20,
    docker: {
      host: e.SHIPYARD_DOCKER_HOST,
      networkMode: e.SHIPYARD_CONTAINER_NETWORK,
      sourceRoots: (e.SHIPYARD_SOURCE_ROOTS ?? process.cwd())
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => resolve(p)),
    },
    github: {
      token: e.SHIPYARD_GITHUB_TOKEN,
      apiUrl: e.SHIPYARD_GITHUB_API_URL,
      webhookSecret: e.SHIPYARD_GITHUB_WEBHOOK_SECRET,
    },
    gitlab: {
      url: e.SHIPYARD_GITLAB_URL,
      token: e.SHIPYARD_GITLAB_TOKEN,
      triggerToken: e.SHIPYARD_GITLAB_TRIGGER_TOKEN,
      webhookSecret: e.SHIPYARD_GITLAB_WEBHOOK_SECRET,
    },
    insecureRegistries: e.SHIPYARD_INSECURE_REGISTRIES.split(",")
      .map((h) => h.trim())
      .filter(Boolean),
    version,
  };
}
