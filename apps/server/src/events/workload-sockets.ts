import type { Duplex } from "node:stream";
import type { ContainerService, VmService } from "@shipyard/core";
import type { FastifyInstance } from "fastify";
import type { WebSocket } from "ws";
import type { Authenticator } from "../http/authenticate.ts";
import { authoriseSocket } from "./ws-auth.ts";

/**
 * `/v1/containers/:id/logs/ws` (follows the output, one JSON line per message) and
 * `/v1/containers/:id/shell/ws` (an interactive TTY: binary frames in and out; a JSON text frame
 * `{"op":"resize","cols":…,"rows":…}` resizes).
 */
export function registerContainerSockets(app: FastifyInstance, deps: { auth: Authenticator; containers: ContainerService }) {
  app.get<{ Params: { id: string } }>("/v1/containers/:id/logs/ws", { websocket: true }, async (socket, req) => {
    if (!(await authoriseSocket(socket, req, deps.auth, "workloads:read"))) return;
    const ctl = new AbortController();
    socket.on("close", () => ctl.abort());
    try {
      const lines = await deps.containers.logs(req.params.id, { tail: 100, follow: true, signal: ctl.signal });
      socket.send(JSON.stringify({ op: "ready" }));
      for await (const l of lines) socket.send(JSON.stringify({ stream: l.stream, line: l.line, at: l.at.toISOString() }));
    } catch (e) {
      if (!ctl.signal.aborted) socket.send(JSON.stringify({ op: "error", message: (e as Error).message }));
    }
    socket.close(1000, "end of logs");
  });

  app.get<{ Params: { id: string } }>("/v1/containers/:id/shell/ws", { websocket: true }, async (socket, req) => {
    // input that arrives while the session is being set up is kept, not lost
    const pending: { data: Buffer; isBinary: boolean }[] = [];
    let handle: ((data: Buffer, isBinary: boolean) => void) | undefined;
    socket.on("message", (data: Buffer, isBinary: boolean) =>
      handle ? handle(data, isBinary) : pending.push({ data, isBinary }),
    );
    if (!(await authoriseSocket(socket, req, deps.auth, "workloads:write"))) return;
    let session: Awaited<ReturnType<ContainerService["shell"]>>;
    try {
      session = await deps.containers.shell(req.params.id);
    } catch (e) {
      socket.send(JSON.stringify({ op: "error", message: (e as Error).message }));
      socket.close(4404, "no shell");
      return;
    }
    handle = (data, isBinary) => {
      if (!isBinary) {
        try {
          const msg = JSON.parse(data.toString("utf8")) as { op?: string; cols?: number; rows?: number; data?: string };
          if (msg.op === "resize" && msg.cols && msg.rows)
            void session.resize({ cols: msg.cols, rows: msg.rows }).catch(() => undefined);
          else if (msg.op === "input" && typeof msg.data === "string") void session.write(msg.data);
          return;
        } catch {
          // plain text: treat as input
        }
      }
      void session.write(new Uint8Array(data));
    };
    for (const m of pending.splice(0)) handle(m.data, m.isBinary);
    socket.on("close", () => session.close());
    (async () => {
      for await (const chunk of session.output) socket.send(chunk.data, { binary: true });
      socket.close(1000, "shell exited");
    })().catch(() => socket.close(1011, "shell failed"));
  });
}

/**
 * `/v1/vms/:id/shell/ws` (the serial console: bytes in and out) and `/v1/vms/:id/metrics/ws` (one
 * JSON sample a second, skipping a tick rather than queueing when a sample is slow).
 */
export function registerVmSockets(
  app: FastifyInstance,
  deps: { auth: Authenticator; vms: VmService; sample: (m: Awaited<ReturnType<VmService["metrics"]>>) => unknown },
) {
  app.get<{ Params: { id: string } }>("/v1/vms/:id/shell/ws", { websocket: true }, async (socket, req) => {
    const attach = bufferInput(socket);
    if (!(await authoriseSocket(socket, req, deps.auth, "workloads:write"))) return;
    let stream: Awaited<ReturnType<VmService["console"]>>;
    try {
      stream = await deps.vms.console(req.params.id);
    } catch (e) {
      socket.send(JSON.stringify({ op: "error", message: (e as Error).message }));
      socket.close(4404, "no console");
      return;
    }
    attach(stream);
  });

  app.get<{ Params: { id: string } }>("/v1/vms/:id/metrics/ws", { websocket: true }, async (socket, req) => {
    if (!(await authoriseSocket(socket, req, deps.auth, "workloads:read"))) return;
    let busy = false;
    const tick = async () => {
      if (busy) return;
      busy = true;
      try {
        socket.send(JSON.stringify(deps.sample(await deps.vms.metrics(req.params.id))));
      } catch (e) {
        socket.send(JSON.stringify({ op: "error", message: (e as Error).message }));
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(() => void tick(), 1000);
    void tick();
    socket.on("close", () => clearInterval(timer));
  });
}

/**
 * Keeps what a socket sends while its console is being opened; the returned function then joins
 * socket and console both ways (bytes in, bytes out) and closes each when the other ends.
 */
export function bufferInput(socket: WebSocket): (stream: Duplex) => void {
  const pending: Buffer[] = [];
  let write: ((b: Buffer) => void) | undefined;
  socket.on("message", (data: Buffer) => (write ? write(data) : pending.push(data)));
  return (stream) => {
    write = (b) => stream.write(b);
    for (const b of pending.splice(0)) write(b);
    stream.on("data", (chunk: Buffer) => socket.send(chunk, { binary: true }));
    stream.on("close", () => socket.close(1000, "console closed"));
    stream.on("error", () => socket.close(1011, "console failed"));
    socket.on("close", () => stream.destroy());
  };
}
