import { request as httpRequest, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { demultiplexStream, type StreamName } from "./containers-api.ts";
import { clip, DockerEngineError, engineErrorFromStatus } from "./engine-error.ts";
import type { DockerEngineHttp } from "./engine-http.ts";

export interface EngineExecOptions {
  cmd: readonly string[];
  tty?: boolean | undefined;
  /** Attach stdin. Default true. */
  stdin?: boolean | undefined;
  env?: readonly string[] | undefined;
  workingDir?: string | undefined;
  user?: string | undefined;
}

export interface EngineExecFrame {
  stream: StreamName;
  data: Buffer;
}

/** A started exec on a hijacked connection: raw bytes both ways. */
export interface EngineExecConnection {
  id: string;
  tty: boolean;
  /** Output frames (a TTY's bytes all come as `stdout`). */
  output: AsyncIterable<EngineExecFrame>;
  write(data: Uint8Array | string): Promise<void>;
  closeStdin(): void;
  close(): void;
}

export interface EngineExecState {
  running: boolean;
  exitCode: number | undefined;
  pid: number | undefined;
}

/**
 * `POST /containers/{id}/exec`, `POST /exec/{id}/start` on a hijacked connection (`Upgrade: tcp`:
 * the engine answers 101 and the socket then carries stdin one way, output the other),
 * `/exec/{id}/resize` and `/exec/{id}/json`.
 */
export class ExecApi {
  private readonly http: DockerEngineHttp;

  constructor(http: DockerEngineHttp) {
    this.http = http;
  }

  async create(containerId: string, options: EngineExecOptions, signal?: AbortSignal): Promise<string> {
    const tty = options.tty ?? false;
    const res = await this.http.json<{ Id?: unknown }>({
      method: "POST",
      path: `/containers/${encodeURIComponent(containerId)}/exec`,
      json: {
        AttachStdin: options.stdin ?? true,
        AttachStdout: true,
        AttachStderr: true,
        Tty: tty,
        Cmd: options.cmd,
        Env: options.env,
        WorkingDir: options.workingDir,
        User: options.user,
      },
      signal,
      what: `an exec in container ${containerId}`,
    });
    if (typeof res?.Id !== "string") throw new DockerEngineError("internal", "The Docker engine created an exec without an id.");
    return res.Id;
  }

  /** Starts an exec and takes over its connection. */
  async start(execId: string, tty: boolean, signal?: AbortSignal): Promise<EngineExecConnection> {
    const version = await this.http.apiVersion(signal);
    const what = `the start of exec ${execId}`;
    const socket = await new Promise<Duplex>((resolve, reject) => {
      const body = JSON.stringify({ Detach: false, Tty: tty });
      const req = httpRequest({
        socketPath: this.http.socketPath,
        method: "POST",
        path: `/v${version}/exec/${encodeURIComponent(execId)}/start`,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          connection: "Upgrade",
          upgrade: "tcp",
        },
        signal,
      });
      req.on("upgrade", (_res: IncomingMessage, sock: Duplex, head: Buffer) => {
        if (head.length > 0) sock.unshift(head);
        resolve(sock);
      });
      req.on("response", (res: IncomingMessage) => {
        // No upgrade: an error answer (or an engine that does not hijack).
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let message = clip(text.trim(), 500);
          try {
            const parsed = JSON.parse(text) as { message?: unknown };
            if (typeof parsed.message === "string") message = parsed.message;
          } catch {
            // Plain text.
          }
          reject(
            (res.statusCode ?? 0) >= 400
              ? engineErrorFromStatus(res.statusCode ?? 0, message, what)
              : new DockerEngineError("unsupported", `The Docker engine did not hand over the connection for ${what}.`),
          );
        });
        res.on("error", reject);
      });
      req.on("error", (e: unknown) =>
        reject(
          signal?.aborted
            ? signal.reason
            : new DockerEngineError("unavailable", `The Docker engine could not be reached for ${what}.`, { cause: e }),
        ),
      );
      req.end(body);
    });

    const raw = socket as AsyncIterable<Buffer>;
    const output: AsyncIterable<EngineExecFrame> = tty
      ? (async function* () {
          for await (const chunk of raw) yield { stream: "stdout" as const, data: chunk };
        })()
      : demultiplexStream(raw);
    return {
      id: execId,
      tty,
      output: quietOnReset(output),
      write: (data) =>
        new Promise<void>((resolve, reject) => {
          if (socket.writableEnded || socket.destroyed) {
            reject(new DockerEngineError("conflict", "The exec session's input is closed."));
            return;
          }
          socket.write(data, (e) => (e ? reject(e) : resolve()));
        }),
      closeStdin: () => {
        if (!socket.writableEnded) socket.end();
      },
      close: () => socket.destroy(),
    };
  }

  /** Terminal size of a TTY exec (`/exec/{id}/resize`). */
  async resize(execId: string, size: { cols: number; rows: number }, signal?: AbortSignal): Promise<void> {
    await this.http.call({
      method: "POST",
      path: `/exec/${encodeURIComponent(execId)}/resize`,
      query: { h: Math.round(size.rows), w: Math.round(size.cols) },
      signal,
      what: `the resize of exec ${execId}`,
    });
  }

  async inspect(execId: string, signal?: AbortSignal): Promise<EngineExecState> {
    const res = await this.http.json<{ Running?: unknown; ExitCode?: unknown; Pid?: unknown }>({
      method: "GET",
      path: `/exec/${encodeURIComponent(execId)}/json`,
      signal,
      what: `the inspection of exec ${execId}`,
    });
    return {
      running: res?.Running === true,
      exitCode: typeof res?.ExitCode === "number" ? res.ExitCode : undefined,
      pid: typeof res?.Pid === "number" && res.Pid > 0 ? res.Pid : undefined,
    };
  }
}

/** A connection the engine (or `close()`) drops ends the output instead of throwing. */
async function* quietOnReset<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* source;
  } catch (e) {
    const code = (e as { code?: string } | undefined)?.code;
    if (code === "ECONNRESET" || code === "ERR_STREAM_PREMATURE_CLOSE" || code === "ABORT_ERR") return;
    throw e;
  }
}
