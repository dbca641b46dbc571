import { type Job, JobState } from "@shipyard/contract";
import { type Command, Option } from "commander";
import { z } from "zod";
import { collect } from "../api.ts";
import { createContext } from "../context.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Colors, Column } from "../output.ts";

const ListOptions = z.object({
  name: z.string().min(1).max(100).optional(),
  state: JobState.optional(),
  limit: z.coerce
    .number({ error: "must be a whole number between 1 and 200" })
    .int("must be a whole number between 1 and 200")
    .min(1, "must be at least 1")
    .max(200, "must be at most 200")
    .optional(),
  all: z.boolean().default(false),
});

const stateColor = (colors: Colors, state: string) =>
  state === "completed"
    ? colors.green(state)
    : state === "failed"
      ? colors.red(state)
      : state === "active"
        ? colors.cyan(state)
        : colors.dim(state);

export function jobColumns(now: Date, colors: Colors): Column<Job>[] {
  return [
    { header: "ID", value: (j) => j.id },
    { header: "NAME", value: (j) => j.name },
    { header: "STATE", value: (j) => j.state, color: (s) => stateColor(colors, s) },
    { header: "RETRIES", value: (j) => `${j.retryCount}/${j.retryLimit}`, align: "right" },
    { header: "CREATED", value: (j) => formatRelative(j.createdAt, now) },
    { header: "COMPLETED", value: (j) => formatRelative(j.completedAt, now) },
  ];
}

export function registerJobs(program: Command, io: Io): void {
  const jobs = program
    .command("jobs")
    .description("Background jobs")
    .addHelpText("after", examples("shipyard jobs list --state failed", "shipyard jobs show 3f1c…"));

  jobs
    .command("list")
    .description("List background jobs (newest first)")
    .option("--name <name>", "only jobs with this name")
    .addOption(new Option("--state <state>", "only jobs in this state").choices(JobState.options))
    .option("--limit <n>", "jobs per page, 1-200 (default 50)")
    .option("--all", "follow the pages to the last job")
    .addHelpText("after", examples("shipyard jobs list", "shipyard jobs list --state failed --all --json"))
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const { all, limit, ...filters } = parseOptions(ListOptions, raw);
      const api = await ctx.api();
      const page = await collect(
        (cursor) => api("listJobs", { query: { ...filters, limit: limit ?? (all ? 200 : 50), cursor } }),
        { all },
      );
      ctx.out.result(page, () => {
        ctx.out.table(jobColumns(io.now(), ctx.out.colors), page.items, "No jobs match.");
        if (page.nextCursor) ctx.out.note(`Showing ${page.items.length} of ${page.total}. Add --all for every job.`);
      });
    });

  jobs
    .command("show")
    .description("Show one background job, with its data and output")
    .argument("<id>", "job id (see `shipyard jobs list`)")
    .addHelpText("after", examples("shipyard jobs show 3f1c…", "shipyard jobs show 3f1c… --json | jq .output"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const job = await (await ctx.api())("getJob", { params: { id } });
      ctx.out.result(job, () => {
        const now = io.now();
        const at = (iso: string | null) => (iso ? `${formatRelative(iso, now)} (${iso})` : "-");
        ctx.out.fields([
          ["ID", job.id],
          ["Name", job.name],
          ["State", stateColor(ctx.out.colors, job.state)],
          ["Retries", `${job.retryCount} of ${job.retryLimit}`],
          ["Created", at(job.createdAt)],
          ["Started", at(job.startedAt)],
          ["Completed", at(job.completedAt)],
          ["Data", JSON.stringify(job.data ?? null)],
          ["Output", JSON.stringify(job.output ?? null)],
        ]);
      });
    });
}
