import type { RateLimiter, Snapshot, Vm, VmDrive, VmNic } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { type Context, createContext } from "../context.ts";
import { usageError } from "../errors.ts";
import { formatBytes, formatDuration, formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Colors, Column } from "../output.ts";
import { attachTerminal, followSocket } from "../terminal.ts";
import { repeatable } from "./fn.ts";
import { patientApi } from "./registry.ts";

export const CreateFlags = z.object({
  kernel: z.string({ error: "is required" }).min(1, "must not be empty"),
  initrd: z.string().min(1).optional(),
  rootfs: z.string().min(1).optional(),
  kernelArgs: z.string().optional(),
  vcpus: z.coerce
    .number({ error: "must be a whole number 1-32" })
    .int("must be a whole number 1-32")
    .min(1, "must be a whole number 1-32")
    .max(32, "must be a whole number 1-32")
    .default(1),
  memory: z.coerce
    .number({ error: "must be a whole number of MiB, 16-32768" })
    .int("must be a whole number of MiB, 16-32768")
    .min(16, "must be a whole number of MiB, 16-32768")
    .max(32_768, "must be a whole number of MiB, 16-32768")
    .default(256),
  mac: z
    .string()
    .regex(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i, "must look like 52:54:00:12:34:56")
    .optional(),
  start: z.boolean().default(true),
});

const DEVICE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const HOST_DEVICE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,14}$/;
const MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i;
const deviceIdMessage = "1-64 letters, digits, '-', '_' or '.'";
const hostDeviceMessage = "a host device name: at most 15 letters, digits, '-', '_' or '.'";

/**
 * `key=value,flag,…` → entries in order; `keys` lists the keys that take a value, `flags` those
 * that stand alone. Returns an error message instead when the text does not fit.
 */
function parseSpec(
  text: string,
  keys: readonly string[],
  flags: readonly string[],
): Map<string, string | true> | { error: string } {
  const out = new Map<string, string | true>();
  const known = [...keys.map((k) => `${k}=`), ...flags].join(", ");
  for (const part of text.split(",")) {
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    if (!keys.includes(key) && !flags.includes(key)) return { error: `has an unknown part "${part}" (known: ${known})` };
    if (out.has(key)) return { error: `gives ${key} twice` };
    if (keys.includes(key)) {
      const value = eq < 0 ? "" : part.slice(eq + 1);
      if (!value) return { error: `needs a value after ${key}=` };
      out.set(key, value);
    } else {
      if (eq >= 0) return { error: `takes ${key} without a value` };
      out.set(key, true);
    }
  }
  return out;
}

/** `--drive id=<id>,path=<path>[,ro][,root]`. */
export const DriveFlag = z.string().transform((text, c): VmDrive => {
  const fail = (message: string) => {
    c.addIssue({ code: "custom", message: `${message} in "${text}"; e.g. --drive id=data,path=/var/lib/shipyard/data.ext4,ro` });
    return z.NEVER;
  };
  const spec = parseSpec(text, ["id", "path"], ["ro", "root"]);
  if ("error" in spec) return fail(spec.error);
  const id = spec.get("id");
  const path = spec.get("path");
  if (typeof id !== "string") return fail("needs id=<drive-id>");
  if (!DEVICE_ID.test(id)) return fail(`has a bad id (use ${deviceIdMessage})`);
  if (typeof path !== "string") return fail("needs path=<image on the VM host>");
  return { drive_id: id, path_on_host: path, is_root_device: spec.has("root"), is_read_only: spec.has("ro") };
});

/** `--nic id=<id>[,mac=<mac>][,tap=<dev>][,bridge=<br>]`. */
export const NicFlag = z.string().transform((text, c): VmNic => {
  const fail = (message: string) => {
    c.addIssue({ code: "custom", message: `${message} in "${text}"; e.g. --nic id=eth1,tap=tap0,bridge=br0` });
    return z.NEVER;
  };
  const spec = parseSpec(text, ["id", "mac", "tap", "bridge"], []);
  if ("error" in spec) return fail(spec.error);
  const [id, mac, tap, bridge] = (["id", "mac", "tap", "bridge"] as const).map((k) => spec.get(k) as string | undefined);
  if (id === undefined) return fail("needs id=<nic-id>");
  if (!DEVICE_ID.test(id)) return fail(`has a bad id (use ${deviceIdMessage})`);
  if (mac !== undefined && !MAC.test(mac)) return fail("has a bad mac (it must look like 52:54:00:12:34:56)");
  if (tap !== undefined && !HOST_DEVICE.test(tap)) return fail(`has a bad tap (${hostDeviceMessage})`);
  if (bridge !== undefined && !HOST_DEVICE.test(bridge)) return fail(`has a bad bridge (${hostDeviceMessage})`);
  if (bridge !== undefined && tap === undefined)
    return fail("gives bridge= without tap= (the tap device is what joins the bridge)");
  return {
    iface_id: id,
    ...(mac ? { guest_mac: mac } : {}),
    ...(tap ? { host_dev_name: tap } : {}),
    ...(bridge ? { bridge } : {}),
  };
});

const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
const bandwidthMessage = "must be bytes per second: a whole number, or with K, M or G (powers of 1024), e.g. 10485760 or 10M";

/** A bandwidth in bytes per second: `10485760`, `512K`, `10M`, `1.5GiB`. */
export const BandwidthFlag = z.string().transform((text, c) => {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  const rate = m ? Math.round(Number(m[1]) * (UNITS[(m[2] ?? "").toLowerCase()] ?? 1)) : Number.NaN;
  if (!Number.isSafeInteger(rate) || rate < 1) {
    c.addIssue({ code: "custom", message: bandwidthMessage });
    return z.NEVER;
  }
  return rate;
});

const iopsMessage = "must be a whole number of operations per second, at least 1";
const IopsFlag = z.coerce
  .number({ error: iopsMessage })
  .int(iopsMessage)
  .min(1, iopsMessage)
  .max(Number.MAX_SAFE_INTEGER, iopsMessage);

/** A per-second rate as a token bucket refilled every second. */
export const perSecond = (rate: number) => ({ size: rate, refill_time: 1000 });

/** A rate limiter with these buckets replaced and the others kept. */
const withBuckets = (
  current: RateLimiter | null | undefined,
  b: { bandwidth?: number | undefined; ops?: number | undefined },
) => ({
  ...(current ?? {}),
  ...(b.bandwidth !== undefined ? { bandwidth: perSecond(b.bandwidth) } : {}),
  ...(b.ops !== undefined ? { ops: perSecond(b.ops) } : {}),
});

/** "10.0 MiB/s, 500 IOPS", or "-" without a limit. */
export function formatLimit(l: RateLimiter | null | undefined): string {
  const rate = (b: { size: number; refill_time: number }) => (b.size * 1000) / b.refill_time;
  const parts = [
    ...(l?.bandwidth ? [`${formatBytes(rate(l.bandwidth))}/s`] : []),
    ...(l?.ops ? [`${Math.round(rate(l.ops))} IOPS`] : []),
  ];
  return parts.join(", ") || "-";
}

export const VmCreateFlags = CreateFlags.extend({
  user: z
    .string()
    .regex(
      /^[a-z_][a-z0-9_-]{0,31}$/,
      "must be lowercase letters, digits, '_' or '-' (at most 32), not starting with a digit or '-'",
    )
    .optional(),
  password: z.string().min(8, "must have at least 8 characters").max(200, "must have at most 200 characters").optional(),
  host: z.string().min(1, "must not be empty").max(100).optional(),
  drive: z.array(DriveFlag).max(16, "can be given at most 16 times").default([]),
  nic: z.array(NicFlag).max(8, "can be given at most 8 times").default([]),
}).superRefine((o, c) => {
  const issue = (flag: string, message: string) => c.addIssue({ code: "custom", path: [flag], message });
  if (o.password !== undefined && o.user === undefined) issue("password", "needs --user (the console login it is for)");
  const driveIds = o.drive.map((d) => d.drive_id);
  const twice = driveIds.find((id, i) => driveIds.indexOf(id) !== i);
  if (twice) issue("drive", `gives id=${twice} twice`);
  if (o.rootfs && driveIds.includes("rootfs"))
    issue("drive", "id=rootfs is taken: --rootfs becomes drive rootfs; pick another id");
  if ((o.rootfs ? 1 : 0) + o.drive.filter((d) => d.is_root_device).length > 1)
    issue("drive", "marks a second root device: a VM boots from one (--rootfs counts as one)");
  const nicIds = o.nic.map((n) => n.iface_id);
  const nicTwice = nicIds.find((id, i) => nicIds.indexOf(id) !== i);
  if (nicTwice) issue("nic", `gives id=${nicTwice} twice`);
  if (o.mac && o.nic.length) issue("mac", "only applies to the default NIC; with --nic, give mac= in the --nic value instead");
});

type DriveView = Vm["drives"][number];
type NicView = Vm["nics"][number];

export const driveColumns = (): Column<DriveView>[] => [
  { header: "ID", value: (d) => d.drive_id },
  { header: "PATH", value: (d) => d.path_on_host },
  { header: "ROOT", value: (d) => (d.is_root_device ? "yes" : "-") },
  { header: "ACCESS", value: (d) => (d.is_read_only ? "read-only" : "read-write") },
  { header: "LIMIT", value: (d) => formatLimit(d.rate_limiter) },
];

const networkOf = (n: Pick<NicView, "host_dev_name" | "bridge">) =>
  n.host_dev_name ? `tap ${n.host_dev_name}${n.bridge ? ` on bridge ${n.bridge}` : ""}` : "user-mode (NAT)";

export const nicColumns = (): Column<NicView>[] => [
  { header: "ID", value: (n) => n.iface_id },
  { header: "MAC", value: (n) => n.guest_mac },
  { header: "NETWORK", value: networkOf },
  { header: "RX LIMIT", value: (n) => formatLimit(n.rx_rate_limiter) },
  { header: "TX LIMIT", value: (n) => formatLimit(n.tx_rate_limiter) },
];

const snapshotColumns = (now: Date): Column<Snapshot>[] => [
  { header: "ID", value: (s) => s.id },
  { header: "VM", value: (s) => s.vm_name },
  { header: "TYPE", value: (s) => s.snapshot_type },
  { header: "SIZE", value: (s) => formatBytes(s.size_bytes), align: "right" },
  { header: "HOST", value: (s) => s.host_id },
  { header: "CREATED", value: (s) => formatRelative(s.created_at, now) },
];

const NO_LOGIN = "none: the console opens a root shell";

const stateColor = (colors: Colors, s: string) =>
  s === "running" ? colors.green(s) : s === "error" ? colors.red(s) : s === "paused" ? colors.yellow(s) : colors.dim(s);

export function vmColumns(now: Date, colors: Colors): Column<Vm>[] {
  return [
    { header: "ID", value: (v) => v.id },
    { header: "NAME", value: (v) => v.name },
    { header: "STATE", value: (v) => v.state, color: (s) => stateColor(colors, s) },
    { header: "VCPU", value: (v) => String(v.vcpu), align: "right" },
    { header: "MEMORY", value: (v) => `${v.mem_mib} MiB`, align: "right" },
    { header: "IP", value: (v) => v.guest_ip ?? "-" },
    { header: "HOST", value: (v) => v.host_id },
    { header: "CREATED", value: (v) => formatRelative(v.created_at, now) },
  ];
}

function showVm(ctx: Context, v: Vm): void {
  const c = ctx.out.colors;
  ctx.out.fields([
    ["VM", c.bold(v.name)],
    ["ID", v.id],
    ["State", stateColor(c, v.state)],
    ["vCPUs", String(v.vcpu)],
    ["Memory", `${v.mem_mib} MiB`],
    ["Kernel", v.kernel_path],
    ["Initrd", v.initrd_path ?? "-"],
    ["IP", v.guest_ip ?? "-"],
    ["Host", `${v.host_id} (${v.host_addr})`],
    [
      "Console",
      v.shell_username ? `login as ${v.shell_username} (\`shipyard vm shell-info ${v.name}\` shows the password)` : NO_LOGIN,
    ],
    ["Created", v.created_at],
    ["Updated", v.updated_at],
  ]);
  ctx.out.line();
  ctx.out.line(c.dim("Drives:"));
  ctx.out.table(driveColumns(), v.drives, "No drives.");
  ctx.out.line();
  ctx.out.line(c.dim("NICs:"));
  ctx.out.table(nicColumns(), v.nics, "No network interfaces.");
  if (v.last_output) {
    ctx.out.line(c.dim("Last console output:"));
    ctx.out.line(v.last_output.replace(/\n$/, ""));
  }
}

interface MetricsSample {
  at: string;
  cpu_percent: number;
  memory_used_mb: number;
  memory_limit_mb: number;
  uptime_seconds: number;
  disk_read_bytes: number | null;
  disk_write_bytes: number | null;
}

/** One line a second for `vm metrics --watch`. */
export const metricsLine = (s: MetricsSample) =>
  `${s.at.slice(11, 19)}  cpu ${s.cpu_percent.toFixed(1).padStart(5)}%  mem ${s.memory_used_mb.toFixed(0)}/${s.memory_limit_mb.toFixed(0)} MB  up ${formatDuration(s.uptime_seconds)}  disk r ${formatBytes(s.disk_read_bytes)} w ${formatBytes(s.disk_write_bytes)}`;

export function registerVm(program: Command, io: Io): void {
  const vm = program
    .command("vm")
    .description("MicroVMs: create, control, watch and attach to their serial console")
    .addHelpText(
      "after",
      examples(
        "shipyard vm create dev --kernel /var/lib/shipyard/vmlinux --rootfs /var/lib/shipyard/rootfs.ext4 --vcpus 2 --memory 512",
        "shipyard vm console dev",
        "shipyard vm metrics dev --watch",
        "shipyard vm drive add dev data --path /var/lib/shipyard/images/data.ext4",
        "shipyard vm snapshot create dev",
      ),
    );

  vm.command("list")
    .description("List microVMs with their state")
    .addHelpText("after", examples("shipyard vm list", "shipyard vm list --json"))
    .action(async (_raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const r = await (await ctx.api())("listVms");
      ctx.out.result(r, () => ctx.out.table(vmColumns(io.now(), ctx.out.colors), r.items, "No VMs yet."));
    });

  vm.command("show")
    .description("Show one VM")
    .argument("<vm>", "VM name or id")
    .addHelpText("after", examples("shipyard vm show dev"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const v = await (await ctx.api())("getVm", { params: { id } });
      ctx.out.result(v, () => showVm(ctx, v));
    });

  vm.command("create")
    .description("Create a microVM and start it (unless --no-start)")
    .argument("<name>", "lowercase letters, digits and '-'")
    .option("--kernel <path>", "kernel image on the VM host")
    .option("--initrd <path>", "initrd on the VM host")
    .option("--rootfs <path>", "root filesystem image on the VM host")
    .option("--kernel-args <args>", "kernel command line")
    .option("--vcpus <n>", "virtual CPUs, 1-32 (default 1)")
    .option("--memory <mib>", "memory in MiB, 16-32768 (default 256)")
    .option("--mac <mac>", "MAC address of the default NIC, e.g. 52:54:00:12:34:56")
    .option("--host <host>", "run it on this host (id or name; default: any host with room)")
    .option("--drive <spec>", "another drive: id=<id>,path=<image>[,ro][,root] (repeatable)", repeatable)
    .option(
      "--nic <spec>",
      "a network interface: id=<id>[,mac=<mac>][,tap=<dev>][,bridge=<br>] (repeatable; replaces the default eth0)",
      repeatable,
    )
    .option("--user <name>", "a console login user (needs a password: --password or SHIPYARD_VM_PASSWORD)")
    .option(
      "--password <password>",
      "the console user's password, 8+ characters (prefer SHIPYARD_VM_PASSWORD: flags show in `ps`)",
    )
    .option("--no-start", "only create it")
    .addHelpText(
      "after",
      `${examples(
        "shipyard vm create dev --kernel /var/lib/shipyard/vmlinux --rootfs /var/lib/shipyard/rootfs.ext4",
        "shipyard vm create tiny --kernel ./vmlinux --initrd ./initrd.cpio --vcpus 1 --memory 64 --no-start --json",
        "SHIPYARD_VM_PASSWORD=... shipyard vm create web --kernel /k/vmlinux --rootfs /k/rootfs.ext4 --user ada \\\n      --drive id=data,path=/var/lib/shipyard/images/data.ext4 --nic id=eth0,tap=tap0,bridge=br0 --host node-2",
      )}
Image paths are on the VM's host; \`shipyard registry list\` shows the registry's.
`,
    )
    .action(async (name: string, raw: Record<string, unknown>, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(VmCreateFlags, raw);
      let password = o.password;
      if (o.user && password === undefined) {
        password = io.env.SHIPYARD_VM_PASSWORD;
        if (!password)
          throw usageError(
            `--user ${o.user} needs a password: pass --password, or set SHIPYARD_VM_PASSWORD.`,
            "SHIPYARD_VM_PASSWORD keeps it out of the process list and shell history.",
          );
        if (password.length < 8 || password.length > 200) throw usageError("SHIPYARD_VM_PASSWORD must have 8 to 200 characters.");
      }
      const v = await (await ctx.api())("createVm", {
        body: {
          name,
          vcpu: o.vcpus,
          mem_mib: o.memory,
          kernel_path: o.kernel,
          ...(o.initrd ? { initrd_path: o.initrd } : {}),
          ...(o.rootfs ? { rootfs_path: o.rootfs } : {}),
          ...(o.kernelArgs ? { kernel_args: o.kernelArgs } : {}),
          ...(o.mac ? { guest_mac: o.mac } : {}),
          ...(o.host ? { host_id: o.host } : {}),
          ...(o.drive.length ? { drives: o.drive } : {}),
          ...(o.nic.length ? { nics: o.nic } : {}),
          ...(o.user && password ? { credentials: { username: o.user, password } } : {}),
          start: o.start,
        },
      });
      ctx.out.result(v, () => ctx.out.success(`Created VM ${v.name} (${v.id}): ${stateColor(ctx.out.colors, v.state)}.`));
    });

  const actions = [
    ["start", "vmStart", "Start a VM", "Started"],
    ["stop", "vmStop", "Stop a VM (ACPI power-off, forced after a timeout)", "Stopped"],
    ["pause", "vmPause", "Pause a VM's vCPUs", "Paused"],
    ["resume", "vmResume", "Resume a paused VM", "Resumed"],
    ["ctrl-alt-del", "vmCtrlAltDel", "Send Ctrl-Alt-Del (where the driver supports it)", "Sent Ctrl-Alt-Del to"],
  ] as const;
  for (const [verb, route, description, done] of actions) {
    vm.command(verb)
      .description(description)
      .argument("<vm>", "VM name or id")
      .addHelpText("after", examples(`shipyard vm ${verb} dev`))
      .action(async (id: string, _raw: unknown, cmd: Command) => {
        const ctx = createContext(cmd, io);
        const v = await (await ctx.api())(route, { params: { id } });
        ctx.out.result(v, () => ctx.out.success(`${done} ${v.name}: ${stateColor(ctx.out.colors, v.state)}.`));
      });
  }

  vm.command("rm")
    .description("Stop and delete a VM")
    .argument("<vm>", "VM name or id")
    .addHelpText("after", examples("shipyard vm rm dev"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("deleteVm", { params: { id } });
      ctx.out.result({ deleted: id }, () => ctx.out.success(`Deleted VM ${id}.`));
    });

  vm.command("metrics")
    .description("One metrics sample; --watch prints one a second")
    .argument("<vm>", "VM name or id")
    .option("-w, --watch", "stream a sample a second (Ctrl-C to stop); with --json, one JSON object per line")
    .addHelpText("after", examples("shipyard vm metrics dev", "shipyard vm metrics dev --watch"))
    .action(async (id: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(z.object({ watch: z.boolean().default(false) }), raw);
      if (o.watch) {
        await followSocket(ctx, `/v1/vms/${encodeURIComponent(id)}/metrics/ws`, (m) => {
          ctx.out.event(m, () => ctx.out.line(metricsLine(m as MetricsSample)));
        });
        return;
      }
      const s = await (await ctx.api())("vmMetrics", { params: { id } });
      ctx.out.result(s, () =>
        ctx.out.fields([
          ["CPU", `${s.cpu_percent.toFixed(1)}%`],
          ["Memory", `${s.memory_used_mb.toFixed(0)} / ${s.memory_limit_mb.toFixed(0)} MB`],
          ["Uptime", formatDuration(s.uptime_seconds)],
          ["Disk", `read ${formatBytes(s.disk_read_bytes)}, write ${formatBytes(s.disk_write_bytes)}`],
          ["At", s.at],
        ]),
      );
    });

  vm.command("console")
    .description("Attach the VM's serial console to this terminal (Ctrl-] detaches)")
    .argument("<vm>", "VM name or id")
    .addHelpText("after", examples("shipyard vm console dev"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await attachTerminal(ctx, `/v1/vms/${encodeURIComponent(id)}/shell/ws`, {
        resize: false,
        what: `the serial console of ${id}`,
      });
    });

  vm.command("shell-info")
    .description("Show the console login (user and password) and how to attach")
    .argument("<vm>", "VM name or id")
    .addHelpText("after", examples("shipyard vm shell-info dev", "shipyard vm shell-info dev --json"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const s = await (await ctx.api())("vmShell", { params: { id } });
      ctx.out.result(s, () =>
        ctx.out.fields([
          ["Username", s.username],
          ["Password", s.password ?? NO_LOGIN],
          ["Attach", `shipyard vm console ${id}  (Ctrl-] detaches)`],
        ]),
      );
    });

  registerDrives(vm, io);
  registerNics(vm, io);
  registerSnapshots(vm, io);
}

const vmArg = ["<vm>", "VM name or id"] as const;
const stoppedNote = "\nThe VM must be stopped (or created, not yet started); changes apply at its next start.\n";

const DriveAddFlags = z.object({
  path: z.string({ error: "is required: the image file on the VM host" }).min(1, "must not be empty"),
  readOnly: z.boolean().default(false),
  root: z.boolean().default(false),
  bandwidth: BandwidthFlag.optional(),
  iops: IopsFlag.optional(),
});

const DriveSetFlags = z
  .object({
    path: z.string().min(1, "must not be empty").optional(),
    readOnly: z.boolean().optional(),
    readWrite: z.boolean().optional(),
    bandwidth: BandwidthFlag.optional(),
    iops: IopsFlag.optional(),
    limit: z.boolean().default(true),
  })
  .superRefine((o, c) => {
    if (o.readOnly && o.readWrite) c.addIssue({ code: "custom", message: "Give --read-only or --read-write, not both." });
    if (!o.limit && (o.bandwidth !== undefined || o.iops !== undefined))
      c.addIssue({ code: "custom", message: "--no-limit removes the limits; it cannot go with --bandwidth or --iops." });
    if (o.path === undefined && !o.readOnly && !o.readWrite && o.bandwidth === undefined && o.iops === undefined && o.limit)
      c.addIssue({
        code: "custom",
        message: "Nothing to change: give --path, --read-only, --read-write, --bandwidth, --iops or --no-limit.",
      });
  });

const describeDrive = (d: DriveView) =>
  [
    d.path_on_host,
    d.is_root_device ? "root device" : "",
    d.is_read_only ? "read-only" : "read-write",
    d.rate_limiter ? formatLimit(d.rate_limiter) : "",
  ]
    .filter(Boolean)
    .join(", ");

function registerDrives(vm: Command, io: Io): void {
  const drive = vm
    .command("drive")
    .description("A VM's drives (virtio block devices)")
    .addHelpText(
      "after",
      `${examples(
        "shipyard vm drive list dev",
        "shipyard vm drive add dev data --path /var/lib/shipyard/images/data.ext4 --bandwidth 50M --iops 1000",
        "shipyard vm drive set dev data --read-only --no-limit",
        "shipyard vm drive rm dev data",
      )}${stoppedNote}`,
    );

  drive
    .command("list")
    .description("List a VM's drives")
    .argument(...vmArg)
    .addHelpText("after", examples("shipyard vm drive list dev", "shipyard vm drive list dev --json"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const r = await (await ctx.api())("listVmDrives", { params: { id } });
      ctx.out.result(r, () => ctx.out.table(driveColumns(), r.items, `VM ${id} has no drives.`));
    });

  drive
    .command("add")
    .description("Attach a drive to a stopped VM")
    .argument(...vmArg)
    .argument("<drive-id>", deviceIdMessage)
    .option("--path <path>", "the image file on the VM host (required), e.g. a registry volume's path")
    .option("--read-only", "attach it read-only")
    .option("--root", "boot from it (the VM's root device)")
    .option("--bandwidth <bytes-per-sec>", "limit the throughput, e.g. 10485760 or 10M (K, M, G: powers of 1024)")
    .option("--iops <n>", "limit the operations per second")
    .addHelpText(
      "after",
      `${examples(
        "shipyard vm drive add dev data --path /var/lib/shipyard/images/data.ext4",
        "shipyard vm drive add dev logs --path /var/lib/shipyard/images/logs.ext4 --bandwidth 20M --iops 500",
      )}${stoppedNote}`,
    )
    .action(async (id: string, driveId: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(DriveAddFlags, raw);
      const limiter = withBuckets(undefined, { bandwidth: o.bandwidth, ops: o.iops });
      const d = await (await ctx.api())("addVmDrive", {
        params: { id },
        body: {
          drive_id: driveId,
          path_on_host: o.path,
          is_root_device: o.root,
          is_read_only: o.readOnly,
          ...(Object.keys(limiter).length ? { rate_limiter: limiter } : {}),
        },
      });
      ctx.out.result(d, () => ctx.out.success(`Added drive ${d.drive_id} to ${id}: ${describeDrive(d)}.`));
    });

  drive
    .command("set")
    .description("Change a drive of a stopped VM: image, access, rate limit")
    .argument(...vmArg)
    .argument("<drive-id>", "the drive's id")
    .option("--path <path>", "another image file on the VM host")
    .option("--read-only", "make it read-only")
    .option("--read-write", "make it writable")
    .option("--bandwidth <bytes-per-sec>", "limit the throughput, e.g. 10485760 or 10M (an --iops limit stays)")
    .option("--iops <n>", "limit the operations per second (a --bandwidth limit stays)")
    .option("--no-limit", "remove the bandwidth and IOPS limits")
    .addHelpText(
      "after",
      `${examples(
        "shipyard vm drive set dev data --bandwidth 100M",
        "shipyard vm drive set dev data --read-only --no-limit",
        "shipyard vm drive set dev rootfs --path /var/lib/shipyard/images/debian-12.ext4",
      )}${stoppedNote}`,
    )
    .action(async (id: string, driveId: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(DriveSetFlags, raw);
      const api = await ctx.api();
      let rateLimiter: RateLimiter | null | undefined = o.limit ? undefined : null;
      if (o.bandwidth !== undefined || o.iops !== undefined) {
        // The server replaces the whole limiter: keep the bucket this command does not change.
        const current = (await api("listVmDrives", { params: { id } })).items.find((d) => d.drive_id === driveId);
        rateLimiter = withBuckets(current?.rate_limiter, { bandwidth: o.bandwidth, ops: o.iops });
      }
      const d = await api("updateVmDrive", {
        params: { id, drive_id: driveId },
        body: {
          ...(o.path !== undefined ? { path_on_host: o.path } : {}),
          ...(o.readOnly ? { is_read_only: true } : o.readWrite ? { is_read_only: false } : {}),
          ...(rateLimiter !== undefined ? { rate_limiter: rateLimiter } : {}),
        },
      });
      ctx.out.result(d, () => ctx.out.success(`Updated drive ${d.drive_id} of ${id}: ${describeDrive(d)}.`));
    });

  drive
    .command("rm")
    .description("Detach a drive from a stopped VM (the image file stays)")
    .argument(...vmArg)
    .argument("<drive-id>", "the drive's id")
    .addHelpText("after", `${examples("shipyard vm drive rm dev data")}${stoppedNote}`)
    .action(async (id: string, driveId: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("removeVmDrive", { params: { id, drive_id: driveId } });
      ctx.out.result({ deleted: driveId, vm: id }, () =>
        ctx.out.success(`Removed drive ${driveId} from ${id} (the image file stays).`),
      );
    });
}

const HostDeviceFlag = z.string().regex(HOST_DEVICE, `must be ${hostDeviceMessage}`);

const NicAddFlags = z
  .object({
    mac: z.string().regex(MAC, "must look like 52:54:00:12:34:56").optional(),
    tap: HostDeviceFlag.optional(),
    bridge: HostDeviceFlag.optional(),
    rxBandwidth: BandwidthFlag.optional(),
    txBandwidth: BandwidthFlag.optional(),
  })
  .superRefine((o, c) => {
    if (o.bridge !== undefined && o.tap === undefined)
      c.addIssue({ code: "custom", path: ["bridge"], message: "needs --tap (the tap device is what joins the bridge)" });
  });

const NicSetFlags = z
  .object({
    mac: NicAddFlags.shape.mac,
    tap: z.union([z.literal(false), HostDeviceFlag]).optional(),
    bridge: z.union([z.literal(false), HostDeviceFlag]).optional(),
    rxBandwidth: BandwidthFlag.optional(),
    txBandwidth: BandwidthFlag.optional(),
    limit: z.boolean().default(true),
  })
  .superRefine((o, c) => {
    if (o.tap === false && typeof o.bridge === "string")
      c.addIssue({ code: "custom", message: "--no-tap switches to user-mode networking, which has no bridge: drop --bridge." });
    if (!o.limit && (o.rxBandwidth !== undefined || o.txBandwidth !== undefined))
      c.addIssue({
        code: "custom",
        message: "--no-limit removes the limits; it cannot go with --rx-bandwidth or --tx-bandwidth.",
      });
    if (
      o.mac === undefined &&
      o.tap === undefined &&
      o.bridge === undefined &&
      o.rxBandwidth === undefined &&
      o.txBandwidth === undefined &&
      o.limit
    )
      c.addIssue({
        code: "custom",
        message:
          "Nothing to change: give --mac, --tap, --no-tap, --bridge, --no-bridge, --rx-bandwidth, --tx-bandwidth or --no-limit.",
      });
  });

const describeNic = (n: NicView) =>
  [
    n.guest_mac,
    networkOf(n),
    n.rx_rate_limiter ? `rx ${formatLimit(n.rx_rate_limiter)}` : "",
    n.tx_rate_limiter ? `tx ${formatLimit(n.tx_rate_limiter)}` : "",
  ]
    .filter(Boolean)
    .join(", ");

const nicOptions = (cmd: Command, set: boolean) =>
  cmd
    .option("--mac <mac>", "the guest's MAC address, e.g. 52:54:00:12:34:56")
    .option("--tap <dev>", `a tap device on the host${set ? "" : " (default: user-mode networking, NAT)"}`)
    .option("--bridge <br>", "a bridge for the tap device to join (QEMU driver)")
    .option("--rx-bandwidth <bytes-per-sec>", "limit what the guest receives, e.g. 10M (K, M, G: powers of 1024)")
    .option("--tx-bandwidth <bytes-per-sec>", "limit what the guest sends, e.g. 10M");

function registerNics(vm: Command, io: Io): void {
  const nic = vm
    .command("nic")
    .description("A VM's network interfaces")
    .addHelpText(
      "after",
      `${examples(
        "shipyard vm nic list dev",
        "shipyard vm nic add dev eth1 --tap tap1 --bridge br0",
        "shipyard vm nic set dev eth1 --rx-bandwidth 10M --tx-bandwidth 10M",
        "shipyard vm nic rm dev eth1",
      )}${stoppedNote}`,
    );

  nic
    .command("list")
    .description("List a VM's network interfaces")
    .argument(...vmArg)
    .addHelpText("after", examples("shipyard vm nic list dev", "shipyard vm nic list dev --json"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const r = await (await ctx.api())("listVmNics", { params: { id } });
      ctx.out.result(r, () => ctx.out.table(nicColumns(), r.items, `VM ${id} has no network interfaces.`));
    });

  nicOptions(
    nic
      .command("add")
      .description("Add a network interface to a stopped VM")
      .argument(...vmArg)
      .argument("<nic-id>", deviceIdMessage),
    false,
  )
    .addHelpText(
      "after",
      `${examples("shipyard vm nic add dev eth1", "shipyard vm nic add dev eth1 --tap tap1 --bridge br0 --mac 52:54:00:00:00:02")}${stoppedNote}`,
    )
    .action(async (id: string, nicId: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(NicAddFlags, raw);
      const n = await (await ctx.api())("addVmNic", {
        params: { id },
        body: {
          iface_id: nicId,
          ...(o.mac ? { guest_mac: o.mac } : {}),
          ...(o.tap ? { host_dev_name: o.tap } : {}),
          ...(o.bridge ? { bridge: o.bridge } : {}),
          ...(o.rxBandwidth !== undefined ? { rx_rate_limiter: { bandwidth: perSecond(o.rxBandwidth) } } : {}),
          ...(o.txBandwidth !== undefined ? { tx_rate_limiter: { bandwidth: perSecond(o.txBandwidth) } } : {}),
        },
      });
      ctx.out.result(n, () => ctx.out.success(`Added NIC ${n.iface_id} to ${id}: ${describeNic(n)}.`));
    });

  nicOptions(
    nic
      .command("set")
      .description("Change a network interface of a stopped VM")
      .argument(...vmArg)
      .argument("<nic-id>", "the interface's id"),
    true,
  )
    .option("--no-tap", "back to user-mode networking (NAT; also drops the bridge)")
    .option("--no-bridge", "leave the bridge")
    .option("--no-limit", "remove the rx and tx limits")
    .addHelpText(
      "after",
      `${examples("shipyard vm nic set dev eth1 --rx-bandwidth 10M", "shipyard vm nic set dev eth1 --no-tap", "shipyard vm nic set dev eth1 --no-limit")}${stoppedNote}`,
    )
    .action(async (id: string, nicId: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(NicSetFlags, raw);
      const api = await ctx.api();
      let rx: RateLimiter | null | undefined = o.limit ? undefined : null;
      let tx: RateLimiter | null | undefined = rx;
      if (o.rxBandwidth !== undefined || o.txBandwidth !== undefined) {
        // The server replaces a whole limiter: keep its ops bucket, if any.
        const current = (await api("listVmNics", { params: { id } })).items.find((n) => n.iface_id === nicId);
        if (o.rxBandwidth !== undefined) rx = withBuckets(current?.rx_rate_limiter, { bandwidth: o.rxBandwidth });
        if (o.txBandwidth !== undefined) tx = withBuckets(current?.tx_rate_limiter, { bandwidth: o.txBandwidth });
      }
      const bridge = o.tap === false ? null : o.bridge === false ? null : o.bridge;
      const n = await api("updateVmNic", {
        params: { id, nic_id: nicId },
        body: {
          ...(o.mac ? { guest_mac: o.mac } : {}),
          ...(o.tap !== undefined ? { host_dev_name: o.tap === false ? null : o.tap } : {}),
          ...(bridge !== undefined ? { bridge } : {}),
          ...(rx !== undefined ? { rx_rate_limiter: rx } : {}),
          ...(tx !== undefined ? { tx_rate_limiter: tx } : {}),
        },
      });
      ctx.out.result(n, () => ctx.out.success(`Updated NIC ${n.iface_id} of ${id}: ${describeNic(n)}.`));
    });

  nic
    .command("rm")
    .description("Remove a network interface from a stopped VM")
    .argument(...vmArg)
    .argument("<nic-id>", "the interface's id")
    .addHelpText("after", `${examples("shipyard vm nic rm dev eth1")}${stoppedNote}`)
    .action(async (id: string, nicId: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("removeVmNic", { params: { id, nic_id: nicId } });
      ctx.out.result({ deleted: nicId, vm: id }, () => ctx.out.success(`Removed NIC ${nicId} from ${id}.`));
    });
}

function registerSnapshots(vm: Command, io: Io): void {
  const snapshot = vm
    .command("snapshot")
    .description("Full snapshots of a VM (memory, devices, writable drives), restored as new VMs")
    .addHelpText(
      "after",
      examples(
        "shipyard vm snapshot create dev",
        "shipyard vm snapshot list dev",
        "shipyard vm snapshot restore snap_123 dev-copy",
        "shipyard vm snapshot rm snap_123",
      ),
    );

  snapshot
    .command("list")
    .description("List the snapshots taken of a VM")
    .argument(...vmArg)
    .addHelpText("after", examples("shipyard vm snapshot list dev", "shipyard vm snapshot list dev --json"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const r = await (await ctx.api())("listVmSnapshots", { params: { id } });
      ctx.out.result(r, () =>
        ctx.out.table(
          snapshotColumns(io.now()),
          r.items,
          `No snapshots of ${id}. Take one with \`shipyard vm snapshot create ${id}\`.`,
        ),
      );
    });

  snapshot
    .command("create")
    .description("Snapshot a running or paused VM (it keeps running)")
    .argument(...vmArg)
    .addHelpText("after", examples("shipyard vm snapshot create dev", "shipyard vm snapshot create dev --json"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      ctx.out.note(`Saving the memory and drives of ${id}…`);
      const s = await (await patientApi(ctx))("createVmSnapshot", { params: { id }, body: {} });
      ctx.out.result(s, () => {
        ctx.out.success(`Took snapshot ${s.id} of ${s.vm_name} (${formatBytes(s.size_bytes)}).`);
        ctx.out.line(`  ${ctx.out.colors.dim("restore it with:")} shipyard vm snapshot restore ${s.id} <new-vm-name>`);
      });
    });

  snapshot
    .command("restore")
    .description("Start a new VM from a snapshot, on the snapshot's host, running from the saved state")
    .argument("<snapshot-id>", "the snapshot's id (`shipyard vm snapshot list <vm>`)")
    .argument("<new-vm-name>", "name of the new VM")
    .addHelpText("after", examples("shipyard vm snapshot restore snap_123 dev-copy"))
    .action(async (snapshotId: string, name: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const v = await (await patientApi(ctx))("instantiateSnapshot", { params: { id: snapshotId }, body: { name } });
      ctx.out.result(v, () =>
        ctx.out.success(`Restored ${snapshotId} as VM ${v.name} (${v.id}): ${stateColor(ctx.out.colors, v.state)}.`),
      );
    });

  snapshot
    .command("rm")
    .description("Delete a snapshot and its files")
    .argument("<snapshot-id>", "the snapshot's id")
    .addHelpText("after", examples("shipyard vm snapshot rm snap_123"))
    .action(async (snapshotId: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("deleteSnapshot", { params: { id: snapshotId } });
      ctx.out.result({ deleted: snapshotId }, () => ctx.out.success(`Deleted snapshot ${snapshotId}.`));
    });
}
