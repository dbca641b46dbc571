import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DomainError } from "@shipyard/core";
import {
  type CompiledRuntime,
  checkCompiledHandler,
  FunctionBuilder,
  findExecutable,
  isCompiled,
  locateCompiler,
  MISSING_LINKER_REASON,
  missingCompilerReason,
  toolchainEnv,
} from "./compiled-build.ts";
import {
  type FunctionRuntime,
  type FunctionRuntimeName,
  type FunctionRuntimeStats,
  type FunctionVersion,
  type Invocation,
  type InvocationError,
  type InvokeOptions,
  type LogStream,
  parseHandler,
  type RuntimeAvailability,
  handlerFile as resolveHandlerFile,
  validateFunctionVersion,
} from "./port.ts";

export interface ProcessFunctionRuntimeOptions {
  /** How long an idle warm instance lives before it is stopped. Default 5 minutes. */
  idleTimeoutMs?: number | undefined;
  /** Invocations that may wait per function version when all its concurrency slots are busy. Default 100. */
  maxQueue?: number | undefined;
  /** Log lines kept per invocation. Default 1000. */
  maxLogLines?: number | undefined;
  /** Longest log line kept (longer ones are cut). Default 8192 characters. */
  maxLogLineLength?: number | undefined;
  /** Node executable for Node functions. Default: the Node running Shipyard. */
  nodePath?: string | undefined;
  /** Python executable for Python functions. Default `python3` from PATH. */
  pythonPath?: string | undefined;
  /** `go` command for Go functions. Default `go` from PATH, else /usr/lib/go/bin/go or /usr/local/go/bin/go. */
  goPath?: string | undefined;
  /** `rustc` for Rust functions. Default `rustc` from PATH, else ~/.cargo/bin/rustc ($CARGO_HOME/bin). */
  rustcPath?: string | undefined;
  /** Longest a Go or Rust build may take. Default 2 minutes. */
  buildTimeoutMs?: number | undefined;
  /** Go/Rust builds kept on disk (least recently used are deleted first). Default 50. */
  maxCachedBuilds?: number | undefined;
  /** Where per-version code directories are created. Default the OS temp dir. */
  workDir?: string | undefined;
  /** How often the RSS guard samples a busy instance. Default 20 ms. */
  memoryPollMs?: number | undefined;
  /** Longest time an instance may take to start and load its handler. Default 10 s. */
  initTimeoutMs?: number | undefined;
  /** Server environment variables handed to functions (before the function's own env). Default PATH, HOME, LANG. */
  inheritEnv?: readonly string[] | undefined;
  /** Environment to inherit from. Default `process.env` (read once, here in the driver). */
  baseEnv?: Record<string, string | undefined> | undefined;
}

const MB = 1024 * 1024;
const NODE_BOOTSTRAP = fileURLToPath(new URL("./bootstrap/node-bootstrap.mjs", import.meta.url));
const PYTHON_BOOTSTRAP = fileURLToPath(new URL("./bootstrap/python-bootstrap.py", import.meta.url));
const MEMORY_PATTERN =
  /heap out of memory|Reached heap limit|Allocation failed|MemoryError|Cannot allocate memory|out of memory/i;

interface ResultFrame {
  t: "result";
  id: string;
  ok: boolean;
  value?: unknown;
  error?: InvocationError;
  rss?: number;
  fatal?: boolean;
}
type Frame =
  | { t: "ready"; pid: number; rss?: number }
  | { t: "init_error"; error: InvocationError }
  | { t: "log"; id: string | null; s: LogStream; d: string }
  | ResultFrame;

interface RunOutcome {
  status: Invocation["status"];
  response?: unknown;
  error?: InvocationError | undefined;
  durationMs: number;
  memoryUsedMb: number;
  logs: string[];
  /** The instance must not be reused. */
  retire: boolean;
}

/** Collects an invocation's console output into bounded lines, calling `onLog` as lines complete. */
export class LogCollector {
  readonly lines: string[] = [];
  private dropped = 0;
  private readonly partial: Record<LogStream, string> = { stdout: "", stderr: "" };
  private readonly maxLines: number;
  private readonly maxLineLength: number;
  private readonly onLog: InvokeOptions["onLog"];

  constructor(maxLines: number, maxLineLength: number, onLog?: InvokeOptions["onLog"]) {
    this.maxLines = maxLines;
    this.maxLineLength = maxLineLength;
    this.onLog = onLog;
  }

  write(stream: LogStream, data: string): void {
    let text = this.partial[stream] + data;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n")) {
      this.push(stream, text.slice(0, i));
      text = text.slice(i + 1);
    }
    if (text.length > this.maxLineLength) {
      this.push(stream, text);
      text = "";
    }
    this.partial[stream] = text;
  }

  /** Flushes unfinished lines and returns the log, with a last line counting what was dropped. */
  finish(): string[] {
    for (const stream of ["stdout", "stderr"] as const) {
      if (this.partial[stream]) this.push(stream, this.partial[stream]);
      this.partial[stream] = "";
    }
    return this.dropped > 0 ? [...this.lines, `[shipyard] ${this.dropped} more log lines were dropped`] : this.lines;
  }

  private push(stream: LogStream, raw: string): void {
    const line = raw.length > this.maxLineLength ? `${raw.slice(0, this.maxLineLength)}…[truncated]` : raw;
    if (this.lines.length >= this.maxLines) {
      this.dropped++;
      return;
    }
    this.lines.push(line);
    this.onLog?.(line, stream);
  }
}

interface Active {
  id: string;
  logs: LogCollector;
  settle: (frame: ResultFrame | null) => void;
}

/** One warm child process running one function version's handler. */
class Instance {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly generation: number;
  idleTimer: NodeJS.Timeout | undefined;
  dead = false;
  exitInfo = "";
  private readonly chan: Socket;
  private stderrTail = "";
  private active: Active | undefined;
  /** Output printed while the handler module loaded; it opens the first invocation's log. */
  private initLogs: Array<[LogStream, string]> | undefined = [];
  private readyWaiter: { resolve: () => void; reject: (e: InvocationError | DomainError) => void } | undefined;
  private readonly closed: Promise<void>;

  constructor(command: string, args: string[], cwd: string, env: Record<string, string>, generation: number) {
    this.generation = generation;
    // Own process group, so a kill also reaches anything the handler started.
    this.child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe", "pipe"], detached: true });
    this.pid = this.child.pid ?? -1;
    this.chan = this.child.stdio[3] as Socket;
    let buf = "";
    this.chan.setEncoding("utf8");
    this.chan.on("data", (data: string) => {
      buf += data;
      for (let i = buf.indexOf("\n"); i >= 0; i = buf.indexOf("\n")) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (line) this.onFrame(line);
      }
    });
    this.chan.on("error", () => {});
    this.child.stdout?.setEncoding("utf8");
    this.child.stderr?.setEncoding("utf8");
    this.child.stdout?.on("data", (d: string) => this.active?.logs.write("stdout", d));
    this.child.stderr?.on("data", (d: string) => {
      this.stderrTail = (this.stderrTail + d).slice(-4096);
      this.active?.logs.write("stderr", d);
    });
    this.closed = new Promise((resolve) => {
      this.child.on("error", (e) => {
        this.dead = true;
        this.exitInfo = e.message;
        this.readyWaiter?.reject(
          new DomainError("unavailable", `Could not start ${command}: ${e.message}`, {
            suggestion: `Install ${command} or set its path in the function runtime options.`,
          }),
        );
        resolve();
      });
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        this.readyWaiter?.reject({
          message: `The function process ended while starting (${this.exitInfo}). ${this.stderrTail}`.trim(),
        });
        this.active?.settle(null);
        resolve();
      };
      this.child.on("exit", (code, signal) => {
        this.dead = true;
        this.exitInfo = signal ? `signal ${signal}` : `exit code ${code}`;
        // Give the pipes a moment to deliver the last output (a fatal out-of-memory message), unless
        // something the handler started still holds them open.
        setTimeout(finish, 100).unref();
      });
      this.child.on("close", finish);
    });
  }

  ready(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill();
        reject({ message: `The function did not finish loading within ${timeoutMs} ms.`, type: "InitTimeout" });
      }, timeoutMs);
      this.readyWaiter = {
        resolve: () => {
          clearTimeout(timer);
          this.readyWaiter = undefined;
          resolve();
        },
        reject: (e) => {
          clearTimeout(timer);
          this.readyWaiter = undefined;
          reject(e);
        },
      };
    });
  }

  get memoryCause(): boolean {
    return MEMORY_PATTERN.test(this.stderrTail);
  }

  run(
    id: string,
    event: unknown,
    fn: FunctionVersion,
    logs: LogCollector,
    memoryPollMs: number,
    signal: AbortSignal | undefined,
  ): Promise<RunOutcome> {
    return new Promise((resolve) => {
      const limitBytes = fn.memoryMb * MB;
      let memoryKilled = false;
      let timedOut = false;
      let aborted = false;
      let sampledPeak = 0;
      for (const [stream, data] of this.initLogs ?? []) logs.write(stream, data);
      this.initLogs = undefined;
      resetPeak(this.pid);
      const started = performance.now();
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(guard);
        signal?.removeEventListener("abort", onAbort);
        this.active = undefined;
      };
      const timer = setTimeout(() => {
        timedOut = true;
        this.kill();
      }, fn.timeoutMs);
      const guard = setInterval(() => {
        const rss = readStatusKb(this.pid, "VmRSS") * 1024;
        sampledPeak = Math.max(sampledPeak, rss);
        if (rss > limitBytes) {
          memoryKilled = true;
          this.kill();
        }
      }, memoryPollMs);
      const onAbort = () => {
        aborted = true;
        this.kill();
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.active = {
        id,
        logs,
        settle: (frame) => {
          const durationMs = round(performance.now() - started);
          cleanup();
          const peak = Math.max(readStatusKb(this.pid, "VmHWM") * 1024, frame?.rss ?? 0, sampledPeak);
          const memoryUsedMb = round(peak / MB);
          const base = { durationMs, memoryUsedMb, logs: logs.finish() };
          if (frame) {
            if (frame.ok) return resolve({ ...base, status: "success", response: frame.value, retire: false });
            return resolve({ ...base, status: "error", error: frame.error, retire: frame.fatal === true });
          }
          // The process died mid-invocation.
          if (timedOut) {
            return resolve({
              ...base,
              status: "timeout",
              error: { message: `Task timed out after ${fn.timeoutMs} ms.`, type: "Timeout" },
              retire: true,
            });
          }
          if (memoryKilled || this.memoryCause) {
            return resolve({
              ...base,
              memoryUsedMb: Math.max(memoryUsedMb, fn.memoryMb),
              status: "error",
              error: {
                message: `Memory limit exceeded: the function used more than its ${fn.memoryMb} MB memory limit and was stopped.`,
                type: "MemoryLimitExceeded",
              },
              retire: true,
            });
          }
          const message = aborted
            ? "The invocation was cancelled."
            : `The function process exited unexpectedly (${this.exitInfo}).`;
          return resolve({
            ...base,
            status: "error",
            error: { message, type: aborted ? "Aborted" : "ProcessExited" },
            retire: true,
          });
        },
      };
      if (this.dead) return this.active.settle(null);
      if (signal?.aborted) return onAbort();
      this.chan.write(`${JSON.stringify({ t: "invoke", id, event: event ?? null, deadline: Date.now() + fn.timeoutMs })}\n`);
    });
  }

  setRef(on: boolean): void {
    for (const h of [this.child, this.chan, this.child.stdout as Socket | null, this.child.stderr as Socket | null]) {
      // A closed socket (Go and Rust instances move fd 1 and 2 onto their own pipe) would only queue a
      // listener for a `connect` that never comes.
      if (!h || ("destroyed" in h && h.destroyed)) continue;
      if (on) h.ref();
      else h.unref();
    }
  }

  kill(): Promise<void> {
    clearTimeout(this.idleTimer);
    if (!this.dead && this.pid > 0) {
      this.setRef(true); // whoever awaits the kill keeps the loop alive until the process is gone
      try {
        process.kill(-this.pid, "SIGKILL");
      } catch {
        this.child.kill("SIGKILL");
      }
    }
    return this.closed;
  }

  private onFrame(line: string): void {
    let frame: Frame;
    try {
      frame = JSON.parse(line) as Frame;
    } catch {
      return;
    }
    if (frame.t === "log") {
      if (this.active && frame.id === this.active.id) this.active.logs.write(frame.s, frame.d);
      else if (frame.id === null && this.initLogs && this.initLogs.length < 1000) this.initLogs.push([frame.s, frame.d]);
    } else if (frame.t === "result") {
      if (this.active && frame.id === this.active.id) this.active.settle(frame);
    } else if (frame.t === "ready") {
      this.readyWaiter?.resolve();
    } else if (frame.t === "init_error") {
      this.readyWaiter?.reject(frame.error);
    }
  }
}

/** Warm instances, queue and code directory of one function version. */
class Pool {
  readonly fn: FunctionVersion;
  readonly idle: Instance[] = [];
  readonly busy = new Set<Instance>();
  readonly waiters: Array<{ grant: () => void; fail: (e: Error) => void }> = [];
  slots = 0;
  generation = 0;
  dir: Promise<string>;

  constructor(fn: FunctionVersion, workDir: string) {
    this.fn = fn;
    this.dir = writeCode(fn, workDir);
  }

  acquire(maxQueue: number, signal: AbortSignal | undefined): Promise<void> {
    if (this.slots < this.fn.concurrency) {
      this.slots++;
      return Promise.resolve();
    }
    if (this.waiters.length >= maxQueue) {
      return Promise.reject(
        new DomainError(
          "unavailable",
          `Function ${this.fn.functionId} is at its concurrency limit (${this.fn.concurrency} running, ${this.waiters.length} queued).`,
          { suggestion: "Retry later or raise the function's concurrency." },
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new DomainError("timeout", "The invocation was cancelled while waiting for a free instance."));
      };
      const waiter = {
        grant: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        fail: (e: Error) => {
          signal?.removeEventListener("abort", onAbort);
          reject(e);
        },
      };
      this.waiters.push(waiter);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next.grant();
    else this.slots--;
  }
}

/**
 * Runs functions in real child processes: one long-lived process per warm instance, loading the handler
 * once and serving invocations over a private socket pair (fd 3). Node and Python instances are `node`
 * and `python3` running a bootstrap script; Go and Rust versions are first compiled (once per code, with
 * the standard library only) together with a shim that speaks the same protocol, and their instances run
 * that binary.
 *
 * Handlers users write (`<file>.<export>`):
 * - node `index.handler`: `exports.handler = async (event, context) => value` in index.js/.mjs/.cjs
 * - python `main.handler`: `def handler(event, context): return value` in main.py
 * - go `main.Handler`: in main.go, package main (no func main), `func Handler(event json.RawMessage) (any, error)`
 *   or `func Handler(ctx context.Context, event json.RawMessage) (any, error)` (ctx has the deadline); the
 *   value is encoded with encoding/json. Other files of the package and `fn/<dir>` packages may be used.
 * - rust `main.handler`: in main.rs, `pub fn handler(event: &str) -> Result<String, String>` where the
 *   event and the Ok value are JSON text (no serde offline); the error may be any `E: Display`. main.rs is
 *   compiled as a module, so `mod helpers;` finds helpers.rs next to it (refer to it as `helpers::`, not
 *   `crate::helpers::`). No crates.
 * A compile error is an `error` invocation whose message starts with "build failed:" and whose logs hold
 * the compiler's output; the build time is part of the cold start's `initDurationMs`.
 */
export class ProcessFunctionRuntime implements FunctionRuntime {
  private readonly pools = new Map<string, Pool>();
  private readonly options: Required<
    Omit<ProcessFunctionRuntimeOptions, "baseEnv" | "inheritEnv" | "goPath" | "rustcPath" | "buildTimeoutMs" | "maxCachedBuilds">
  >;
  private readonly inheritedEnv: Record<string, string> = {};
  private readonly toolEnv: Record<string, string>;
  private readonly compilers: { goPath?: string | undefined; rustcPath?: string | undefined };
  private readonly builder: FunctionBuilder;
  private runtimeCache: Promise<RuntimeAvailability[]> | undefined;
  private closed = false;

  constructor(options: ProcessFunctionRuntimeOptions = {}) {
    this.options = {
      idleTimeoutMs: options.idleTimeoutMs ?? 5 * 60_000,
      maxQueue: options.maxQueue ?? 100,
      maxLogLines: options.maxLogLines ?? 1000,
      maxLogLineLength: options.maxLogLineLength ?? 8192,
      nodePath: options.nodePath ?? process.execPath,
      pythonPath: options.pythonPath ?? "python3",
      workDir: options.workDir ?? tmpdir(),
      memoryPollMs: options.memoryPollMs ?? 20,
      initTimeoutMs: options.initTimeoutMs ?? 10_000,
    };
    const baseEnv = options.baseEnv ?? process.env;
    for (const key of options.inheritEnv ?? ["PATH", "HOME", "LANG"]) {
      const value = baseEnv[key];
      if (value !== undefined) this.inheritedEnv[key] = value;
    }
    this.toolEnv = toolchainEnv(baseEnv);
    this.compilers = { goPath: options.goPath, rustcPath: options.rustcPath };
    this.builder = new FunctionBuilder({
      ...this.compilers,
      workDir: this.options.workDir,
      env: this.toolEnv,
      timeoutMs: options.buildTimeoutMs ?? 120_000,
      maxCached: options.maxCachedBuilds ?? 50,
      concurrency: 2,
    });
  }

  runtimes(): Promise<RuntimeAvailability[]> {
    this.runtimeCache ??= Promise.all([
      this.options.nodePath === process.execPath
        ? Promise.resolve<RuntimeAvailability>({ runtime: "node", available: true, version: process.version })
        : probe(
            "node",
            findExecutable(this.options.nodePath, this.inheritedEnv),
            ["--version"],
            this.inheritedEnv,
            `${this.options.nodePath} was not found; install Node.js or fix the runtime's nodePath to run node functions.`,
          ),
      probe(
        "python",
        findExecutable(this.options.pythonPath, this.inheritedEnv),
        ["--version"],
        this.inheritedEnv,
        `${this.options.pythonPath} was not found on PATH; install python3 to run python functions.`,
      ),
      this.probeCompiler("go", ["version"]),
      this.probeCompiler("rust", ["--version"]),
    ]);
    return this.runtimeCache;
  }

  async invoke(fn: FunctionVersion, event: unknown, options: InvokeOptions = {}): Promise<Invocation> {
    if (this.closed) throw new DomainError("unavailable", "The function runtime is shut down.");
    validateFunctionVersion(fn);
    if (isCompiled(fn.runtime)) checkCompiledHandler(fn as FunctionVersion & { runtime: CompiledRuntime });
    const requestId = options.requestId ?? randomUUID();
    const startedAt = new Date().toISOString();
    const pool = this.pool(fn);
    await pool.acquire(this.options.maxQueue, options.signal);
    try {
      return await this.runIn(pool, requestId, event, options, startedAt);
    } finally {
      pool.release();
    }
  }

  async evict(functionId: string): Promise<void> {
    const kills: Promise<void>[] = [];
    for (const [key, pool] of this.pools) {
      if (pool.fn.functionId !== functionId) continue;
      pool.generation++;
      kills.push(...pool.idle.splice(0).map((i) => i.kill()));
      if (pool.slots === 0) {
        this.pools.delete(key);
        kills.push(removeDir(pool.dir));
      }
    }
    await Promise.all(kills);
  }

  stats(): FunctionRuntimeStats {
    const instances = [...this.pools.values()].map((p) => ({
      functionId: p.fn.functionId,
      version: p.fn.version,
      runtime: p.fn.runtime,
      busy: p.busy.size,
      idle: p.idle.length,
      queued: p.waiters.length,
    }));
    return { instances, totalInstances: instances.reduce((n, i) => n + i.busy + i.idle, 0) };
  }

  async close(): Promise<void> {
    this.closed = true;
    const work: Promise<void>[] = [];
    for (const pool of this.pools.values()) {
      for (const w of pool.waiters.splice(0)) w.fail(new DomainError("unavailable", "The function runtime is shutting down."));
      work.push(...pool.idle.splice(0).map((i) => i.kill()), ...[...pool.busy].map((i) => i.kill()));
      work.push(removeDir(pool.dir));
    }
    this.pools.clear();
    work.push(this.builder.close());
    await Promise.all(work);
  }

  private async probeCompiler(runtime: CompiledRuntime, args: string[]): Promise<RuntimeAvailability> {
    const compiler = locateCompiler(runtime, this.compilers, this.toolEnv);
    const found = await probe(runtime, compiler, args, this.toolEnv, missingCompilerReason(runtime, this.compilers));
    if (!found.available || !compiler) return found;
    const version = runtime === "go" ? found.version?.replace(/^go version /, "") : found.version;
    if (runtime === "rust" && !findExecutable("cc", this.toolEnv)) {
      return { runtime, available: false, version, reason: MISSING_LINKER_REASON };
    }
    return { runtime, available: true, version };
  }

  private pool(fn: FunctionVersion): Pool {
    const key = `${fn.functionId}\0${fn.version}\0${fingerprint(fn)}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = new Pool(structuredClone(fn), this.options.workDir);
      this.pools.set(key, pool);
    }
    return pool;
  }

  private async runIn(
    pool: Pool,
    requestId: string,
    event: unknown,
    options: InvokeOptions,
    startedAt: string,
  ): Promise<Invocation> {
    const fn = pool.fn;
    const head = { requestId, functionId: fn.functionId, version: fn.version, startedAt };
    const logs = new LogCollector(this.options.maxLogLines, this.options.maxLogLineLength, options.onLog);
    let instance = pool.idle.pop();
    while (instance?.dead) {
      clearTimeout(instance.idleTimer);
      instance = pool.idle.pop();
    }
    let initDurationMs: number | undefined;
    if (instance) {
      clearTimeout(instance.idleTimer);
    } else {
      const t0 = performance.now();
      // an instance that never got to run the handler: the record of a failed cold start
      const failedStart = (error: InvocationError): Invocation => ({
        ...head,
        status: "error",
        durationMs: 0,
        initDurationMs: round(performance.now() - t0),
        memoryUsedMb: 0,
        error,
        logs: logs.finish(),
        coldStart: true,
      });
      const dir = await pool.dir;
      let binary: string | undefined;
      if (isCompiled(fn.runtime)) {
        const build = await this.builder.build(fn as FunctionVersion & { runtime: CompiledRuntime });
        if (!build.ok) {
          if (build.output.trim()) logs.write("stderr", `${build.output.trimEnd()}\n`);
          return failedStart({ message: build.message, type: "BuildError" });
        }
        binary = build.binary;
      }
      instance = this.spawn(fn, dir, pool.generation, binary);
      try {
        await instance.ready(Math.max(this.options.initTimeoutMs, 1));
      } catch (e) {
        await instance.kill();
        if (e instanceof DomainError) throw e;
        const error = e as InvocationError;
        return failedStart({
          message: `The function failed to load: ${error.message}`,
          type: error.type,
          stack: error.stack,
        });
      }
      initDurationMs = round(performance.now() - t0);
    }
    pool.busy.add(instance);
    instance.setRef(true);
    const outcome = await instance.run(requestId, event, fn, logs, this.options.memoryPollMs, options.signal);
    pool.busy.delete(instance);
    if (outcome.retire || instance.dead || instance.generation !== pool.generation || this.closed) {
      void instance.kill();
    } else {
      this.park(pool, instance);
    }
    return {
      ...head,
      status: outcome.status,
      durationMs: outcome.durationMs,
      ...(initDurationMs === undefined ? {} : { initDurationMs }),
      memoryUsedMb: outcome.memoryUsedMb,
      ...(outcome.status === "success" ? { response: outcome.response } : { error: outcome.error }),
      logs: outcome.logs,
      coldStart: initDurationMs !== undefined,
    };
  }

  private park(pool: Pool, instance: Instance): void {
    instance.setRef(false);
    pool.idle.push(instance);
    instance.idleTimer = setTimeout(() => {
      const i = pool.idle.indexOf(instance);
      if (i >= 0) pool.idle.splice(i, 1);
      void instance.kill();
    }, this.options.idleTimeoutMs);
    instance.idleTimer.unref();
  }

  private spawn(fn: FunctionVersion, dir: string, generation: number, binary?: string): Instance {
    const file = resolveHandlerFile(fn);
    const { exportName } = parseHandler(fn.handler);
    const env = { ...this.inheritedEnv, ...fn.env };
    const tail = [dir, file, exportName, fn.functionId, fn.version, String(fn.memoryMb)];
    if (binary) return new Instance(binary, tail, dir, env, generation);
    if (fn.runtime === "python") {
      return new Instance(this.options.pythonPath, ["-u", "-B", PYTHON_BOOTSTRAP, ...tail], dir, env, generation);
    }
    const heapMb = Math.max(64, Math.floor(fn.memoryMb * 0.8));
    return new Instance(this.options.nodePath, [`--max-old-space-size=${heapMb}`, NODE_BOOTSTRAP, ...tail], dir, env, generation);
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function fingerprint(fn: FunctionVersion): string {
  return createHash("sha256")
    .update(JSON.stringify([fn.runtime, fn.handler, fn.files, fn.env, fn.timeoutMs, fn.memoryMb, fn.concurrency]))
    .digest("base64url")
    .slice(0, 22);
}

async function writeCode(fn: FunctionVersion, workDir: string): Promise<string> {
  const dir = await mkdtemp(join(workDir, "shipyard-fn-"));
  for (const [path, content] of Object.entries(fn.files)) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return dir;
}

async function removeDir(dir: Promise<string>): Promise<void> {
  try {
    await rm(await dir, { recursive: true, force: true });
  } catch {
    // The directory was never created or is already gone.
  }
}

/** Resets the process's peak RSS (VmHWM) so it measures one invocation. Best effort. */
function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    // Not Linux or not permitted: VmHWM then covers the instance's lifetime.
  }
}

function readStatusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function probe(
  runtime: FunctionRuntimeName,
  path: string | undefined,
  args: string[],
  env: Record<string, string>,
  missing: string,
): Promise<RuntimeAvailability> {
  if (!path) return Promise.resolve({ runtime, available: false, reason: missing });
  return new Promise((resolve) => {
    execFile(path, args, { env, timeout: 5000 }, (err, stdout, stderr) => {
      if (err) {
        resolve({ runtime, available: false, reason: `${path} ${args.join(" ")} failed: ${err.message}` });
        return;
      }
      resolve({ runtime, available: true, version: (stdout || stderr).trim().split("\n")[0] });
    });
  });
}
