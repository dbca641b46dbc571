import type { ProblemIssue } from "@shipyard/contract";
import { parseReference } from "../images/reference.ts";
import { DomainError } from "../shared/errors.ts";

/**
 * The `ContainerDriver` port: how Shipyard runs containers on an engine (Docker Engine API first).
 * No I/O here; `drivers/docker-engine` implements it (`DockerContainerDriver`). Nothing an engine's
 * SDK defines crosses this port: only the plain types below.
 */

export type PortProtocol = "tcp" | "udp";

/** A published port: `container` inside, `host` on the host (absent: the engine picks one). */
export interface PortMapping {
  container: number;
  host?: number | undefined;
  protocol?: PortProtocol | undefined;
  /** Host address to bind; default all addresses. */
  hostIp?: string | undefined;
}

/** A host path (absolute) or a named volume, mounted at `target` inside the container. */
export interface VolumeMount {
  source: string;
  target: string;
  readOnly?: boolean | undefined;
}

/** `no`, `always`, `unless-stopped`, `on-failure` or `on-failure:<max retries>`. */
export type RestartPolicy = "no" | "always" | "unless-stopped" | "on-failure" | `on-failure:${number}`;

export interface HealthCheck {
  /** A shell command (run with `sh -c`), or an argv run directly. */
  test: string | readonly string[];
  intervalS?: number | undefined;
  timeoutS?: number | undefined;
  retries?: number | undefined;
}

/** `bridge`, `host`, `none`, or the name of a network (`container:<id>` shares another's stack). */
export type NetworkMode = "bridge" | "host" | "none" | (string & {});

/** What to run. Only `name` and `image` are required. */
export interface ContainerSpec {
  name: string;
  image: string;
  /** Replaces the image's entrypoint. */
  command?: readonly string[] | undefined;
  /** Replaces the image's default arguments (CMD). */
  args?: readonly string[] | undefined;
  workingDir?: string | undefined;
  env?: Readonly<Record<string, string>> | undefined;
  ports?: readonly PortMapping[] | undefined;
  volumes?: readonly VolumeMount[] | undefined;
  restartPolicy?: RestartPolicy | undefined;
  /** CPU limit in cores (`0.5`). */
  cpuLimit?: number | undefined;
  /** Memory limit in MB (MiB). */
  memoryLimitMb?: number | undefined;
  /** Default: the driver's default (usually `bridge`). */
  networkMode?: NetworkMode | undefined;
  healthCheck?: HealthCheck | undefined;
  labels?: Readonly<Record<string, string>> | undefined;
}

export type ContainerState = "created" | "running" | "paused" | "restarting" | "exited" | "dead" | "error";
export type ContainerHealth = "starting" | "healthy" | "unhealthy";

export interface ContainerInfo {
  id: string;
  name: string;
  /** The image as asked for (`busybox:1`). */
  image: string;
  state: ContainerState;
  /** Exit code of the last run, once it has stopped. */
  exitCode?: number | undefined;
  /** Why the engine could not run it (`exec: "nope": executable file not found`), when `state` is `error`. */
  error?: string | undefined;
  /** Killed for using more memory than its limit. */
  oomKilled?: boolean | undefined;
  health?: ContainerHealth | undefined;
  createdAt?: Date | undefined;
  startedAt?: Date | undefined;
  finishedAt?: Date | undefined;
  ports: PortMapping[];
  labels: Record<string, string>;
  /** The last lines it wrote, when it is not running (inspect only). */
  lastOutput?: string[] | undefined;
}

export interface ContainerListFilter {
  /** Also containers that are not running. Default true. */
  all?: boolean | undefined;
  /** Name contains this. */
  name?: string | undefined;
  state?: ContainerState | undefined;
  /** Every label must match (`value` undefined: the label is present). */
  labels?: Readonly<Record<string, string | undefined>> | undefined;
}

export interface LogOptions {
  /** Keep streaming new lines until aborted or the container stops. */
  follow?: boolean | undefined;
  since?: Date | undefined;
  /** Only the last `tail` lines. */
  tail?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface LogLine {
  stream: "stdout" | "stderr";
  /** Without its line ending. */
  line: string;
  at: Date;
}

export interface ExecOptions {
  cmd: readonly string[];
  /** A terminal: stdout and stderr arrive merged as `stdout`; `resize` works. */
  tty?: boolean | undefined;
  /** Attach stdin (so `write` reaches the process). Default true. */
  stdin?: boolean | undefined;
  env?: Readonly<Record<string, string>> | undefined;
  workingDir?: string | undefined;
  user?: string | undefined;
}

export interface ExecOutput {
  stream: "stdout" | "stderr";
  data: Uint8Array;
}

/** A running command inside a container, two-way (a WebSocket shell sits on top of it). */
export interface ExecSession {
  readonly id: string;
  /**
   * What the process writes, until it exits or the session is closed. Read it once; leaving a
   * `for await` early closes the session (hold the iterator to read in parts).
   */
  readonly output: AsyncIterable<ExecOutput>;
  write(data: Uint8Array | string): Promise<void>;
  /** Sends end-of-file on stdin. */
  closeStdin(): void;
  /** Terminal size (TTY sessions). */
  resize(size: { cols: number; rows: number }): Promise<void>;
  /** Resolves once the process has exited (read `output` to the end, or it may never finish). */
  wait(): Promise<{ exitCode: number | undefined }>;
  /** Drops the connection (the process may keep running when it does not read stdin). */
  close(): void;
}

export interface ContainerStats {
  at: Date;
  /** Of one core: 200 means two cores busy. */
  cpuPercent: number;
  memoryUsedMb: number;
  memoryLimitMb: number;
  /** Bytes since the container started. */
  netRx: number;
  netTx: number;
  blockRead: number;
  blockWrite: number;
}

export type ContainerEventType =
  | "create"
  | "start"
  | "restart"
  | "stop"
  | "kill"
  | "die"
  | "oom"
  | "pause"
  | "unpause"
  | "destroy"
  | "health_status"
  | "other";

export interface ContainerEvent {
  type: ContainerEventType;
  /** The engine's own word (`exec_start`, `health_status: healthy`). */
  action: string;
  containerId: string;
  name: string | undefined;
  image: string | undefined;
  at: Date;
  exitCode?: number | undefined;
  health?: ContainerHealth | undefined;
  /** The engine's attributes of the event; they include the container's labels. */
  attributes?: Readonly<Record<string, string>> | undefined;
}

export interface ContainerEventFilter {
  containerId?: string | undefined;
  labels?: Readonly<Record<string, string | undefined>> | undefined;
  since?: Date | undefined;
  /** Ends the stream at this time; without it the stream follows until aborted. */
  until?: Date | undefined;
  signal?: AbortSignal | undefined;
}

/** Containers on one engine. Every failure is a `DomainError`. */
export interface ContainerDriver {
  /** Validates, pulls the image when missing, creates and starts. */
  deploy(spec: ContainerSpec, signal?: AbortSignal): Promise<ContainerInfo>;
  start(id: string): Promise<void>;
  /** Stops (TERM, then KILL after `timeoutS`). Stopping a stopped container is fine. */
  stop(id: string, timeoutS?: number): Promise<void>;
  restart(id: string, timeoutS?: number): Promise<void>;
  /** Removes; `force` stops a running one first. */
  remove(id: string, force?: boolean): Promise<void>;
  /** `not_found` when it does not exist. */
  inspect(id: string): Promise<ContainerInfo>;
  list(filter?: ContainerListFilter): AsyncIterable<ContainerInfo>;
  logs(id: string, options?: LogOptions): AsyncIterable<LogLine>;
  exec(id: string, options: ExecOptions): Promise<ExecSession>;
  stats(id: string): Promise<ContainerStats>;
  statsStream(id: string, signal?: AbortSignal): AsyncIterable<ContainerStats>;
  events(filter?: ContainerEventFilter): AsyncIterable<ContainerEvent>;
}

/** The engine's parameters of a restart policy. */
export interface ParsedRestartPolicy {
  name: "no" | "always" | "unless-stopped" | "on-failure";
  maximumRetryCount: number;
}

/** Smallest memory limit an engine accepts (Docker refuses less than 6 MB). */
export const MIN_MEMORY_MB = 6;
/** More than this is a typo, not a limit. */
export const MAX_MEMORY_MB = 1024 * 1024;
export const MAX_CPU_CORES = 1024;

/** Parses a restart policy, or `undefined` when it is not one. */
export function parseRestartPolicy(policy: string): ParsedRestartPolicy | undefined {
  if (policy === "no" || policy === "always" || policy === "unless-stopped" || policy === "on-failure") {
    return { name: policy, maximumRetryCount: 0 };
  }
  const m = /^on-failure:(\d{1,6})$/.exec(policy);
  if (m?.[1] !== undefined) return { name: "on-failure", maximumRetryCount: Number(m[1]) };
  return undefined;
}

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/;
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const ENV_KEY = /^[^=\0]+$/;

/**
 * Checks a spec before anything is created (pure: no engine, no host). Throws one `invalid_input`
 * naming every problem (`issues` has one entry per field). Returns the spec with defaults
 * (`protocol` tcp, `restartPolicy` no).
 */
export function validateContainerSpec(spec: ContainerSpec): ContainerSpec {
  const issues: ProblemIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });

  if (typeof spec.name !== "string" || !NAME.test(spec.name)) {
    issue(
      "name",
      `"${String(spec.name)}" is not a container name: use letters, digits, "_", "." and "-", starting with a letter or digit.`,
    );
  }
  if (typeof spec.image !== "string" || spec.image.trim() === "") issue("image", "An image is required.");
  else {
    const ref = parseReference(spec.image, { mode: "docker" });
    if (!ref.ok) issue("image", `"${spec.image}" is not an image reference: ${ref.error}.`);
  }
  for (const [key, list] of [
    ["command", spec.command],
    ["args", spec.args],
  ] as const) {
    if (list !== undefined && (!Array.isArray(list) || list.some((a) => typeof a !== "string"))) {
      issue(key, `${key} must be a list of strings.`);
    }
  }
  if (spec.command !== undefined && spec.command.length === 0)
    issue("command", "command is empty: leave it out to use the image's.");
  if (spec.workingDir !== undefined && !spec.workingDir.startsWith("/"))
    issue("workingDir", "The working directory must be an absolute path.");
  for (const key of Object.keys(spec.env ?? {})) {
    if (!ENV_KEY.test(key)) issue(`env.${key}`, `"${key}" is not an environment variable name (no "=", not empty).`);
  }

  const networkMode = spec.networkMode;
  if (networkMode !== undefined && (typeof networkMode !== "string" || networkMode.trim() === "")) {
    issue("networkMode", "The network mode must be bridge, host, none or a network name.");
  }
  const seen = new Set<string>();
  (spec.ports ?? []).forEach((p, i) => {
    const at = `ports.${i}`;
    if (!isPort(p.container)) issue(`${at}.container`, `Container port ${String(p.container)} is out of range (1–65535).`);
    if (p.host !== undefined && !isPort(p.host)) issue(`${at}.host`, `Host port ${String(p.host)} is out of range (1–65535).`);
    const protocol = p.protocol ?? "tcp";
    if (protocol !== "tcp" && protocol !== "udp") issue(`${at}.protocol`, `Protocol ${String(protocol)} is not tcp or udp.`);
    if (p.host !== undefined) {
      const key = `${p.hostIp ?? ""}:${p.host}/${protocol}`;
      if (seen.has(key)) issue(`${at}.host`, `Host port ${p.host}/${protocol} is published twice.`);
      seen.add(key);
    }
  });
  if (
    (spec.ports?.length ?? 0) > 0 &&
    (networkMode === "none" || networkMode === "host" || networkMode?.startsWith("container:"))
  ) {
    issue("ports", `Ports cannot be published with network mode "${networkMode}": use bridge or a network.`);
  }

  (spec.volumes ?? []).forEach((v, i) => {
    const at = `volumes.${i}`;
    if (typeof v.target !== "string" || !v.target.startsWith("/"))
      issue(`${at}.target`, "The mount point must be an absolute path.");
    if (typeof v.source !== "string" || !(v.source.startsWith("/") || VOLUME_NAME.test(v.source))) {
      issue(`${at}.source`, `"${String(v.source)}" is neither an absolute host path nor a volume name.`);
    }
  });

  if (spec.restartPolicy !== undefined && parseRestartPolicy(spec.restartPolicy) === undefined) {
    issue(
      "restartPolicy",
      `Unknown restart policy "${String(spec.restartPolicy)}": use no, always, unless-stopped, on-failure or on-failure:<n>.`,
    );
  }
  if (
    spec.cpuLimit !== undefined &&
    !(Number.isFinite(spec.cpuLimit) && spec.cpuLimit >= 0.01 && spec.cpuLimit <= MAX_CPU_CORES)
  ) {
    issue("cpuLimit", `CPU limit ${String(spec.cpuLimit)} is not between 0.01 and ${MAX_CPU_CORES} cores.`);
  }
  const mem = spec.memoryLimitMb;
  if (mem !== undefined && !(Number.isFinite(mem) && mem >= MIN_MEMORY_MB && mem <= MAX_MEMORY_MB)) {
    issue("memoryLimitMb", `Memory limit ${String(mem)} MB is not between ${MIN_MEMORY_MB} MB and ${MAX_MEMORY_MB} MB.`);
  }

  const hc = spec.healthCheck;
  if (hc) {
    const empty = typeof hc.test === "string" ? hc.test.trim() === "" : hc.test.length === 0;
    if (empty) issue("healthCheck.test", "The health check needs a command.");
    for (const key of ["intervalS", "timeoutS"] as const) {
      const v = hc[key];
      if (v !== undefined && !(Number.isFinite(v) && v >= 0.001 && v <= 86_400))
        issue(`healthCheck.${key}`, `${key} must be between 1 ms and a day.`);
    }
    if (hc.retries !== undefined && !(Number.isInteger(hc.retries) && hc.retries >= 0 && hc.retries <= 1000)) {
      issue("healthCheck.retries", "retries must be a whole number from 0 to 1000.");
    }
  }
  for (const key of Object.keys(spec.labels ?? {})) if (key === "") issue("labels", "A label needs a name.");

  if (issues.length > 0) {
    throw new DomainError(
      "invalid_input",
      `Container spec "${String(spec.name)}" is invalid: ${issues.map((i) => i.message).join(" ")}`,
      { issues, suggestion: "Fix the fields named and deploy again." },
    );
  }
  return {
    ...spec,
    ports: (spec.ports ?? []).map((p) => ({ ...p, protocol: p.protocol ?? "tcp" })),
    restartPolicy: spec.restartPolicy ?? "no",
  };
}

const isPort = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 65_535;
