import { type ApiClient, type Share, ShareKind, type Team } from "@shipyard/contract";
import { type Command, Option } from "commander";
import { z } from "zod";
import { collect } from "../api.ts";
import { createContext } from "../context.ts";
import { CliError, ExitCode, usageError } from "../errors.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Colors, Column } from "../output.ts";
import { resolveOrg } from "./org.ts";

const ref = z.string().trim().min(1, "must not be empty");

const ListOptions = z.object({
  kind: ShareKind.optional(),
  resource: ref.max(200, "must be at most 200 characters").optional(),
  org: ref.optional(),
  team: ref.optional(),
});

const AddOptions = z.object({ org: ref, team: ref.optional() });

/** The team of `org` whose id or slug is `teamRef`; a not-found error (exit 5) otherwise. */
export async function resolveTeam(api: ApiClient, org: { id: string; slug: string }, teamRef: string): Promise<Team> {
  const teams = (await api("listTeams", { params: { id: org.id } })).items;
  const team = teams.find((t) => t.id === teamRef) ?? teams.find((t) => t.slug === teamRef.toLowerCase());
  if (team) return team;
  throw new CliError(
    "not_found",
    ExitCode.notFound,
    `No team with id or slug "${teamRef}" in organisation ${org.slug}.`,
    teams.length
      ? `Teams of ${org.slug}: ${teams.map((t) => t.slug).join(", ")} (see \`shipyard team list --org ${org.slug}\`).`
      : `${org.slug} has no teams; create one with \`shipyard team create --org ${org.slug} --slug SLUG --name NAME\`.`,
  );
}

export const shareColumns = (now: Date, colors: Colors): Column<Share>[] => [
  { header: "ID", value: (s) => s.id },
  { header: "KIND", value: (s) => s.kind },
  {
    header: "RESOURCE",
    value: (s) => s.resourceName ?? `${s.resourceId} (deleted)`,
    color: (text, s) => (s.resourceName ? text : colors.dim(text)),
  },
  { header: "ORGANISATION", value: (s) => s.organizationName },
  {
    header: "TEAM",
    value: (s) => s.teamName ?? "(whole organisation)",
    color: (text, s) => (s.teamName ? text : colors.dim(text)),
  },
  { header: "SHARED", value: (s) => formatRelative(s.createdAt, now) },
];

const kinds = "image, vm, function or container";

const withWhom = (s: Share) => `${s.organizationName}${s.teamName ? `, team ${s.teamName}` : ""}`;

export function registerShare(program: Command, io: Io): void {
  const share = program
    .command("share")
    .description("Share images and workloads with a client organisation, or one of its teams")
    .addHelpText(
      "after",
      `
Clients see an image, VM, function or container only when it is shared with their whole
organisation, or with a team they are in.
${examples(
  "shipyard share add image web --org acme",
  "shipyard share add container api --org acme --team data",
  "shipyard share list --org acme",
  "shipyard share rm shr_123",
)}`,
    );

  share
    .command("list")
    .description("List shares (clients see what is shared with them)")
    .addOption(new Option("--kind <kind>", "only this kind of resource").choices(ShareKind.options))
    .option("--resource <resource>", "only shares of this resource: id or name (needs --kind)")
    .option("--org <org>", "only shares with this organisation: id or slug")
    .option("--team <team>", "only shares with this team: id (or slug, with --org)")
    .addHelpText(
      "after",
      examples(
        "shipyard share list",
        "shipyard share list --kind image --resource web",
        "shipyard share list --org acme --team data --json",
      ),
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(ListOptions, raw);
      if (o.resource && !o.kind) {
        throw usageError("--resource needs --kind.", "Example: `shipyard share list --kind image --resource web`.");
      }
      const api = await ctx.api();
      const org = o.org ? await resolveOrg(api, o.org) : undefined;
      const teamId = o.team && org ? (await resolveTeam(api, org, o.team)).id : o.team;
      const r = await collect(
        (cursor) =>
          api("listShares", {
            query: { kind: o.kind, resource: o.resource, organizationId: org?.id, teamId, limit: 200, cursor },
          }),
        { all: true },
      );
      ctx.out.result(r, () =>
        ctx.out.table(
          shareColumns(io.now(), ctx.out.colors),
          r.items,
          o.kind || o.resource || o.org || o.team ? "No shares match." : "Nothing is shared. Share with `shipyard share add`.",
        ),
      );
    });

  share
    .command("add")
    .description("Share a resource with an organisation, or with one of its teams (sharing twice is harmless)")
    .argument("<kind>", `kind of resource: ${kinds}`)
    .argument("<resource>", "the resource's id or name")
    .requiredOption("--org <org>", "organisation id or slug")
    .option("--team <team>", "only this team of the organisation: id or slug (default: the whole organisation)")
    .addHelpText(
      "after",
      examples(
        "shipyard share add image web --org acme",
        "shipyard share add vm vm_123 --org acme --team data",
        "shipyard share add function resize --org acme --json",
      ),
    )
    .action(async (kind: string, resource: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const shareKind = ShareKind.safeParse(kind);
      if (!shareKind.success) throw usageError(`Unknown kind "${kind}"; use ${kinds}.`, "Add --help to see the examples.");
      const o = parseOptions(AddOptions, raw);
      const api = await ctx.api();
      const org = await resolveOrg(api, o.org);
      const team = o.team ? await resolveTeam(api, org, o.team) : undefined;
      const created = await api("createShare", {
        body: { kind: shareKind.data, resource, organizationId: org.id, ...(team ? { teamId: team.id } : {}) },
      });
      ctx.out.result(created, () =>
        ctx.out.success(
          `Shared ${created.kind} ${created.resourceName ?? created.resourceId} with ${withWhom(created)} (${created.id}).`,
        ),
      );
    });

  share
    .command("rm")
    .description("Stop sharing: the organisation or team no longer sees the resource")
    .argument("<share>", "share id (see `shipyard share list`)")
    .addHelpText("after", examples("shipyard share rm shr_123"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("deleteShare", { params: { id } });
      ctx.out.result({ deleted: id }, () => ctx.out.success(`Stopped sharing (${id}).`));
    });
}
