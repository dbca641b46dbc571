import { type AuditEntry, AuditOutcome } from "@shipyard/contract";
import { type Command, Option } from "commander";
import { z } from "zod";
import { collect } from "../api.ts";
import { createContext } from "../context.ts";
import { formatRelative, parseTimePoint } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Colors, Column } from "../output.ts";

const limit = z.coerce
  .number({ error: "must be a whole number between 1 and 200" })
  .int("must be a whole number between 1 and 200")
  .min(1, "must be at least 1")
  .max(200, "must be at most 200");

const timePoint = (now: Date) =>
  z.string().transform((text, ctx) => {
    const iso = parseTimePoint(text, now);
    if (!iso) {
      ctx.addIssue({
        code: "custom",
        message: `must be an ISO 8601 time (2025-01-31T12:00:00Z) or an age like 30m, 2h, 7d, not "${text}"`,
      });
      return z.NEVER;
    }
    return iso;
  });

const auditOptions = (now: Date) =>
  z.object({
    actor: z.string().min(1).max(254).optional(),
    action: z.string().min(1).max(100).optional(),
    targetKind: z.string().min(1).max(60).optional(),
    targetId: z.string().min(1).max(100).optional(),
    outcome: AuditOutcome.optional(),
    since: timePoint(now).optional(),
    until: timePoint(now).optional(),
    limit: limit.optional(),
    all: z.boolean().default(false),
  });

export function auditColumns(now: Date, colors: Colors): Column<AuditEntry>[] {
  const outcomeColor: Record<string, (s: string) => string> = {
    success: colors.green,
    failure: colors.red,
    denied: colors.yellow,
  };
  return [
    { header: "WHEN", value: (e) => formatRelative(e.at, now) },
    { header: "ACTOR", value: (e) => e.actorEmail ?? e.actorId ?? "system" },
    { header: "ACTION", value: (e) => e.action },
    { header: "TARGET", value: (e) => (e.targetId ? `${e.targetKind}/${e.targetId}` : e.targetKind) },
    { header: "OUTCOME", value: (e) => e.outcome, color: (s) => (outcomeColor[s] ?? String)(s) },
  ];
}

export function registerAudit(program: Command, io: Io): void {
  program
    .command("audit")
    .description("Search the audit trail (newest first)")
    .option("--actor <actor>", "actor email or user id")
    .option("--action <action>", "exact action, or a prefix ending in '.', e.g. token.")
    .option("--target-kind <kind>", "kind of the resource acted on, e.g. token")
    .option("--target-id <id>", "id of the resource acted on")
    .addOption(new Option("--outcome <outcome>", "only entries with this outcome").choices(AuditOutcome.options))
    .option("--since <time>", "from this ISO 8601 time, or this long ago (30m, 2h, 7d)")
    .option("--until <time>", "up to this ISO 8601 time, or this long ago")
    .option("--limit <n>", "entries per page, 1-200 (default 50)")
    .option("--all", "follow the pages to the last entry")
    .addHelpText(
      "after",
      examples(
        "shipyard audit --since 1h",
        "shipyard audit --action token. --outcome success",
        "shipyard audit --actor ada@example.com --since 2025-01-01 --all --json",
      ),
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const now = io.now();
      const { all, limit: pageSize, ...filters } = parseOptions(auditOptions(now), raw);
      const api = await ctx.api();
      const page = await collect(
        (cursor) => api("listAudit", { query: { ...filters, limit: pageSize ?? (all ? 200 : 50), cursor } }),
        {
          all,
        },
      );
      ctx.out.result(page, () => {
        ctx.out.table(auditColumns(now, ctx.out.colors), page.items, "No audit entries match.");
        if (page.nextCursor) {
          ctx.out.note(
            `Showing ${page.items.length} of ${page.total}. Add --all for every entry, or narrow with --since, --action, --actor.`,
          );
        }
      });
    });
}
