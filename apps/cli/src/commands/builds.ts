import type { Build } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { collect } from "../api.ts";
import { createContext } from "../context.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Colors, Column } from "../output.ts";

const statusColor = (colors: Colors, s: string) =>
  s === "succeeded" ? colors.green(s) : s === "failed" ? colors.red(s) : s === "running" ? colors.cyan(s) : colors.dim(s);

export function buildColumns(now: Date, colors: Colors): Column<Build>[] {
  return [
    { header: "ID", value: (b) => b.id },
    { header: "IMAGE", value: (b) => b.image },
    { header: "STATUS", value: (b) => b.status, color: (s) => statusColor(colors, s) },
    { header: "TRIGGER", value: (b) => b.trigger, color: (s) => (s === "emergency" ? colors.red(s) : s) },
    { header: "PROVIDER", value: (b) => b.provider },
    { header: "CREATED", value: (b) => formatRelative(b.createdAt, now) },
    { header: "TOOK", value: (b) => (b.durationMs === null ? "-" : `${Math.round(b.durationMs / 1000)} s`), align: "right" },
  ];
}

export function registerBuilds(program: Command, io: Io): void {
  const builds = program.command("builds").description("Builds of managed images");

  builds
    .command("list")
    .description("List builds, newest first")
    .option("--image <name>", "only this image's builds")
    .option("--status <status>", "queued, running, succeeded, failed or cancelled")
    .option("--all", "follow every page")
    .addHelpText("after", examples("shipyard builds list", "shipyard builds list --image web --status failed --json"))
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(
        z.object({
          image: z.string().optional(),
          status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]).optional(),
          all: z.boolean().default(false),
        }),
        raw,
      );
      const api = await ctx.api();
      const page = await collect(
        (cursor) =>
          api("listBuilds", {
            query: {
              limit: 100,
              ...(o.image ? { image: o.image } : {}),
              ...(o.status ? { status: o.status } : {}),
              ...(cursor ? { cursor } : {}),
            },
          }),
        { all: o.all },
      );
      ctx.out.result(page, () => ctx.out.table(buildColumns(io.now(), ctx.out.colors), page.items, "No builds yet."));
    });

  builds
    .command("show")
    .description("Show one build")
    .argument("<id>", "build id")
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const b = await (await ctx.api())("getBuild", { params: { id } });
      ctx.out.result(b, () =>
        ctx.out.fields([
          ["Build", ctx.out.colors.bold(b.id)],
          ["Image", b.image],
          ["Status", statusColor(ctx.out.colors, b.status)],
          ["Trigger", `${b.trigger} by ${b.requestedBy}`],
          ["Reason", b.reason],
          ...(b.justification ? ([["Justification", b.justification]] as const) : []),
          ["Provider", `${b.provider}${b.runId ? ` run ${b.runId}` : ""}`],
          ["Run", b.runUrl ?? "-"],
          ["Digest", b.digest ?? "-"],
          ["Message", b.message ?? "-"],
          ["Created", b.createdAt],
          ["Finished", b.finishedAt ?? "-"],
        ]),
      );
    });

  builds
    .command("logs")
    .description("Print a build's log")
    .argument("<id>", "build id")
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const r = await (await ctx.api())("buildLogs", { params: { id } });
      ctx.out.result(r, () => io.stdout.write(r.logs.endsWith("\n") || r.logs === "" ? r.logs : `${r.logs}\n`));
    });
}
