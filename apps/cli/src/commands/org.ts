import type { ApiClient, Organization, Team } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { createContext } from "../context.ts";
import { CliError, ExitCode } from "../errors.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Column } from "../output.ts";

/** A slug as the server accepts it (organisations and teams). */
export const slugOption = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    "must be lowercase letters, digits and dashes (at most 63), starting with a letter or digit",
  );

export const nameOption = z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters");

const CreateOptions = z.object({ slug: slugOption, name: nameOption });

/** Every organisation the caller may see (one request; the list is not paged). */
export async function listOrgs(api: ApiClient): Promise<Organization[]> {
  return (await api("listOrganizations")).items;
}

/** The organisation whose id or slug is `ref`, from `orgs`; a not-found error (exit 5) naming it otherwise. */
export function findOrg(orgs: readonly Organization[], ref: string): Organization {
  const wanted = ref.trim();
  const org = orgs.find((o) => o.id === wanted) ?? orgs.find((o) => o.slug === wanted.toLowerCase());
  if (org) return org;
  const known = orgs.map((o) => o.slug);
  throw new CliError(
    "not_found",
    ExitCode.notFound,
    `No organisation with id or slug "${ref}".`,
    known.length === 0
      ? "There are no organisations yet. Create one with `shipyard org create --slug SLUG --name NAME`."
      : known.length <= 10
        ? `Known organisations: ${known.join(", ")} (see \`shipyard org list\`).`
        : "List organisations with `shipyard org list`.",
  );
}

/** Resolves an organisation id or slug to the organisation, through the list endpoint. */
export async function resolveOrg(api: ApiClient, ref: string): Promise<Organization> {
  return findOrg(await listOrgs(api), ref);
}

export const orgColumns = (now: Date): Column<Organization>[] => [
  { header: "ID", value: (o) => o.id },
  { header: "SLUG", value: (o) => o.slug },
  { header: "NAME", value: (o) => o.name },
  { header: "CREATED", value: (o) => formatRelative(o.createdAt, now) },
];

export const teamColumns = (now: Date): Column<Team>[] => [
  { header: "ID", value: (t) => t.id },
  { header: "SLUG", value: (t) => t.slug },
  { header: "NAME", value: (t) => t.name },
  { header: "MEMBERS", value: (t) => String(t.memberCount), align: "right" },
  { header: "CREATED", value: (t) => formatRelative(t.createdAt, now) },
];

export const noTeams = (org: Organization) =>
  `No teams in ${org.slug}. Create one with \`shipyard team create --org ${org.slug} --slug SLUG --name NAME\`.`;

export function registerOrg(program: Command, io: Io): void {
  const org = program
    .command("org")
    .description("Client organisations (admins create them; clients see their own)")
    .addHelpText(
      "after",
      examples("shipyard org list", 'shipyard org create --slug acme --name "Acme Corp"', "shipyard org show acme --json"),
    );

  org
    .command("list")
    .description("List organisations")
    .addHelpText("after", examples("shipyard org list", "shipyard org list --json"))
    .action(async (_raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const r = await (await ctx.api())("listOrganizations");
      ctx.out.result(r, () =>
        ctx.out.table(
          orgColumns(io.now()),
          r.items,
          "No organisations. Create one with `shipyard org create --slug SLUG --name NAME`.",
        ),
      );
    });

  org
    .command("create")
    .description("Create an organisation (admin)")
    .requiredOption("--slug <slug>", "short name used in commands, e.g. acme (lowercase letters, digits, dashes)")
    .requiredOption("--name <name>", "display name, e.g. Acme Corp")
    .addHelpText(
      "after",
      examples(
        'shipyard org create --slug acme --name "Acme Corp"',
        "ORG=$(shipyard org create --slug acme --name Acme --json | jq -r .id)",
      ),
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(CreateOptions, raw);
      const created = await (await ctx.api())("createOrganization", { body: { slug: o.slug, name: o.name } });
      ctx.out.result(created, () => {
        ctx.out.success(`Created organisation ${created.slug} "${created.name}" (${created.id}).`);
        ctx.out.line(
          ctx.out.colors.dim(
            `Next: shipyard user create --org ${created.slug} --role client …, shipyard team create --org ${created.slug} …`,
          ),
        );
      });
    });

  org
    .command("show")
    .description("Show an organisation and its teams")
    .argument("<org>", "organisation id or slug")
    .addHelpText("after", examples("shipyard org show acme", "shipyard org show org_123 --json"))
    .action(async (ref: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const api = await ctx.api();
      const found = await resolveOrg(api, ref);
      const teams = await api("listTeams", { params: { id: found.id } });
      const now = io.now();
      ctx.out.result({ ...found, teams: teams.items }, () => {
        ctx.out.fields([
          ["Name", ctx.out.colors.bold(found.name)],
          ["Slug", found.slug],
          ["ID", found.id],
          ["Created", formatRelative(found.createdAt, now)],
        ]);
        ctx.out.line();
        ctx.out.line(ctx.out.colors.bold("Teams"));
        ctx.out.table(teamColumns(now), teams.items, noTeams(found));
      });
    });
}
