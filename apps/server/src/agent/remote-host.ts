import type { Duplex } from "node:stream";
import {
  type ContainerDriver,
  type ContainerEvent,
  type ContainerEventFilter,
  type ContainerInfo,
  type ContainerListFilter,
  type ContainerSpec,
  type ContainerStats,
  DomainError,
  type ExecOptions,
  type ExecOutput,
  type ExecSession,
  type FunctionRuntime,
  type FunctionRuntimeStats,
  type FunctionVersion,
  type HostConnection,
  type HostConnector,
  type HostVmDriver,
  type Invocation,
  type InvokeOptions,
  type LogLine,
  type LogOptions,
  type RuntimeAvailability,
  type StoredHost,
  type VmDriverAvailability,
  type VmDriverCapabilities,
  type VmHandle,
  type VmMetrics,
  type VmRestoreSpec,
  type VmSnapshotInfo,
  type VmSpec,
  type VmStatus,
  type VmStopOptions,
  type VmStopResult,
} from "@shipyard/core";
import { createWebSocketStream, WebSocket } from "ws";
import { decode, encode, errorFromWire, type WireError } from "./wire.ts";

/** Talks to one agent's API (see agent-api.ts) with the host's credential. */
export class AgentClient {
  readonly baseUrl: string;
  readonly host: string;
  readonly #secret: string;
  readonly #timeoutMs: number;

  constructor(options: { baseUrl: string; secret: string; host: string; timeoutMs?: number }) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.#secret = options.secret;
    this.host = options.host;
    this.#timeoutMs = options.timeoutMs ?? 120_000;
  }

  #unreachable(e: unknown): DomainError {
    return new DomainError(
      "unavailable",
      `The agent of host ${this.host} at ${this.baseUrl} cannot be reached: ${(e as Error).message}`,
      {
        suggestion: "Check that `shipyard agent` runs on that host and that the server can reach its address.",
      },
    );
  }

  async #post(path: string, args: unknown[], signal?: AbortSignal): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${this.#secret}`, "content-type": "application/x-shipyard-wire" },
        body: encode({ args }),
        signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(this.#timeoutMs)]) : AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (e) {
      throw this.#unreachable(e);
    }
    if (!res.ok) {
      const text = await res.text();
      let wire: WireError | undefined;
      try {
        wire = decode<WireError>(text);
      } catch {
        // not ours: fall through
      }
      if (wire?.error) throw errorFromWire(wire.error, this.host);
      throw new DomainError("unavailable", `The agent of host ${this.host} answered ${res.status}: ${text.slice(0, 200)}`);
    }
    return res;
  }

  async call<T>(target: string, method: string, args: unknown[]): Promise<T> {
    const res = await this.#post(`/agent/v1/call/${target}/${method}`, args);
    return decode<{ result: T }>(await res.text()).result;
  }

  async *stream<T>(target: string, method: string, args: unknown[], signal?: AbortSignal): AsyncIterable<T> {
    const ctl = new AbortController();
    const onAbort = () => ctl.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      // streams may follow for hours: no overall timeout, only the caller's signal
      let res: Response;
      try {
        res = await fetch(`${this.baseUrl}/agent/v1/stream/${target}/${method}`, {
          method: "POST",
          headers: { authorization: `Bearer ${this.#secret}`, "content-type": "application/x-shipyard-wire" },
          body: encode({ args }),
          signal: ctl.signal,
        });
      } catch (e) {
        if (signal?.aborted) return;
        throw this.#unreachable(e);
      }
      if (!res.ok || !res.body) {
        const wire = decode<WireError>(await res.text());
        throw errorFromWire(wire.error, this.host);
      }
      const decoder = new TextDecoder();
      let buffered = "";
      try {
        for await (const chunk of res.body) {
          buffered += decoder.decode(chunk, { stream: true });
          let nl = buffered.indexOf("\n");
          while (nl >= 0) {
            const text = buffered.slice(0, nl);
            buffered = buffered.slice(nl + 1);
            nl = buffered.indexOf("\n");
            if (!text) continue;
            const msg = decode<{ item?: T } & Partial<WireError>>(text);
            if (msg.error) throw errorFromWire(msg.error, this.host);
            yield msg.item as T;
          }
        }
      } catch (e) {
        if (signal?.aborted || ctl.signal.aborted) return;
        if (e instanceof DomainError) throw e;
        throw this.#unreachable(e);
      }
    } finally {
      signal?.removeEventListener("abort", onAbort);
      ctl.abort();
    }
  }

  /** Opens an agent socket and waits for its first frame: `{ ok }` or an error. */
  socket(path: string): Promise<WebSocket> {
    const url = `${this.baseUrl.replace(/^http/, "ws")}${path}`;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: { authorization: `Bearer ${this.#secret}` }, handshakeTimeout: 10_000 });
      ws.once("message", (data, isBinary) => {
        ws.removeAllListeners("error");
        if (isBinary) return reject(new DomainError("internal", "The agent's socket did not start with a status frame."));
        const msg = JSON.parse(data.toString()) as { ok?: boolean } & Partial<WireError>;
        if (msg.error) {
          ws.close();
          reject(errorFromWire(msg.error, this.host));
        } else resolve(ws);
      });
      ws.once("error", (e) => reject(this.#unreachable(e)));
    });
  }
}

export class RemoteVmDriver implements HostVmDriver {
  readonly name: string;
  readonly #agent: AgentClient;
  readonly #caps: VmDriverCapabilities;

  constructor(
    agent: AgentClient,
    info: { driver?: string | undefined; capabilities?: Partial<VmDriverCapabilities> | undefined },
  ) {
    this.#agent = agent;
    this.name = info.driver ?? "remote";
    this.#caps = {
      driveRateLimits: false,
      nicRateLimits: false,
      snapshots: false,
      tapNetworking: false,
      userNetworking: true,
      adopt: false,
      ctrlAltDel: false,
      ...info.capabilities,
    };
  }

  capabilities(): VmDriverCapabilities {
    return { ...this.#caps };
  }
  available() {
    return this.#agent.call<VmDriverAvailability>("vm", "available", []);
  }
  create(spec: VmSpec) {
    return this.#agent.call<VmHandle>("vm", "create", [spec]);
  }
  start(id: string) {
    return this.#agent.call<void>("vm", "start", [id]);
  }
  stop(id: string, options?: VmStopOptions) {
    return this.#agent.call<VmStopResult>("vm", "stop", [id, options]);
  }
  pause(id: string) {
    return this.#agent.call<void>("vm", "pause", [id]);
  }
  resume(id: string) {
    return this.#agent.call<void>("vm", "resume", [id]);
  }
  ctrlAltDel(id: string) {
    return this.#agent.call<void>("vm", "ctrlAltDel", [id]);
  }
  status(id: string) {
    return this.#agent.call<VmStatus>("vm", "status", [id]);
  }
  metrics(id: string) {
    return this.#agent.call<VmMetrics>("vm", "metrics", [id]);
  }
  delete(id: string) {
    return this.#agent.call<void>("vm", "delete", [id]);
  }
  adopt(id: string) {
    return this.#agent.call<VmHandle>("vm", "adopt", [id]);
  }
  list(): AsyncIterable<VmHandle> {
    return this.#agent.stream<VmHandle>("vm", "list", []);
  }
  async console(id: string): Promise<Duplex> {
    const ws = await this.#agent.socket(`/agent/v1/vm-console/${encodeURIComponent(id)}`);
    return createWebSocketStream(ws);
  }
  reconfigure(id: string, spec: VmSpec) {
    return this.#agent.call<void>("vm", "reconfigure", [id, spec]);
  }
  /** The snapshot folder is on the agent's host; restore it there. */
  snapshot(id: string, dir: string) {
    return this.#agent.call<VmSnapshotInfo>("vm", "snapshot", [id, dir]);
  }
  restore(snapshotDir: string, spec: VmRestoreSpec) {
    return this.#agent.call<VmHandle>("vm", "restore", [snapshotDir, spec]);
  }
  deleteSnapshot(snapshotDir: string) {
    return this.#agent.call<void>("vm", "deleteSnapshot", [snapshotDir]);
  }
}

export class RemoteContainerDriver implements ContainerDriver {
  readonly #agent: AgentClient;
  constructor(agent: AgentClient) {
    this.#agent = agent;
  }
  deploy(spec: ContainerSpec) {
    return this.#agent.call<ContainerInfo>("container", "deploy", [spec]);
  }
  start(id: string) {
    return this.#agent.call<void>("container", "start", [id]);
  }
  stop(id: string, timeoutS?: number) {
    return this.#agent.call<void>("container", "stop", [id, timeoutS]);
  }
  restart(id: string, timeoutS?: number) {
    return this.#agent.call<void>("container", "restart", [id, timeoutS]);
  }
  remove(id: string, force?: boolean) {
    return this.#agent.call<void>("container", "remove", [id, force]);
  }
  inspect(id: string) {
    return this.#agent.call<ContainerInfo>("container", "inspect", [id]);
  }
  stats(id: string) {
    return this.#agent.call<ContainerStats>("container", "stats", [id]);
  }
  list(filter?: ContainerListFilter): AsyncIterable<ContainerInfo> {
    return this.#agent.stream<ContainerInfo>("container", "list", [filter]);
  }
  logs(id: string, options: LogOptions = {}): AsyncIterable<LogLine> {
    const { signal, ...rest } = options;
    return this.#agent.stream<LogLine>("container", "logs", [id, rest], signal);
  }
  statsStream(id: string, signal?: AbortSignal): AsyncIterable<ContainerStats> {
    return this.#agent.stream<ContainerStats>("container", "statsStream", [id], signal);
  }
  events(filter: ContainerEventFilter = {}): AsyncIterable<ContainerEvent> {
    const { signal, ...rest } = filter;
    return this.#agent.stream<ContainerEvent>("container", "events", [rest], signal);
  }
  async exec(id: string, options: ExecOptions): Promise<ExecSession> {
    const ws = await this.#agent.socket(
      `/agent/v1/exec/${encodeURIComponent(id)}?options=${encodeURIComponent(encode(options))}`,
    );
    return new SocketExecSession(ws, id);
  }
}

/** An exec session whose process runs on another host, over the agent's exec socket. */
class SocketExecSession implements ExecSession {
  readonly id: string;
  readonly output: AsyncIterable<ExecOutput>;
  readonly #ws: WebSocket;
  readonly #exited: Promise<{ exitCode: number | undefined }>;

  constructor(ws: WebSocket, id: string) {
    this.#ws = ws;
    this.id = id;
    const queue: ExecOutput[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    let resolveExit: (v: { exitCode: number | undefined }) => void = () => undefined;
    this.#exited = new Promise((r) => {
      resolveExit = r;
    });
    ws.on("message", (data: Buffer, isBinary: boolean) => {
      if (isBinary) {
        queue.push({ stream: data[0] === 2 ? "stderr" : "stdout", data: new Uint8Array(data.subarray(1)) });
      } else {
        const msg = JSON.parse(data.toString()) as { op?: string; exitCode?: number | null };
        if (msg.op === "exit") resolveExit({ exitCode: msg.exitCode ?? undefined });
      }
      wake?.();
    });
    ws.on("close", () => {
      done = true;
      resolveExit({ exitCode: undefined });
      wake?.();
    });
    const self = this;
    this.output = {
      async *[Symbol.asyncIterator]() {
        try {
          while (true) {
            const next = queue.shift();
            if (next) {
              yield next;
              continue;
            }
            if (done) return;
            await new Promise<void>((r) => {
              wake = r;
            });
            wake = undefined;
          }
        } finally {
          if (!done) self.close();
        }
      },
    };
  }

  async write(data: Uint8Array | string) {
    this.#ws.send(typeof data === "string" ? Buffer.from(data) : data, { binary: true });
  }
  closeStdin() {
    this.#ws.send(JSON.stringify({ op: "close-stdin" }));
  }
  async resize(size: { cols: number; rows: number }) {
    this.#ws.send(JSON.stringify({ op: "resize", ...size }));
  }
  wait() {
    return this.#exited;
  }
  close() {
    this.#ws.close();
  }
}

export class RemoteFunctionRuntime implements FunctionRuntime {
  readonly #agent: AgentClient;
  readonly #runtimes: RuntimeAvailability[];
  constructor(agent: AgentClient, runtimes: RuntimeAvailability[]) {
    this.#agent = agent;
    this.#runtimes = runtimes;
  }
  async runtimes() {
    return this.#runtimes;
  }
  async invoke(fn: FunctionVersion, event: unknown, options: InvokeOptions = {}): Promise<Invocation> {
    const { signal, onLog, ...rest } = options;
    for await (const item of this.#agent.stream<{ log?: { line: string; stream: "stdout" | "stderr" }; result?: Invocation }>(
      "functions",
      "invoke",
      [fn, event, rest],
      signal,
    )) {
      if (item.log) onLog?.(item.log.line, item.log.stream);
      if (item.result) return item.result;
    }
    throw new DomainError("unavailable", `The agent of host ${this.#agent.host} ended the invocation without a result.`);
  }
  evict(functionId: string) {
    return this.#agent.call<void>("functions", "evict", [functionId]);
  }
  stats(): FunctionRuntimeStats {
    return { instances: [], totalInstances: 0 };
  }
  async close() {}
}

/** Reaches hosts' drivers: the local host's in-process, every other host through its agent. */
export class AgentHostConnector implements HostConnector {
  readonly #local: HostConnection | undefined;
  readonly #localId: string | undefined;

  constructor(local?: { id: string; connection: HostConnection }) {
    this.#local = local?.connection;
    this.#localId = local?.id;
  }

  connect(host: StoredHost, secret: string | undefined): HostConnection {
    if (host.local) {
      if (host.id === this.#localId && this.#local) return this.#local;
      // another server process's embedded host: reachable only when it serves the agent API (cluster mode)
      if (!host.address.startsWith("http")) return {};
    }
    if (!secret) throw new DomainError("internal", `Host ${host.name} has no stored credential.`);
    const agent = new AgentClient({ baseUrl: host.address, secret, host: host.name });
    return {
      vm: host.runtimes.vms.available ? new RemoteVmDriver(agent, host.runtimes.vms) : undefined,
      containers: host.runtimes.containers.available ? new RemoteContainerDriver(agent) : undefined,
      functions: new RemoteFunctionRuntime(agent, host.runtimes.functions),
    };
  }
}
