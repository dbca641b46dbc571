import WebSocket from "ws";
import type { Context } from "./context.ts";
import { CliError, ExitCode, UnreachableError } from "./errors.ts";

/** What a command hears from a WebSocket. */
export interface SocketHandlers {
  open?(): void;
  message(data: Buffer, isBinary: boolean): void;
  close(code: number, reason: string): void;
  error(error: Error): void;
}

/** The sending side of an open WebSocket: strings go as text frames, bytes as binary frames. */
export interface SocketConnection {
  send(data: string | Uint8Array): void;
  close(): void;
}

export type SocketOpener = (url: string, token: string, handlers: SocketHandlers) => SocketConnection;

const openWs: SocketOpener = (url, token, handlers) => {
  const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
  const toBuffer = (d: WebSocket.RawData) => (Buffer.isBuffer(d) ? d : Array.isArray(d) ? Buffer.concat(d) : Buffer.from(d));
  ws.on("open", () => handlers.open?.());
  ws.on("message", (data, isBinary) => handlers.message(toBuffer(data), isBinary));
  ws.on("close", (code, reason) => handlers.close(code, reason.toString("utf8")));
  ws.on("error", (error) => handlers.error(error));
  return {
    send: (data) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(data, { binary: typeof data !== "string" });
    },
    close: () => {
      if (ws.readyState === WebSocket.CONNECTING) ws.terminate();
      else ws.close(1000);
    },
  };
};

/** How commands open WebSockets; tests replace `open`. */
export const sockets: { open: SocketOpener } = { open: openWs };

/** The ws:// (or wss://) URL of `path` on `server`. */
export const socketUrl = (server: string, path: string) => `${server.replace(/^http/, "ws")}${path}`;

/** A failed socket (refused connection, HTTP error on upgrade, close code) as a CLI error. */
export function socketFailure(server: string, error: Error): CliError {
  const status = /Unexpected server response: (\d+)/.exec(error.message)?.[1];
  if (status) return closeFailure(Number(status) + 4000, `the server answered ${status}`);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ECONNREFUSED") return new UnreachableError(server, "connection refused");
  if (code === "ENOTFOUND") return new UnreachableError(server, "host not found");
  return new CliError("socket", ExitCode.failure, `WebSocket failed: ${error.message}`);
}

/** Close codes 4401/4403/4404 (and HTTP statuses on upgrade) map onto the CLI's exit codes. */
export function closeFailure(code: number, message: string): CliError {
  if (code === 4401) return new CliError("unauthenticated", ExitCode.unauthenticated, message, "Run `shipyard login`.");
  if (code === 4403) return new CliError("forbidden", ExitCode.forbidden, message);
  if (code === 4404) return new CliError("not_found", ExitCode.notFound, message);
  return new CliError("socket", ExitCode.failure, message);
}

const controlMessage = (data: Buffer): { op: string; message?: string } | undefined => {
  try {
    const parsed = JSON.parse(data.toString("utf8")) as unknown;
    if (parsed && typeof parsed === "object" && typeof (parsed as { op?: unknown }).op === "string")
      return parsed as { op: string; message?: string };
  } catch {
    // not JSON
  }
  return undefined;
};

/**
 * Follows a JSON-message WebSocket at `path`: each message that is not a control message
 * (`{"op":"ready"}`, `{"op":"error"}`) goes to `onMessage`. Ends when the server closes the socket
 * or on Ctrl-C (SIGINT/SIGTERM); `{"op":"error"}` and abnormal close codes become CLI errors.
 */
export async function followSocket(ctx: Context, path: string, onMessage: (message: unknown) => void): Promise<void> {
  const auth = await ctx.requireAuth();
  await new Promise<void>((resolve, reject) => {
    let serverError: string | undefined;
    let settled = false;
    let conn: SocketConnection | undefined;
    const stopSignals = ctx.io.onSignal(["SIGINT", "SIGTERM"], () => {
      conn?.close();
      finish();
    });
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      stopSignals();
      if (error) reject(error);
      else resolve();
    };
    conn = sockets.open(socketUrl(auth.server, path), auth.token, {
      message(data) {
        const control = controlMessage(data);
        if (control?.op === "ready" || control?.op === "pong") return;
        if (control?.op === "error") {
          serverError = control.message ?? "The server reported an error.";
          return;
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(data.toString("utf8"));
        } catch {
          parsed = data.toString("utf8");
        }
        onMessage(parsed);
      },
      close(code, reason) {
        if (code >= 4000) finish(closeFailure(code, serverError ?? (reason || `closed with code ${code}`)));
        else if (serverError) finish(new CliError("socket", ExitCode.failure, serverError));
        else finish();
      },
      error(error) {
        finish(socketFailure(auth.server, error));
      },
    });
  });
}

/** The process's terminal; tests pass fakes. */
export interface TerminalStreams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number; on(e: "resize", l: () => void): unknown };
  stderr: { write(text: string): unknown };
}

const DETACH = 0x1d; // Ctrl-]

/**
 * Attaches the terminal to a byte-stream WebSocket (container shell, VM serial console): raw mode
 * when stdin is a TTY, stdin bytes go out as binary frames, binary frames are written to stdout,
 * `resize` sends `{"op":"resize",cols,rows}` on open and on every window change. Ctrl-] detaches.
 * The terminal is restored however the session ends.
 */
export async function attachTerminal(
  ctx: Context,
  path: string,
  options: { resize: boolean; what: string },
  streams: TerminalStreams = process as unknown as TerminalStreams,
): Promise<void> {
  const auth = await ctx.requireAuth();
  const { stdin, stdout, stderr } = streams;
  const raw = Boolean(stdin.isTTY && stdin.setRawMode);
  await new Promise<void>((resolve, reject) => {
    let serverError: string | undefined;
    let settled = false;
    let conn: SocketConnection | undefined;
    const sendSize = () => {
      if (options.resize && stdout.columns && stdout.rows)
        conn?.send(JSON.stringify({ op: "resize", cols: stdout.columns, rows: stdout.rows }));
    };
    const onInput = (chunk: Buffer | string) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      const at = bytes.indexOf(DETACH);
      if (at >= 0) {
        if (at > 0) conn?.send(bytes.subarray(0, at));
        conn?.close();
        finish();
        return;
      }
      conn?.send(bytes);
    };
    const onEnd = () => {
      conn?.close();
      finish();
    };
    const restore = () => {
      stdin.off("data", onInput);
      stdin.off("end", onEnd);
      if (options.resize) stdout.off("resize", sendSize);
      if (raw) stdin.setRawMode?.(false);
      stdin.pause();
    };
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      restore();
      stopSignals();
      if (raw) stderr.write("\r\n");
      if (error) reject(error);
      else resolve();
    };
    const stopSignals = ctx.io.onSignal(["SIGTERM"], () => {
      conn?.close();
      finish();
    });
    conn = sockets.open(socketUrl(auth.server, path), auth.token, {
      open() {
        ctx.out.note(`Attached to ${options.what}. Detach with Ctrl-]`);
        if (raw) stdin.setRawMode?.(true);
        stdin.on("data", onInput);
        stdin.on("end", onEnd);
        stdin.resume();
        if (options.resize) {
          sendSize();
          stdout.on("resize", sendSize);
        }
      },
      message(data, isBinary) {
        if (!isBinary) {
          const control = controlMessage(data);
          if (control?.op === "error") {
            serverError = control.message ?? "The server reported an error.";
            return;
          }
          if (control) return;
        }
        stdout.write(data);
      },
      close(code, reason) {
        if (code >= 4000) finish(closeFailure(code, serverError ?? (reason || `closed with code ${code}`)));
        else if (serverError) finish(new CliError("socket", ExitCode.failure, serverError));
        else finish();
      },
      error(error) {
        finish(socketFailure(auth.server, error));
      },
    });
  });
}
