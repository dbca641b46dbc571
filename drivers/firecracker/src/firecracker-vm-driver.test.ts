import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FirecrackerApi } from "./firecracker-api.ts";
import { FirecrackerVmDriver } from "./firecracker-vm-driver.ts";
import { FAULT_AFTER_START, type FirecrackerStandIn } from "./testing/stand-in.ts";
import { standInLauncher } from "./testing/stand-in-launcher.ts";
import type { VmSpec } from "./vm-port.ts";

let dir: string;
let stateDir: string;
let driver: FirecrackerVmDriver;
let instances: FirecrackerStandIn[];
let commands: string[][];
let launcher: ReturnType<typeof standInLauncher>["launcher"];

const file = (name: string) => join(dir, name);

const spec = (over: Partial<VmSpec> = {}): VmSpec => ({
  id: "vm1",
  vcpus: 2,
  memoryMb: 256,
  kernel: file("vmlinux"),
  initrd: file("initrd.img"),
  kernelArgs: "console=ttyS0 quiet",
  drives: [
    {
      id: "rootfs",
      path: file("rootfs.ext4"),
      readOnly: false,
      root: true,
      rateLimit: {
        bandwidth: { size: 10_485_760, refillTimeMs: 1000, oneTimeBurst: 1_048_576 },
        ops: { size: 500, refillTimeMs: 1000 },
      },
    },
    { id: "data", path: file("data.ext4"), readOnly: true, root: false },
  ],
  nics: [
    {
      id: "eth0",
      mode: "tap",
      mac: "06:00:AC:10:00:02",
      tap: "tap-vm1",
      rxRateLimit: { bandwidth: { size: 1_000_000, refillTimeMs: 100 } },
      txRateLimit: { ops: { size: 1000, refillTimeMs: 1000 } },
    },
  ],
  console: true,
  ...over,
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "fc-driver-"));
  stateDir = join(dir, "state");
  for (const f of ["vmlinux", "initrd.img", "rootfs.ext4", "data.ext4"]) await writeFile(file(f), "");
  const fake = standInLauncher();
  instances = fake.instances;
  commands = fake.commands;
  launcher = fake.launcher;
  driver = new FirecrackerVmDriver({ stateDir, binaryPath: "/opt/firecracker/firecracker", launcher, arch: "x64" });
});

afterEach(async () => {
  for (const s of instances) await s.kill();
  await rm(dir, { recursive: true, force: true });
});

const sent = (s: FirecrackerStandIn | undefined) =>
  (s?.requests ?? []).filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`);
const bodyOf = (s: FirecrackerStandIn | undefined, path: string) => s?.requests.find((r) => r.path === path)?.body;

describe("FirecrackerVmDriver against the spec-following stand-in", () => {
  it("runs the lifecycle create → start → pause → resume → stop → delete", async () => {
    expect(await driver.create(spec())).toEqual({ id: "vm1", state: "created" });
    expect(instances).toHaveLength(0); // create starts nothing
    expect((await driver.status("vm1")).state).toBe("created");
    await driver.start("vm1");
    expect(commands[0]).toEqual(["/opt/firecracker/firecracker", "--api-sock", join(stateDir, "vm1", "firecracker.sock")]);
    const running = await driver.status("vm1");
    expect(running).toMatchObject({ state: "running", pid: expect.any(Number) });
    await driver.pause("vm1");
    expect((await driver.status("vm1")).state).toBe("paused");
    await driver.resume("vm1");
    expect((await driver.status("vm1")).state).toBe("running");
    expect(await driver.stop("vm1", { timeoutMs: 2000 })).toEqual({ how: "graceful" });
    expect((await driver.status("vm1")).state).toBe("stopped");
    expect(existsSync(join(stateDir, "vm1", "firecracker.sock"))).toBe(false);
    expect(await driver.stop("vm1")).toEqual({ how: "already-stopped" });
    await driver.delete("vm1");
    expect(existsSync(join(stateDir, "vm1"))).toBe(false);
    await expect(driver.status("vm1")).rejects.toMatchObject({ code: "not_found" });

    const fc = instances[0];
    expect(fc?.schemaViolations()).toEqual([]);
    expect(fc?.requests.every((r) => r.status < 300)).toBe(true);
    // pre-boot configuration in Firecracker's order, then the actions
    expect(sent(fc)).toEqual([
      "PUT /logger",
      "PUT /metrics",
      "PUT /machine-config",
      "PUT /boot-source",
      "PUT /drives/rootfs",
      "PUT /drives/data",
      "PUT /network-interfaces/eth0",
      "PUT /actions",
      "PATCH /vm",
      "PATCH /vm",
      "PUT /actions",
    ]);
    expect(fc?.requests.filter((r) => r.path === "/actions").map((r) => r.body)).toEqual([
      { action_type: "InstanceStart" },
      { action_type: "SendCtrlAltDel" },
    ]);
    expect(fc?.requests.filter((r) => r.path === "/vm").map((r) => r.body)).toEqual([{ state: "Paused" }, { state: "Resumed" }]);
  });

  it("sends the spec's shapes for machine, boot source, drives (rate limits as token buckets) and NICs", async () => {
    await driver.create(spec());
    await driver.start("vm1");
    const fc = instances[0];
    expect(bodyOf(fc, "/machine-config")).toEqual({ vcpu_count: 2, mem_size_mib: 256 });
    expect(bodyOf(fc, "/boot-source")).toEqual({
      kernel_image_path: file("vmlinux"),
      initrd_path: file("initrd.img"),
      boot_args: "console=ttyS0 quiet reboot=k panic=1 pci=off",
    });
    expect(bodyOf(fc, "/drives/rootfs")).toEqual({
      drive_id: "rootfs",
      path_on_host: file("rootfs.ext4"),
      is_root_device: true,
      is_read_only: false,
      rate_limiter: {
        bandwidth: { size: 10_485_760, refill_time: 1000, one_time_burst: 1_048_576 },
        ops: { size: 500, refill_time: 1000 },
      },
    });
    expect(bodyOf(fc, "/drives/data")).toEqual({
      drive_id: "data",
      path_on_host: file("data.ext4"),
      is_root_device: false,
      is_read_only: true,
    });
    expect(bodyOf(fc, "/network-interfaces/eth0")).toEqual({
      iface_id: "eth0",
      host_dev_name: "tap-vm1",
      guest_mac: "06:00:ac:10:00:02",
      rx_rate_limiter: { bandwidth: { size: 1_000_000, refill_time: 100 } },
      tx_rate_limiter: { ops: { size: 1000, refill_time: 1000 } },
    });
    expect(fc?.schemaViolations()).toEqual([]);
  });

  it("snapshots a running VM (pause, create, copy writable drives, resume) and restores it into a new VM", async () => {
    await writeFile(file("rootfs.ext4"), "root file system");
    await driver.create(spec());
    await driver.start("vm1");
    const snap = join(dir, "snap");
    const info = await driver.snapshot("vm1", snap);
    expect(info).toMatchObject({ dir: snap, memoryFile: join(snap, "memory.bin"), spec: { id: "vm1" } });
    expect(info.sizeBytes).toBeGreaterThan(0);
    expect((await driver.status("vm1")).state).toBe("running");
    const fc = instances[0];
    expect(sent(fc).slice(-3)).toEqual(["PATCH /vm", "PUT /snapshot/create", "PATCH /vm"]);
    expect(bodyOf(fc, "/snapshot/create")).toEqual({
      snapshot_path: join(snap, "vmstate.bin"),
      mem_file_path: join(snap, "memory.bin"),
      snapshot_type: "Full",
    });
    expect((await readdir(snap)).sort()).toEqual(["drive-rootfs.img", "memory.bin", "snapshot.json", "vmstate.bin"]);
    expect(await readFile(join(snap, "drive-rootfs.img"), "utf8")).toBe("root file system");
    const manifest = JSON.parse(await readFile(join(snap, "snapshot.json"), "utf8"));
    expect(manifest).toMatchObject({
      driver: "firecracker",
      memoryFile: "memory.bin",
      stateFile: "vmstate.bin",
      drives: [{ id: "rootfs", file: "drive-rootfs.img" }, { id: "data" }],
    });
    await expect(driver.snapshot("vm1", snap)).rejects.toMatchObject({ code: "conflict" }); // never written over

    // A paused VM stays paused.
    await driver.pause("vm1");
    await driver.snapshot("vm1", join(dir, "snap2"));
    expect((await driver.status("vm1")).state).toBe("paused");

    await expect(driver.restore(snap, { id: "vm1" })).rejects.toMatchObject({ code: "conflict" });
    await expect(driver.restore(snap, { id: "vm2", nics: [{ id: "nope", tap: "tap9" }] })).rejects.toMatchObject({
      code: "invalid_input",
      issues: [{ path: "nics.0.id" }],
    });
    await expect(driver.restore(join(dir, "nothing"), { id: "vm2" })).rejects.toMatchObject({ code: "invalid_input" });
    expect(await driver.restore(snap, { id: "vm2", nics: [{ id: "eth0", tap: "tap-vm2" }] })).toEqual({
      id: "vm2",
      state: "running",
    });
    const restored = instances.at(-1);
    expect(sent(restored)).toEqual(["PUT /logger", "PUT /metrics", "PUT /snapshot/load", "PATCH /drives/rootfs", "PATCH /vm"]);
    expect(bodyOf(restored, "/snapshot/load")).toEqual({
      snapshot_path: join(snap, "vmstate.bin"),
      mem_backend: { backend_type: "File", backend_path: join(snap, "memory.bin") },
      resume_vm: false,
      network_overrides: [{ iface_id: "eth0", host_dev_name: "tap-vm2" }],
    });
    const copy = join(stateDir, "vm2", "drive-rootfs.img");
    expect(bodyOf(restored, "/drives/rootfs")).toEqual({ drive_id: "rootfs", path_on_host: copy });
    expect(await readFile(copy, "utf8")).toBe("root file system");
    expect(restored?.schemaViolations()).toEqual([]);
    expect((await driver.status("vm2")).state).toBe("running");
    expect((await driver.status("vm1")).state).toBe("paused");

    await driver.delete("vm2");
    expect(existsSync(join(stateDir, "vm2"))).toBe(false);
    expect(existsSync(join(snap, "snapshot.json"))).toBe(true);
    expect(fc?.schemaViolations()).toEqual([]);
  });

  it("reconfigures a created or stopped VM, not a running one; the next start uses the new spec", async () => {
    await driver.create(spec());
    await driver.start("vm1");
    const smaller = spec({ vcpus: 1, memoryMb: 128, drives: [], credentials: { username: "ops", passwordHash: "$6$salt$abc" } });
    await expect(driver.reconfigure("vm1", smaller)).rejects.toMatchObject({ code: "conflict" });
    await driver.stop("vm1");
    await expect(driver.reconfigure("vm1", { ...smaller, id: "other" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(driver.reconfigure("vm1", { ...smaller, kernel: file("missing") })).rejects.toMatchObject({
      code: "invalid_input",
    });
    await driver.reconfigure("vm1", smaller);
    await driver.start("vm1");
    const fc = instances.at(-1);
    expect(bodyOf(fc, "/machine-config")).toEqual({ vcpu_count: 1, mem_size_mib: 128 });
    expect(sent(fc).filter((r) => r.startsWith("PUT /drives"))).toEqual([]);
    expect(bodyOf(fc, "/boot-source")).toMatchObject({
      boot_args: "console=ttyS0 quiet reboot=k panic=1 pci=off shipyard.user=ops shipyard.pwhash=$6$salt$abc",
    });
    const restarted = new FirecrackerVmDriver({ stateDir, launcher, arch: "x64" });
    await restarted.adopt("vm1");
    expect((await restarted.metrics("vm1")).memoryLimitMb).toBe(128);
  });

  it("surfaces Firecracker's pre-boot-only refusal after start as a DomainError", async () => {
    await driver.create(spec());
    await driver.start("vm1");
    const api = new FirecrackerApi({ socketPath: join(stateDir, "vm1", "firecracker.sock") });
    const error = await api
      .putDrive({ drive_id: "late", path_on_host: file("data.ext4"), is_root_device: false, is_read_only: true })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "DomainError", code: "conflict" });
    expect((error as Error).message).toContain(FAULT_AFTER_START);
    expect(instances[0]?.requests.at(-1)).toMatchObject({ status: 400, fault: FAULT_AFTER_START, violations: [] });
  });

  it("changes a drive's rate limit on a running VM (post-boot PATCH)", async () => {
    await driver.create(spec());
    await expect(driver.setDriveRateLimit("vm1", "data", { ops: { size: 100, refillTimeMs: 1000 } })).rejects.toMatchObject({
      code: "conflict",
    });
    await driver.start("vm1");
    await driver.setDriveRateLimit("vm1", "data", { ops: { size: 100, refillTimeMs: 1000 } });
    expect(instances[0]?.requests.at(-1)).toMatchObject({
      method: "PATCH",
      path: "/drives/data",
      status: 204,
      body: { drive_id: "data", rate_limiter: { ops: { size: 100, refill_time: 1000 } } },
    });
    expect(instances[0]?.schemaViolations()).toEqual([]);
  });

  it("starts again after a stop with a fresh, reconfigured process", async () => {
    await driver.create(spec());
    await driver.start("vm1");
    await driver.stop("vm1");
    await driver.start("vm1");
    expect((await driver.status("vm1")).state).toBe("running");
    expect(instances).toHaveLength(2);
    expect(sent(instances[1]).at(-1)).toBe("PUT /actions");
    expect(instances[1]?.schemaViolations()).toEqual([]);
  });

  it("forces the stop when the guest ignores Ctrl-Alt-Del", async () => {
    const deaf = standInLauncher({ shutdownDelayMs: 60_000 });
    const d = new FirecrackerVmDriver({ stateDir, launcher: deaf.launcher, arch: "x64" });
    await d.create(spec());
    await d.start("vm1");
    expect(await d.stop("vm1", { timeoutMs: 50 })).toEqual({ how: "forced" });
    expect((await d.status("vm1")).state).toBe("stopped");
    for (const s of deaf.instances) await s.kill();
  });

  it("streams the serial console and types into it", async () => {
    await driver.create(spec());
    await expect(driver.console("vm1")).rejects.toMatchObject({ code: "conflict" });
    await driver.start("vm1");
    const console = await driver.console("vm1");
    console.write("echo hi\n");
    let seen = "";
    for await (const chunk of console) {
      seen += String(chunk);
      if (seen.includes("echo hi")) break;
    }
    expect(seen).toContain("guest booted");
    expect(seen).toContain("echo hi");
    expect((await driver.status("vm1")).lastOutput).toContain("guest booted");
  });

  it("ends the console stream when the VM stops", async () => {
    await driver.create(spec());
    await driver.start("vm1");
    const console = await driver.console("vm1");
    const ended = new Promise<void>((r) => console.on("end", () => r()));
    console.resume();
    await driver.stop("vm1");
    await ended;
  });

  it("reports process metrics and Firecracker's block counters", async () => {
    await driver.create(spec());
    await driver.start("vm1");
    await driver.metrics("vm1");
    const m = await driver.metrics("vm1");
    expect(m).toMatchObject({ memoryLimitMb: 256, diskReadBytes: 8192, diskWriteBytes: 1024, threads: 1 });
    expect(m.memoryUsedMb).toBeGreaterThan(0);
    expect(m.cpuPercent).toBeGreaterThanOrEqual(0);
  });

  it("re-attaches to a running VM after the agent restarts", async () => {
    await driver.create(spec());
    await driver.start("vm1");
    const restarted = new FirecrackerVmDriver({ stateDir, launcher, arch: "x64" });
    expect(await restarted.adopt("vm1")).toEqual({ id: "vm1", state: "running" });
    await restarted.pause("vm1");
    expect((await restarted.status("vm1")).state).toBe("paused");
    await expect(restarted.console("vm1")).rejects.toMatchObject({ code: "unavailable" });
    const listed = [];
    for await (const h of restarted.list()) listed.push(h);
    expect(listed).toEqual([{ id: "vm1", state: "paused" }]);
    await restarted.delete("vm1");
    await instances[0]?.exited;
    expect(existsSync(join(stateDir, "vm1"))).toBe(false);
    await expect(restarted.adopt("vm1")).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses what Firecracker cannot do before spawning anything", async () => {
    await expect(driver.create(spec({ nics: [{ id: "eth0", mode: "user", mac: "06:00:ac:10:00:02" }] }))).rejects.toMatchObject({
      code: "unsupported",
    });
    await expect(
      driver.create(spec({ nics: [{ id: "eth0", mode: "tap", mac: "06:00:ac:10:00:02", tap: "tap0", bridge: "br0" }] })),
    ).rejects.toMatchObject({ code: "unsupported" });
    await expect(driver.create(spec({ vcpus: 64 }))).rejects.toMatchObject({ code: "invalid_input" });
    await expect(driver.create(spec({ kernel: file("missing-vmlinux") }))).rejects.toMatchObject({
      code: "invalid_input",
      issues: [{ path: "kernel" }],
    });
    expect(instances).toHaveLength(0);
    expect(existsSync(join(stateDir, "vm1"))).toBe(false);
  });

  it("answers not_found and conflict for unknown, duplicate and not-running VMs", async () => {
    await expect(driver.start("ghost")).rejects.toMatchObject({ code: "not_found" });
    await driver.create(spec());
    await expect(driver.create(spec())).rejects.toMatchObject({ code: "conflict" });
    await expect(driver.pause("vm1")).rejects.toMatchObject({ code: "conflict" });
  });

  it("says Ctrl-Alt-Del is unsupported off x86_64", async () => {
    const arm = new FirecrackerVmDriver({ stateDir, launcher, arch: "arm64" });
    expect(arm.capabilities().ctrlAltDel).toBe(false);
    await arm.create(spec());
    await expect(arm.ctrlAltDel("vm1")).rejects.toMatchObject({ code: "unsupported" });
  });
});

describe("FirecrackerVmDriver on this machine", () => {
  it("reports itself unavailable, with the reason, when the binary is missing", async () => {
    const real = new FirecrackerVmDriver({ stateDir });
    const availability = await real.available();
    expect(availability.available).toBe(false);
    expect(availability.reason).toMatch(/firecracker binary "firecracker" was not found/);
  });

  it("names a missing KVM device in the reason", async () => {
    const real = new FirecrackerVmDriver({ stateDir, kvmDevice: file("kvm") });
    expect((await real.available()).reason).toMatch(/kvm is not usable \(ENOENT\)/);
  });

  it("fails start with unavailable when the binary cannot be spawned, and records why", async () => {
    const real = new FirecrackerVmDriver({ stateDir, binaryPath: file("no-such-firecracker") });
    await real.create(spec());
    await expect(real.start("vm1")).rejects.toMatchObject({ code: "unavailable" });
    const status = await real.status("vm1");
    expect(status.state).toBe("error");
    expect(status.lastOutput).toMatch(/ENOENT/);
  });
});
