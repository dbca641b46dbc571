import type { Vm } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { type Context, createContext } from "../context.ts";
import { formatBytes, formatDuration, formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Colors, Column } from "../output.ts";
import { attachTerminal, followSocket } from "../terminal.ts";

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
    ["Rootfs", v.rootfs_path ?? "-"],
    ["MAC", v.guest_mac ?? "-"],
    ["IP", v.guest_ip ?? "-"],
    ["Host", `${v.host_id} (${v.host_addr})`],
    ["Created", v.created_at],
    ["Updated", v.updated_at],
  ]);
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
    .option("--mac <mac>", "guest MAC address, e.g. 52:54:00:12:34:56")
    .option("--no-start", "only create it")
    .addHelpText(
      "after",
      examples(
        "shipyard vm create dev --kernel /var/lib/shipyard/vmlinux --rootfs /var/lib/shipyard/rootfs.ext4",
        "shipyard vm create tiny --kernel ./vmlinux --initrd ./initrd.cpio --vcpus 1 --memory 64 --no-start --json",
      ),
    )
    .action(async (name: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(CreateFlags, raw);
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
}
