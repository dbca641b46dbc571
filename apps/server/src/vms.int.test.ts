import { GUEST_READY_MARKER, getTestGuest, type TestGuest } from "@shipyard/driver-qemu/testing/guest.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { failure, startTestServer, type TestServer } from "./testing/harness.ts";

/** A WebSocket terminal: what came back so far, and a way to wait for text in it. */
function terminal(url: string, token: string) {
  const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
  let out = "";
  ws.on("message", (m: Buffer) => {
    out += m.toString("utf8");
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.on("open", () => resolve());
    ws.on("error", reject);
  });
  return {
    send: async (text: string) => {
      await opened;
      ws.send(Buffer.from(text), { binary: true });
    },
    /** Waits until `text` appears after position `from`; returns the position after it. */
    waitFor: async (text: string, from = 0, timeoutMs = 45_000) => {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        const at = out.indexOf(text, from);
        if (at >= 0) return at + text.length;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no ${JSON.stringify(text)} on the console; it said ${JSON.stringify(out.slice(-400))}`);
    },
    close: () => ws.close(),
  };
}

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
    // a failed test must not leave QEMU running: VMs outlive the server by design
    for (const vm of (await t?.admin("listVms").catch(() => undefined))?.items ?? []) {
      await t.admin("deleteVm", { params: { id: vm.id } }).catch(() => undefined);
    }
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

  it("configures drives and NICs of a stopped VM, logs in with its shell credentials, snapshots and restores it, and sends Ctrl-Alt-Del", async () => {
    const volume = await t.admin("createVolume", { body: { name: "data-vol", size_mb: 8, format: "ext4" } });
    const vm = await t.admin("createVm", {
      body: {
        name: "cfg",
        vcpu: 1,
        mem_mib: 128,
        kernel_path: guest.kernel,
        initrd_path: guest.initrd,
        credentials: { username: "ops", password: "s3cret-pass" },
        start: false,
      },
    });
    expect(vm).toMatchObject({ state: "created", shell_username: "ops", drives: [], nics: [{ iface_id: "eth0" }] });
    expect(JSON.stringify(vm)).not.toContain("s3cret-pass");

    // drives: attach, refuse files outside the image folders and duplicate ids, change, list
    const drive = await t.admin("addVmDrive", {
      params: { id: "cfg" },
      body: { drive_id: "data", path_on_host: volume.path, rate_limiter: { bandwidth: { size: 1_048_576, refill_time: 1000 } } },
    });
    expect(drive).toMatchObject({ drive_id: "data", is_read_only: false, rate_limiter: { bandwidth: { size: 1_048_576 } } });
    expect(
      (await failure(t.admin("addVmDrive", { params: { id: "cfg" }, body: { drive_id: "x", path_on_host: "/etc/passwd" } })))
        .status,
    ).toBe(403);
    expect(
      (await failure(t.admin("addVmDrive", { params: { id: "cfg" }, body: { drive_id: "data", path_on_host: volume.path } })))
        .status,
    ).toBe(409);
    const ro = await t.admin("updateVmDrive", {
      params: { id: "cfg", drive_id: "data" },
      body: { is_read_only: true, rate_limiter: null },
    });
    expect(ro).toMatchObject({ is_read_only: true, rate_limiter: null });
    expect((await t.admin("listVmDrives", { params: { id: "cfg" } })).items.map((d) => d.drive_id)).toEqual(["data"]);

    // NICs: QEMU has no per-NIC rate limiter, and says so; a second user-mode NIC is fine
    const limited = await failure(
      t.admin("addVmNic", {
        params: { id: "cfg" },
        body: { iface_id: "eth1", rx_rate_limiter: { bandwidth: { size: 1000, refill_time: 100 } } },
      }),
    );
    expect(limited.status).toBe(501);
    expect(limited.message).toMatch(/nicRateLimits/);
    expect(
      (await t.admin("addVmNic", { params: { id: "cfg" }, body: { iface_id: "eth1", guest_mac: "52:54:00:aa:bb:cc" } }))
        .guest_mac,
    ).toBe("52:54:00:aa:bb:cc");
    expect(
      (await failure(t.admin("addVmNic", { params: { id: "cfg" }, body: { iface_id: "eth2", guest_mac: "01:00:5e:00:00:01" } })))
        .status,
    ).toBe(400);
    expect((await t.admin("listVmNics", { params: { id: "cfg" } })).items.map((n) => n.iface_id)).toEqual(["eth0", "eth1"]);

    expect(await t.admin("vmShell", { params: { id: "cfg" } })).toEqual({
      username: "ops",
      password: "s3cret-pass",
      console_ws: `/v1/vms/${vm.id}/shell/ws`,
    });

    expect((await t.admin("vmStart", { params: { id: "cfg" } })).state).toBe("running");
    // virtio-mmio cannot hot-plug: a running VM's drives are refused with a way forward
    const hot = await failure(t.admin("removeVmDrive", { params: { id: "cfg", drive_id: "data" } }));
    expect(hot.status).toBe(409);
    expect(hot.problem.suggestion).toMatch(/stop/i);

    const term = terminal(`${t.url.replace("http", "ws")}/v1/vms/cfg/shell/ws`, t.adminToken);
    let at = await term.waitFor("login:");
    await term.send("ops\n");
    at = await term.waitFor("assword:", at);
    await term.send("s3cret-pass\n");
    await new Promise((r) => setTimeout(r, 500));
    await term.send("X=MARK-$((40+2)); id -un; ls /dev/vd*\n");
    at = await term.waitFor("ops", at);
    await term.waitFor("/dev/vda", at);
    term.close();

    const snap = await t.admin("createVmSnapshot", { params: { id: "cfg" }, body: {} });
    expect(snap).toMatchObject({ vm_id: vm.id, snapshot_type: "Full" });
    expect(snap.size_bytes).toBeGreaterThan(0);
    expect((await t.admin("listVmSnapshots", { params: { id: "cfg" } })).items.map((x) => x.id)).toEqual([snap.id]);
    expect((await t.admin("getVm", { params: { id: "cfg" } })).state).toBe("running");

    const copy = await t.admin("instantiateSnapshot", { params: { id: snap.id }, body: { name: "cfg-copy" } });
    expect(copy).toMatchObject({ name: "cfg-copy", state: "running", shell_username: "ops" });
    const copyTerm = terminal(`${t.url.replace("http", "ws")}/v1/vms/cfg-copy/shell/ws`, t.adminToken);
    // the shell and its variable are in the restored memory
    await copyTerm.send("echo got-$X\n");
    await copyTerm.waitFor("got-MARK-42");
    copyTerm.close();

    // Ctrl-Alt-Del: the guest's init reboots, which ends a microVM — a stop, not a crash
    await t.admin("vmCtrlAltDel", { params: { id: "cfg" } });
    let state = "";
    for (let i = 0; i < 200 && state !== "stopped"; i++) {
      state = (await t.admin("getVm", { params: { id: "cfg" } })).state;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(state).toBe("stopped");

    await t.admin("deleteSnapshot", { params: { id: snap.id } });
    expect((await t.admin("listVmSnapshots", { params: { id: "cfg" } })).items).toEqual([]);
    expect((await failure(t.admin("instantiateSnapshot", { params: { id: snap.id }, body: { name: "gone" } }))).status).toBe(404);
    await t.admin("deleteVm", { params: { id: "cfg-copy" } });
    await t.admin("deleteVm", { params: { id: "cfg" } });
  }, 180_000);

  it("refuses bad specs and host files outside the VM image folders before anything starts", async () => {
    const base = { name: "bad", vcpu: 1, mem_mib: 128, kernel_path: guest.kernel };
    expect((await failure(t.admin("createVm", { body: { ...base, vcpu: 0 } }))).problem.issues?.[0]?.path).toBe("vcpu");
    expect((await failure(t.admin("createVm", { body: { ...base, mem_mib: 64 * 1024 * 1024 } }))).status).toBe(400);
    expect((await failure(t.admin("createVm", { body: { ...base, guest_mac: "not-a-mac" } }))).status).toBe(400);
    const both = await failure(
      t.admin("createVm", { body: { ...base, guest_mac: "52:54:00:00:00:09", nics: [{ iface_id: "eth0" }] } }),
    );
    expect(both.problem.issues?.[0]?.path).toBe("guest_mac");
    const bridged = await failure(t.admin("createVm", { body: { ...base, nics: [{ iface_id: "eth0", bridge: "br0" }] } }));
    expect(bridged.problem.issues?.[0]?.path).toBe("nics.0.bridge");
    expect((await failure(t.admin("createVm", { body: { ...base, kernel_path: "/etc/shadow" } }))).status).toBe(403);
    expect((await failure(t.admin("createVm", { body: { ...base, kernel_path: `${guest.dir}/missing` } }))).status).toBe(400);
    expect((await t.admin("listVms")).items).toEqual([]);
  });
});
