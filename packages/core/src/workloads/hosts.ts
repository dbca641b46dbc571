import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { EventBus } from "../events/event-bus.ts";
import { conflict, DomainError, notFound } from "../shared/errors.ts";
import type { Clock } from "../shared/ports.ts";
import type { ContainerDriver } from "./container-driver-port.ts";
import type { FunctionRuntime, FunctionRuntimeName, RuntimeAvailability } from "./function-runtime-port.ts";
import type { SecretBox } from "./functions.ts";
import type { VmDriver, VmDriverCapabilities } from "./vm-driver-port.ts";

/**
 * Hosts and their agents. A host is a machine that runs workloads; its agent registers with a join
 * token, reports capacity and runtimes, and heartbeats with live metrics. The server places new
 * workloads on a host with room and reaches each host's drivers through a `HostConnector` (in-process
 * for the embedded local agent, over HTTP for `shipyard agent`). A host whose heartbeats stop is
 * `lost`: its workloads show as error until it comes back.
 */

export type HostStatus = "online" | "lost";
export type WorkloadKind = "vm" | "container" | "function";

export interface HostCapacity {
  vcpus: number;
  memoryMb: number;
  diskGb: number;
}

export interface HostRuntimes {
  containers: { available: boolean; engine?: string | undefined; version?: string | undefined; reason?: string | undefined };
  vms: {
    available: boolean;
    driver?: string | undefined;
    accel?: string | undefined;
    reason?: string | undefined;
    capabilities?: VmDriverCapabilities | undefined;
  };
  functions: RuntimeAvailability[];
}

export interface HostMetrics {
  at: string;
  cpuPercent: number;
  load1: number;
  memoryUsedMb: number;
  memoryTotalMb: number;
  diskUsedGb: number;
  diskTotalGb: number;
  uptimeSeconds: number;
}

export interface StoredHost {
  id: string;
  name: string;
  /** `local` for the agent inside the server process; otherwise the agent's base URL. */
  address: string;
  local: boolean;
  status: HostStatus;
  capacity: HostCapacity;
  runtimes: HostRuntimes;
  metrics: HostMetrics | null;
  labels: Record<string, string>;
  agentVersion: string;
  /** The agent's credential, sealed with the server's secret box (absent for the local host). */
  sealedSecret: string | null;
  registeredAt: string;
  lastHeartbeatAt: string;
}

export interface HostAllocation {
  vcpus: number;
  memoryMb: number;
  workloads: number;
}

export interface StoredJoinToken {
  id: string;
  name: string;
  expiresAt: string | null;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface HostRepository {
  /** Inserts or replaces the host with this id (registration and re-registration). */
  save(host: StoredHost): Promise<StoredHost>;
  get(idOrName: string): Promise<StoredHost | undefined>;
  list(): Promise<StoredHost[]>;
  heartbeat(id: string, metrics: HostMetrics, at: Date, runtimes?: HostRuntimes): Promise<StoredHost | undefined>;
  /** Marks online hosts whose last heartbeat is before `before` as lost; returns the ones it changed. */
  markLost(before: Date): Promise<StoredHost[]>;
  delete(id: string): Promise<void>;
  /** What the workloads placed on each host ask for (VMs and containers that should run). */
  allocations(): Promise<Map<string, HostAllocation>>;
  createJoinToken(t: { name: string; hash: string; expiresAt: Date | null; createdBy: string | null }): Promise<StoredJoinToken>;
  /** The token with this hash if it exists and has not expired; records its use. */
  useJoinToken(hash: string, now: Date): Promise<StoredJoinToken | undefined>;
  listJoinTokens(): Promise<StoredJoinToken[]>;
  deleteJoinToken(id: string): Promise<boolean>;
}

/**
 * A host's VM driver with what the host adds: snapshot folders live in the host's own snapshots
 * folder, named (not placed) by the server, and the host removes them.
 */
export interface HostVmDriver extends VmDriver {
  deleteSnapshot(name: string): Promise<void>;
}

/** The drivers of one host, as the server reaches them. */
export interface HostConnection {
  vm?: HostVmDriver | undefined;
  containers?: ContainerDriver | undefined;
  functions?: FunctionRuntime | undefined;
  close?(): void;
}

export interface HostConnector {
  connect(host: StoredHost, secret: string | undefined): HostConnection;
}

/** What the services need from hosts: a place for a new workload, and the drivers of a host. */
export interface WorkloadHosts {
  place(kind: "vm" | "container", need: { vcpus: number; memoryMb: number }, pinned?: string): Promise<StoredHost>;
  vmDriver(hostId: string): Promise<HostVmDriver>;
  containerDriver(hostId: string): Promise<ContainerDriver>;
  /** The host that runs a function's invocations: stable per function so warm instances are reused. */
  functionRuntime(functionId: string, runtime: FunctionRuntimeName): Promise<{ host: StoredHost; runtime: FunctionRuntime }>;
  /** Function runtimes of every online host (to evict a function everywhere). */
  functionRuntimes(): Promise<FunctionRuntime[]>;
  /** Runtime availability across online hosts (a runtime is available when some host has it). */
  runtimeAvailability(): Promise<RuntimeAvailability[]>;
  address(hostId: string): Promise<string>;
}

export interface AgentRegistration {
  name: string;
  address: string;
  capacity: HostCapacity;
  runtimes: HostRuntimes;
  labels?: Record<string, string> | undefined;
  agentVersion: string;
  /** Present when the agent registered before: it keeps its host id and nothing is duplicated. */
  hostId?: string | undefined;
  secret?: string | undefined;
  /** A join token, needed the first time. */
  joinToken?: string | undefined;
}

const hash = (s: string) => createHash("sha256").update(s).digest("hex");
const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Highest-random-weight hashing: the same key lands on the same host while the set of hosts is unchanged. */
export function rendezvous(key: string, hostIds: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = "";
  for (const id of hostIds) {
    const score = hash(`${key}\0${id}`);
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

export interface PlacementCandidate {
  host: Pick<StoredHost, "id" | "name" | "status" | "capacity" | "runtimes">;
  allocated: HostAllocation;
}

/**
 * By default vCPUs may be overcommitted this many times (they are time-shared, and idle microVMs
 * cost little: OpenStack's classic ratio); memory never is.
 */
export const VCPU_OVERCOMMIT = 16;

/**
 * Picks the host for a new workload: online, with the runtime, with memory to spare and vCPUs under
 * the overcommit limit; among those, the one with the most free memory (then fewest workloads).
 * Throws a `conflict` that says what was asked for and what the best host has.
 */
export function chooseHost(
  candidates: readonly PlacementCandidate[],
  kind: "vm" | "container",
  need: { vcpus: number; memoryMb: number },
  vcpuOvercommit = VCPU_OVERCOMMIT,
): PlacementCandidate["host"] {
  const withRuntime = candidates.filter(
    (c) => c.host.status === "online" && (kind === "vm" ? c.host.runtimes.vms.available : c.host.runtimes.containers.available),
  );
  const what = kind === "vm" ? "run VMs (QEMU or Firecracker)" : "run containers (a Docker-compatible engine)";
  if (withRuntime.length === 0) {
    throw new DomainError("unavailable", `No online host can ${what}.`, {
      suggestion: "Start an agent on a host that has the runtime (shipyard agent), or see GET /v1/hosts for what each host has.",
    });
  }
  const free = (c: PlacementCandidate) => c.host.capacity.memoryMb - c.allocated.memoryMb;
  const fits = withRuntime.filter(
    (c) => free(c) >= need.memoryMb && c.allocated.vcpus + need.vcpus <= c.host.capacity.vcpus * vcpuOvercommit,
  );
  if (fits.length === 0) {
    const best = [...withRuntime].sort((a, b) => free(b) - free(a))[0] as PlacementCandidate;
    throw conflict(
      `No host has room for ${need.vcpus} vCPU and ${need.memoryMb} MiB: the most free memory is ${Math.max(0, free(best))} MiB on ${best.host.name} (${best.allocated.vcpus}/${best.host.capacity.vcpus * vcpuOvercommit} vCPUs allocated).`,
      "Ask for less memory, stop or delete workloads, or add a host with shipyard agent.",
    );
  }
  fits.sort((a, b) => free(b) - free(a) || a.allocated.workloads - b.allocated.workloads || a.host.id.localeCompare(b.host.id));
  return (fits[0] as PlacementCandidate).host;
}

/** How long without a heartbeat before a host is lost: three missed beats. */
export const lostAfterMs = (heartbeatMs: number) => heartbeatMs * 3;

export class HostService implements WorkloadHosts {
  private readonly repo: HostRepository;
  private readonly connector: HostConnector;
  private readonly secrets: SecretBox;
  private readonly bus: EventBus;
  private readonly clock: Clock;
  private readonly heartbeatMs: number;
  private readonly vcpuOvercommit: number;
  private readonly connections = new Map<string, { key: string; conn: HostConnection; host: StoredHost }>();

  constructor(deps: {
    repo: HostRepository;
    connector: HostConnector;
    secrets: SecretBox;
    bus: EventBus;
    clock: Clock;
    heartbeatMs: number;
    vcpuOvercommit?: number | undefined;
  }) {
    this.repo = deps.repo;
    this.connector = deps.connector;
    this.secrets = deps.secrets;
    this.bus = deps.bus;
    this.clock = deps.clock;
    this.heartbeatMs = deps.heartbeatMs;
    this.vcpuOvercommit = deps.vcpuOvercommit ?? VCPU_OVERCOMMIT;
  }

  get heartbeatIntervalMs() {
    return this.heartbeatMs;
  }

  async createJoinToken(input: { name: string; ttlHours?: number | undefined }, createdBy: string | null) {
    const token = `syj_${randomBytes(24).toString("base64url")}`;
    const expiresAt = input.ttlHours ? new Date(this.clock.now().getTime() + input.ttlHours * 3_600_000) : null;
    const stored = await this.repo.createJoinToken({ name: input.name, hash: hash(token), expiresAt, createdBy });
    return { ...stored, token };
  }

  listJoinTokens() {
    return this.repo.listJoinTokens();
  }

  async deleteJoinToken(id: string) {
    if (!(await this.repo.deleteJoinToken(id)))
      throw notFound("Join token", id, "List join tokens with GET /v1/hosts/join-tokens.");
  }

  /** Registers an agent, or re-registers one that kept its credential: the same host, never a duplicate. */
  async register(input: AgentRegistration): Promise<{ host: StoredHost; secret: string }> {
    const now = this.clock.now();
    let existing: StoredHost | undefined;
    let secret: string;
    if (input.hostId && input.secret) {
      existing = await this.repo.get(input.hostId);
      if (
        !existing ||
        existing.local ||
        !existing.sealedSecret ||
        !sameSecret(this.secrets.open(existing.sealedSecret), input.secret)
      ) {
        throw new DomainError("unauthenticated", "This agent's saved credential is not valid for this server.", {
          suggestion: "Delete the agent's state file (agent.json) and register again with a join token.",
        });
      }
      secret = input.secret;
    } else {
      if (!input.joinToken || !(await this.repo.useJoinToken(hash(input.joinToken), now))) {
        throw new DomainError("unauthenticated", "The join token is missing, unknown or expired.", {
          suggestion: "Create one with `shipyard host token create` (admin) and pass it to `shipyard agent --token`.",
        });
      }
      const byName = await this.repo.get(input.name);
      if (byName) {
        throw conflict(
          `A host named ${input.name} is already registered (${byName.status}).`,
          "Start the agent with its saved state folder, give it another --name, or delete the old host first.",
        );
      }
      secret = randomBytes(32).toString("base64url");
    }
    const host = await this.repo.save({
      id: existing?.id ?? `host_${randomBytes(9).toString("base64url").replace(/[-_]/g, "x").toLowerCase()}`,
      name: existing?.name ?? input.name,
      address: input.address,
      local: false,
      status: "online",
      capacity: input.capacity,
      runtimes: input.runtimes,
      metrics: existing?.metrics ?? null,
      labels: input.labels ?? existing?.labels ?? {},
      agentVersion: input.agentVersion,
      sealedSecret: existing?.sealedSecret ?? this.secrets.seal(secret),
      registeredAt: existing?.registeredAt ?? now.toISOString(),
      lastHeartbeatAt: now.toISOString(),
    });
    this.connections.delete(host.id);
    await this.publish(host, existing ? "host.reconnected" : "host.registered", { name: host.name, address: host.address });
    return { host, secret };
  }

  /** The in-process agent of an embedded server: registered without a token, reached without HTTP. */
  /**
   * `loopback`: where other server processes of this machine reach it (cluster mode: the agent API on
   * a loopback port, with its credential); without it the host is reachable in this process only.
   */
  async registerLocal(
    input: Omit<AgentRegistration, "joinToken" | "hostId" | "secret" | "address"> & {
      id: string;
      loopback?: { address: string; secret: string } | undefined;
    },
  ) {
    const now = this.clock.now().toISOString();
    const existing = await this.repo.get(input.id);
    const host = await this.repo.save({
      id: input.id,
      name: existing?.name ?? input.name,
      address: input.loopback?.address ?? "local",
      local: true,
      status: "online",
      capacity: input.capacity,
      runtimes: input.runtimes,
      metrics: existing?.metrics ?? null,
      labels: input.labels ?? {},
      agentVersion: input.agentVersion,
      sealedSecret: input.loopback ? this.secrets.seal(input.loopback.secret) : null,
      registeredAt: existing?.registeredAt ?? now,
      lastHeartbeatAt: now,
    });
    this.connections.delete(host.id);
    if (existing?.status !== "online") await this.publish(host, "host.registered", { name: host.name, address: host.address });
    return host;
  }

  /** Checks an agent's credential; the host it belongs to. */
  async authenticateAgent(hostId: string, secret: string): Promise<StoredHost> {
    const host = await this.repo.get(hostId);
    if (!host?.sealedSecret || !sameSecret(this.secrets.open(host.sealedSecret), secret)) {
      throw new DomainError("unauthenticated", "Unknown host or wrong agent credential.", {
        suggestion: "Restart the agent; if it keeps failing, delete its agent.json and register again with a join token.",
      });
    }
    return host;
  }

  async heartbeat(hostId: string, metrics: HostMetrics, runtimes?: HostRuntimes): Promise<StoredHost> {
    const before = await this.repo.get(hostId);
    const host = await this.repo.heartbeat(hostId, metrics, this.clock.now(), runtimes);
    if (!host) throw notFound("Host", hostId);
    if (runtimes) this.connections.delete(hostId);
    if (before?.status === "lost") await this.publish(host, "host.recovered", { name: host.name });
    await this.bus.publish({
      type: "host.heartbeat",
      resource: { kind: "host", id: host.id },
      data: { name: host.name, metrics },
      audience: { permission: "hosts:read" },
    });
    return host;
  }

  /** Marks hosts without a heartbeat for three intervals as lost (safe to run on every replica). */
  async sweep(): Promise<StoredHost[]> {
    const lost = await this.repo.markLost(new Date(this.clock.now().getTime() - lostAfterMs(this.heartbeatMs)));
    for (const h of lost) {
      this.connections.delete(h.id);
      await this.publish(h, "host.lost", { name: h.name, last_heartbeat_at: h.lastHeartbeatAt });
    }
    return lost;
  }

  async list(): Promise<Array<StoredHost & { allocated: HostAllocation }>> {
    const [hosts, alloc] = await Promise.all([this.repo.list(), this.repo.allocations()]);
    return hosts.map((h) => ({ ...h, allocated: alloc.get(h.id) ?? { vcpus: 0, memoryMb: 0, workloads: 0 } }));
  }

  async get(idOrName: string): Promise<StoredHost & { allocated: HostAllocation }> {
    const host = await this.repo.get(idOrName);
    if (!host) throw notFound("Host", idOrName, "List hosts with GET /v1/hosts.");
    const alloc = await this.repo.allocations();
    return { ...host, allocated: alloc.get(host.id) ?? { vcpus: 0, memoryMb: 0, workloads: 0 } };
  }

  async delete(idOrName: string): Promise<void> {
    const host = await this.get(idOrName);
    if (host.allocated.workloads > 0) {
      throw conflict(
        `Host ${host.name} still has ${host.allocated.workloads} workload(s) placed on it.`,
        "Delete its VMs and containers first (GET /v1/resources?host=…).",
      );
    }
    await this.repo.delete(host.id);
    this.connections.get(host.id)?.conn.close?.();
    this.connections.delete(host.id);
    await this.publish(host, "host.deleted", { name: host.name });
  }

  async place(kind: "vm" | "container", need: { vcpus: number; memoryMb: number }, pinned?: string): Promise<StoredHost> {
    const all = await this.list();
    const candidates = pinned ? all.filter((h) => h.id === pinned || h.name === pinned) : all;
    if (pinned && candidates.length === 0) throw notFound("Host", pinned, "List hosts with GET /v1/hosts.");
    const chosen = chooseHost(
      candidates.map((h) => ({ host: h, allocated: h.allocated })),
      kind,
      need,
      this.vcpuOvercommit,
    );
    return all.find((h) => h.id === chosen.id) as StoredHost;
  }

  private async connection(hostId: string): Promise<{ host: StoredHost; conn: HostConnection }> {
    const host = await this.repo.get(hostId);
    if (!host) {
      throw new DomainError("unavailable", `Host ${hostId} is no longer registered.`, {
        suggestion: "Delete the workload, or register the host again.",
      });
    }
    if (host.status === "lost") {
      throw new DomainError("unavailable", `Host ${host.name} is lost: no heartbeat since ${host.lastHeartbeatAt}.`, {
        suggestion: "Check the agent on that machine (shipyard agent); its workloads come back when it reconnects.",
      });
    }
    const key = `${host.address}|${host.registeredAt}|${host.sealedSecret ?? ""}`;
    const cached = this.connections.get(host.id);
    if (cached && cached.key === key) {
      cached.host = host;
      return { host, conn: cached.conn };
    }
    cached?.conn.close?.();
    const conn = this.connector.connect(host, host.sealedSecret ? this.secrets.open(host.sealedSecret) : undefined);
    this.connections.set(host.id, { key, conn, host });
    return { host, conn };
  }

  async vmDriver(hostId: string): Promise<HostVmDriver> {
    const { host, conn } = await this.connection(hostId);
    if (!conn.vm || !host.runtimes.vms.available) {
      throw new DomainError(
        "unavailable",
        `Host ${host.name} cannot run VMs${host.runtimes.vms.reason ? `: ${host.runtimes.vms.reason}` : ""}.`,
        {
          suggestion: "Install QEMU (qemu-system-x86_64) on that host and restart its agent.",
        },
      );
    }
    return conn.vm;
  }

  async containerDriver(hostId: string): Promise<ContainerDriver> {
    const { host, conn } = await this.connection(hostId);
    if (!conn.containers || !host.runtimes.containers.available) {
      throw new DomainError(
        "unavailable",
        `Host ${host.name} has no container engine${host.runtimes.containers.reason ? `: ${host.runtimes.containers.reason}` : ""}.`,
        { suggestion: "Run Docker (or Podman's compatible service) on that host and restart its agent." },
      );
    }
    return conn.containers;
  }

  private async online(): Promise<StoredHost[]> {
    return (await this.repo.list()).filter((h) => h.status === "online");
  }

  async functionRuntime(functionId: string, runtime: FunctionRuntimeName) {
    const eligible = (await this.online()).filter((h) => h.runtimes.functions.some((r) => r.runtime === runtime && r.available));
    const id = rendezvous(
      functionId,
      eligible.map((h) => h.id),
    );
    if (!id) {
      throw new DomainError("unavailable", `No online host has the ${runtime} function runtime.`, {
        suggestion: "See GET /v1/functions/runtimes for what is available, or start an agent on a host that has it.",
      });
    }
    const { host, conn } = await this.connection(id);
    if (!conn.functions) throw new DomainError("unavailable", `Host ${host.name} cannot run functions.`);
    return { host, runtime: conn.functions };
  }

  async functionRuntimes(): Promise<FunctionRuntime[]> {
    const out: FunctionRuntime[] = [];
    for (const h of await this.online()) {
      const { conn } = await this.connection(h.id);
      if (conn.functions) out.push(conn.functions);
    }
    return out;
  }

  async runtimeAvailability(): Promise<RuntimeAvailability[]> {
    const hosts = await this.online();
    const names: FunctionRuntimeName[] = ["node", "python", "go", "rust"];
    return names.map((runtime) => {
      const reports = hosts.map((h) => ({ h, r: h.runtimes.functions.find((x) => x.runtime === runtime) }));
      const ok = reports.find((x) => x.r?.available);
      if (ok?.r) return { ...ok.r, hosts: reports.filter((x) => x.r?.available).map((x) => x.h.name) } as RuntimeAvailability;
      const reason =
        hosts.length === 0
          ? "No host is online."
          : reports.map((x) => `${x.h.name}: ${x.r?.reason ?? "not reported"}`).join("; ");
      return { runtime, available: false, reason };
    });
  }

  async address(hostId: string): Promise<string> {
    // a workload's view asks for its host's driver first: that lookup already read the host
    return this.connections.get(hostId)?.host.address ?? (await this.repo.get(hostId))?.address ?? "unknown";
  }

  /** Why a host's workloads cannot be reached right now, or undefined when they can. */
  async problem(hostId: string): Promise<string | undefined> {
    const host = await this.repo.get(hostId);
    if (!host) return `Host ${hostId} is no longer registered.`;
    if (host.status === "lost") return `Host ${host.name} is lost: no heartbeat since ${host.lastHeartbeatAt}.`;
    return undefined;
  }

  close() {
    for (const { conn } of this.connections.values()) conn.close?.();
    this.connections.clear();
  }

  private publish(host: StoredHost, type: string, data: Record<string, unknown>) {
    return this.bus.publish({ type, resource: { kind: "host", id: host.id }, data, audience: { permission: "hosts:read" } });
  }
}
