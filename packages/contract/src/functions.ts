import { z } from "zod";
import { pageQuery } from "./pagination.ts";

/** Serverless functions, with the field names of the workloads spec (snake_case). */
export const FunctionRuntimeName = z.enum(["node", "python", "go", "rust"]);

const EnvVars = z
  .record(
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "environment variable names are letters, digits and _"),
    z.string().max(32_768),
  )
  .refine((e) => Object.keys(e).length <= 200, "at most 200 environment variables");

const Handler = z
  .string()
  .regex(
    /^[A-Za-z0-9_][A-Za-z0-9_/-]*\.[A-Za-z_$][A-Za-z0-9_$]*$/,
    "handler is <file>.<export>, e.g. index.handler or main.handler",
  );

const FunctionName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "name is lowercase letters, digits and '-', at most 63")
  .refine((n) => n !== "runtimes", "runtimes is reserved (GET /v1/functions/runtimes)");

const FunctionFields = {
  runtime: FunctionRuntimeName,
  /** The main file: the one the handler names (`index.handler` → index.js / index.py). */
  code: z.string().min(1, "code must not be empty").max(1_000_000),
  handler: Handler,
  /** Extra files of a multi-file function, by relative path. */
  files: z.record(z.string().min(1).max(200), z.string().max(1_000_000)),
  timeout_seconds: z.number().min(0.1).max(900),
  memory_mb: z.number().int().min(128).max(3072),
  concurrency: z.number().int().min(1).max(1000),
  env_vars: EnvVars,
  /** Environment variables kept encrypted at rest and never shown again. */
  secret_env_vars: EnvVars,
  /** Save as a draft: not deployed; invocations keep using the deployed version. */
  draft: z.boolean(),
};

export const FunctionCreate = z.strictObject({
  name: FunctionName,
  runtime: FunctionFields.runtime,
  code: FunctionFields.code,
  handler: FunctionFields.handler,
  files: FunctionFields.files.default({}),
  timeout_seconds: FunctionFields.timeout_seconds.default(30),
  memory_mb: FunctionFields.memory_mb.default(256),
  concurrency: FunctionFields.concurrency.default(10),
  env_vars: FunctionFields.env_vars.default({}),
  secret_env_vars: FunctionFields.secret_env_vars.default({}),
  draft: FunctionFields.draft.default(false),
});
export type FunctionCreate = z.infer<typeof FunctionCreate>;

/** Only what is sent changes; everything else is taken from the deployed version. */
export const FunctionUpdate = z.strictObject(FunctionFields).partial();
export type FunctionUpdate = z.infer<typeof FunctionUpdate>;

export const ServerlessFunction = z.object({
  id: z.string(),
  name: z.string(),
  runtime: FunctionRuntimeName,
  code: z.string(),
  handler: z.string(),
  files: z.record(z.string(), z.string()),
  timeout_seconds: z.number(),
  memory_mb: z.number().int(),
  concurrency: z.number().int(),
  env_vars: z.record(z.string(), z.string()),
  secret_env_names: z.array(z.string()).describe("Names of the encrypted variables; their values are never returned"),
  version: z.number().int().describe("The deployed version"),
  draft_version: z.number().int().nullable().describe("A newer saved draft, not deployed"),
  created_at: z.string().datetime(),
  updated_at: z.string().datetime(),
  last_invoked_at: z.string().datetime().nullable(),
});
export type ServerlessFunction = z.infer<typeof ServerlessFunction>;

export const FunctionListQuery = pageQuery(["name", "createdAt"], "name", "asc").extend({
  q: z.string().max(200).optional(),
  runtime: FunctionRuntimeName.optional(),
});
export type FunctionListQuery = z.infer<typeof FunctionListQuery>;

export const InvokeRequest = z.strictObject({
  event: z.unknown().default({}),
  /** A version other than the deployed one (e.g. a draft). */
  version: z.number().int().min(1).optional(),
});
export type InvokeRequest = z.infer<typeof InvokeRequest>;

export const FunctionInvocation = z.object({
  id: z.string(),
  function_id: z.string(),
  version: z.number().int(),
  status: z.enum(["success", "error", "timeout"]),
  duration_ms: z.number(),
  memory_used_mb: z.number(),
  request_id: z.string(),
  event: z.unknown(),
  response: z.unknown().optional(),
  logs: z.array(z.string()),
  error: z.string().optional(),
  cold_start: z.boolean(),
  invoked_at: z.string().datetime(),
});
export type FunctionInvocation = z.infer<typeof FunctionInvocation>;

export const InvocationListQuery = pageQuery(["invokedAt"], "invokedAt").extend({
  status: z.enum(["success", "error", "timeout"]).optional(),
});
export type InvocationListQuery = z.infer<typeof InvocationListQuery>;

export const FunctionStats = z.object({
  invocations_24h: z.number().int(),
  success_rate: z.number().nullable().describe("0–1; null with no invocations"),
  errors_24h: z.number().int(),
  timeouts_24h: z.number().int(),
  p50_ms: z.number().nullable(),
  p95_ms: z.number().nullable(),
  p99_ms: z.number().nullable(),
});
export type FunctionStats = z.infer<typeof FunctionStats>;

export const FunctionRuntimeInfo = z.object({
  runtime: FunctionRuntimeName,
  available: z.boolean(),
  version: z.string().optional(),
  reason: z.string().optional(),
});
