import { existsSync } from "node:fs";
import { readdir, rm, statfs } from "node:fs/promises";
import { cpus, freemem, loadavg, totalmem, uptime } from "node:os";
import { join } from "node:path";
import {
  DomainError,
  type HostCapacity,
  type HostConnection,
  type HostMetrics,
  type HostRuntimes,
  type HostVmDriver,
  type VmDriver,
  type VmRestoreSpec,
} from "@shipyard/core";
import { DockerContainerDriver, DockerEngineClient, socketPathFromDockerHost } from "@shipyard/driver-docker-engine";
import { FirecrackerVmDriver } from "@shipyard/driver-firecracker";
import { ProcessFunctionRuntime } from "@shipyard/driver-functions";
import { QemuVmDriver } from "@shipyard/driver-qemu";

/** What a host needs to run workloads: where its state lives and which engine socket to use. */
export interface LocalHostOptions {
  /** VM folders live in `<dataDir>/vms`. */
  dataDir: string;
  dockerHost?: string | undefined;
  containerNetwork?: string | undefined;
  /** `auto` (default): Firecracker where its binary and KVM are usable, else QEMU. */
  vmDriver?: "auto" | "qemu" | "firecracker" | undefined;
}

/** The real drivers of this machine, plus what it reports about itself. */
export interface LocalHost {
  connection: HostConnection & { close(): void };
  capacity(): Promise<HostCapacity>;
  runtimes(): Promise<HostRuntimes>;
  metrics(): Promise<HostMetrics>;
  close(): Promise<void>;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Builds this machine's drivers (Firecracker or QEMU, the Docker-compatible engine when its
 * socket exists, the process function runtime always) and re-adopts VMs that outlived a previous
 * agent or server process. Used by the embedded local agent and by `shipyard agent`.
 */
export async function openLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const engineSocket = socketPathFromDockerHost(options.dockerHost);
  const engine =
    options.dockerHost || existsSync(engineSocket) ? new DockerEngineClient({ socketPath: engineSocket }) : undefined;
  const containers = engine
    ? new DockerContainerDriver(engine, { defaultNetworkMode: options.containerNetwork ?? "bridge" })
    : undefined;
  const functions = new ProcessFunctionRuntime();
  const { driver: vm, availability: vmAvailability, stateDir: vmStateDir } = await chooseVmDriver(options);
  if (vmAvailability.available && vm.capabilities().adopt) {
    // VMs whose hypervisor kept running while no agent watched them: attach again, never start a second one
    for (const id of await readdir(vmStateDir).catch(() => [] as string[])) {
      await vm.adopt(id).catch(() => undefined);
    }
  }

  let lastCpu = cpuTimes();
  const runtimes = async (): Promise<HostRuntimes> => {
    let ctr: HostRuntimes["containers"] = {
      available: false,
      reason: `No container engine socket at ${engineSocket} (set SHIPYARD_DOCKER_HOST).`,
    };
    if (engine) {
      try {
        const v = await engine.system.version(AbortSignal.timeout(3000));
        ctr = { available: true, engine: "docker-api", version: v.version };
      } catch (e) {
        ctr = { available: false, reason: `The engine at ${engineSocket} does not answer: ${(e as Error).message}` };
      }
    }
    return {
      containers: ctr,
      vms: vmAvailability.available
        ? {
            available: true,
            driver: vm.name,
            accel: vm.name === "firecracker" ? "kvm" : "tcg",
            capabilities: { ...vm.capabilities() },
          }
        : { available: false, driver: vm.name, reason: vmAvailability.reason },
      functions: await functions.runtimes(),
    };
  };

  return {
    connection: {
      vm: vmAvailability.available ? withSnapshotRoot(vm, join(options.dataDir, "snapshots")) : undefined,
      containers,
      functions,
      close: () => undefined,
    },
    async capacity() {
      const fs = await statfs(options.dataDir).catch(() => undefined);
      return {
        vcpus: cpus().length,
        memoryMb: Math.floor(totalmem() / 2 ** 20),
        diskGb: fs ? round((fs.blocks * fs.bsize) / 2 ** 30) : 0,
      };
    },
    runtimes,
    async metrics() {
      const now = cpuTimes();
      const busy = now.busy - lastCpu.busy;
      const total = now.total - lastCpu.total;
      lastCpu = now;
      const fs = await statfs(options.dataDir).catch(() => undefined);
      return {
        at: new Date().toISOString(),
        cpuPercent: total > 0 ? round((busy / total) * 100) : 0,
        load1: round(loadavg()[0] ?? 0, 2),
        memoryUsedMb: Math.round((totalmem() - freemem()) / 2 ** 20),
        memoryTotalMb: Math.round(totalmem() / 2 ** 20),
        diskUsedGb: fs ? round(((fs.blocks - fs.bfree) * fs.bsize) / 2 ** 30) : 0,
        diskTotalGb: fs ? round((fs.blocks * fs.bsize) / 2 ** 30) : 0,
        uptimeSeconds: Math.round(uptime()),
      };
    },
    async close() {
      await functions.close();
      // VMs keep running; the next agent adopts them
      if (vmAvailability.available) await (vm as VmDriver & { detach?: () => Promise<void> }).detach?.();
    },
  };
}

/**
 * Firecracker where it can run (its binary and a usable /dev/kvm), QEMU otherwise — or the one asked
 * for. When Firecracker was wanted but cannot run, the reason travels with QEMU's availability.
 */
async function chooseVmDriver(options: LocalHostOptions) {
  const choice = options.vmDriver ?? "auto";
  const firecrackerDir = join(options.dataDir, "firecracker");
  const qemuDir = join(options.dataDir, "vms");
  if (choice !== "qemu") {
    const firecracker = new FirecrackerVmDriver({ stateDir: firecrackerDir });
    const availability = await firecracker.available();
    if (availability.available || choice === "firecracker")
      return { driver: firecracker as VmDriver, availability, stateDir: firecrackerDir };
  }
  const qemu = new QemuVmDriver({ stateDir: qemuDir });
  return { driver: qemu as VmDriver, availability: await qemu.available(), stateDir: qemuDir };
}

/**
 * The server names snapshot folders relative to the host (`<snapshot id>`); they live under the
 * host's own snapshots folder, never anywhere the caller points at.
 */
function withSnapshotRoot(driver: VmDriver, root: string): HostVmDriver {
  const inside = (name: string) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/.test(name) || name.includes("..")) {
      throw new DomainError("invalid_input", `"${name}" is not a snapshot name.`);
    }
    return join(root, name);
  };
  const overrides: Record<string, unknown> = {
    snapshot: (id: string, name: string) => driver.snapshot(id, inside(name)),
    restore: (name: string, spec: VmRestoreSpec) => driver.restore(inside(name), spec),
    deleteSnapshot: (name: string) => rm(inside(name), { recursive: true, force: true }),
  };
  return new Proxy(driver as HostVmDriver, {
    get(target, prop) {
      if (typeof prop === "string" && prop in overrides) return overrides[prop];
      const v = Reflect.get(target, prop);
      return typeof v === "function" ? v.bind(target) : v; // QEMU's driver keeps private fields
    },
  });
}

/** Busy and total CPU time of the whole machine since boot (all cores). */
function cpuTimes() {
  let busy = 0;
  let total = 0;
  for (const c of cpus()) {
    const t = c.times;
    busy += t.user + t.nice + t.sys + t.irq;
    total += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy, total };
}
