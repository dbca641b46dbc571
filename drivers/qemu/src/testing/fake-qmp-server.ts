import { rm } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";

/**
 * A QMP server that follows conformance/qmp-notes.md: CRLF-terminated JSON, a greeting with
 * `capabilities: ["oob"]`, `CommandNotFound` before `qmp_capabilities`, ids echoed, `stop`/`cont`
 * emitting STOP/RESUME events *before* their reply (clients must skip events while waiting), and
 * `query-status` in the old shape with `singlestep` (clients must ignore unknown keys).
 */
export class FakeQmpServer {
  readonly path: string;
  running = true;
  readonly received: Array<Record<string, unknown>> = [];
  #server: Server;
  #sockets = new Set<Socket>();

  private constructor(path: string, server: Server) {
    this.path = path;
    this.#server = server;
  }

  static async listen(path: string): Promise<FakeQmpServer> {
    await rm(path, { force: true });
    const server = createServer();
    const fake = new FakeQmpServer(path, server);
    server.on("connection", (socket) => fake.#onConnection(socket));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(path, resolve);
    });
    return fake;
  }

  /** Sends an event to every negotiated client. */
  emit(event: string, data?: Record<string, unknown>): void {
    for (const s of this.#sockets) this.#send(s, { event, ...(data ? { data } : {}), timestamp: this.#ts() });
  }

  async close(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    await rm(this.path, { force: true });
  }

  #ts() {
    const ms = Date.now();
    return { seconds: Math.floor(ms / 1000), microseconds: (ms % 1000) * 1000 };
  }

  #send(socket: Socket, message: unknown): void {
    socket.write(`${JSON.stringify(message)}\r\n`);
  }

  #onConnection(socket: Socket): void {
    let negotiated = false;
    let buffer = "";
    this.#send(socket, {
      QMP: { version: { qemu: { micro: 0, minor: 2, major: 7 }, package: "fake" }, capabilities: ["oob"] },
    });
    socket.on("error", () => {});
    socket.on("close", () => this.#sockets.delete(socket));
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (!line) continue;
        let msg: { execute?: string; id?: unknown; arguments?: Record<string, unknown> };
        try {
          msg = JSON.parse(line);
        } catch {
          this.#send(socket, { error: { class: "GenericError", desc: "JSON parse error, expecting value" } });
          continue;
        }
        this.received.push(msg as Record<string, unknown>);
        const reply = (body: Record<string, unknown>) =>
          this.#send(socket, msg.id === undefined ? body : { ...body, id: msg.id });
        if (msg.execute === "qmp_capabilities") {
          negotiated = true;
          this.#sockets.add(socket);
          reply({ return: {} });
        } else if (!negotiated) {
          reply({ error: { class: "CommandNotFound", desc: "Expecting capabilities negotiation with 'qmp_capabilities'" } });
        } else if (msg.execute === "query-status") {
          reply({ return: { running: this.running, singlestep: false, status: this.running ? "running" : "paused" } });
        } else if (msg.execute === "stop") {
          this.running = false;
          this.#send(socket, { event: "STOP", timestamp: this.#ts() });
          reply({ return: {} });
        } else if (msg.execute === "cont") {
          this.running = true;
          this.#send(socket, { event: "RESUME", timestamp: this.#ts() });
          reply({ return: {} });
        } else if (msg.execute === "quit") {
          reply({ return: {} });
          this.#send(socket, { event: "SHUTDOWN", data: { guest: false, reason: "host-qmp-quit" }, timestamp: this.#ts() });
          socket.end();
        } else {
          reply({ error: { class: "CommandNotFound", desc: `The command ${msg.execute} has not been found` } });
        }
      }
    });
  }
}
