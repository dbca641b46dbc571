// Builds Go and Rust function versions into executables that speak the instance protocol (fd 3), so
// ProcessFunctionRuntime can run them like Node and Python instances. Standard libraries only: no
// module proxy or crates.io is reached (GOPROXY=off, plain rustc).
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { accessSync, constants } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { delimiter, dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { DomainError } from "@shipyard/core";
import { type FunctionRuntimeName, type FunctionVersion, handlerFile, parseHandler } from "./port.ts";

const GO_TEMPLATE = fileURLToPath(new URL("./bootstrap/go-bootstrap.go", import.meta.url));
const RUST_TEMPLATE = fileURLToPath(new URL("./bootstrap/rust-bootstrap.rs", import.meta.url));
/** The Go shim's file in the handler's package; it sorts before user files, so its initialisation runs first. */
export const GO_SHIM_FILE = "0_shipyard_main.go";
/** The crate root rustc compiles; it includes the handler's file as module `user`. */
export const RUST_CRATE_ROOT = "shipyard_main.rs";
const MAX_OUTPUT = 64 * 1024;
const MAX_MESSAGE = 16 * 1024;

/** What users must write, as the runtime documents and reports it. */
export const HANDLER_SIGNATURES = {
  go: "func Handler(event json.RawMessage) (any, error), or func Handler(ctx context.Context, event json.RawMessage) (any, error)",
  rust: "pub fn handler(event: &str) -> Result<String, String> (event and Ok value are JSON text; any E: Display works as the error)",
} as const;

export type CompiledRuntime = "go" | "rust";

export function isCompiled(runtime: FunctionRuntimeName): runtime is CompiledRuntime {
  return runtime === "go" || runtime === "rust";
}

const GO_KEYWORDS = new Set(
  "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var main init".split(
    " ",
  ),
);
const RUST_KEYWORDS = new Set(
  "as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final macro override priv try typeof unsized virtual yield gen".split(
    " ",
  ),
);

/** Checks what the handler string means for Go or Rust; throws `invalid_input` with what to change. */
export function checkCompiledHandler(fn: FunctionVersion & { runtime: CompiledRuntime }): void {
  const { exportName } = parseHandler(fn.handler);
  const file = handlerFile(fn);
  const reserved = fn.runtime === "go" ? GO_KEYWORDS : RUST_KEYWORDS;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(exportName) || exportName === "_" || reserved.has(exportName)) {
    throw new DomainError("invalid_input", `"${exportName}" cannot name a ${fn.runtime} handler function.`, {
      suggestion:
        fn.runtime === "go"
          ? 'Use the function\'s name, e.g. "main.Handler" for func Handler in main.go.'
          : 'Use the function\'s name, e.g. "main.handler" for pub fn handler in main.rs.',
    });
  }
  const shim = fn.runtime === "go" ? posix.join(posix.dirname(file), GO_SHIM_FILE) : RUST_CRATE_ROOT;
  if (Object.hasOwn(fn.files, shim)) {
    throw new DomainError("invalid_input", `The file name ${shim} is reserved for Shipyard's ${fn.runtime} entry point.`, {
      suggestion: "Rename that file.",
    });
  }
}

export function findExecutable(command: string, env: Record<string, string>): string | undefined {
  const candidates = command.includes("/")
    ? [command]
    : (env.PATH ?? "")
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, command));
  return candidates.find((candidate) => {
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The environment compilers run with: the server's PATH, HOME and toolchain variables (rustup's), never
 * a function's own env.
 */
export function toolchainEnv(base: Record<string, string | undefined>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ["PATH", "HOME", "LANG", "TMPDIR", "RUSTUP_HOME", "RUSTUP_TOOLCHAIN", "CARGO_HOME", "GOROOT"]) {
    const value = base[key];
    if (value !== undefined) env[key] = value;
  }
  env.PATH ??= "/usr/local/bin:/usr/bin:/bin";
  env.HOME ??= homedir();
  return env;
}

export interface CompilerOptions {
  /** The `go` command. Default `go` from PATH, else /usr/lib/go/bin/go or /usr/local/go/bin/go. */
  goPath?: string | undefined;
  /** The `rustc` command. Default `rustc` from PATH, else $CARGO_HOME/bin/rustc or ~/.cargo/bin/rustc. */
  rustcPath?: string | undefined;
}

/** The compiler for `runtime`, or undefined when it is not installed. */
export function locateCompiler(
  runtime: CompiledRuntime,
  options: CompilerOptions,
  env: Record<string, string>,
): string | undefined {
  const explicit = runtime === "go" ? options.goPath : options.rustcPath;
  if (explicit) return findExecutable(explicit, env);
  if (runtime === "go") {
    return findExecutable("go", env) ?? ["/usr/lib/go/bin/go", "/usr/local/go/bin/go"].find((p) => findExecutable(p, env));
  }
  const cargoHome = env.CARGO_HOME ?? join(env.HOME ?? homedir(), ".cargo");
  return findExecutable("rustc", env) ?? findExecutable(join(cargoHome, "bin", "rustc"), env);
}

/** Why `runtime` cannot run here, in words a person can act on. */
export function missingCompilerReason(runtime: CompiledRuntime, options: CompilerOptions): string {
  if (runtime === "go") {
    return options.goPath
      ? `The configured go command (${options.goPath}) is not an executable; fix the function runtime's goPath to run go functions.`
      : "The go toolchain was not found on PATH, /usr/lib/go/bin or /usr/local/go/bin; install golang-go (apt-get install golang-go) to run go functions.";
  }
  return options.rustcPath
    ? `The configured rustc (${options.rustcPath}) is not an executable; fix the function runtime's rustcPath to run rust functions.`
    : "rustc was not found on PATH or in ~/.cargo/bin; install rustc (apt-get install rustc, or rustup) to run rust functions.";
}

export const MISSING_LINKER_REASON =
  "rustc is installed but the C linker it calls (cc) is not on PATH; install gcc (apt-get install gcc) to run rust functions.";

export type BuildResult =
  | { ok: true; binary: string }
  | {
      ok: false;
      /** Starts with "build failed:" and carries the compiler's output. */
      message: string;
      output: string;
    };

interface CacheEntry {
  result: Promise<BuildResult>;
  used: number;
  settled: boolean;
}

export interface FunctionBuilderOptions extends CompilerOptions {
  /** Where the builds folder (removed on close) and the persistent Go build cache are made. */
  workDir: string;
  /** Base environment (see `toolchainEnv`). */
  env: Record<string, string>;
  /** Longest a compile may take. */
  timeoutMs: number;
  /** Successful builds kept; the least recently used binary is deleted past this. */
  maxCached: number;
  /** Compiles that may run at once. */
  concurrency: number;
}

/**
 * Compiles function versions once per content (runtime, handler and files): concurrent and later cold
 * starts of the same code wait for or reuse the same binary. Compile errors are cached too (the same
 * code fails the same way); timeouts and missing toolchains are not.
 */
export class FunctionBuilder {
  private readonly options: FunctionBuilderOptions;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly running = new Map<ChildProcess, Promise<void>>();
  private readonly queue: Array<() => void> = [];
  private active = 0;
  private clock = 0;
  private root: Promise<string> | undefined;
  private goVersion: Promise<string> | undefined;
  private closed = false;

  constructor(options: FunctionBuilderOptions) {
    this.options = options;
  }

  compiler(runtime: CompiledRuntime): string | undefined {
    return locateCompiler(runtime, this.options, this.options.env);
  }

  build(fn: FunctionVersion & { runtime: CompiledRuntime }): Promise<BuildResult> {
    if (this.closed) return Promise.reject(new DomainError("unavailable", "The function runtime is shut down."));
    const key = createHash("sha256")
      .update(JSON.stringify([fn.runtime, fn.handler, Object.entries(fn.files).sort(([a], [b]) => (a < b ? -1 : 1))]))
      .digest("base64url")
      .slice(0, 22);
    const hit = this.cache.get(key);
    if (hit) {
      hit.used = ++this.clock;
      return hit.result;
    }
    const result = this.compile(fn, key).then(
      ({ result, keep }) => {
        const entry = this.cache.get(key);
        if (entry) entry.settled = true;
        if (!keep) this.cache.delete(key);
        else if (result.ok) this.prune();
        return result;
      },
      (e: unknown) => {
        this.cache.delete(key);
        throw e;
      },
    );
    this.cache.set(key, { used: ++this.clock, settled: false, result });
    return result;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const wake of this.queue.splice(0)) wake();
    for (const child of this.running.keys()) killGroup(child);
    await Promise.all(this.running.values());
    if (this.root) {
      try {
        await rm(await this.root, { recursive: true, force: true });
      } catch {
        // never created or already gone
      }
    }
  }

  private prune(): void {
    const done = [...this.cache.entries()].filter(([, e]) => e.settled).sort(([, a], [, b]) => a.used - b.used);
    for (const [key] of done.slice(0, Math.max(0, this.cache.size - this.options.maxCached))) {
      this.cache.delete(key);
      void this.root?.then((root) => rm(join(root, key), { recursive: true, force: true })).catch(() => {});
    }
  }

  private async compile(
    fn: FunctionVersion & { runtime: CompiledRuntime },
    key: string,
  ): Promise<{ result: BuildResult; keep: boolean }> {
    const compiler = this.compiler(fn.runtime);
    if (!compiler) {
      throw new DomainError("unavailable", missingCompilerReason(fn.runtime, this.options), {
        suggestion: fn.runtime === "go" ? "Install golang-go." : "Install rustc.",
      });
    }
    const env = { ...this.options.env, PATH: `${dirname(compiler)}${delimiter}${this.options.env.PATH ?? ""}` };
    if (fn.runtime === "rust" && !findExecutable("cc", env)) {
      throw new DomainError("unavailable", MISSING_LINKER_REASON, { suggestion: "Install gcc." });
    }
    await this.slot();
    try {
      if (this.closed) throw new DomainError("unavailable", "The function runtime is shut down.");
      this.root ??= mkdtemp(join(this.options.workDir, "shipyard-fn-builds-"));
      const dir = join(await this.root, key);
      const src = join(dir, "src");
      const binary = join(dir, "fn");
      await rm(dir, { recursive: true, force: true });
      for (const [path, content] of Object.entries(fn.files)) {
        const target = join(src, path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, content);
      }
      const file = handlerFile(fn);
      const { exportName } = parseHandler(fn.handler);
      let args: string[];
      let shim: string;
      if (fn.runtime === "go") {
        const pkg = posix.dirname(file);
        shim = posix.join(pkg, GO_SHIM_FILE);
        const template = await readFile(GO_TEMPLATE, "utf8");
        await writeFile(
          join(src, shim),
          template
            .replace("var shipyardHandler any = __SHIPYARD_HANDLER__", `var shipyardHandler any = ${exportName}`)
            .replace('const shipyardSrcDir = "__SHIPYARD_SRC_DIR__"', `const shipyardSrcDir = ${JSON.stringify(src)}`),
        );
        if (!Object.hasOwn(fn.files, "go.mod")) {
          await writeFile(join(src, "go.mod"), `module fn\n\ngo ${await this.goLanguageVersion(compiler, env)}\n`);
        }
        const cache = join(this.options.workDir, `shipyard-go-cache-${process.getuid?.() ?? "user"}`);
        Object.assign(env, {
          GOCACHE: join(cache, "build"),
          GOPATH: join(cache, "gopath"),
          GO111MODULE: "on",
          GOPROXY: "off",
          GOSUMDB: "off",
          GOFLAGS: "",
          GOWORK: "off",
          GOENV: "off",
          GOTOOLCHAIN: "local",
          GOTELEMETRY: "off",
          CGO_ENABLED: "0",
        });
        args = ["build", "-buildvcs=false", "-o", binary, pkg === "." ? "." : `./${pkg}`];
      } else {
        shim = RUST_CRATE_ROOT;
        const template = await readFile(RUST_TEMPLATE, "utf8");
        await writeFile(
          join(src, shim),
          template
            .replace('#[path = "__SHIPYARD_FILE__"]', `#[path = ${JSON.stringify(file)}]`)
            .replace("user::__SHIPYARD_HANDLER__", `user::${exportName}`),
        );
        args = ["--edition", "2021", "-O", "--crate-name", "shipyard_fn", "-o", binary, RUST_CRATE_ROOT];
      }
      const run = await this.run(compiler, args, src, env);
      if (this.closed) throw new DomainError("unavailable", "The function runtime is shut down.");
      if (run.error) {
        throw new DomainError("unavailable", `Could not run ${compiler}: ${run.error.message}`, {
          suggestion: fn.runtime === "go" ? "Check the go installation." : "Check the rustc installation.",
        });
      }
      const tool = fn.runtime === "go" ? "go build" : "rustc";
      if (run.timedOut) {
        const message = `build failed: ${tool} did not finish within ${formatMs(this.options.timeoutMs)}.`;
        return { result: { ok: false, message, output: run.output }, keep: false };
      }
      if (run.code !== 0) {
        const output = run.output.trim() || `${tool} exited with ${run.signal ? `signal ${run.signal}` : `code ${run.code}`}`;
        const clipped = output.length > MAX_MESSAGE ? `${output.slice(0, MAX_MESSAGE)}…[truncated]` : output;
        const hint = output.includes(shim)
          ? `\nHint: ${file} must define ${HANDLER_SIGNATURES[fn.runtime]}${fn.runtime === "go" ? " in package main, without func main (Shipyard provides it)" : ""}.`
          : "";
        // A compiler killed by a signal (the OOM killer) may well succeed next time; an error in the code will not.
        return { result: { ok: false, message: `build failed: ${clipped}${hint}`, output }, keep: run.signal === null };
      }
      return { result: { ok: true, binary }, keep: true };
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }

  private slot(): Promise<void> {
    if (this.active < Math.max(1, this.options.concurrency)) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      this.queue.push(() => {
        this.active++;
        resolve();
      }),
    );
  }

  /** `1.19` for go1.19.8: the go.mod language version matching the installed toolchain. */
  private goLanguageVersion(compiler: string, env: Record<string, string>): Promise<string> {
    this.goVersion ??= new Promise((resolve) => {
      execFile(compiler, ["env", "GOVERSION"], { env: { ...env, GOENV: "off" }, timeout: 10_000 }, (err, stdout) => {
        const m = /^go(\d+)\.(\d+)/.exec(stdout.trim());
        resolve(!err && m ? `${m[1]}.${m[2]}` : "1.19");
      });
    });
    return this.goVersion;
  }

  private run(
    command: string,
    args: string[],
    cwd: string,
    env: Record<string, string>,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string; timedOut: boolean; error?: Error }> {
    return new Promise((resolve) => {
      const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
      let output = "";
      let timedOut = false;
      let error: Error | undefined;
      const add = (d: string) => {
        if (output.length < MAX_OUTPUT) output += d;
      };
      child.stdout?.setEncoding("utf8").on("data", add);
      child.stderr?.setEncoding("utf8").on("data", add);
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup(child);
      }, this.options.timeoutMs);
      const done = new Promise<void>((settle) => {
        child.on("error", (e) => {
          error = e;
          settle();
        });
        child.on("close", () => settle());
      });
      this.running.set(child, done);
      void done.then(() => {
        clearTimeout(timer);
        this.running.delete(child);
        resolve({ code: child.exitCode, signal: child.signalCode, output, timedOut, ...(error ? { error } : {}) });
      });
    });
  }
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}
