import type { Container, ContainerDeploy } from "@shipyard/contract";
import type { EventBus } from "../events/event-bus.ts";
import { conflict, DomainError, notFound } from "../shared/errors.ts";
import type { Clock } from "../shared/ports.ts";
import type { ContainerDriver, ContainerInfo, ContainerSpec, ExecSession, LogLine } from "./container-driver-port.ts";
import type { WorkloadHosts } from "./hosts.ts";

export interface StoredContainer {
  id: string;
  name: string;
  engineId: string | null;
  /** Null for containers from before hosts existed: they belong to the local host. */
  hostId: string | null;
  spec: ContainerDeploy;
  desired: "running" | "stopped";
  createdAt: string;
}

export interface ContainerRepository {
  create(c: { name: string; hostId: string; spec: ContainerDeploy }): Promise<StoredContainer>;
  get(idOrName: string): Promise<StoredContainer | undefined>;
  list(): Promise<StoredContainer[]>;
  update(id: string, patch: Partial<Pick<StoredContainer, "engineId" | "desired">>): Promise<void>;
  delete(id: string): Promise<void>;
}

export const MANAGED_LABEL = "dev.shipyard.container";

const asArgv = (c: string | string[] | undefined) => (c === undefined ? undefined : typeof c === "string" ? ["sh", "-c", c] : c);

/** The driver's spec for a deploy request (seed field names → the port's). */
export function toContainerSpec(id: string, d: ContainerDeploy): ContainerSpec {
  return {
    name: d.name,
    image: d.image,
    command: asArgv(d.command),
    args: d.args,
    env: d.env_vars,
    ports: d.port_mappings.map((p) => ({ container: p.container, host: p.host, protocol: p.protocol })),
    volumes: d.volumes.map((v) => ({ source: v.host, target: v.container, readOnly: v.read_only })),
    restartPolicy: d.restart_policy as ContainerSpec["restartPolicy"],
    cpuLimit: d.cpu_limit,
    memoryLimitMb: d.memory_limit_mb,
    networkMode: d.network_mode,
    healthCheck: d.health_check
      ? {
          test: d.health_check.test,
          intervalS: d.health_check.interval_seconds,
          timeoutS: d.health_check.timeout_seconds,
          retries: d.health_check.retries,
        }
      : undefined,
    labels: { [MANAGED_LABEL]: id },
  };
}

/**
 * Containers on the host's engine. The database keeps what was asked for (spec, desired state);
 * the engine says what is true. A container that should run but has exited is shown as `error`
 * with its exit code and last output — never as running.
 */
export class ContainerService {
  private readonly repo: ContainerRepository;
  private readonly hosts: WorkloadHosts;
  private readonly bus: EventBus;
  private readonly clock: Clock;
  /** The host of containers that have no host id (deployed before hosts existed). */
  private readonly legacyHostId: string;

  constructor(deps: { repo: ContainerRepository; hosts: WorkloadHosts; bus: EventBus; clock: Clock; legacyHostId: string }) {
    this.repo = deps.repo;
    this.hosts = deps.hosts;
    this.bus = deps.bus;
    this.clock = deps.clock;
    this.legacyHostId = deps.legacyHostId;
  }

  private hostOf(c: StoredContainer): string {
    return c.hostId ?? this.legacyHostId;
  }

  private engine(c: StoredContainer): Promise<ContainerDriver> {
    return this.hosts.containerDriver(this.hostOf(c));
  }

  async deploy(d: ContainerDeploy): Promise<Container> {
    if (await this.repo.get(d.name))
      throw conflict(`A container named ${d.name} already exists.`, "Pick another name, or delete it first.");
    const host = await this.hosts.place("container", { vcpus: d.cpu_limit ?? 0, memoryMb: d.memory_limit_mb ?? 0 }, d.host_id);
    const engine = await this.hosts.containerDriver(host.id);
    const { host_id: _pinned, ...spec } = d;
    const stored = await this.repo.create({ name: d.name, hostId: host.id, spec });
    try {
      const info = await engine.deploy(toContainerSpec(stored.id, spec));
      await this.repo.update(stored.id, { engineId: info.id, desired: "running" });
      await this.publish(stored.id, "container.deployed", { name: d.name, image: d.image, host_id: host.id });
      return this.view({ ...stored, engineId: info.id, desired: "running" }, info, undefined, host.address);
    } catch (e) {
      await this.repo.delete(stored.id); // nothing half-made stays behind
      throw e;
    }
  }

  private async find(idOrName: string): Promise<StoredContainer> {
    const c = await this.repo.get(idOrName);
    if (!c) throw notFound("Container", idOrName, "List containers with GET /v1/containers.");
    return c;
  }

  /** What the engine says, or why it cannot be asked (the host is lost). */
  private async inspect(c: StoredContainer): Promise<{ info?: ContainerInfo; problem?: string }> {
    if (!c.engineId) return {};
    try {
      return { info: await (await this.engine(c)).inspect(c.engineId) };
    } catch (e) {
      if (e instanceof DomainError && e.code === "not_found") return {};
      if (e instanceof DomainError && e.code === "unavailable") return { problem: e.message };
      throw e;
    }
  }

  async get(idOrName: string): Promise<Container> {
    const c = await this.find(idOrName);
    const { info, problem } = await this.inspect(c);
    return this.view(c, info, problem, await this.hosts.address(this.hostOf(c)));
  }

  /** `only`: just these ids (what is shared with a client); their live state is read, no one else's. */
  async list(only?: readonly string[]): Promise<Container[]> {
    const all = (await this.repo.list()).filter((c) => !only || only.includes(c.id));
    return Promise.all(all.map((c) => this.get(c.id)));
  }

  async start(idOrName: string): Promise<Container> {
    const c = await this.find(idOrName);
    await (await this.engine(c)).start(this.engineIdOf(c));
    await this.repo.update(c.id, { desired: "running" });
    await this.publish(c.id, "container.started", { name: c.name });
    return this.get(c.id);
  }

  async stop(idOrName: string, timeoutS = 10): Promise<Container> {
    const c = await this.find(idOrName);
    await this.repo.update(c.id, { desired: "stopped" });
    await (await this.engine(c)).stop(this.engineIdOf(c), timeoutS);
    await this.publish(c.id, "container.stopped", { name: c.name });
    return this.get(c.id);
  }

  async restart(idOrName: string): Promise<Container> {
    const c = await this.find(idOrName);
    await (await this.engine(c)).restart(this.engineIdOf(c));
    await this.repo.update(c.id, { desired: "running" });
    await this.publish(c.id, "container.restarted", { name: c.name });
    return this.get(c.id);
  }

  async remove(idOrName: string): Promise<void> {
    const c = await this.find(idOrName);
    if (c.engineId) {
      try {
        await (await this.engine(c)).remove(c.engineId, true);
      } catch (e) {
        if (!(e instanceof DomainError && e.code === "not_found")) throw e;
      }
    }
    await this.repo.delete(c.id);
    await this.publish(c.id, "container.deleted", { name: c.name });
  }

  async logs(
    idOrName: string,
    options: { tail: number; since?: Date | undefined; follow?: boolean; signal?: AbortSignal },
  ): Promise<AsyncIterable<LogLine>> {
    const c = await this.find(idOrName);
    return (await this.engine(c)).logs(this.engineIdOf(c), options);
  }

  async stats(idOrName: string) {
    const c = await this.find(idOrName);
    return (await this.engine(c)).stats(this.engineIdOf(c));
  }

  async shell(idOrName: string, cmd: string[] = ["/bin/sh"]): Promise<ExecSession> {
    const c = await this.find(idOrName);
    return (await this.engine(c)).exec(this.engineIdOf(c), { cmd, tty: true, stdin: true });
  }

  private engineIdOf(c: StoredContainer): string {
    if (!c.engineId) throw new DomainError("conflict", `Container ${c.name} has no engine container.`);
    return c.engineId;
  }

  private publish(id: string, type: string, data: Record<string, unknown>) {
    return this.bus.publish({ type, resource: { kind: "container", id }, data, audience: { permission: "workloads:read" } });
  }

  private view(c: StoredContainer, info: ContainerInfo | undefined, problem: string | undefined, hostAddr: string): Container {
    const d = c.spec;
    let status: Container["status"];
    let error: string | null = null;
    if (!info) {
      status = "error";
      error = problem ?? "The engine no longer has this container (removed outside Shipyard, or the engine lost it).";
    } else if (info.state === "running") status = "running";
    else if (info.state === "paused") status = "paused";
    else if (info.state === "restarting") status = "restarting";
    else if (info.state === "error" || info.state === "dead") {
      status = "error";
      error = info.error ?? "The engine reports the container as dead.";
    } else if (c.desired === "running" && info.state === "exited") {
      status = "error";
      error = info.oomKilled
        ? "Killed: out of memory (memory limit reached)."
        : `Exited with code ${info.exitCode ?? "?"} while it should be running.`;
    } else status = "stopped";
    const now = this.clock.now().getTime();
    return {
      id: c.id,
      name: c.name,
      image: d.image,
      status,
      exit_code: info?.exitCode ?? null,
      error,
      last_output: status === "running" ? [] : (info?.lastOutput ?? []),
      uptime_seconds:
        status === "running" && info?.startedAt ? Math.max(0, Math.round((now - info.startedAt.getTime()) / 1000)) : null,
      health: info?.health ?? null,
      memory_limit_mb: d.memory_limit_mb ?? null,
      port_mappings: d.port_mappings.map((p) => ({ host: p.host ?? null, container: p.container, protocol: p.protocol })),
      env_vars: d.env_vars,
      volumes: d.volumes.map((v) => ({ host: v.host, container: v.container, read_only: v.read_only })),
      command: asArgv(d.command) ?? null,
      args: d.args ?? null,
      restart_policy: d.restart_policy,
      host_id: this.hostOf(c),
      host_addr: hostAddr,
      created_at: c.createdAt,
      started_at: info?.startedAt ? info.startedAt.toISOString() : null,
    };
  }
}
