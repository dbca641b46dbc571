import type { Template } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { createContext } from "../context.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Column } from "../output.ts";
import { CreateFlags } from "./vm.ts";

const columns = (now: Date): Column<Template>[] => [
  { header: "ID", value: (t) => t.id },
  { header: "NAME", value: (t) => t.name },
  { header: "VCPU", value: (t) => String(t.vcpu), align: "right" },
  { header: "MEMORY", value: (t) => `${t.mem_mib} MiB`, align: "right" },
  { header: "USED", value: (t) => String(t.usage_count), align: "right" },
  { header: "CREATED", value: (t) => formatRelative(t.created_at, now) },
];

export function registerTemplate(program: Command, io: Io): void {
  const template = program.command("template").description("VM templates: saved configurations to deploy VMs from");

  template
    .command("list")
    .description("List templates")
    .option("-q, --query <text>", "search in names")
    .option("--sort <by>", "name, created_at or usage", "name")
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(z.object({ query: z.string().optional(), sort: z.enum(["name", "created_at", "usage"]) }), raw);
      const r = await (await ctx.api())("listTemplates", { query: { sort: o.sort, ...(o.query ? { q: o.query } : {}) } });
      ctx.out.result(r, () =>
        ctx.out.table(columns(io.now()), r.items, "No templates. Create one with `shipyard template create`."),
      );
    });

  template
    .command("show")
    .description("Show one template")
    .argument("<template>", "id or name")
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const t = await (await ctx.api())("getTemplate", { params: { id } });
      ctx.out.result(t, () =>
        ctx.out.fields([
          ["Name", ctx.out.colors.bold(t.name)],
          ["Description", t.description ?? "-"],
          ["Machine", `${t.vcpu} vCPU, ${t.mem_mib} MiB`],
          ["Kernel", t.kernel_path],
          ["Initrd", t.initrd_path ?? "-"],
          ["Root fs", t.rootfs_path ?? "-"],
          ["Used by", `${t.usage_count} VM${t.usage_count === 1 ? "" : "s"}`],
        ]),
      );
    });

  template
    .command("create")
    .description("Save a VM configuration as a template")
    .argument("<name>", "template name")
    .requiredOption("--kernel <path>", "kernel image (under the server's VM image folders)")
    .option("--initrd <path>", "initramfs")
    .option("--rootfs <path>", "root file system image")
    .option("--kernel-args <args>", "kernel command line additions")
    .option("--vcpus <n>", "vCPUs (1-32)", "1")
    .option("--memory <mib>", "memory in MiB (16-32768)", "256")
    .option("--description <text>", "what it is for")
    .addHelpText(
      "after",
      examples(
        "shipyard template create tiny --kernel /var/lib/shipyard/images/bzImage --initrd /var/lib/shipyard/images/initramfs.cpio.gz",
      ),
    )
    .action(async (name: string, raw: Record<string, unknown>, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const f = parseOptions(
        CreateFlags.omit({ mac: true, start: true }).extend({ description: z.string().max(2000).optional() }),
        raw,
      );
      const t = await (await ctx.api())("createTemplate", {
        body: {
          name,
          vcpu: f.vcpus,
          mem_mib: f.memory,
          kernel_path: f.kernel,
          ...(f.initrd ? { initrd_path: f.initrd } : {}),
          ...(f.rootfs ? { rootfs_path: f.rootfs } : {}),
          ...(f.kernelArgs ? { kernel_args: f.kernelArgs } : {}),
          ...(f.description ? { description: f.description } : {}),
        },
      });
      ctx.out.result(t, () => ctx.out.success(`Created template ${t.name} (${t.id}).`));
    });

  template
    .command("clone")
    .description("Copy a template under a new name")
    .argument("<template>", "id or name")
    .argument("<name>", "name of the copy")
    .action(async (id: string, name: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const t = await (await ctx.api())("cloneTemplate", { params: { id }, body: { name } });
      ctx.out.result(t, () => ctx.out.success(`Cloned into ${t.name} (${t.id}).`));
    });

  template
    .command("deploy")
    .description("Create a VM from a template")
    .argument("<template>", "id or name")
    .argument("<vm-name>", "name of the new VM")
    .option("--vcpus <n>", "override the template's vCPUs")
    .option("--memory <mib>", "override the template's memory")
    .option("--no-start", "create it without starting it")
    .action(async (id: string, vmName: string, raw: Record<string, unknown>, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(
        z.object({
          vcpus: z.coerce.number().int().min(1).max(32).optional(),
          memory: z.coerce.number().int().min(16).max(32_768).optional(),
          start: z.boolean().default(true),
        }),
        raw,
      );
      const vm = await (await ctx.api())("instantiateTemplate", {
        params: { id },
        body: { name: vmName, start: o.start, ...(o.vcpus ? { vcpu: o.vcpus } : {}), ...(o.memory ? { mem_mib: o.memory } : {}) },
      });
      ctx.out.result(vm, () => ctx.out.success(`VM ${vm.name} (${vm.id}) is ${vm.state}.`));
    });

  template
    .command("rm")
    .description("Delete a template (VMs created from it stay)")
    .argument("<template>", "id or name")
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("deleteTemplate", { params: { id } });
      ctx.out.result({ deleted: id }, () => ctx.out.success(`Deleted template ${id}.`));
    });
}
