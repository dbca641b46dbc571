import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FirecrackerApi } from "../firecracker-api.ts";
import { FAULT_AFTER_START, FirecrackerStandIn } from "./stand-in.ts";

let dir: string;
let standIn: FirecrackerStandIn;
let api: FirecrackerApi;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "fc-standin-"));
  standIn = await FirecrackerStandIn.start({ socketPath: join(dir, "api.sock") });
  api = new FirecrackerApi({ socketPath: standIn.socketPath });
});

afterEach(async () => {
  await standIn.kill();
  await rm(dir, { recursive: true, force: true });
});

async function rawPut(path: string, body: unknown): Promise<number> {
  const { request } = await import("node:http");
  return new Promise((resolve, reject) => {
    const req = request(
      { socketPath: standIn.socketPath, method: "PUT", path, headers: { "content-type": "application/json" } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}

describe("Firecracker stand-in (spec-following)", () => {
  it("accepts a body that matches the spec", async () => {
    await api.putDrive({ drive_id: "rootfs", path_on_host: "/img/rootfs.ext4", is_root_device: true, is_read_only: false });
    expect(standIn.schemaViolations()).toEqual([]);
    expect(standIn.requests.at(-1)?.status).toBe(204);
  });

  it("rejects bodies that break the spec's schema, so the validator is not vacuous", async () => {
    // missing required is_root_device
    expect(await rawPut("/drives/rootfs", { drive_id: "rootfs", path_on_host: "/x" })).toBe(400);
    // unknown field (Firecracker denies unknown fields)
    expect(await rawPut("/drives/rootfs", { drive_id: "rootfs", is_root_device: true, readonly: true })).toBe(400);
    // wrong enum value
    expect(await rawPut("/actions", { action_type: "Reboot" })).toBe(400);
    // out of range, through a $ref'd nested definition (TokenBucket.size minimum 0)
    expect(
      await rawPut("/drives/d", { drive_id: "d", is_root_device: false, rate_limiter: { ops: { size: -1, refill_time: 1 } } }),
    ).toBe(400);
    // vcpu_count maximum 32
    expect(await rawPut("/machine-config", { vcpu_count: 33, mem_size_mib: 128 })).toBe(400);
    const violations = standIn.schemaViolations();
    expect(violations).toHaveLength(5);
    expect(violations[0]?.violations.join()).toMatch(/is_root_device/);
    expect(violations[1]?.violations.join()).toMatch(/readonly/);
    expect(violations[3]?.violations.join()).toMatch(/rate_limiter\/ops\/size/);
  });

  it("surfaces a schema rejection through the client as invalid_input", async () => {
    await expect(api.putMachineConfig({ vcpu_count: 0, mem_size_mib: 128 })).rejects.toMatchObject({
      name: "DomainError",
      code: "invalid_input",
    });
  });

  it("refuses a pre-boot-only resource after InstanceStart with Firecracker's 400 fault", async () => {
    await api.putBootSource({ kernel_image_path: "/boot/vmlinux", boot_args: "console=ttyS0" });
    await api.action("InstanceStart");
    const error = await api
      .putDrive({ drive_id: "late", path_on_host: "/img/late.ext4", is_root_device: false, is_read_only: true })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "DomainError", code: "conflict" });
    expect((error as Error).message).toContain(FAULT_AFTER_START);
    expect(standIn.requests.at(-1)).toMatchObject({ status: 400, fault: FAULT_AFTER_START, violations: [] });
  });

  it("refuses InstanceStart without a boot source, and a snapshot of a running VM", async () => {
    await expect(api.action("InstanceStart")).rejects.toMatchObject({ code: "invalid_input" });
    await api.putBootSource({ kernel_image_path: "/boot/vmlinux" });
    await api.action("InstanceStart");
    const files = { snapshot_path: join(dir, "state"), mem_file_path: join(dir, "mem") };
    await expect(api.createSnapshot(files)).rejects.toMatchObject({ code: "invalid_input" });
    await api.setVmState("Paused");
    await api.createSnapshot(files);
    expect((await api.describeInstance()).state).toBe("Paused");
    // Firecracker writes both files; one it cannot write is a 400.
    await expect(api.createSnapshot({ ...files, snapshot_path: join(dir, "missing", "state") })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining("Cannot create snapshot"),
    });
  });

  it("only loads a snapshot on a fresh process", async () => {
    await api.putMachineConfig({ vcpu_count: 1, mem_size_mib: 128 });
    await expect(
      api.loadSnapshot({ snapshot_path: "/s/state", mem_backend: { backend_type: "File", backend_path: "/s/mem" } }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("loads the devices a snapshot saved, with NIC overrides, paused until resumed", async () => {
    await api.putBootSource({ kernel_image_path: "/boot/vmlinux" });
    await api.putDrive({ drive_id: "rootfs", path_on_host: "/img/rootfs.ext4", is_root_device: true, is_read_only: false });
    await api.putNetworkInterface({ iface_id: "eth0", host_dev_name: "tap0" });
    await api.action("InstanceStart");
    await api.setVmState("Paused");
    await api.createSnapshot({ snapshot_path: join(dir, "state"), mem_file_path: join(dir, "mem") });

    const fresh = await FirecrackerStandIn.start({ socketPath: join(dir, "api2.sock") });
    const api2 = new FirecrackerApi({ socketPath: fresh.socketPath });
    try {
      const load = {
        snapshot_path: join(dir, "state"),
        mem_backend: { backend_type: "File" as const, backend_path: join(dir, "mem") },
      };
      await expect(api2.loadSnapshot({ ...load, snapshot_path: join(dir, "nope") })).rejects.toMatchObject({
        code: "invalid_input",
      });
      await api2.loadSnapshot({ ...load, network_overrides: [{ iface_id: "eth0", host_dev_name: "tap1" }] });
      expect((await api2.describeInstance()).state).toBe("Paused");
      expect(fresh.config.drives).toEqual({
        rootfs: { drive_id: "rootfs", path_on_host: "/img/rootfs.ext4", is_root_device: true, is_read_only: false },
      });
      expect(fresh.config["network-interfaces"]).toEqual({ eth0: { iface_id: "eth0", host_dev_name: "tap1" } });
      await api2.patchDrive({ drive_id: "rootfs", path_on_host: "/img/copy.ext4" });
      await api2.setVmState("Resumed");
      expect((await api2.describeInstance()).state).toBe("Running");
      expect(fresh.schemaViolations()).toEqual([]);
    } finally {
      await fresh.kill();
    }
  });

  it("reports the instance as the spec describes it", async () => {
    expect(await api.describeInstance()).toMatchObject({ app_name: "Firecracker", state: "Not started" });
    expect(await api.getMachineConfig()).toMatchObject({ vcpu_count: 1, mem_size_mib: 128 });
  });

  it("maps a missing socket to unavailable", async () => {
    const gone = new FirecrackerApi({ socketPath: join(dir, "nope.sock") });
    await expect(gone.describeInstance()).rejects.toMatchObject({ code: "unavailable" });
  });
});
