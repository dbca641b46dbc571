import type {
  FunctionCreate,
  FunctionInvocation,
  FunctionListQuery,
  FunctionStats,
  FunctionUpdate,
  InvocationListQuery,
  Page,
  ServerlessFunction,
} from "@shipyard/contract";
import type { EventBus } from "../events/event-bus.ts";
import { conflict, DomainError, notFound } from "../shared/errors.ts";
import type { Clock } from "../shared/ports.ts";
import { type FunctionVersion, parseHandler, validateFunctionVersion } from "./function-runtime-port.ts";
import type { WorkloadHosts } from "./hosts.ts";

/** Encrypts small secrets at rest (AES-GCM in the server). */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

export interface StoredVersion {
  version: number;
  runtime: ServerlessFunction["runtime"];
  handler: string;
  code: string;
  files: Record<string, string>;
  env: Record<string, string>;
  secretEnv: string | null;
  secretEnvNames: string[];
  timeoutMs: number;
  memoryMb: number;
  concurrency: number;
  draft: boolean;
  createdAt: string;
}

export interface StoredFunction {
  id: string;
  name: string;
  runtime: ServerlessFunction["runtime"];
  deployedVersion: number;
  latestVersion: number;
  createdAt: string;
  updatedAt: string;
  lastInvokedAt: string | null;
}

export interface FunctionRepository {
  create(name: string, version: Omit<StoredVersion, "version" | "createdAt">): Promise<StoredFunction>;
  get(idOrName: string): Promise<StoredFunction | undefined>;
  /** `only`: restrict to these function ids (what is shared with a client). */
  list(query: FunctionListQuery, only?: readonly string[]): Promise<Page<StoredFunction>>;
  version(functionId: string, version: number): Promise<StoredVersion | undefined>;
  addVersion(functionId: string, version: Omit<StoredVersion, "version" | "createdAt">): Promise<StoredFunction>;
  delete(functionId: string): Promise<void>;
  recordInvocation(inv: Omit<FunctionInvocation, "id">): Promise<FunctionInvocation>;
  invocations(functionId: string, query: InvocationListQuery): Promise<Page<FunctionInvocation>>;
  stats(functionId: string, since: Date): Promise<FunctionStats>;
}

/** The file the handler names: `index.handler` → index.js (Node) or index.py (Python). */
export function mainFileName(runtime: ServerlessFunction["runtime"], handler: string): string {
  const file = parseHandler(handler).module;
  const ext = runtime === "python" ? "py" : runtime === "go" ? "go" : runtime === "rust" ? "rs" : "js";
  return `${file}.${ext}`;
}

/**
 * Serverless functions: versions (every deploy is one; drafts are kept without being deployed),
 * invocation through the function runtime of a host (the same host for a function while the set of
 * hosts is unchanged, so warm instances are reused), an invocation record for each call, and live logs.
 */
export class FunctionService {
  private readonly repo: FunctionRepository;
  private readonly hosts: WorkloadHosts;
  private readonly secrets: SecretBox;
  private readonly bus: EventBus;
  private readonly clock: Clock;

  constructor(deps: { repo: FunctionRepository; hosts: WorkloadHosts; secrets: SecretBox; bus: EventBus; clock: Clock }) {
    this.repo = deps.repo;
    this.hosts = deps.hosts;
    this.secrets = deps.secrets;
    this.bus = deps.bus;
    this.clock = deps.clock;
  }

  private versionInput(input: Omit<FunctionCreate, "name">, functionId: string) {
    const spec: FunctionVersion = {
      functionId,
      version: "new",
      runtime: input.runtime,
      handler: input.handler,
      files: { ...input.files, [mainFileName(input.runtime, input.handler)]: input.code },
      env: { ...input.env_vars, ...input.secret_env_vars },
      timeoutMs: Math.round(input.timeout_seconds * 1000),
      memoryMb: input.memory_mb,
      concurrency: input.concurrency,
    };
    validateFunctionVersion(spec);
    const names = Object.keys(input.secret_env_vars);
    return {
      runtime: input.runtime,
      handler: input.handler,
      code: input.code,
      files: input.files,
      env: input.env_vars,
      secretEnv: names.length ? this.secrets.seal(JSON.stringify(input.secret_env_vars)) : null,
      secretEnvNames: names,
      timeoutMs: spec.timeoutMs,
      memoryMb: input.memory_mb,
      concurrency: input.concurrency,
      draft: input.draft,
    };
  }

  private async assertRuntimeAvailable(runtime: ServerlessFunction["runtime"]) {
    const info = (await this.hosts.runtimeAvailability()).find((r) => r.runtime === runtime);
    if (!info?.available) {
      throw new DomainError(
        "unsupported",
        `The ${runtime} runtime is not available on any host${info?.reason ? `: ${info.reason}` : ""}.`,
        {
          suggestion: "Use a runtime listed as available by GET /v1/functions/runtimes.",
        },
      );
    }
  }

  async create(input: FunctionCreate): Promise<ServerlessFunction> {
    await this.assertRuntimeAvailable(input.runtime);
    if (await this.repo.get(input.name))
      throw conflict(`A function named ${input.name} already exists.`, "Pick another name, or update it.");
    if (input.draft)
      throw new DomainError("invalid_input", "A new function's first version cannot be a draft.", {
        suggestion: "Create it without draft: true.",
      });
    const fn = await this.repo.create(input.name, this.versionInput(input, "new"));
    return this.view(fn);
  }

  async get(idOrName: string): Promise<ServerlessFunction> {
    return this.view(await this.find(idOrName));
  }

  private async find(idOrName: string): Promise<StoredFunction> {
    const fn = await this.repo.get(idOrName);
    if (!fn) throw notFound("Function", idOrName, "List functions with GET /v1/functions.");
    return fn;
  }

  private async view(fn: StoredFunction): Promise<ServerlessFunction> {
    const v = (await this.repo.version(fn.id, fn.deployedVersion)) as StoredVersion;
    return {
      id: fn.id,
      name: fn.name,
      runtime: v.runtime,
      code: v.code,
      handler: v.handler,
      files: v.files,
      timeout_seconds: v.timeoutMs / 1000,
      memory_mb: v.memoryMb,
      concurrency: v.concurrency,
      env_vars: v.env,
      secret_env_names: v.secretEnvNames,
      version: fn.deployedVersion,
      draft_version: fn.latestVersion > fn.deployedVersion ? fn.latestVersion : null,
      created_at: fn.createdAt,
      updated_at: fn.updatedAt,
      last_invoked_at: fn.lastInvokedAt,
    };
  }

  async list(query: FunctionListQuery, only?: readonly string[]): Promise<Page<ServerlessFunction>> {
    const page = await this.repo.list(query, only);
    return { ...page, items: await Promise.all(page.items.map((f) => this.view(f))) };
  }

  /** A new version from the deployed one plus the changes; deployed unless it is a draft. */
  async update(idOrName: string, patch: FunctionUpdate): Promise<ServerlessFunction> {
    const fn = await this.find(idOrName);
    if (patch.runtime) await this.assertRuntimeAvailable(patch.runtime);
    const current = (await this.repo.version(fn.id, fn.deployedVersion)) as StoredVersion;
    const keptSecrets = current.secretEnv ? (JSON.parse(this.secrets.open(current.secretEnv)) as Record<string, string>) : {};
    const merged = {
      runtime: patch.runtime ?? current.runtime,
      code: patch.code ?? current.code,
      handler: patch.handler ?? current.handler,
      files: patch.files ?? current.files,
      timeout_seconds: patch.timeout_seconds ?? current.timeoutMs / 1000,
      memory_mb: patch.memory_mb ?? current.memoryMb,
      concurrency: patch.concurrency ?? current.concurrency,
      env_vars: patch.env_vars ?? current.env,
      secret_env_vars: patch.secret_env_vars ?? keptSecrets,
      draft: patch.draft ?? false,
    };
    const updated = await this.repo.addVersion(fn.id, this.versionInput(merged, fn.id));
    if (!merged.draft) await this.evictEverywhere(fn.id);
    return this.view(updated);
  }

  async delete(idOrName: string): Promise<void> {
    const fn = await this.find(idOrName);
    await this.evictEverywhere(fn.id);
    await this.repo.delete(fn.id);
  }

  /** Runs the function once and records the invocation. Handler failures are records, not errors. */
  async invoke(idOrName: string, event: unknown, options: { version?: number | undefined } = {}): Promise<FunctionInvocation> {
    const fn = await this.find(idOrName);
    const number = options.version ?? fn.deployedVersion;
    const v = await this.repo.version(fn.id, number);
    if (!v) throw notFound(`Version ${number} of function`, fn.name);
    const secrets = v.secretEnv ? (JSON.parse(this.secrets.open(v.secretEnv)) as Record<string, string>) : {};
    const spec: FunctionVersion = {
      functionId: fn.id,
      version: String(number),
      runtime: v.runtime,
      handler: v.handler,
      files: { ...v.files, [mainFileName(v.runtime, v.handler)]: v.code },
      env: { ...v.env, ...secrets },
      timeoutMs: v.timeoutMs,
      memoryMb: v.memoryMb,
      concurrency: v.concurrency,
    };
    const { runtime } = await this.hosts.functionRuntime(fn.id, v.runtime);
    const result = await runtime.invoke(spec, event, {
      onLog: (line: string, stream: string) => {
        void this.bus.publish({
          type: "function.log",
          resource: { kind: "function", id: fn.id },
          data: { line, stream, version: number },
          audience: { permission: "workloads:read" },
        });
      },
    });
    const inv = await this.repo.recordInvocation({
      function_id: fn.id,
      version: number,
      status: result.status,
      duration_ms: result.durationMs,
      memory_used_mb: result.memoryUsedMb,
      request_id: result.requestId,
      event,
      ...(result.response !== undefined ? { response: result.response } : {}),
      logs: result.logs,
      ...(result.error ? { error: result.error.message } : {}),
      cold_start: result.coldStart,
      invoked_at: result.startedAt ?? this.clock.now().toISOString(),
    });
    await this.bus.publish({
      type: "function.invoked",
      resource: { kind: "function", id: fn.id },
      data: { id: inv.id, status: inv.status, duration_ms: inv.duration_ms, version: number },
      audience: { permission: "workloads:read" },
    });
    return inv;
  }

  async invocations(idOrName: string, query: InvocationListQuery): Promise<Page<FunctionInvocation>> {
    const fn = await this.find(idOrName);
    return this.repo.invocations(fn.id, query);
  }

  async stats(idOrName: string): Promise<FunctionStats> {
    const fn = await this.find(idOrName);
    return this.repo.stats(fn.id, new Date(this.clock.now().getTime() - 86_400_000));
  }

  runtimes() {
    return this.hosts.runtimeAvailability();
  }

  /** Warm instances of the old version must not answer again, on any host. */
  private async evictEverywhere(functionId: string) {
    await Promise.all((await this.hosts.functionRuntimes()).map((r) => r.evict(functionId).catch(() => undefined)));
  }
}
