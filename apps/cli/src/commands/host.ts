import type { Host } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { createContext } from "../context.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Column } from "../output.ts";

const pct = (used: number, total: number) => (total > 0 ? `${Math.round((used / total) * 100)}%` : "-");

const runtimesOf = (h: Host) =>
  [
    h.runtimes.vms.available ? `vm(${h.runtimes.vms.driver ?? "?"})` : "",
    h.runtimes.containers.available ? "containers" : "",
    ...h.runtimes.functions.filter((f) => f.available).map((f) => f.runtime),
  ]
    .filter(Boolean)
    .join(" ");

const columns = (now: Date): Column<Host>[] => [
  { header: "NAME", value: (h) => h.name },
  { header: "STATUS", value: (h) => h.status },
  { header: "ADDRESS", value: (h) => h.address },
  // a lost host's last metrics are history, not load
  { header: "CPU", value: (h) => (h.metrics && h.status === "online" ? `${h.metrics.cpu_percent}%` : "-"), align: "right" },
  {
    header: "MEMORY",
    value: (h) => (h.metrics && h.status === "online" ? pct(h.metrics.memory_used_mb, h.metrics.memory_total_mb) : "-"),
    align: "right",
  },
  {
    header: "ALLOCATED",
    value: (h) => `${h.allocated.memory_mb}/${h.capacity.memory_mb} MiB`,
    align: "right",
  },
  { header: "WORKLOADS", value: (h) => String(h.allocated.workloads), align: "right" },
  { header: "RUNTIMES", value: runtimesOf },
  { header: "SEEN", value: (h) => formatRelative(h.last_heartbeat_at, now) },
];

export function registerHost(program: Command, io: Io): void {
  const host = program.command("host").description("Hosts that run workloads, and join tokens for their agents");

  host
    .command("list")
    .description("List hosts with status, load, allocation and runtimes")
    .action(async (_raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const r = await (await ctx.api())("listHosts");
      ctx.out.result(r, () =>
        ctx.out.table(
          columns(io.now()),
          r.items,
          "No hosts. Start one with `shipyard agent --server URL --token TOKEN` (create a token with `shipyard host token create`).",
        ),
      );
    });

  host
    .command("show")
    .description("Show one host")
    .argument("<host>", "id or name")
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const h = await (await ctx.api())("getHost", { params: { id } });
      const m = h.metrics;
      const runtimeLine = (name: string, r: { available: boolean; reason?: string | undefined; version?: string | undefined }) =>
        [name, r.available ? `available${r.version ? ` (${r.version})` : ""}` : `unavailable: ${r.reason ?? "?"}`] as [
          string,
          string,
        ];
      ctx.out.result(h, () =>
        ctx.out.fields([
          ["Name", ctx.out.colors.bold(h.name)],
          ["ID", h.id],
          ["Status", h.status],
          ["Address", h.address],
          ["Capacity", `${h.capacity.vcpus} vCPU, ${h.capacity.memory_mb} MiB, ${h.capacity.disk_gb} GB disk`],
          ["Allocated", `${h.allocated.vcpus} vCPU, ${h.allocated.memory_mb} MiB, ${h.allocated.workloads} workloads`],
          [
            "Load",
            m
              ? `CPU ${m.cpu_percent}%, load ${m.load1}, memory ${m.memory_used_mb}/${m.memory_total_mb} MiB, disk ${m.disk_used_gb}/${m.disk_total_gb} GB`
              : "-",
          ],
          runtimeLine("VMs", h.runtimes.vms),
          runtimeLine("Containers", h.runtimes.containers),
          ...h.runtimes.functions.map((f) => runtimeLine(`Functions: ${f.runtime}`, f)),
          ["Agent", h.agent_version],
          ["Last heartbeat", formatRelative(h.last_heartbeat_at, io.now())],
        ]),
      );
    });

  host
    .command("rm")
    .description("Forget a host that has no workloads (its agent must join again)")
    .argument("<host>", "id or name")
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("deleteHost", { params: { id } });
      ctx.out.result({ deleted: id }, () => ctx.out.success(`Forgot host ${id}.`));
    });

  const token = host.command("token").description("Join tokens agents register with (admin)");
  token
    .command("create")
    .description("Create a join token (shown once)")
    .argument("<name>", "what it is for")
    .option("--ttl-hours <n>", "expire after this many hours (default: never)")
    .addHelpText("after", examples("shipyard host token create rack-2 --ttl-hours 24"))
    .action(async (name: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(z.object({ ttlHours: z.coerce.number().int().min(1).max(8760).optional() }), raw);
      const t = await (await ctx.api())("createJoinToken", {
        body: { name, ...(o.ttlHours ? { ttl_hours: o.ttlHours } : {}) },
      });
      ctx.out.result(t, () => {
        ctx.out.success(`Created join token ${t.name} (${t.id}). It is shown once:`);
        ctx.out.line(`  ${t.token}`);
        ctx.out.line(ctx.out.colors.dim(`On the host: shipyard agent --server <this server's URL> --token ${t.token}`));
      });
    });
  token
    .command("list")
    .description("List join tokens (never their secret)")
    .action(async (_raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const r = await (await ctx.api())("listJoinTokens");
      ctx.out.result(r, () =>
        ctx.out.table(
          [
            { header: "ID", value: (t) => t.id },
            { header: "NAME", value: (t) => t.name },
            { header: "EXPIRES", value: (t) => (t.expires_at ? formatRelative(t.expires_at, io.now()) : "never") },
            { header: "LAST USED", value: (t) => (t.last_used_at ? formatRelative(t.last_used_at, io.now()) : "never") },
          ],
          r.items,
          "No join tokens. Create one with `shipyard host token create NAME`.",
        ),
      );
    });
  token
    .command("rm")
    .description("Revoke a join token (hosts that joined keep working)")
    .argument("<id>", "token id")
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("deleteJoinToken", { params: { id } });
      ctx.out.result({ deleted: id }, () => ctx.out.success(`Revoked join token ${id}.`));
    });
}
