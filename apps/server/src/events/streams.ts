import { EventStreamQuery, WsClientMessage } from "@shipyard/contract";
import {
  assertCan,
  type BusEvent,
  type EventBus,
  type EventFilter,
  matchesFilter,
  mayReceive,
  type Principal,
  parseTypes,
  type SharingService,
  toLiveEvent,
} from "@shipyard/core";
import type { FastifyInstance } from "fastify";
import type { Authenticator } from "../http/authenticate.ts";
import { validationError } from "../http/problem.ts";
import type { Metrics } from "../metrics.ts";
import { authoriseSocket } from "./ws-auth.ts";

const HEARTBEAT_MS = 15_000;

/** `GET /v1/events` (Server-Sent Events) and `/v1/ws` (WebSocket): the live event stream, per caller. */
export function registerEventStreams(
  app: FastifyInstance,
  deps: {
    bus: EventBus;
    auth: Authenticator;
    metrics: Metrics;
    sharing: SharingService;
    resolveFunction: (idOrName: string) => Promise<string>;
  },
) {
  /**
   * Subscribes one caller. A client also gets events about what is shared with them; that set is
   * read before the subscription starts and read again whenever sharing changes.
   */
  const deliver = async (principal: Principal, filter: EventFilter, send: (e: BusEvent) => void) => {
    const client = principal.user.role === "client";
    let shared = client ? await deps.sharing.visibleKeys(principal) : undefined;
    const refresh = () =>
      deps.sharing.visibleKeys(principal).then(
        (keys) => {
          shared = keys;
        },
        () => {}, // keep the last known set; the next share event tries again
      );
    return deps.bus.subscribe((event) => {
      if (client && event.type.startsWith("share.")) void refresh();
      if (mayReceive(principal, event, shared) && matchesFilter(event, filter)) send(event);
    });
  };

  app.get("/v1/events", async (req, reply) => {
    const principal = await deps.auth.require(req);
    assertCan(principal, "events:read");
    const q = EventStreamQuery.safeParse(req.query ?? {});
    if (!q.success) throw validationError("query", q.error);
    const filter: EventFilter = { types: parseTypes(q.data.types), kind: q.data.kind, id: q.data.id };
    let send: (e: BusEvent) => void = () => {};
    const unsubscribe = await deliver(principal, filter, (e) => send(e));
    if (req.raw.destroyed) return void unsubscribe(); // the caller left while we read its shares
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
      "x-request-id": req.id,
    });
    res.write("retry: 3000\n: connected\n\n");
    deps.metrics.streams.inc({ kind: "sse" });
    send = (e) => {
      res.write(`id: ${e.id}\nevent: message\ndata: ${JSON.stringify(toLiveEvent(e))}\n\n`);
    };
    const beat = setInterval(() => res.write(": heartbeat\n\n"), HEARTBEAT_MS);
    const done = () => {
      clearInterval(beat);
      unsubscribe();
      deps.metrics.streams.dec({ kind: "sse" });
    };
    req.raw.once("close", done);
  });

  // `/v1/functions/:id/logs/ws`: live log lines and invocation results of one function
  app.get<{ Params: { id: string } }>("/v1/functions/:id/logs/ws", { websocket: true }, async (socket, req) => {
    const principal = await authoriseSocket(socket, req, deps.auth, "workloads:read");
    if (!principal) return;
    const fn = await deps.resolveFunction(req.params.id).catch(() => undefined);
    if (!fn) {
      socket.send(JSON.stringify({ op: "error", message: `Function ${req.params.id} does not exist.` }));
      socket.close(4404, "not found");
      return;
    }
    const unsubscribe = await deliver(principal, { kind: "function", id: fn }, (e) =>
      socket.send(JSON.stringify(toLiveEvent(e))),
    );
    if (socket.readyState !== socket.OPEN) return void unsubscribe();
    socket.send(JSON.stringify({ op: "ready", function: fn }));
    socket.on("close", unsubscribe);
  });

  app.get("/v1/ws", { websocket: true }, async (socket, req) => {
    const principal = await authoriseSocket(socket, req, deps.auth, "events:read");
    if (!principal) return;
    deps.metrics.streams.inc({ kind: "ws" });
    let filter: EventFilter = {};
    const unsubscribe = await deliver(principal, { types: undefined }, (e) => {
      if (matchesFilter(e, filter)) socket.send(JSON.stringify(toLiveEvent(e)));
    });
    if (socket.readyState !== socket.OPEN) {
      unsubscribe();
      deps.metrics.streams.dec({ kind: "ws" });
      return;
    }
    socket.send(JSON.stringify({ op: "ready", user: principal.user.email }));
    socket.on("message", (raw: Buffer) => {
      let msg: unknown;
      try {
        msg = JSON.parse(raw.toString("utf8"));
      } catch {
        socket.send(
          JSON.stringify({ op: "error", message: 'Messages must be JSON, e.g. {"op":"subscribe","types":["audit."]}.' }),
        );
        return;
      }
      const m = WsClientMessage.safeParse(msg);
      if (!m.success) {
        socket.send(JSON.stringify({ op: "error", message: 'Unknown message; send {"op":"subscribe",...} or {"op":"ping"}.' }));
        return;
      }
      if (m.data.op === "ping") socket.send(JSON.stringify({ op: "pong" }));
      else {
        filter = { types: m.data.types, kind: m.data.kind, id: m.data.id };
        socket.send(JSON.stringify({ op: "subscribed", ...filter }));
      }
    });
    socket.on("close", () => {
      unsubscribe();
      deps.metrics.streams.dec({ kind: "ws" });
    });
  });
}
