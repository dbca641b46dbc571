import type { Resource } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { createContext } from "../context.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Colors, Column } from "../output.ts";

const stateColor = (colors: Colors, s: string) =>
  s === "running" || s === "ready"
    ? colors.green(s)
    : s === "error"
      ? colors.red(s)
      : s === "paused"
        ? colors.yellow(s)
        : colors.dim(s);

export function resourceColumns(now: Date, colors: Colors): Column<Resource>[] {
  return [
    { header: "TYPE", value: (r) => r.type },
    { header: "ID", value: (r) => r.id },
    { header: "NAME", value: (r) => r.name },
    { header: "STATE", value: (r) => r.state, color: (s) => stateColor(colors, s) },
    { header: "ACTIVE", value: (r) => formatRelative(r.last_activity_at, now) },
    { header: "DETAIL", value: (r) => r.detail },
  ];
}

export function registerResources(program: Command, io: Io): void {
  program
    .command("resources")
    .description("Every workload (VMs, functions, containers) with its state")
    .option("--type <type>", "only vm, function or container")
    .option("-q, --query <text>", "only workloads whose name contains this")
    .option("--state <state>", "only this state, e.g. running or error")
    .addHelpText(
      "after",
      examples("shipyard resources", "shipyard resources --type container -q web", "shipyard resources --state error --json"),
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(
        z.object({
          type: z.enum(["vm", "function", "container"], { error: "must be vm, function or container" }).optional(),
          query: z.string().max(200, "must be at most 200 characters").optional(),
          state: z.string().max(30, "must be at most 30 characters").optional(),
        }),
        raw,
      );
      const r = await (await ctx.api())("listResources", {
        query: {
          ...(o.type ? { type: o.type } : {}),
          ...(o.query ? { q: o.query } : {}),
          ...(o.state ? { state: o.state } : {}),
        },
      });
      ctx.out.result(r, () => ctx.out.table(resourceColumns(io.now(), ctx.out.colors), r.items, "No workloads."));
    });
}
