import { createSocket } from "node:dgram";
import { createServer } from "node:net";
// The port lives in core; until core's index re-exports it, it is imported from its file.
import {
  type ContainerDriver,
  type ContainerEvent,
  type ContainerEventFilter,
  type ContainerEventType,
  type ContainerHealth,
  type ContainerInfo,
  type ContainerListFilter,
  type ContainerSpec,
  type ContainerState,
  type ContainerStats,
  DomainError,
  type ExecOptions,
  type ExecOutput,
  type ExecSession,
  type LogLine,
  type LogOptions,
  notFound,
  type PortMapping,
  parseReference,
  parseRestartPolicy,
  validateContainerSpec,
} from "@shipyard/core";
import { demultiplexStream, type EngineFilters, type EngineRecord, type StreamFrame, splitLines } from "./containers-api.ts";
import type { DockerEngineClient } from "./docker-engine-client.ts";
import { isDockerEngineError } from "./engine-error.ts";

export interface DockerContainerDriverOptions {
  /** Network mode of a spec that names none. Default `bridge`. */
  defaultNetworkMode?: string | undefined;
  /** How many lines `inspect` shows of a container that stopped. Default 20. */
  lastOutputLines?: number | undefined;
  /** Whether a host port is free (default: try to bind it). Tests and remote engines replace it. */
  isHostPortFree?: ((port: number, protocol: "tcp" | "udp", hostIp: string | undefined) => Promise<boolean>) | undefined;
}

const MB = 1024 * 1024;
const NS_PER_S = 1_000_000_000;
const ZERO_TIME = "0001-01-01T00:00:00Z";

/** `ContainerDriver` over the Docker Engine API (`DockerEngineClient`); no vendor type crosses the port. */
export class DockerContainerDriver implements ContainerDriver {
  private readonly client: DockerEngineClient;
  private readonly defaultNetworkMode: string;
  private readonly lastOutputLines: number;
  private readonly isHostPortFree: (port: number, protocol: "tcp" | "udp", hostIp: string | undefined) => Promise<boolean>;

  constructor(client: DockerEngineClient, options: DockerContainerDriverOptions = {}) {
    this.client = client;
    this.defaultNetworkMode = options.defaultNetworkMode ?? "bridge";
    this.lastOutputLines = options.lastOutputLines ?? 20;
    this.isHostPortFree = options.isHostPortFree ?? canBind;
  }

  async deploy(input: ContainerSpec, signal?: AbortSignal): Promise<ContainerInfo> {
    const spec = validateContainerSpec({ ...input, networkMode: input.networkMode ?? this.defaultNetworkMode });
    for (const p of spec.ports ?? []) {
      if (p.host === undefined) continue;
      const protocol = p.protocol ?? "tcp";
      if (!(await this.isHostPortFree(p.host, protocol, p.hostIp))) {
        throw new DomainError("conflict", `Host port ${p.host}/${protocol} is already in use.`, {
          issues: [{ path: "ports", message: `Host port ${p.host}/${protocol} is taken.` }],
          suggestion: "Pick another host port, or leave it out to let the engine choose one.",
        });
      }
    }
    if (await this.client.containers.inspect(spec.name, signal)) {
      throw new DomainError("conflict", `A container named ${spec.name} already exists.`, {
        suggestion: "Choose another name, or remove the existing container first.",
      });
    }
    await this.ensureImage(spec.image, signal);
    const { id } = await this.client.containers.create(spec.name, createBody(spec), signal);
    try {
      await this.client.containers.start(id, signal);
    } catch (e) {
      await this.client.containers.remove(id, { force: true }).catch(() => undefined);
      if (isDockerEngineError(e) && e.engineMessage) {
        throw new DomainError("invalid_input", `Container ${spec.name} could not start: ${e.engineMessage}`, {
          cause: e,
          suggestion: "Check the command and the image: the engine could not run it.",
        });
      }
      throw e;
    }
    return this.inspect(id);
  }

  async start(id: string): Promise<void> {
    await this.known(id, () => this.client.containers.start(id));
  }

  async stop(id: string, timeoutS = 10): Promise<void> {
    await this.known(id, () => this.client.containers.stop(id, timeoutS));
  }

  async restart(id: string, timeoutS = 10): Promise<void> {
    await this.known(id, () => this.client.containers.restart(id, timeoutS));
  }

  async remove(id: string, force = false): Promise<void> {
    try {
      await this.known(id, () => this.client.containers.remove(id, { force }));
    } catch (e) {
      if (isDockerEngineError(e) && e.code === "conflict") {
        throw new DomainError("conflict", `Container ${id} is running and was not removed.`, {
          cause: e,
          suggestion: "Stop it first, or remove it with force.",
        });
      }
      throw e;
    }
  }

  async inspect(id: string): Promise<ContainerInfo> {
    const raw = await this.client.containers.inspect(id);
    if (!raw) throw notFound("Container", id);
    const info = infoFromInspect(raw);
    if (info.state !== "running" && info.state !== "paused" && info.state !== "restarting" && info.state !== "created") {
      const lines: string[] = [];
      for await (const l of this.logs(info.id, { tail: this.lastOutputLines })) lines.push(l.line);
      info.lastOutput = lines;
    }
    return info;
  }

  async *list(filter: ContainerListFilter = {}): AsyncIterable<ContainerInfo> {
    const filters: EngineFilters = { label: labelFilters(filter.labels) };
    if (filter.name) filters.name = [filter.name];
    if (filter.state && filter.state !== "error") filters.status = [filter.state];
    const all = filter.all ?? true;
    for (const raw of await this.client.containers.list({ all, filters })) {
      const info = infoFromSummary(raw);
      if (filter.state && info.state !== filter.state) continue;
      yield info;
    }
  }

  async *logs(id: string, options: LogOptions = {}): AsyncIterable<LogLine> {
    const raw = await this.client.containers.inspect(id, options.signal);
    if (!raw) throw notFound("Container", id);
    const tty = record(raw.Config).Tty === true;
    const res = await this.client.containers.logs(id, {
      follow: options.follow,
      since: options.since ? options.since.getTime() / 1000 : undefined,
      tail: options.tail,
      timestamps: true,
      signal: options.signal,
    });
    const frames: AsyncIterable<StreamFrame> = tty
      ? (async function* () {
          for await (const chunk of res.body as AsyncIterable<Buffer>) yield { stream: "stdout" as const, data: chunk };
        })()
      : demultiplexStream(res.body);
    try {
      for await (const { stream, line } of splitLines(frames)) {
        const { at, text } = splitTimestamp(line);
        yield { stream: stream === "stderr" ? "stderr" : "stdout", line: text, at };
      }
    } catch (e) {
      if (options.signal?.aborted) return;
      throw e;
    } finally {
      res.body.destroy();
    }
  }

  async exec(id: string, options: ExecOptions): Promise<ExecSession> {
    const tty = options.tty ?? false;
    const env = options.env ? Object.entries(options.env).map(([k, v]) => `${k}=${v}`) : undefined;
    let execId: string;
    try {
      execId = await this.client.exec.create(id, {
        cmd: options.cmd,
        tty,
        stdin: options.stdin ?? true,
        env,
        workingDir: options.workingDir,
        user: options.user,
      });
    } catch (e) {
      if (isDockerEngineError(e) && e.status === 404) throw notFound("Container", id);
      if (isDockerEngineError(e) && e.status === 409) {
        throw new DomainError("conflict", `Container ${id} is not running: nothing can be run inside it.`, {
          cause: e,
          suggestion: "Start the container first.",
        });
      }
      throw e;
    }
    const conn = await this.client.exec.start(execId, tty);
    const execApi = this.client.exec;
    const output: AsyncIterable<ExecOutput> = (async function* () {
      for await (const f of conn.output) {
        if (f.stream === "stdin") continue;
        yield { stream: f.stream, data: new Uint8Array(f.data.buffer, f.data.byteOffset, f.data.byteLength) };
      }
    })();
    return {
      id: execId,
      output,
      write: (data) => conn.write(data),
      closeStdin: () => conn.closeStdin(),
      resize: (size) => execApi.resize(execId, size),
      wait: async () => {
        const deadline = Date.now() + 30_000;
        for (;;) {
          const state = await execApi.inspect(execId);
          if (!state.running || Date.now() > deadline) return { exitCode: state.running ? undefined : state.exitCode };
          await new Promise((r) => setTimeout(r, 50));
        }
      },
      close: () => conn.close(),
    };
  }

  async stats(id: string): Promise<ContainerStats> {
    const raw = await this.known(id, () => this.client.containers.stats(id));
    return statsFrom(raw);
  }

  async *statsStream(id: string, signal?: AbortSignal): AsyncIterable<ContainerStats> {
    const stream = this.client.containers.statsStream(id, signal);
    for await (const raw of stream) {
      // The engine's first sample has no previous reading: its CPU figure is 0.
      if (record(raw).read === ZERO_TIME) continue;
      yield statsFrom(raw);
    }
  }

  async *events(filter: ContainerEventFilter = {}): AsyncIterable<ContainerEvent> {
    const filters: EngineFilters = { type: ["container"], label: labelFilters(filter.labels) };
    if (filter.containerId) filters.container = [filter.containerId];
    for await (const raw of this.client.containers.events({
      filters,
      since: filter.since ? Math.floor(filter.since.getTime() / 1000) : undefined,
      until: filter.until ? Math.ceil(filter.until.getTime() / 1000) : undefined,
      signal: filter.signal,
    })) {
      const event = eventFrom(raw);
      if (!event) continue;
      if (filter.since && event.at < filter.since) continue;
      yield event;
    }
  }

  /** Pulls the image through the engine when it does not have it. */
  private async ensureImage(image: string, signal: AbortSignal | undefined): Promise<void> {
    if (await this.client.images.inspect(image, signal)) return;
    const parsed = parseReference(image, { mode: "docker" });
    if (!parsed.ok) throw new DomainError("invalid_input", `"${image}" is not an image reference: ${parsed.error}.`);
    const ref = parsed.ref;
    try {
      for await (const _ of this.client.images.pull(
        { repository: ref.name, tag: ref.digest ?? ref.tag ?? "latest" },
        { signal },
      )) {
        // Progress is not reported through the port.
      }
    } catch (e) {
      if (signal?.aborted) throw e;
      const code =
        isDockerEngineError(e) && e.code === "not_found" ? "not_found" : isDockerEngineError(e) ? e.code : "unavailable";
      const words = isDockerEngineError(e) ? (e.engineMessage ?? e.message) : String(e);
      throw new DomainError(
        code === "invalid_input" || code === "internal" ? "unavailable" : code,
        `Image ${image} is not on the engine and could not be pulled: ${words}`,
        {
          cause: e,
          suggestion:
            code === "not_found"
              ? "Check the image name and tag."
              : "Check that the image's registry is reachable from the Docker engine, or load the image onto the engine.",
        },
      );
    }
    if (!(await this.client.images.inspect(image, signal))) {
      throw new DomainError("not_found", `Image ${image} was pulled but the engine does not show it.`);
    }
  }

  /** Runs an engine call; a 404 becomes the port's `not_found` for the container. */
  private async known<T>(id: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (e) {
      if (isDockerEngineError(e) && e.status === 404) throw notFound("Container", id);
      throw e;
    }
  }
}

function createBody(spec: ContainerSpec): EngineRecord {
  const exposed: Record<string, Record<string, never>> = {};
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const p of spec.ports ?? []) {
    const key = `${p.container}/${p.protocol ?? "tcp"}`;
    exposed[key] = {};
    const list = bindings[key] ?? [];
    list.push({ HostIp: p.hostIp ?? "", HostPort: p.host === undefined ? "" : String(p.host) });
    bindings[key] = list;
  }
  const restart = parseRestartPolicy(spec.restartPolicy ?? "no") ?? { name: "no", maximumRetryCount: 0 };
  const hc = spec.healthCheck;
  return {
    Image: spec.image,
    Entrypoint: spec.command,
    Cmd: spec.args,
    WorkingDir: spec.workingDir,
    Env: Object.entries(spec.env ?? {}).map(([k, v]) => `${k}=${v}`),
    Labels: spec.labels ?? {},
    ExposedPorts: exposed,
    Tty: false,
    AttachStdout: false,
    AttachStderr: false,
    Healthcheck: hc
      ? {
          Test: typeof hc.test === "string" ? ["CMD-SHELL", hc.test] : ["CMD", ...hc.test],
          Interval: hc.intervalS === undefined ? undefined : Math.round(hc.intervalS * NS_PER_S),
          Timeout: hc.timeoutS === undefined ? undefined : Math.round(hc.timeoutS * NS_PER_S),
          Retries: hc.retries,
        }
      : undefined,
    HostConfig: {
      NetworkMode: spec.networkMode,
      PortBindings: bindings,
      Mounts: (spec.volumes ?? []).map((v) => ({
        Type: v.source.startsWith("/") ? "bind" : "volume",
        Source: v.source,
        Target: v.target,
        ReadOnly: v.readOnly ?? false,
      })),
      RestartPolicy: { Name: restart.name, MaximumRetryCount: restart.maximumRetryCount },
      NanoCpus: spec.cpuLimit === undefined ? undefined : Math.round(spec.cpuLimit * NS_PER_S),
      Memory: spec.memoryLimitMb === undefined ? undefined : Math.round(spec.memoryLimitMb * MB),
    },
  };
}

const record = (v: unknown): EngineRecord =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as EngineRecord) : {};
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

function labelsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(record(v))) if (typeof val === "string") out[k] = val;
  return out;
}

function labelFilters(labels: Readonly<Record<string, string | undefined>> | undefined): string[] {
  return Object.entries(labels ?? {}).map(([k, v]) => (v === undefined ? k : `${k}=${v}`));
}

function dateOf(v: unknown): Date | undefined {
  const s = str(v);
  if (!s || s.startsWith("0001-01-01")) return undefined;
  const d = new Date(trimNanos(s));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** `2026-01-01T00:00:00.123456789Z` → milliseconds precision, which `Date` parses everywhere. */
const trimNanos = (s: string): string => s.replace(/(\.\d{3})\d+/, "$1");

const STATES: Record<string, ContainerState> = {
  created: "created",
  running: "running",
  paused: "paused",
  restarting: "restarting",
  exited: "exited",
  dead: "dead",
  removing: "dead",
};

function healthOf(v: unknown): ContainerHealth | undefined {
  return v === "starting" || v === "healthy" || v === "unhealthy" ? v : undefined;
}

function infoFromInspect(raw: EngineRecord): ContainerInfo {
  const state = record(raw.State);
  const config = record(raw.Config);
  const host = record(raw.HostConfig);
  let status: ContainerState = STATES[str(state.Status) ?? ""] ?? "error";
  const error = str(state.Error) || undefined;
  if (error && status !== "running") status = "error";
  const stopped = status === "exited" || status === "dead" || status === "error";
  const actual = portsFrom(record(record(raw.NetworkSettings).Ports));
  return {
    id: str(raw.Id) ?? "",
    name: (str(raw.Name) ?? "").replace(/^\//, ""),
    image: str(config.Image) ?? str(raw.Image) ?? "",
    state: status,
    exitCode: stopped ? num(state.ExitCode) : undefined,
    error,
    oomKilled: state.OOMKilled === true ? true : undefined,
    health: healthOf(record(state.Health).Status),
    createdAt: dateOf(raw.Created),
    startedAt: dateOf(state.StartedAt),
    finishedAt: stopped ? dateOf(state.FinishedAt) : undefined,
    ports: actual.length > 0 ? actual : portsFrom(record(host.PortBindings)),
    labels: labelsOf(config.Labels),
  };
}

/** `{"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}` → port mappings. */
function portsFrom(map: EngineRecord): PortMapping[] {
  const out: PortMapping[] = [];
  for (const [key, bindings] of Object.entries(map)) {
    const [port, proto] = key.split("/");
    const container = Number(port);
    if (!Number.isInteger(container)) continue;
    const protocol = proto === "udp" ? "udp" : "tcp";
    const list = Array.isArray(bindings) ? bindings : [];
    if (list.length === 0) out.push({ container, protocol });
    for (const b of list) {
      const hostPort = Number(str(record(b).HostPort));
      const hostIp = str(record(b).HostIp) || undefined;
      out.push({ container, protocol, host: hostPort > 0 ? hostPort : undefined, hostIp });
    }
  }
  return out;
}

function infoFromSummary(raw: EngineRecord): ContainerInfo {
  const statusText = str(raw.Status) ?? "";
  const state = STATES[str(raw.State) ?? ""] ?? "error";
  const exit = /^Exited \((-?\d+)\)/.exec(statusText);
  const health = /\((healthy|unhealthy)\)|\(health: starting\)/.exec(statusText);
  const names = Array.isArray(raw.Names) ? raw.Names : [];
  const ports: PortMapping[] = (Array.isArray(raw.Ports) ? raw.Ports : []).map((p) => {
    const r = record(p);
    return {
      container: num(r.PrivatePort),
      host: num(r.PublicPort) || undefined,
      protocol: r.Type === "udp" ? "udp" : "tcp",
      hostIp: str(r.IP) || undefined,
    };
  });
  return {
    id: str(raw.Id) ?? "",
    name: (str(names[0]) ?? "").replace(/^\//, ""),
    image: str(raw.Image) ?? "",
    state,
    exitCode: exit?.[1] !== undefined ? Number(exit[1]) : undefined,
    health: health ? (health[1] === undefined ? "starting" : healthOf(health[1])) : undefined,
    createdAt: typeof raw.Created === "number" ? new Date(raw.Created * 1000) : undefined,
    ports,
    labels: labelsOf(raw.Labels),
  };
}

/** A log line written with `timestamps=1`: `2026-…Z text`. */
function splitTimestamp(line: string): { at: Date; text: string } {
  const space = line.indexOf(" ");
  if (space > 0) {
    const at = new Date(trimNanos(line.slice(0, space)));
    if (!Number.isNaN(at.getTime())) return { at, text: line.slice(space + 1) };
  }
  return { at: new Date(), text: line };
}

/** The engine's stats (cgroup v1 or v2) → one sample, computed like `docker stats`. */
export function statsFrom(raw: EngineRecord): ContainerStats {
  const cpu = record(raw.cpu_stats);
  const pre = record(raw.precpu_stats);
  const cpuDelta = num(record(cpu.cpu_usage).total_usage) - num(record(pre.cpu_usage).total_usage);
  const systemDelta = num(cpu.system_cpu_usage) - num(pre.system_cpu_usage);
  const perCpu = record(cpu.cpu_usage).percpu_usage;
  const cpus = num(cpu.online_cpus) || (Array.isArray(perCpu) ? perCpu.length : 0) || 1;
  const cpuPercent = cpuDelta > 0 && systemDelta > 0 ? (cpuDelta / systemDelta) * cpus * 100 : 0;

  const mem = record(raw.memory_stats);
  const memStats = record(mem.stats);
  // What `docker stats` shows: usage without the page cache that can be dropped.
  const cache = num(memStats.total_inactive_file) || num(memStats.inactive_file) || num(memStats.cache);
  const used = Math.max(0, num(mem.usage) - cache);

  let netRx = 0;
  let netTx = 0;
  for (const n of Object.values(record(raw.networks))) {
    netRx += num(record(n).rx_bytes);
    netTx += num(record(n).tx_bytes);
  }
  let blockRead = 0;
  let blockWrite = 0;
  const io = record(raw.blkio_stats).io_service_bytes_recursive;
  for (const entry of Array.isArray(io) ? io : []) {
    const op = (str(record(entry).op) ?? "").toLowerCase();
    if (op === "read") blockRead += num(record(entry).value);
    if (op === "write") blockWrite += num(record(entry).value);
  }
  return {
    at: dateOf(raw.read) ?? new Date(),
    cpuPercent,
    memoryUsedMb: used / MB,
    memoryLimitMb: num(mem.limit) / MB,
    netRx,
    netTx,
    blockRead,
    blockWrite,
  };
}

const EVENT_TYPES = new Set<string>([
  "create",
  "start",
  "restart",
  "stop",
  "kill",
  "die",
  "oom",
  "pause",
  "unpause",
  "destroy",
  "health_status",
]);

function eventFrom(raw: EngineRecord): ContainerEvent | undefined {
  if (str(raw.Type) !== "container") return undefined;
  const action = str(raw.Action) ?? str(raw.status) ?? "";
  const actor = record(raw.Actor);
  const attrs = record(actor.Attributes);
  const head = action.split(":")[0]?.trim() ?? "";
  const type = (EVENT_TYPES.has(head) ? head : "other") as ContainerEventType;
  const nanos = typeof raw.timeNano === "number" ? raw.timeNano : num(raw.time) * NS_PER_S;
  const exitCode = str(attrs.exitCode);
  return {
    type,
    action,
    containerId: str(actor.ID) ?? str(raw.id) ?? "",
    name: str(attrs.name),
    image: str(attrs.image),
    at: new Date(Math.floor(nanos / 1_000_000)),
    exitCode: exitCode !== undefined && /^-?\d+$/.test(exitCode) ? Number(exitCode) : undefined,
    health: type === "health_status" ? healthOf(action.split(":")[1]?.trim()) : undefined,
    attributes: Object.fromEntries(Object.entries(attrs).filter((e): e is [string, string] => typeof e[1] === "string")),
  };
}

/** Whether a host port can be bound now (the engine would fail later, less clearly, when it cannot). */
function canBind(port: number, protocol: "tcp" | "udp", hostIp: string | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (protocol === "udp") {
      const sock = createSocket(hostIp?.includes(":") ? "udp6" : "udp4");
      sock.once("error", (e: NodeJS.ErrnoException) => {
        sock.close();
        resolve(e.code !== "EADDRINUSE");
      });
      sock.bind({ port, address: hostIp || undefined, exclusive: true }, () => sock.close(() => resolve(true)));
      return;
    }
    const server = createServer();
    server.once("error", (e: NodeJS.ErrnoException) => resolve(e.code !== "EADDRINUSE"));
    server.listen({ port, host: hostIp || undefined, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
