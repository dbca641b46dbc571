import type { Io, Signal } from "../io.ts";
import type { RunningServer, ServerModule } from "../server-module.ts";

export interface TestIo extends Io {
  /** Everything written to stdout so far. */
  stdoutText(): string;
  /** Everything written to stderr so far. */
  stderrText(): string;
  /** Questions asked on the terminal. */
  prompts: { question: string; hidden: boolean }[];
  /** Files written by `writeFile`, by path. */
  written: Record<string, string>;
  /** Delivers a signal to the handlers a command installed. */
  emitSignal(signal: Signal): void;
}

export interface TestIoOptions {
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
  interactive?: boolean;
  /** Answers for prompts, in order. */
  answers?: string[];
  stdin?: string;
  /** Files `readFile` can see, by path. */
  files?: Record<string, string>;
  server?: ServerModule;
  now?: Date;
  tty?: boolean;
}

/** An Io that records output and answers prompts from a list: for running commands in-process. */
export function createTestIo(options: TestIoOptions = {}): TestIo {
  let out = "";
  let err = "";
  const answers = [...(options.answers ?? [])];
  const handlers = new Set<{ signals: readonly Signal[]; handler: (s: Signal) => void }>();
  const prompts: { question: string; hidden: boolean }[] = [];
  const written: Record<string, string> = {};
  return {
    stdout: {
      write(t) {
        out += t;
      },
      isTTY: options.tty ?? false,
    },
    stderr: {
      write(t) {
        err += t;
      },
      isTTY: options.tty ?? false,
    },
    env: options.env ?? {},
    fetch: options.fetch ?? (() => Promise.reject(new Error("no fetch in this test"))),
    interactive: options.interactive ?? false,
    async prompt(question, o) {
      prompts.push({ question, hidden: o?.hidden ?? false });
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`unexpected prompt: ${question}`);
      return answer;
    },
    readStdin: async () => options.stdin ?? "",
    async writeFile(path, text) {
      written[path] = text;
    },
    written,
    async readFile(path) {
      const text = options.files?.[path];
      if (text === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
      return text;
    },
    hostname: () => "devbox",
    now: () => options.now ?? new Date("2025-06-01T12:00:00Z"),
    loadServer: async () => {
      if (!options.server) throw new Error("no server module in this test");
      return options.server;
    },
    onSignal(signals, handler) {
      const entry = { signals, handler };
      handlers.add(entry);
      return () => handlers.delete(entry);
    },
    stdoutText: () => out,
    stderrText: () => err,
    prompts,
    emitSignal(signal) {
      for (const h of [...handlers]) if (h.signals.includes(signal)) h.handler(signal);
    },
  };
}

/** A server module whose server "runs" until closed; records what it was given. */
export function fakeServerModule(behaviour: { startError?: unknown; applied?: number } = {}) {
  const calls = {
    loadConfig: [] as { env: Record<string, string | undefined>; overrides: unknown }[],
    started: 0,
    closed: 0,
    print: undefined as ((line: string) => void) | undefined,
  };
  const module: ServerModule = {
    loadConfig(env, overrides) {
      calls.loadConfig.push({ env, overrides });
      return { dataDir: "/data/shipyard", overrides };
    },
    async startServer(_config, options) {
      calls.print = options?.print;
      if (behaviour.startError) throw behaviour.startError;
      calls.started++;
      const server: RunningServer = {
        url: "http://localhost:7300",
        close: async () => {
          calls.closed++;
        },
      };
      return server;
    },
    async migrate() {
      return { applied: behaviour.applied ?? 0 };
    },
    async startAgent() {
      throw new Error("the fake server module runs no agent");
    },
  };
  return { module, calls };
}
