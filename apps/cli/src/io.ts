import { readFile, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { promptLine } from "./prompt.ts";
import { loadServerModule, type ServerModule } from "./server-module.ts";

export interface OutputStream {
  write(text: string): void;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

export type Signal = "SIGINT" | "SIGTERM";

/** Everything a command touches outside its own memory. Tests pass a fake; `createProcessIo` gives the real one. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  fetch: typeof fetch;
  /** Whether a person is at the terminal (prompts are allowed). */
  interactive: boolean;
  /** Asks a question on the terminal; `hidden` does not echo what is typed. */
  prompt(question: string, options?: { hidden?: boolean }): Promise<string>;
  /** Reads all of standard input (for --password-stdin). */
  readStdin(): Promise<string>;
  /** Reads a local file as UTF-8 (Dockerfiles, images.yaml). */
  readFile(path: string): Promise<string>;
  /** Writes a local file (UTF-8). */
  writeFile(path: string, text: string): Promise<void>;
  hostname(): string;
  now(): Date;
  /** Loads `@shipyard/server` (only `serve`, `up` and `migrate` need it). */
  loadServer(): Promise<ServerModule>;
  /** Calls `handler` on each of these signals until the returned function is called. */
  onSignal(signals: readonly Signal[], handler: (signal: Signal) => void): () => void;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

export function createProcessIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    fetch: globalThis.fetch,
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    prompt: (question, options) =>
      promptLine(question, { hidden: options?.hidden ?? false, input: process.stdin, output: process.stderr }),
    readStdin: () => readAll(process.stdin),
    readFile: (path) => readFile(path, "utf8"),
    writeFile: (path, text) => writeFile(path, text, "utf8"),
    hostname,
    now: () => new Date(),
    loadServer: loadServerModule,
    onSignal(signals, handler) {
      for (const s of signals) process.on(s, handler);
      return () => {
        for (const s of signals) process.off(s, handler);
      };
    },
  };
}
