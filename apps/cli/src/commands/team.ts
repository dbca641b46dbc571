import type { TeamMember } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { createContext } from "../context.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Column } from "../output.ts";
import { nameOption, noTeams, resolveOrg, slugOption, teamColumns } from "./org.ts";
import { resolveUser } from "./user.ts";

const org = z.string({ error: "is required" }).trim().min(1, "must not be empty");
const ListOptions = z.object({ org });
const CreateOptions = z.object({ org, slug: slugOption, name: nameOption });

const memberColumns = (now: Date): Column<TeamMember>[] => [
  { header: "USER ID", value: (m) => m.userId },
  { header: "EMAIL", value: (m) => m.email },
  { header: "NAME", value: (m) => m.name },
  { header: "ROLE", value: (m) => m.role },
  { header: "ADDED", value: (m) => formatRelative(m.addedAt, now) },
];

export function registerTeam(program: Command, io: Io): void {
  const team = program
    .command("team")
    .description("Teams inside an organisation, and their members (admins manage them)")
    .addHelpText(
      "after",
      examples(
        "shipyard team create --org acme --slug data --name Data",
        "shipyard team add team_123 carol@acme.test",
        "shipyard team members team_123",
      ),
    );

  team
    .command("list")
    .description("List an organisation's teams")
    .requiredOption("--org <org>", "organisation id or slug")
    .addHelpText("after", examples("shipyard team list --org acme", "shipyard team list --org acme --json"))
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(ListOptions, raw);
      const api = await ctx.api();
      const found = await resolveOrg(api, o.org);
      const r = await api("listTeams", { params: { id: found.id } });
      ctx.out.result(r, () => ctx.out.table(teamColumns(io.now()), r.items, noTeams(found)));
    });

  team
    .command("create")
    .description("Create a team inside an organisation (admin)")
    .requiredOption("--org <org>", "organisation id or slug")
    .requiredOption("--slug <slug>", "short name, unique in the organisation, e.g. data")
    .requiredOption("--name <name>", "display name, e.g. Data")
    .addHelpText(
      "after",
      examples(
        "shipyard team create --org acme --slug data --name Data",
        "TEAM=$(shipyard team create --org acme --slug data --name Data --json | jq -r .id)",
      ),
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(CreateOptions, raw);
      const api = await ctx.api();
      const found = await resolveOrg(api, o.org);
      const created = await api("createTeam", { params: { id: found.id }, body: { slug: o.slug, name: o.name } });
      ctx.out.result(created, () => {
        ctx.out.success(`Created team ${created.slug} "${created.name}" in ${found.slug} (${created.id}).`);
        ctx.out.line(ctx.out.colors.dim(`Add members with: shipyard team add ${created.id} USER-EMAIL`));
      });
    });

  team
    .command("rm")
    .description("Delete a team (its members stay in the organisation; what was shared with the team no longer is)")
    .argument("<team>", "team id (see `shipyard team list --org ORG`)")
    .addHelpText("after", examples("shipyard team rm team_123"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("deleteTeam", { params: { id } });
      ctx.out.result({ deleted: id }, () =>
        ctx.out.success(`Deleted team ${id}; its members stay in the organisation, what was shared with the team no longer is.`),
      );
    });

  team
    .command("members")
    .description("List a team's members")
    .argument("<team>", "team id")
    .addHelpText("after", examples("shipyard team members team_123", "shipyard team members team_123 --json"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const r = await (await ctx.api())("listTeamMembers", { params: { id } });
      ctx.out.result(r, () =>
        ctx.out.table(memberColumns(io.now()), r.items, `No members. Add one with \`shipyard team add ${id} USER-EMAIL\`.`),
      );
    });

  team
    .command("add")
    .description("Add a user of the team's organisation to the team (adding twice is harmless)")
    .argument("<team>", "team id")
    .argument("<user>", "user id or email")
    .addHelpText("after", examples("shipyard team add team_123 carol@acme.test", "shipyard team add team_123 usr_456 --json"))
    .action(async (id: string, userRef: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const api = await ctx.api();
      const u = await resolveUser(api, userRef);
      const member = await api("addTeamMember", { params: { id, user_id: u.id } });
      ctx.out.result(member, () => ctx.out.success(`Added ${member.email} to team ${id}.`));
    });

  team
    .command("remove")
    .description("Remove a user from a team (they stay in the organisation)")
    .argument("<team>", "team id")
    .argument("<user>", "user id or email")
    .addHelpText("after", examples("shipyard team remove team_123 carol@acme.test"))
    .action(async (id: string, userRef: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const api = await ctx.api();
      const u = await resolveUser(api, userRef);
      await api("removeTeamMember", { params: { id, user_id: u.id } });
      ctx.out.result({ team: id, removed: u.id }, () => ctx.out.success(`Removed ${u.email ?? u.id} from team ${id}.`));
    });
}
