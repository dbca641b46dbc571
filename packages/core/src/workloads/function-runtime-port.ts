import { DomainError } from "../shared/errors.ts";

/**
 * The `FunctionRuntime` port: how Shipyard really executes a serverless function version — load its
 * files, run its handler with an event, and report what happened (status, duration, memory, logs).
 * No I/O here; `drivers/functions` implements it with warm child processes per runtime.
 *
 * Everything crossing the port is plain JSON-serialisable data, so an `Invocation` can be stored as a
 * `FunctionInvocation` row and streamed to the console as it is.
 */

export const FUNCTION_RUNTIMES = ["node", "python", "go", "rust"] as const;
export type FunctionRuntimeName = (typeof FUNCTION_RUNTIMES)[number];

/** Limits the platform accepts (the console's sliders: 128 MB – 3 GB, up to 900 s). */
export const FUNCTION_LIMITS = {
  memoryMb: { min: 128, max: 3072 },
  timeoutMs: { min: 100, max: 900_000 },
  concurrency: { min: 1, max: 1000 },
  files: { max: 200 },
  totalBytes: { max: 10 * 1024 * 1024 },
  envVars: { max: 200 },
} as const;

/** One deployable version of a function: what the runtime needs to execute it. */
export interface FunctionVersion {
  functionId: string;
  /** Version label; a new version never reuses instances of another. */
  version: string;
  runtime: FunctionRuntimeName;
  /** `<file>.<export>`: `index.handler` loads `index.js` (Node) or `index.py` (Python) and calls `handler`. */
  handler: string;
  /** Source files by relative path (`index.js`, `lib/utils.js`). Must contain the handler's file. */
  files: Record<string, string>;
  /** Environment variables visible to the handler (nothing else from the server's environment). */
  env: Record<string, string>;
  timeoutMs: number;
  memoryMb: number;
  /** How many invocations of this version may run at once; more wait in a bounded queue. */
  concurrency: number;
}

export type InvocationStatus = "success" | "error" | "timeout";

export interface InvocationError {
  message: string;
  /** Error class or kind (`TypeError`, `MemoryLimitExceeded`, `Timeout`), when known. */
  type?: string | undefined;
  stack?: string | undefined;
}

/** The record of one invocation (maps onto the seed's `FunctionInvocation`). */
export interface Invocation {
  requestId: string;
  functionId: string;
  version: string;
  status: InvocationStatus;
  /** Time spent in the handler (excludes cold-start initialisation). */
  durationMs: number;
  /** Time spent starting the instance and loading the handler, when this was a cold start. */
  initDurationMs?: number | undefined;
  /** Peak resident memory of the instance during the invocation. */
  memoryUsedMb: number;
  /** The handler's return value (JSON), on success. */
  response?: unknown;
  error?: InvocationError | undefined;
  /** Console output during the invocation, in order, bounded (a last line says how many were dropped). */
  logs: string[];
  /** True when a new instance had to be started for this invocation. */
  coldStart: boolean;
  /** ISO timestamp of when the invocation was accepted. */
  startedAt: string;
}

export type LogStream = "stdout" | "stderr";

export interface InvokeOptions {
  /** Caller's request id; one is generated when absent. */
  requestId?: string | undefined;
  /** Aborting cancels a queued invocation, or kills the instance running it (status `error`). */
  signal?: AbortSignal | undefined;
  /** Live log lines as the handler prints them (the same lines end up in `Invocation.logs`). */
  onLog?: ((line: string, stream: LogStream) => void) | undefined;
}

export interface RuntimeAvailability {
  runtime: FunctionRuntimeName;
  available: boolean;
  /** Version of the interpreter or toolchain (`v24.11.0`, `Python 3.11.7`). */
  version?: string | undefined;
  /** Why it is not available, in words a person can act on. */
  reason?: string | undefined;
}

export interface FunctionRuntimeStats {
  /** Warm (started) instances per function version. */
  instances: Array<{
    functionId: string;
    version: string;
    runtime: FunctionRuntimeName;
    busy: number;
    idle: number;
    queued: number;
  }>;
  totalInstances: number;
}

export interface FunctionRuntime {
  runtimes(): Promise<RuntimeAvailability[]>;
  /**
   * Runs the function with `event`. Handler failures, timeouts and memory-limit kills resolve with a
   * non-success `Invocation`; the promise rejects with a `DomainError` only when the invocation could
   * not be attempted (`invalid_input` spec, `unsupported` runtime, `unavailable` queue full or closed).
   */
  invoke(fn: FunctionVersion, event: unknown, options?: InvokeOptions): Promise<Invocation>;
  /** Stops every instance of the function (all versions); queued invocations start fresh instances. */
  evict(functionId: string): Promise<void>;
  stats(): FunctionRuntimeStats;
  /** Stops all instances, rejects queued invocations and removes temporary files. */
  close(): Promise<void>;
}

const HANDLER_RE = /^(?<file>[A-Za-z0-9_][A-Za-z0-9_\-/]*)\.(?<export>[A-Za-z_$][A-Za-z0-9_$]*)$/;
const ENV_KEY_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** File extensions a handler module may have, per runtime, in lookup order. */
export const HANDLER_EXTENSIONS: Record<FunctionRuntimeName, readonly string[]> = {
  node: [".js", ".mjs", ".cjs"],
  python: [".py"],
  go: [".go"],
  rust: [".rs"],
};

export interface ParsedHandler {
  /** Module path without extension (`index`, `src/app`). */
  module: string;
  /** Exported function name (`handler`). */
  exportName: string;
}

export function parseHandler(handler: string): ParsedHandler {
  const m = HANDLER_RE.exec(handler);
  if (!m?.groups || handler.includes("//") || handler.split("/").some((seg) => seg === "." || seg === "..")) {
    throw new DomainError("invalid_input", `Handler "${handler}" is not of the form <file>.<export>.`, {
      suggestion: 'Use the module file name without extension and the exported function, e.g. "index.handler".',
    });
  }
  return { module: m.groups.file!, exportName: m.groups.export! };
}

/** The file in `files` that holds the handler, or a `DomainError` saying which names were looked for. */
export function handlerFile(fn: Pick<FunctionVersion, "runtime" | "handler" | "files">): string {
  const { module } = parseHandler(fn.handler);
  const candidates = HANDLER_EXTENSIONS[fn.runtime].map((ext) => module + ext);
  const found = candidates.find((c) => Object.hasOwn(fn.files, c));
  if (!found) {
    throw new DomainError("invalid_input", `Handler "${fn.handler}" needs a file ${candidates.join(" or ")}, which is missing.`, {
      suggestion: `Add ${candidates[0]} to the function's files or change the handler.`,
    });
  }
  return found;
}

function isSafeRelativePath(path: string): boolean {
  if (path.length === 0 || path.length > 255 || path.startsWith("/") || path.includes("\\") || path.includes("\0")) return false;
  return path.split("/").every((seg) => seg !== "" && seg !== "." && seg !== "..");
}

function checkRange(name: string, value: number, range: { min: number; max: number }, unit: string): void {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new DomainError(
      "invalid_input",
      `${name} must be a whole number from ${range.min} to ${range.max} ${unit} (got ${value}).`,
    );
  }
}

/** Checks a function version before it is run; throws `invalid_input` with a clear message. */
export function validateFunctionVersion(fn: FunctionVersion): void {
  if (typeof fn.functionId !== "string" || !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(fn.functionId)) {
    throw new DomainError(
      "invalid_input",
      `Function id "${String(fn.functionId)}" must be 1–128 letters, digits, ".", "_" or "-".`,
    );
  }
  if (typeof fn.version !== "string" || !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(fn.version)) {
    throw new DomainError("invalid_input", `Version "${String(fn.version)}" must be 1–64 letters, digits, ".", "_" or "-".`);
  }
  if (!(FUNCTION_RUNTIMES as readonly string[]).includes(fn.runtime)) {
    throw new DomainError("invalid_input", `Runtime "${String(fn.runtime)}" is not one of ${FUNCTION_RUNTIMES.join(", ")}.`);
  }
  checkRange("Timeout", fn.timeoutMs, FUNCTION_LIMITS.timeoutMs, "ms");
  checkRange("Memory", fn.memoryMb, FUNCTION_LIMITS.memoryMb, "MB");
  checkRange("Concurrency", fn.concurrency, FUNCTION_LIMITS.concurrency, "");
  const paths = Object.keys(fn.files ?? {});
  if (paths.length > FUNCTION_LIMITS.files.max) {
    throw new DomainError(
      "invalid_input",
      `A function may have at most ${FUNCTION_LIMITS.files.max} files (got ${paths.length}).`,
    );
  }
  let total = 0;
  for (const path of paths) {
    if (!isSafeRelativePath(path)) {
      throw new DomainError("invalid_input", `File path "${path}" must be relative, without "." or ".." segments.`);
    }
    const content = fn.files[path];
    if (typeof content !== "string") throw new DomainError("invalid_input", `File "${path}" must have text content.`);
    total += content.length;
  }
  if (total > FUNCTION_LIMITS.totalBytes.max) {
    throw new DomainError(
      "invalid_input",
      `Function files add up to ${total} bytes; the limit is ${FUNCTION_LIMITS.totalBytes.max}.`,
    );
  }
  const envKeys = Object.keys(fn.env ?? {});
  if (envKeys.length > FUNCTION_LIMITS.envVars.max) {
    throw new DomainError("invalid_input", `A function may have at most ${FUNCTION_LIMITS.envVars.max} environment variables.`);
  }
  for (const key of envKeys) {
    if (!ENV_KEY_RE.test(key)) {
      throw new DomainError("invalid_input", `Environment variable name "${key}" must match [A-Za-z_][A-Za-z0-9_]*.`);
    }
    if (typeof fn.env[key] !== "string" || fn.env[key].includes("\0")) {
      throw new DomainError("invalid_input", `Environment variable ${key} must be a string without NUL characters.`);
    }
  }
  handlerFile(fn);
}
