import { GUEST_READY_MARKER, getTestGuest, type TestGuest } from "@shipyard/driver-qemu/testing/guest.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { failure, startTestServer, type TestServer } from "./testing/harness.ts";

// A real microVM under QEMU (TCG) through Shipyard's API: the project's tiny guest (Debian kernel and
// a busybox initramfs, built once from Debian's archive), console and metrics over WebSocket.
describe("microVMs through the API (PGlite; real QEMU)", () => {
  let guest: TestGuest;
  let t: TestServer;

  beforeAll(async () => {
    guest = await getTestGuest();
    t = await startTestServer("pglite", { SHIPYARD_VM_ASSET_ROOTS: guest.dir });
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it("boots a VM, talks to its console, samples metrics, pauses, resumes, stops and deletes it", async () => {
    const vm = await t.admin("createVm", {
      body: {
        name: "tiny",
        vcpu: 1,
        mem_mib: 128,
        kernel_path: guest.kernel,
        initrd_path: guest.initrd,
        guest_mac: "52:54:00:12:34:56",
      },
    });
    expect(vm).toMatchObject({ name: "tiny", state: "running", vcpu: 1, mem_mib: 128, guest_mac: "52:54:00:12:34:56" });

    const ws = new WebSocket(`${t.url.replace("http", "ws")}/v1/vms/tiny/shell/ws`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    let out = "";
    await new Promise<void>((resolve, reject) => {
      let asked = false;
      ws.on("message", (m: Buffer) => {
        out += m.toString("utf8");
        if (!asked && out.includes(GUEST_READY_MARKER)) {
          asked = true;
          ws.send(Buffer.from("echo result=$((6*7))\n"), { binary: true });
        }
        if (out.includes("result=42")) resolve();
      });
      ws.on("open", () => setTimeout(() => ws.send(Buffer.from("\n"), { binary: true }), 500));
      ws.on("error", reject);
      setTimeout(() => reject(new Error(`no answer from the guest; console said ${JSON.stringify(out.slice(-400))}`)), 45_000);
    });
    ws.close();

    const mws = new WebSocket(`${t.url.replace("http", "ws")}/v1/vms/tiny/metrics/ws`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    const sample = await new Promise<{ memory_used_mb: number; uptime_seconds: number }>((resolve, reject) => {
      mws.on("message", (m) => resolve(JSON.parse(String(m))));
      mws.on("error", reject);
    });
    mws.close();
    expect(sample.memory_used_mb).toBeGreaterThan(0);

    expect((await t.admin("vmPause", { params: { id: "tiny" } })).state).toBe("paused");
    expect((await t.admin("vmResume", { params: { id: "tiny" } })).state).toBe("running");
    expect((await t.admin("listResources", { query: { type: "vm" } })).items[0]).toMatchObject({
      name: "tiny",
      state: "running",
    });
    expect((await t.admin("vmStop", { params: { id: "tiny" } })).state).toBe("stopped");
    await t.admin("deleteVm", { params: { id: "tiny" } });
    expect((await failure(t.admin("getVm", { params: { id: "tiny" } }))).status).toBe(404);
  }, 120_000);

  it("saves templates, clones them, creates VMs from them and counts their use", async () => {
    const tpl = await t.admin("createTemplate", {
      body: {
        name: "tiny-tpl",
        description: "the test guest",
        vcpu: 1,
        mem_mib: 128,
        kernel_path: guest.kernel,
        initrd_path: guest.initrd,
      },
    });
    expect(tpl).toMatchObject({ usage_count: 0, vcpu: 1 });
    const copy = await t.admin("cloneTemplate", { params: { id: "tiny-tpl" }, body: { name: "tiny-copy" } });
    expect(copy).toMatchObject({ name: "tiny-copy", mem_mib: 128, description: "the test guest" });
    const vm = await t.admin("instantiateTemplate", {
      params: { id: tpl.id },
      body: { name: "from-tpl", mem_mib: 96, start: false },
    });
    expect(vm).toMatchObject({ name: "from-tpl", mem_mib: 96, state: "created" });
    expect((await t.admin("getTemplate", { params: { id: "tiny-tpl" } })).usage_count).toBe(1);
    const sorted = await t.admin("listTemplates", { query: { sort: "usage" } });
    expect(sorted.items.map((x) => x.name)).toEqual(["tiny-tpl", "tiny-copy"]);
    expect((await t.admin("updateTemplate", { params: { id: "tiny-copy" }, body: { vcpu: 2 } })).vcpu).toBe(2);
    expect(
      (await failure(t.admin("updateTemplate", { params: { id: "tiny-copy" }, body: { kernel_path: "/etc/passwd" } }))).status,
    ).toBe(403);
    await t.admin("deleteVm", { params: { id: "from-tpl" } });
    await t.admin("deleteTemplate", { params: { id: "tiny-copy" } });
    expect((await failure(t.admin("getTemplate", { params: { id: "tiny-copy" } }))).status).toBe(404);
  }, 60_000);

  it("refuses bad specs and host files outside the VM image folders before anything starts", async () => {
    const base = { name: "bad", vcpu: 1, mem_mib: 128, kernel_path: guest.kernel };
    expect((await failure(t.admin("createVm", { body: { ...base, vcpu: 0 } }))).problem.issues?.[0]?.path).toBe("vcpu");
    expect((await failure(t.admin("createVm", { body: { ...base, mem_mib: 64 * 1024 * 1024 } }))).status).toBe(400);
    expect((await failure(t.admin("createVm", { body: { ...base, guest_mac: "not-a-mac" } }))).status).toBe(400);
    expect((await failure(t.admin("createVm", { body: { ...base, kernel_path: "/etc/shadow" } }))).status).toBe(403);
    expect((await failure(t.admin("createVm", { body: { ...base, kernel_path: `${guest.dir}/missing` } }))).status).toBe(400);
    expect((await t.admin("listVms")).items).toEqual([]);
  });
});
