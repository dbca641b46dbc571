import { timingSafeEqual } from "node:crypto";
import { DomainError, type ExecOptions, type HostConnection } from "@shipyard/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { WebSocket } from "ws";
import { bufferInput } from "../events/workload-sockets.ts";
import { statusOf } from "../http/problem.ts";
import { decode, encode, errorToWire } from "./wire.ts";

/**
 * The agent's own HTTP API: what the server calls to drive this host. Only the server that
 * registered the agent knows its credential; every request must carry it as a bearer token.
 *
 * - `POST /agent/v1/call/:target/:method` — one driver call; body `{ args }`, answer `{ result }`
 * - `POST /agent/v1/stream/:target/:method` — a driver call that yields items, as NDJSON lines
 *   `{ item }` … (an `{ error }` line when it fails midway); closing the request stops it
 * - `WS /agent/v1/vm-console/:id` — the serial console, bytes both ways
 * - `WS /agent/v1/exec/:id?options=<json>` — a command in a container: binary frames are output
 *   (first byte 1 = stdout, 2 = stderr) and input; text frames carry `resize`, `close-stdin`, `exit`
 *
 * The first frame of both sockets is a text frame `{ ok: true }` or `{ error }`.
 */

type Target = "vm" | "container" | "functions";

/** Calls the server may make. Anything else is refused: the agent is not a general RPC endpoint. */
const UNARY: Record<Target, readonly string[]> = {
  vm: [
    "available",
    "create",
    "start",
    "stop",
    "pause",
    "resume",
    "ctrlAltDel",
    "status",
    "metrics",
    "delete",
    "adopt",
    "snapshot",
    "restore",
    "deleteSnapshot",
    "reconfigure",
  ],
  container: ["deploy", "start", "stop", "restart", "remove", "inspect", "stats"],
  functions: ["runtimes", "evict", "stats"],
};
const STREAMS: Record<Target, readonly string[]> = {
  vm: ["list"],
  container: ["list", "logs", "statsStream", "events"],
  functions: ["invoke"],
};

export interface AgentApiDeps {
  connection: HostConnection;
  /** The credential the server must present (undefined until the agent has registered). */
  secret: () => string | undefined;
}

const fail = (reply: FastifyReply, e: unknown) => {
  const wire = errorToWire(e);
  return reply.code(statusOf[wire.error.code] ?? 500).send(wire);
};

export function registerAgentApi(app: FastifyInstance, deps: AgentApiDeps) {
  const driverOf = (target: string): Record<string, unknown> => {
    const d =
      target === "vm" ? deps.connection.vm : target === "container" ? deps.connection.containers : deps.connection.functions;
    if (!d) throw new DomainError("unavailable", `This host has no ${target} runtime.`);
    return d as unknown as Record<string, unknown>;
  };
  const method = (table: Record<Target, readonly string[]>, target: string, name: string) => {
    if (!(target in table) || !table[target as Target].includes(name)) {
      throw new DomainError("not_found", `The agent has no call ${target}.${name}.`);
    }
    const d = driverOf(target);
    const fn = d[name];
    if (typeof fn !== "function") throw new DomainError("unsupported", `This host's ${target} driver cannot ${name}.`);
    return (...args: unknown[]) => (fn as (...a: unknown[]) => unknown).apply(d, args);
  };

  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith("/agent/v1/")) return;
    const expected = deps.secret();
    const header = req.headers.authorization ?? "";
    const given = header.startsWith("Bearer ") ? header.slice(7) : "";
    const a = Buffer.from(given);
    const b = Buffer.from(expected ?? "");
    if (!expected || a.length !== b.length || !timingSafeEqual(a, b)) {
      return reply
        .code(401)
        .send(errorToWire(new DomainError("unauthenticated", "This agent only answers the server it registered with.")));
    }
  });

  // bodies are wire-encoded JSON (dates and bytes tagged); parse them ourselves
  app.addContentTypeParser("application/x-shipyard-wire", { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, decode(body as string));
    } catch (e) {
      done(e as Error);
    }
  });

  app.post<{ Params: { target: string; method: string }; Body: { args?: unknown[] } }>(
    "/agent/v1/call/:target/:method",
    async (req, reply) => {
      try {
        const call = method(UNARY, req.params.target, req.params.method);
        const result = await call(...(req.body?.args ?? []));
        return reply.type("application/x-shipyard-wire").send(encode({ result: result ?? null }));
      } catch (e) {
        return fail(reply, e);
      }
    },
  );

  app.post<{ Params: { target: string; method: string }; Body: { args?: unknown[] } }>(
    "/agent/v1/stream/:target/:method",
    async (req, reply) => {
      let call: (...a: unknown[]) => unknown;
      try {
        call = method(STREAMS, req.params.target, req.params.method);
      } catch (e) {
        return fail(reply, e);
      }
      const ctl = new AbortController();
      // (the request's own "close" fires once its body is read; the response's when the caller goes away)
      reply.raw.on("close", () => ctl.abort());
      const args = [...(req.body?.args ?? [])];
      const { target, method: name } = req.params;
      // the caller's AbortSignal cannot cross the wire: closing the request is the signal
      if (target === "container" && name === "logs") args[1] = { ...(args[1] as object), signal: ctl.signal };
      if (target === "container" && name === "statsStream") args[1] = ctl.signal;
      if (target === "container" && name === "events") args[0] = { ...(args[0] as object), signal: ctl.signal };
      reply.hijack();
      reply.raw.writeHead(200, { "content-type": "application/x-ndjson", "cache-control": "no-store" });
      const line = (v: unknown) => reply.raw.write(`${encode(v)}\n`);
      try {
        if (target === "functions" && name === "invoke") {
          const result = await call(args[0], args[1], {
            ...(args[2] as object),
            signal: ctl.signal,
            onLog: (text: string, stream: string) => line({ item: { log: { line: text, stream } } }),
          });
          line({ item: { result } });
        } else {
          for await (const item of call(...args) as AsyncIterable<unknown>) {
            if (ctl.signal.aborted) break;
            line({ item });
          }
        }
      } catch (e) {
        if (!ctl.signal.aborted) line(errorToWire(e));
      }
      reply.raw.end();
    },
  );

  app.get<{ Params: { id: string } }>("/agent/v1/vm-console/:id", { websocket: true }, async (socket: WebSocket, req) => {
    const attach = bufferInput(socket);
    try {
      if (!deps.connection.vm) throw new DomainError("unavailable", "This host has no vm runtime.");
      const stream = await deps.connection.vm.console(req.params.id);
      socket.send(JSON.stringify({ ok: true }));
      attach(stream);
    } catch (e) {
      socket.send(JSON.stringify(errorToWire(e)));
      socket.close(1000, "no console");
    }
  });

  app.get<{ Params: { id: string }; Querystring: { options?: string } }>(
    "/agent/v1/exec/:id",
    { websocket: true },
    async (socket: WebSocket, req) => {
      const pending: { data: Buffer; isBinary: boolean }[] = [];
      let handle: ((data: Buffer, isBinary: boolean) => void) | undefined;
      socket.on("message", (data: Buffer, isBinary: boolean) =>
        handle ? handle(data, isBinary) : pending.push({ data, isBinary }),
      );
      try {
        const options = decode<ExecOptions>(req.query.options ?? "{}");
        const containers = deps.connection.containers;
        if (!containers) throw new DomainError("unavailable", "This host has no container engine.");
        const session = await containers.exec(req.params.id, options);
        socket.send(JSON.stringify({ ok: true }));
        handle = (data, isBinary) => {
          if (isBinary) return void session.write(new Uint8Array(data)).catch(() => undefined);
          const msg = JSON.parse(data.toString("utf8")) as { op?: string; cols?: number; rows?: number };
          if (msg.op === "resize" && msg.cols && msg.rows)
            void session.resize({ cols: msg.cols, rows: msg.rows }).catch(() => undefined);
          else if (msg.op === "close-stdin") session.closeStdin();
        };
        for (const m of pending.splice(0)) handle(m.data, m.isBinary);
        socket.on("close", () => session.close());
        (async () => {
          for await (const chunk of session.output) {
            const frame = Buffer.concat([Buffer.from([chunk.stream === "stderr" ? 2 : 1]), Buffer.from(chunk.data)]);
            socket.send(frame, { binary: true });
          }
          const { exitCode } = await session.wait();
          socket.send(JSON.stringify({ op: "exit", exitCode: exitCode ?? null }));
          socket.close(1000, "exited");
        })().catch(() => socket.close(1011, "exec failed"));
      } catch (e) {
        socket.send(JSON.stringify(errorToWire(e)));
        socket.close(1000, "no exec");
      }
    },
  );
}
