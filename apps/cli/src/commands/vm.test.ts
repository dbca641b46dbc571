import type { Resource, Snapshot, Vm } from "@shipyard/contract";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { sockets } from "../terminal.ts";
import { fakeApi, problem } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const vm = (overrides: Partial<Vm> = {}): Vm => ({
  id: "vm_1",
  name: "dev",
  state: "running",
  host_id: "local",
  host_addr: "127.0.0.1",
  vcpu: 2,
  mem_mib: 512,
  kernel_path: "/k/vmlinux",
  initrd_path: null,
  rootfs_path: "/k/rootfs.ext4",
  guest_mac: null,
  guest_ip: "10.0.0.2",
  drives: [{ drive_id: "rootfs", path_on_host: "/k/rootfs.ext4", is_root_device: true, is_read_only: false, rate_limiter: null }],
  nics: [
    {
      iface_id: "eth0",
      guest_mac: "52:54:00:00:00:01",
      host_dev_name: null,
      bridge: null,
      rx_rate_limiter: null,
      tx_rate_limiter: null,
    },
  ],
  shell_username: null,
  last_output: null,
  created_at: "2025-06-01T10:00:00.000Z",
  updated_at: "2025-06-01T10:00:00.000Z",
  ...overrides,
});

const sample = {
  at: "2025-06-01T12:00:01.000Z",
  cpu_percent: 3.25,
  memory_used_mb: 40,
  memory_limit_mb: 512,
  uptime_seconds: 63,
  disk_read_bytes: 1024,
  disk_write_bytes: null,
};

const originalOpen = sockets.open;
afterEach(() => {
  sockets.open = originalOpen;
});

const runWith = async (argv: string[], fetch: typeof globalThis.fetch, env: Record<string, string> = {}) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env", ...env } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText(), io };
};

describe("vm", () => {
  it("lists VMs", async () => {
    const a = fakeApi({ "GET /v1/vms": () => ({ body: { items: [vm()] } }) });
    const r = await runWith(["vm", "list"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[1]).toBe("vm_1  dev   running     2  512 MiB  10.0.0.2  local  2 hours ago");
  });

  it("shows one VM with its drives, NICs and console login; exit 5 when missing", async () => {
    const a = fakeApi({ "GET /v1/vms/dev": () => ({ body: vm({ state: "error", last_output: "Kernel panic\n" }) }) });
    const r = await runWith(["vm", "show", "dev"], a.fetch);
    expect(r.stdout).toContain("Console  none: the console opens a root shell");
    expect(r.stdout).toContain(
      "Drives:\nID      PATH            ROOT  ACCESS      LIMIT\nrootfs  /k/rootfs.ext4  yes   read-write  -\n",
    );
    expect(r.stdout).toContain("eth0  52:54:00:00:00:01  user-mode (NAT)  -         -");
    expect(r.stdout).toContain("Kernel panic\n");
    const withLogin = fakeApi({ "GET /v1/vms/dev": () => ({ body: vm({ shell_username: "ada" }) }) });
    expect((await runWith(["vm", "show", "dev"], withLogin.fetch)).stdout).toContain(
      "Console  login as ada (`shipyard vm shell-info dev` shows the password)",
    );
    expect((await runWith(["vm", "show", "nope"], a.fetch)).code).toBe(5);
  });

  it("creates with defaults and --no-start", async () => {
    const a = fakeApi({ "POST /v1/vms": () => ({ status: 201, body: vm({ state: "created" }) }) });
    const r = await runWith(
      ["vm", "create", "dev", "--kernel", "/k/vmlinux", "--initrd", "/k/initrd", "--mac", "52:54:00:12:34:56", "--no-start"],
      a.fetch,
    );
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({
      name: "dev",
      vcpu: 1,
      mem_mib: 256,
      kernel_path: "/k/vmlinux",
      initrd_path: "/k/initrd",
      guest_mac: "52:54:00:12:34:56",
      start: false,
    });
    expect(r.stdout).toContain("Created VM dev (vm_1): created.");
  });

  it.each([
    [[]],
    [["--kernel", "/k", "--vcpus", "0"]],
    [["--kernel", "/k", "--vcpus", "1.5"]],
    [["--kernel", "/k", "--memory", "8"]],
    [["--kernel", "/k", "--mac", "not-a-mac"]],
  ])("rejects bad create flags %j with exit 2", async (extra) => {
    expect((await runWith(["vm", "create", "dev", ...extra], fakeApi({}).fetch)).code).toBe(2);
  });

  it("creates with a host, drives, NICs and a console login", async () => {
    const a = fakeApi({ "POST /v1/vms": () => ({ status: 201, body: vm() }) });
    const r = await runWith(
      [
        "vm",
        "create",
        "dev",
        "--kernel",
        "/k/vmlinux",
        "--rootfs",
        "/k/rootfs.ext4",
        "--host",
        "node-2",
        "--drive",
        "id=data,path=/k/data.ext4,ro",
        "--drive",
        "id=scratch,path=/k/scratch.img",
        "--nic",
        "id=eth0,mac=52:54:00:00:00:09,tap=tap0,bridge=br0",
        "--nic",
        "id=eth1",
        "--user",
        "ada",
        "--password",
        "s3cret-pw",
      ],
      a.fetch,
    );
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({
      name: "dev",
      vcpu: 1,
      mem_mib: 256,
      kernel_path: "/k/vmlinux",
      rootfs_path: "/k/rootfs.ext4",
      host_id: "node-2",
      drives: [
        { drive_id: "data", path_on_host: "/k/data.ext4", is_root_device: false, is_read_only: true },
        { drive_id: "scratch", path_on_host: "/k/scratch.img", is_root_device: false, is_read_only: false },
      ],
      nics: [{ iface_id: "eth0", guest_mac: "52:54:00:00:00:09", host_dev_name: "tap0", bridge: "br0" }, { iface_id: "eth1" }],
      credentials: { username: "ada", password: "s3cret-pw" },
      start: true,
    });
    expect(r.stdout).toContain("Created VM dev (vm_1): running.");
  });

  it("takes the console password from SHIPYARD_VM_PASSWORD", async () => {
    const a = fakeApi({ "POST /v1/vms": () => ({ status: 201, body: vm() }) });
    const r = await runWith(["vm", "create", "dev", "--kernel", "/k", "--user", "ada"], a.fetch, {
      SHIPYARD_VM_PASSWORD: "from-the-env",
    });
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toMatchObject({ credentials: { username: "ada", password: "from-the-env" } });
  });

  it.each([
    [["--drive", "path=/x"], "--drive needs id=<drive-id>"],
    [["--drive", "id=data"], "--drive needs path="],
    [["--drive", "id=data,path=/x,rw"], 'unknown part "rw"'],
    [["--drive", "id=d,path=/a", "--drive", "id=d,path=/b"], "gives id=d twice"],
    [["--rootfs", "/r", "--drive", "id=rootfs,path=/x"], "id=rootfs is taken"],
    [["--drive", "id=a,path=/a,root", "--drive", "id=b,path=/b,root"], "second root device"],
    [["--nic", "mac=52:54:00:00:00:01"], "--nic needs id=<nic-id>"],
    [["--nic", "id=eth0,mac=zz"], "bad mac"],
    [["--nic", "id=eth0,bridge=br0"], "bridge= without tap="],
    [["--nic", "id=eth0", "--mac", "52:54:00:12:34:56"], "--mac only applies to the default NIC"],
    [["--user", "ada"], "--user ada needs a password: pass --password, or set SHIPYARD_VM_PASSWORD."],
    [["--user", "ada", "--password", "short"], "--password must have at least 8 characters"],
    [["--password", "long-enough"], "--password needs --user"],
    [["--user", "Ada!", "--password", "long-enough"], "--user must be lowercase"],
  ])("refuses create flags %j with exit 2 and sends nothing", async (extra, message) => {
    const a = fakeApi({});
    const r = await runWith(["vm", "create", "dev", "--kernel", "/k", ...extra], a.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });

  it("refuses a too short SHIPYARD_VM_PASSWORD", async () => {
    const a = fakeApi({});
    const r = await runWith(["vm", "create", "dev", "--kernel", "/k", "--user", "ada"], a.fetch, {
      SHIPYARD_VM_PASSWORD: "short",
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("SHIPYARD_VM_PASSWORD must have 8 to 200 characters.");
    expect(a.requests).toHaveLength(0);
  });

  it("sends Ctrl-Alt-Del", async () => {
    const a = fakeApi({ "POST /v1/vms/dev/ctrl-alt-del": () => ({ body: vm() }) });
    const r = await runWith(["vm", "ctrl-alt-del", "dev"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.method).toBe("POST");
    expect(r.stdout).toContain("Sent Ctrl-Alt-Del to dev: running.");
  });

  it("shows the console login, or that there is none", async () => {
    const a = fakeApi({
      "GET /v1/vms/dev/shell": () => ({ body: { username: "ada", password: "s3cret-pw", console_ws: "/v1/vms/vm_1/shell/ws" } }),
      "GET /v1/vms/bare/shell": () => ({ body: { username: "root", password: null, console_ws: "/v1/vms/vm_2/shell/ws" } }),
    });
    const r = await runWith(["vm", "shell-info", "dev"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("Username  ada\nPassword  s3cret-pw\nAttach    shipyard vm console dev  (Ctrl-] detaches)\n");
    expect((await runWith(["vm", "shell-info", "bare"], a.fetch)).stdout).toContain(
      "Password  none: the console opens a root shell",
    );
    expect(JSON.parse((await runWith(["vm", "shell-info", "dev", "--json"], a.fetch)).stdout)).toEqual({
      username: "ada",
      password: "s3cret-pw",
      console_ws: "/v1/vms/vm_1/shell/ws",
    });
  });

  it("controls power state and deletes", async () => {
    const a = fakeApi({
      "POST /v1/vms/dev/pause": () => ({ body: vm({ state: "paused" }) }),
      "POST /v1/vms/dev/resume": () => ({ body: vm() }),
      "DELETE /v1/vms/dev": () => ({ status: 204 }),
    });
    expect((await runWith(["vm", "pause", "dev"], a.fetch)).stdout).toContain("Paused dev: paused.");
    expect((await runWith(["vm", "resume", "dev", "--json"], a.fetch)).stdout).toContain('"state": "running"');
    expect((await runWith(["vm", "rm", "dev"], a.fetch)).stdout).toContain("Deleted VM dev.");
  });

  it("prints one metrics sample", async () => {
    const a = fakeApi({ "GET /v1/vms/dev/metrics": () => ({ body: sample }) });
    const r = await runWith(["vm", "metrics", "dev"], a.fetch);
    expect(r.stdout).toContain("CPU     3.3%");
    expect(r.stdout).toContain("Uptime  1m 3s");
  });

  it("watches metrics over the WebSocket until Ctrl-C", async () => {
    let closed = false;
    let url = "";
    const a = fakeApi({});
    const io = createTestIo({ fetch: a.fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
    sockets.open = (u, _t, h) => {
      url = u;
      setTimeout(() => {
        h.message(Buffer.from(JSON.stringify(sample)), false);
        io.emitSignal("SIGINT");
      }, 0);
      return {
        send: () => undefined,
        close: () => {
          closed = true;
        },
      };
    };
    const code = await run(["vm", "metrics", "dev", "--watch"], io);
    expect(code).toBe(0);
    expect(closed).toBe(true);
    expect(url).toBe("ws://localhost:7300/v1/vms/dev/metrics/ws");
    expect(io.stdoutText()).toBe("12:00:01  cpu   3.3%  mem 40/512 MB  up 1m 3s  disk r 1.0 KiB w -\n");
  });

  it("a refused socket is exit 7", async () => {
    sockets.open = (_u, _t, h) => {
      setTimeout(() => h.error(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })), 0);
      return { send: () => undefined, close: () => undefined };
    };
    expect((await runWith(["vm", "metrics", "dev", "--watch"], fakeApi({}).fetch)).code).toBe(7);
  });

  it("an upgrade answered 401 is exit 3", async () => {
    sockets.open = (_u, _t, h) => {
      setTimeout(() => h.error(new Error("Unexpected server response: 401")), 0);
      return { send: () => undefined, close: () => undefined };
    };
    expect((await runWith(["vm", "metrics", "dev", "-w"], fakeApi({}).fetch)).code).toBe(3);
  });
});

type DriveView = Vm["drives"][number];
type NicView = Vm["nics"][number];

const drive = (overrides: Partial<DriveView> = {}): DriveView => ({
  drive_id: "data",
  path_on_host: "/k/data.ext4",
  is_root_device: false,
  is_read_only: false,
  rate_limiter: null,
  ...overrides,
});

const nic = (overrides: Partial<NicView> = {}): NicView => ({
  iface_id: "eth1",
  guest_mac: "52:54:00:00:00:02",
  host_dev_name: null,
  bridge: null,
  rx_rate_limiter: null,
  tx_rate_limiter: null,
  ...overrides,
});

const mib = 1024 * 1024;

describe("vm drive", () => {
  it("lists drives with their limits; --json prints the response", async () => {
    const limited = drive({
      rate_limiter: { bandwidth: { size: 10 * mib, refill_time: 1000 }, ops: { size: 500, refill_time: 1000 } },
    });
    const a = fakeApi({ "GET /v1/vms/dev/drives": () => ({ body: { items: [vm().drives[0], limited] } }) });
    const r = await runWith(["vm", "drive", "list", "dev"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "ID      PATH            ROOT  ACCESS      LIMIT",
        "rootfs  /k/rootfs.ext4  yes   read-write  -",
        "data    /k/data.ext4    -     read-write  10.0 MiB/s, 500 IOPS",
        "",
      ].join("\n"),
    );
    const j = await runWith(["vm", "drive", "list", "dev", "--json"], a.fetch);
    expect(JSON.parse(j.stdout)).toEqual({ items: [vm().drives[0], limited] });
  });

  it("adds a drive with per-second limits", async () => {
    const a = fakeApi({
      "POST /v1/vms/dev/drives": (req) => ({ status: 201, body: { ...(req.body as object), rate_limiter: null } }),
    });
    const r = await runWith(
      ["vm", "drive", "add", "dev", "data", "--path", "/k/data.ext4", "--read-only", "--bandwidth", "10M", "--iops", "500"],
      a.fetch,
    );
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({
      drive_id: "data",
      path_on_host: "/k/data.ext4",
      is_root_device: false,
      is_read_only: true,
      rate_limiter: { bandwidth: { size: 10 * mib, refill_time: 1000 }, ops: { size: 500, refill_time: 1000 } },
    });
    expect(r.stdout).toContain("Added drive data to dev: /k/data.ext4, read-only.");
  });

  it("adds a plain drive without a limiter", async () => {
    const a = fakeApi({ "POST /v1/vms/dev/drives": () => ({ status: 201, body: drive({ is_root_device: true }) }) });
    expect((await runWith(["vm", "drive", "add", "dev", "data", "--path", "/k/data.ext4", "--root"], a.fetch)).code).toBe(0);
    expect(a.requests[0]?.body).toEqual({
      drive_id: "data",
      path_on_host: "/k/data.ext4",
      is_root_device: true,
      is_read_only: false,
    });
  });

  it("sets the bandwidth and keeps the IOPS limit the drive already has", async () => {
    const a = fakeApi({
      "GET /v1/vms/dev/drives": () => ({
        body: { items: [drive({ rate_limiter: { ops: { size: 500, refill_time: 1000, one_time_burst: 100 } } })] },
      }),
      "PATCH /v1/vms/dev/drives/data": () => ({
        body: drive({ rate_limiter: { bandwidth: { size: 1024, refill_time: 1000 } } }),
      }),
    });
    const r = await runWith(["vm", "drive", "set", "dev", "data", "--bandwidth", "1K", "--read-write"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[1]?.body).toEqual({
      is_read_only: false,
      rate_limiter: { ops: { size: 500, refill_time: 1000, one_time_burst: 100 }, bandwidth: { size: 1024, refill_time: 1000 } },
    });
    expect(r.stdout).toContain("Updated drive data of dev: /k/data.ext4, read-write, 1.0 KiB/s.");
  });

  it("removes the limits with --no-limit, without reading the drive first", async () => {
    const a = fakeApi({ "PATCH /v1/vms/dev/drives/data": () => ({ body: drive() }) });
    expect((await runWith(["vm", "drive", "set", "dev", "data", "--no-limit", "--path", "/k/other.ext4"], a.fetch)).code).toBe(0);
    expect(a.requests).toHaveLength(1);
    expect(a.requests[0]?.body).toEqual({ path_on_host: "/k/other.ext4", rate_limiter: null });
  });

  it("removes a drive", async () => {
    const a = fakeApi({ "DELETE /v1/vms/dev/drives/data": () => ({ status: 204 }) });
    const r = await runWith(["vm", "drive", "rm", "dev", "data"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Removed drive data from dev (the image file stays).");
  });

  it.each([
    [["add", "dev", "data"], "--path is required"],
    [["add", "dev", "data", "--path", "/x", "--bandwidth", "fast"], "--bandwidth must be bytes per second"],
    [["add", "dev", "data", "--path", "/x", "--bandwidth", "0"], "--bandwidth must be bytes per second"],
    [["add", "dev", "data", "--path", "/x", "--bandwidth", "-5M"], "--bandwidth must be bytes per second"],
    [["add", "dev", "data", "--path", "/x", "--iops", "1.5"], "--iops must be a whole number"],
    [["set", "dev", "data"], "Nothing to change"],
    [["set", "dev", "data", "--read-only", "--read-write"], "not both"],
    [["set", "dev", "data", "--no-limit", "--bandwidth", "1M"], "--no-limit removes the limits"],
  ])("refuses `vm drive %j` with exit 2 and sends nothing", async (args, message) => {
    const a = fakeApi({});
    const r = await runWith(["vm", "drive", ...args], a.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });

  it("a running VM's refusal is exit 6", async () => {
    const a = fakeApi({
      "POST /v1/vms/dev/drives": () => ({ status: 409, body: problem(409, "conflict", "Stop VM dev first.") }),
    });
    const r = await runWith(["vm", "drive", "add", "dev", "data", "--path", "/x"], a.fetch);
    expect(r.code).toBe(6);
    expect(r.stderr).toContain("Stop VM dev first.");
  });
});

describe("vm nic", () => {
  it("lists NICs", async () => {
    const a = fakeApi({
      "GET /v1/vms/dev/nics": () => ({
        body: {
          items: [
            vm().nics[0],
            nic({ host_dev_name: "tap1", bridge: "br0", rx_rate_limiter: { bandwidth: { size: mib, refill_time: 1000 } } }),
          ],
        },
      }),
    });
    const r = await runWith(["vm", "nic", "list", "dev"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "ID    MAC                NETWORK                 RX LIMIT   TX LIMIT",
        "eth0  52:54:00:00:00:01  user-mode (NAT)         -          -",
        "eth1  52:54:00:00:00:02  tap tap1 on bridge br0  1.0 MiB/s  -",
        "",
      ].join("\n"),
    );
  });

  it("adds a NIC on a bridged tap device with limits", async () => {
    const a = fakeApi({ "POST /v1/vms/dev/nics": () => ({ status: 201, body: nic({ host_dev_name: "tap1", bridge: "br0" }) }) });
    const r = await runWith(
      [
        "vm",
        "nic",
        "add",
        "dev",
        "eth1",
        "--tap",
        "tap1",
        "--bridge",
        "br0",
        "--mac",
        "52:54:00:00:00:02",
        "--rx-bandwidth",
        "1M",
        "--tx-bandwidth",
        "2048",
      ],
      a.fetch,
    );
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({
      iface_id: "eth1",
      guest_mac: "52:54:00:00:00:02",
      host_dev_name: "tap1",
      bridge: "br0",
      rx_rate_limiter: { bandwidth: { size: mib, refill_time: 1000 } },
      tx_rate_limiter: { bandwidth: { size: 2048, refill_time: 1000 } },
    });
    expect(r.stdout).toContain("Added NIC eth1 to dev: 52:54:00:00:00:02, tap tap1 on bridge br0.");
  });

  it("sets limits keeping an ops bucket, and goes back to user-mode with --no-tap", async () => {
    const a = fakeApi({
      "GET /v1/vms/dev/nics": () => ({ body: { items: [nic({ tx_rate_limiter: { ops: { size: 100, refill_time: 1000 } } })] } }),
      "PATCH /v1/vms/dev/nics/eth1": () => ({ body: nic() }),
    });
    expect((await runWith(["vm", "nic", "set", "dev", "eth1", "--tx-bandwidth", "1M", "--no-tap"], a.fetch)).code).toBe(0);
    expect(a.requests[1]?.body).toEqual({
      host_dev_name: null,
      bridge: null,
      tx_rate_limiter: { ops: { size: 100, refill_time: 1000 }, bandwidth: { size: mib, refill_time: 1000 } },
    });
    const b = fakeApi({ "PATCH /v1/vms/dev/nics/eth1": () => ({ body: nic() }) });
    const r = await runWith(["vm", "nic", "set", "dev", "eth1", "--no-limit", "--no-bridge"], b.fetch);
    expect(r.code).toBe(0);
    expect(b.requests[0]?.body).toEqual({ bridge: null, rx_rate_limiter: null, tx_rate_limiter: null });
    expect(r.stdout).toContain("Updated NIC eth1 of dev: 52:54:00:00:00:02, user-mode (NAT).");
  });

  it("removes a NIC", async () => {
    const a = fakeApi({ "DELETE /v1/vms/dev/nics/eth1": () => ({ status: 204 }) });
    const r = await runWith(["vm", "nic", "rm", "dev", "eth1", "--json"], a.fetch);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ deleted: "eth1", vm: "dev" });
  });

  it.each([
    [["add", "dev", "eth1", "--bridge", "br0"], "--bridge needs --tap"],
    [["add", "dev", "eth1", "--mac", "nope"], "--mac must look like"],
    [["add", "dev", "eth1", "--tap", "a-very-long-tap-device-name"], "--tap must be a host device name"],
    [["add", "dev", "eth1", "--rx-bandwidth", "lots"], "--rx-bandwidth must be bytes per second"],
    [["set", "dev", "eth1"], "Nothing to change"],
    [["set", "dev", "eth1", "--no-tap", "--bridge", "br0"], "drop --bridge"],
    [["set", "dev", "eth1", "--no-limit", "--tx-bandwidth", "1M"], "--no-limit removes the limits"],
  ])("refuses `vm nic %j` with exit 2 and sends nothing", async (args, message) => {
    const a = fakeApi({});
    const r = await runWith(["vm", "nic", ...args], a.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });
});

describe("vm snapshot", () => {
  const snap: Snapshot = {
    id: "snap_1",
    vm_id: "vm_1",
    vm_name: "dev",
    host_id: "local",
    snapshot_type: "Full",
    snapshot_path: "/var/lib/shipyard/snapshots/snap_1",
    mem_file_path: "/var/lib/shipyard/snapshots/snap_1/mem",
    size_bytes: 512 * mib,
    created_at: "2025-06-01T11:00:00.000Z",
  };

  it("lists, creates, restores and deletes snapshots", async () => {
    const a = fakeApi({
      "GET /v1/vms/dev/snapshots": () => ({ body: { items: [snap] } }),
      "POST /v1/vms/dev/snapshots": () => ({ status: 201, body: snap }),
      "POST /v1/snapshots/snap_1/instantiate": () => ({ status: 201, body: vm({ id: "vm_2", name: "dev-copy" }) }),
      "DELETE /v1/snapshots/snap_1": () => ({ status: 204 }),
    });
    const list = await runWith(["vm", "snapshot", "list", "dev"], a.fetch);
    expect(list.stdout.split("\n")[1]).toBe("snap_1  dev  Full  512.0 MiB  local  1 hour ago");

    const created = await runWith(["vm", "snapshot", "create", "dev"], a.fetch);
    expect(created.code).toBe(0);
    expect(a.requests[1]?.body).toEqual({});
    expect(created.stdout).toContain("Took snapshot snap_1 of dev (512.0 MiB).");
    expect(created.stdout).toContain("shipyard vm snapshot restore snap_1 <new-vm-name>");

    const restored = await runWith(["vm", "snapshot", "restore", "snap_1", "dev-copy"], a.fetch);
    expect(restored.code).toBe(0);
    expect(a.requests[2]?.body).toEqual({ name: "dev-copy" });
    expect(restored.stdout).toContain("Restored snap_1 as VM dev-copy (vm_2): running.");

    expect((await runWith(["vm", "snapshot", "rm", "snap_1"], a.fetch)).stdout).toContain("Deleted snapshot snap_1.");
    expect(a.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /v1/vms/dev/snapshots",
      "POST /v1/vms/dev/snapshots",
      "POST /v1/snapshots/snap_1/instantiate",
      "DELETE /v1/snapshots/snap_1",
    ]);
  });

  it("says how to take the first one", async () => {
    const a = fakeApi({ "GET /v1/vms/dev/snapshots": () => ({ body: { items: [] } }) });
    expect((await runWith(["vm", "snapshot", "list", "dev"], a.fetch)).stdout).toBe(
      "No snapshots of dev. Take one with `shipyard vm snapshot create dev`.\n",
    );
  });
});

describe("resources", () => {
  const resource: Resource = {
    type: "container",
    id: "ctr_1",
    name: "web",
    state: "running",
    detail: "nginx:1.27",
    host_id: "local",
    created_at: "2025-06-01T10:00:00.000Z",
    last_activity_at: "2025-06-01T11:00:00.000Z",
  };

  it("lists every workload with filters", async () => {
    const a = fakeApi({ "GET /v1/resources": () => ({ body: { items: [resource] } }) });
    const r = await runWith(["resources", "--type", "container", "-q", "we"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.query.get("type")).toBe("container");
    expect(a.requests[0]?.query.get("q")).toBe("we");
    expect(r.stdout.split("\n")[1]).toBe("container  ctr_1  web   running  1 hour ago  nginx:1.27");
  });

  it("rejects an unknown type with exit 2", async () => {
    expect((await runWith(["resources", "--type", "lambda"], fakeApi({}).fetch)).code).toBe(2);
  });
});
