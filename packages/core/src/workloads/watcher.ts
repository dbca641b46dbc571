import type { EventBus } from "../events/event-bus.ts";
import type { ContainerEvent } from "./container-driver-port.ts";
import { type ContainerRepository, MANAGED_LABEL } from "./containers.ts";
import type { StoredHost, WorkloadHosts } from "./hosts.ts";
import type { VmService } from "./vms.ts";

/**
 * Publishes what happens to workloads on their own — a container that dies or runs out of memory,
 * a VM whose guest powered off — on the event bus, next to the changes the API makes. Containers:
 * each online host's engine event stream (the driver's `events`, through the agent for remote
 * hosts). VMs: their state, compared on every tick. `tick()` is called periodically; it (re)starts
 * a container watch for each online host that lacks one and ends watches of hosts that went away.
 */
export class WorkloadWatcher {
  private readonly hosts: WorkloadHosts & { list(): Promise<StoredHost[]> };
  private readonly containers: ContainerRepository;
  private readonly vms: VmService;
  private readonly bus: EventBus;
  private readonly watches = new Map<string, AbortController>();
  private readonly vmStates = new Map<string, string>();
  private ticking = false;

  constructor(deps: {
    hosts: WorkloadHosts & { list(): Promise<StoredHost[]> };
    containers: ContainerRepository;
    vms: VmService;
    bus: EventBus;
  }) {
    this.hosts = deps.hosts;
    this.containers = deps.containers;
    this.vms = deps.vms;
    this.bus = deps.bus;
  }

  async tick(): Promise<void> {
    if (this.ticking) return; // a slow tick is skipped, not queued
    this.ticking = true;
    try {
      const online = (await this.hosts.list()).filter((h) => h.status === "online" && h.runtimes.containers.available);
      const ids = new Set(online.map((h) => h.id));
      for (const [id, ctl] of this.watches) {
        if (!ids.has(id)) {
          ctl.abort();
          this.watches.delete(id);
        }
      }
      for (const h of online) if (!this.watches.has(h.id)) this.watchContainers(h.id);
      await this.checkVms();
    } finally {
      this.ticking = false;
    }
  }

  private watchContainers(hostId: string) {
    const ctl = new AbortController();
    this.watches.set(hostId, ctl);
    void (async () => {
      try {
        const driver = await this.hosts.containerDriver(hostId);
        for await (const e of driver.events({ labels: { [MANAGED_LABEL]: undefined }, signal: ctl.signal })) {
          await this.publishContainerEvent(e);
        }
      } catch {
        // the engine or agent went away: the next tick starts a new watch if the host is online
      } finally {
        if (this.watches.get(hostId) === ctl) this.watches.delete(hostId);
      }
    })();
  }

  private async publishContainerEvent(e: ContainerEvent) {
    const interesting = ["start", "restart", "stop", "die", "oom", "pause", "unpause", "health_status"];
    if (!interesting.includes(e.type)) return;
    // by our label, not the engine id: a container can die before its engine id is recorded
    const ours = e.attributes?.[MANAGED_LABEL];
    const c = ours ? await this.containers.get(ours) : (await this.containers.list()).find((x) => x.engineId === e.containerId);
    if (!c) return;
    await this.bus.publish({
      type: e.type === "die" ? "container.died" : e.type === "oom" ? "container.oom" : `container.engine.${e.type}`,
      resource: { kind: "container", id: c.id },
      data: {
        name: c.name,
        action: e.action,
        ...(e.exitCode !== undefined ? { exit_code: e.exitCode } : {}),
        ...(e.health ? { health: e.health } : {}),
      },
      audience: { permission: "workloads:read" },
    });
  }

  private async checkVms() {
    const vms = await this.vms.list().catch(() => []);
    const seen = new Set<string>();
    for (const vm of vms) {
      seen.add(vm.id);
      const before = this.vmStates.get(vm.id);
      this.vmStates.set(vm.id, vm.state);
      if (before !== undefined && before !== vm.state) {
        await this.bus.publish({
          type: "vm.state",
          resource: { kind: "vm", id: vm.id },
          data: {
            name: vm.name,
            from: before,
            to: vm.state,
            ...(vm.last_output ? { last_output: vm.last_output.slice(-500) } : {}),
          },
          audience: { permission: "workloads:read" },
        });
      }
    }
    for (const id of [...this.vmStates.keys()]) if (!seen.has(id)) this.vmStates.delete(id);
  }

  close() {
    for (const ctl of this.watches.values()) ctl.abort();
    this.watches.clear();
  }
}
