import { connect, type Socket } from "node:net";

/** A QMP event (`{"event": …, "data": …, "timestamp": …}`), vendor-neutral enough to log. */
export interface QmpEvent {
  event: string;
  data?: Record<string, unknown> | undefined;
  timestamp?: { seconds: number; microseconds: number } | undefined;
}

/** An `{"error": {class, desc}}` reply. */
export class QmpError extends Error {
  readonly errorClass: string;
  readonly command: string;

  constructor(command: string, errorClass: string, desc: string) {
    super(`QMP ${command} failed (${errorClass}): ${desc}`);
    this.name = "QmpError";
    this.errorClass = errorClass;
    this.command = command;
  }
}

export interface QmpConnectOptions {
  /** Time allowed for connect + greeting + capabilities negotiation; default 5 000 ms. */
  timeoutMs?: number | undefined;
}

interface Pending {
  command: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * QMP over a unix socket (docs/interop/qmp-spec.rst): reads the greeting, negotiates capabilities,
 * sends commands with ids, matches replies by id (skipping events that arrive in between) and
 * delivers async events (STOP, RESUME, SHUTDOWN, POWERDOWN …) to listeners.
 */
export class QmpClient {
  readonly greeting: Record<string, unknown>;
  /** Resolves when the socket closed (QEMU exited or `close()` was called). */
  readonly closed: Promise<void>;
  #socket: Socket;
  #buffer = "";
  #nextId = 1;
  #pending = new Map<string, Pending>();
  #listeners = new Set<(event: QmpEvent) => void>();
  #isClosed = false;

  private constructor(socket: Socket, greeting: Record<string, unknown>, rest: string) {
    this.#socket = socket;
    this.greeting = greeting;
    this.closed = new Promise((resolve) => {
      socket.once("close", () => {
        this.#isClosed = true;
        for (const p of this.#pending.values()) p.reject(new Error(`QMP connection closed during ${p.command}`));
        this.#pending.clear();
        resolve();
      });
    });
    socket.on("error", () => {});
    socket.on("data", (chunk: Buffer) => this.#onData(chunk.toString("utf8")));
    if (rest) this.#onData(rest);
  }

  /** Connects, waits for the greeting and runs `qmp_capabilities`. */
  static async connect(path: string, options: QmpConnectOptions = {}): Promise<QmpClient> {
    const timeoutMs = options.timeoutMs ?? 5_000;
    const socket = connect(path);
    const { greeting, rest } = await new Promise<{ greeting: Record<string, unknown>; rest: string }>((resolve, reject) => {
      let buffer = "";
      const timer = setTimeout(() => fail(new Error(`No QMP greeting on ${path} within ${timeoutMs} ms`)), timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        socket.off("data", onData);
        socket.off("error", fail);
        socket.off("close", onClose);
      };
      const fail = (error: Error) => {
        cleanup();
        socket.destroy();
        reject(error);
      };
      const onClose = () => fail(new Error(`QMP socket ${path} closed before the greeting`));
      const onData = (chunk: Buffer) => {
        buffer += chunk.toString("utf8");
        const nl = buffer.indexOf("\n");
        if (nl < 0) return;
        const line = buffer.slice(0, nl).trim();
        try {
          const parsed = JSON.parse(line) as { QMP?: Record<string, unknown> };
          if (!parsed.QMP) throw new Error(`expected a QMP greeting, got ${line.slice(0, 200)}`);
          cleanup();
          resolve({ greeting: parsed.QMP, rest: buffer.slice(nl + 1) });
        } catch (e) {
          fail(e instanceof Error ? e : new Error(String(e)));
        }
      };
      socket.on("data", onData);
      socket.once("error", fail);
      socket.once("close", onClose);
    });
    const client = new QmpClient(socket, greeting, rest);
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    try {
      await client.execute("qmp_capabilities");
    } finally {
      clearTimeout(timer);
    }
    return client;
  }

  get isClosed(): boolean {
    return this.#isClosed;
  }

  /** Runs a command and resolves with its `return` value; rejects with `QmpError` on `{"error"}`. */
  execute<T = unknown>(command: string, args?: Record<string, unknown>): Promise<T> {
    if (this.#isClosed) return Promise.reject(new Error(`QMP connection is closed; cannot run ${command}`));
    const id = `shipyard-${this.#nextId++}`;
    const message = args === undefined ? { execute: command, id } : { execute: command, arguments: args, id };
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { command, resolve: resolve as (v: unknown) => void, reject });
      this.#socket.write(`${JSON.stringify(message)}\n`);
    });
  }

  /** Subscribes to events; returns the unsubscribe function. */
  onEvent(listener: (event: QmpEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves with the next event named `name`, or `undefined` after `timeoutMs` or when the socket closes. */
  waitForEvent(name: string, timeoutMs: number): Promise<QmpEvent | undefined> {
    return new Promise((resolve) => {
      const done = (value: QmpEvent | undefined) => {
        clearTimeout(timer);
        off();
        resolve(value);
      };
      const timer = setTimeout(() => done(undefined), timeoutMs);
      const off = this.onEvent((e) => {
        if (e.event === name) done(e);
      });
      void this.closed.then(() => done(undefined));
    });
  }

  close(): Promise<void> {
    this.#socket.end();
    this.#socket.destroy();
    return this.closed;
  }

  #onData(text: string): void {
    this.#buffer += text;
    for (let nl = this.#buffer.indexOf("\n"); nl >= 0; nl = this.#buffer.indexOf("\n")) {
      const line = this.#buffer.slice(0, nl).trim();
      this.#buffer = this.#buffer.slice(nl + 1);
      if (line) this.#onMessage(line);
    }
  }

  #onMessage(line: string): void {
    let message: { event?: string; return?: unknown; error?: { class?: string; desc?: string }; id?: unknown };
    try {
      message = JSON.parse(line);
    } catch {
      return;
    }
    if (typeof message.event === "string") {
      const event = message as QmpEvent;
      for (const listener of this.#listeners) listener(event);
      return;
    }
    if (!("return" in message) && !("error" in message)) return;
    // Some early errors carry no id: they answer the oldest command still waiting.
    const key = typeof message.id === "string" && this.#pending.has(message.id) ? message.id : this.#pending.keys().next().value;
    if (key === undefined) return;
    const pending = this.#pending.get(key);
    this.#pending.delete(key);
    if (!pending) return;
    if (message.error) {
      pending.reject(new QmpError(pending.command, message.error.class ?? "GenericError", message.error.desc ?? "unknown error"));
    } else {
      pending.resolve(message.return);
    }
  }
}
