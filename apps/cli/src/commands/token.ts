import type { ApiToken } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { collect } from "../api.ts";
import { createContext } from "../context.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Colors, Column } from "../output.ts";

const CreateOptions = z.object({
  name: z.string().trim().min(1, "must not be empty").max(80, "must be at most 80 characters"),
  expiresInDays: z.coerce
    .number({ error: "must be a whole number of days" })
    .int("must be a whole number of days")
    .min(1, "must be at least 1")
    .max(3650, "must be at most 3650")
    .optional(),
});
const ListOptions = z.object({ all: z.boolean().default(false) });

export function tokenStatus(t: ApiToken, now: Date): "revoked" | "expired" | "active" {
  if (t.revokedAt) return "revoked";
  if (t.expiresAt && new Date(t.expiresAt) <= now) return "expired";
  return "active";
}

export function tokenColumns(now: Date, colors: Colors): Column<ApiToken>[] {
  return [
    { header: "ID", value: (t) => t.id },
    { header: "NAME", value: (t) => t.name },
    { header: "PREFIX", value: (t) => `${t.prefix}…` },
    { header: "CREATED", value: (t) => formatRelative(t.createdAt, now) },
    { header: "LAST USED", value: (t) => (t.lastUsedAt ? formatRelative(t.lastUsedAt, now) : "never") },
    { header: "EXPIRES", value: (t) => (t.expiresAt ? formatRelative(t.expiresAt, now) : "never") },
    {
      header: "STATUS",
      value: (t) => tokenStatus(t, now),
      color: (s) => (s === "active" ? colors.green(s) : colors.dim(s)),
    },
  ];
}

export function registerToken(program: Command, io: Io): void {
  const token = program
    .command("token")
    .description("Manage your personal API tokens")
    .addHelpText(
      "after",
      examples(
        "shipyard token create --name ci --expires-in-days 90",
        "shipyard token list --all",
        "shipyard token revoke tok_123",
      ),
    );

  token
    .command("create")
    .description("Create an API token; its secret is printed once")
    .requiredOption("--name <name>", "a name to recognise the token by, e.g. ci-deploy")
    .option("--expires-in-days <days>", "days until it expires (1-3650; default: never)")
    .addHelpText(
      "after",
      examples(
        "shipyard token create --name ci --expires-in-days 90",
        "TOKEN=$(shipyard token create --name ci --json | jq -r .token)",
      ),
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const options = parseOptions(CreateOptions, raw);
      const created = await (await ctx.api())("createToken", {
        body: { name: options.name, ...(options.expiresInDays ? { expiresInDays: options.expiresInDays } : {}) },
      });
      ctx.out.result(created, () => {
        const c = ctx.out.colors;
        ctx.out.success(`Created API token "${created.name}" (${created.id}).`);
        ctx.out.line(`${c.bold("Secret:")} ${created.token}`);
        ctx.out.line(
          c.dim(
            `Shown once; store it now.${created.expiresAt ? ` Expires ${formatRelative(created.expiresAt, io.now())}.` : " It does not expire."}`,
          ),
        );
      });
    });

  token
    .command("list")
    .description("List your API tokens")
    .option("--all", "include revoked tokens")
    .addHelpText("after", examples("shipyard token list", "shipyard token list --all --json"))
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const options = parseOptions(ListOptions, raw);
      const api = await ctx.api();
      const page = await collect(
        (cursor) => api("listTokens", { query: { limit: 200, cursor, includeRevoked: options.all ? "true" : "false" } }),
        { all: true },
      );
      ctx.out.result(page, () => ctx.out.table(tokenColumns(io.now(), ctx.out.colors), page.items, "No API tokens."));
    });

  token
    .command("revoke")
    .description("Revoke one of your API tokens")
    .argument("<id>", "token id (see `shipyard token list`)")
    .addHelpText("after", examples("shipyard token revoke tok_123"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const revoked = await (await ctx.api())("revokeToken", { params: { id } });
      ctx.out.result(revoked, () => ctx.out.success(`Revoked API token "${revoked.name}" (${revoked.id}).`));
    });
}
