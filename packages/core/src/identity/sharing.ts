import type { Page, Share, ShareCreate, ShareKind, ShareListQuery, Team, TeamCreate, TeamMember } from "@shipyard/contract";
import type { EventBus } from "../events/event-bus.ts";
import { invalid, notFound } from "../shared/errors.ts";
import type { OrganizationRepository, UserRepository } from "./ports.ts";
import type { Principal } from "./principal.ts";

/** Whose view a share query takes: a client user, through their organisation and their teams. */
export interface Viewer {
  userId: string;
  organizationId: string | null;
}

export interface SharedResource {
  kind: ShareKind;
  id: string;
  name: string;
}

export interface TeamRepository {
  /** Throws DomainError conflict when the organisation already has a team with this slug. */
  create(organizationId: string, team: TeamCreate): Promise<Team>;
  get(id: string): Promise<Team | undefined>;
  list(organizationId: string): Promise<Team[]>;
  delete(id: string): Promise<void>;
  members(teamId: string): Promise<TeamMember[]>;
  /** Adds the member, or returns the existing membership. */
  addMember(teamId: string, userId: string): Promise<TeamMember>;
  removeMember(teamId: string, userId: string): Promise<void>;
}

export interface ShareRepository {
  /** The resource of this kind with this id or name, if it exists. */
  findResource(kind: ShareKind, ref: string): Promise<{ id: string; name: string } | undefined>;
  /** Creates the share, or returns the identical one that already exists. */
  create(share: {
    kind: ShareKind;
    resourceId: string;
    organizationId: string;
    teamId: string | null;
    createdBy: string | null;
  }): Promise<Share>;
  get(id: string): Promise<Share | undefined>;
  delete(id: string): Promise<void>;
  /** A page of the shares matching every given filter; with a viewer, only those that reach that viewer. */
  list(
    filter: {
      kind?: ShareKind | undefined;
      resourceId?: string | undefined;
      organizationId?: string | undefined;
      teamId?: string | undefined;
      viewer?: Viewer | undefined;
    },
    page: { limit: number; cursor?: string | undefined; order: "asc" | "desc" },
  ): Promise<Page<Share>>;
  /** Existing resources shared with the viewer's organisation as a whole, or with a team the viewer is in. */
  visible(viewer: Viewer, kind?: ShareKind): Promise<SharedResource[]>;
}

const isClient = (p: Principal) => p.user.role === "client";
const viewerOf = (p: Principal): Viewer => ({ userId: p.user.id, organizationId: p.user.organizationId });

/** `kind:id` and `kind:name` of each resource, the keys events and route parameters are matched on. */
export function sharedKeys(resources: readonly SharedResource[]): Set<string> {
  const keys = new Set<string>();
  for (const r of resources) {
    keys.add(`${r.kind}:${r.id}`);
    keys.add(`${r.kind}:${r.name}`);
  }
  return keys;
}

/**
 * Teams inside organisations, and what is shared with them. Staff (admins, operators) see every
 * resource; a client sees a resource only when it is shared with their whole organisation or with a
 * team they belong to. Anything else answers "not found", so ids reveal nothing.
 */
export class SharingService {
  private readonly teams: TeamRepository;
  private readonly shares: ShareRepository;
  private readonly orgs: OrganizationRepository;
  private readonly users: UserRepository;
  private readonly bus: EventBus;

  constructor(deps: {
    teams: TeamRepository;
    shares: ShareRepository;
    orgs: OrganizationRepository;
    users: UserRepository;
    bus: EventBus;
  }) {
    this.teams = deps.teams;
    this.shares = deps.shares;
    this.orgs = deps.orgs;
    this.users = deps.users;
    this.bus = deps.bus;
  }

  private async org(principal: Principal | null, id: string) {
    const org = await this.orgs.findById(id);
    if (!org || (principal && isClient(principal) && principal.user.organizationId !== id)) {
      throw notFound("Organisation", id, "List organisations with GET /v1/organizations.");
    }
    return org;
  }

  private async team(principal: Principal | null, id: string): Promise<Team> {
    const team = await this.teams.get(id);
    if (!team || (principal && isClient(principal) && principal.user.organizationId !== team.organizationId)) {
      throw notFound("Team", id, "List an organisation's teams with GET /v1/organizations/:id/teams.");
    }
    return team;
  }

  async listTeams(principal: Principal, organizationId: string): Promise<Team[]> {
    await this.org(principal, organizationId);
    return this.teams.list(organizationId);
  }

  async createTeam(organizationId: string, input: TeamCreate): Promise<Team> {
    await this.org(null, organizationId);
    return this.teams.create(organizationId, input);
  }

  async deleteTeam(id: string): Promise<Team> {
    const team = await this.team(null, id);
    await this.teams.delete(id);
    await this.announce("share.changed", team.organizationId, { team_id: id, reason: "team deleted" });
    return team;
  }

  async listMembers(principal: Principal, teamId: string): Promise<TeamMember[]> {
    await this.team(principal, teamId);
    return this.teams.members(teamId);
  }

  async addMember(teamId: string, userId: string): Promise<TeamMember> {
    const team = await this.team(null, teamId);
    const user = await this.users.findById(userId);
    if (!user) throw notFound("User", userId, "List users with GET /v1/users.");
    if (user.organizationId !== team.organizationId) {
      throw invalid(
        `${user.email} is not in the team's organisation, so cannot join team ${team.slug}.`,
        "Move the user into the organisation first (PATCH /v1/users/:id with organizationId), or pick a team of theirs.",
      );
    }
    const member = await this.teams.addMember(teamId, userId);
    await this.announce("share.changed", team.organizationId, { team_id: teamId, user_id: userId, reason: "member added" });
    return member;
  }

  async removeMember(teamId: string, userId: string): Promise<Team> {
    const team = await this.team(null, teamId);
    await this.teams.removeMember(teamId, userId);
    await this.announce("share.changed", team.organizationId, { team_id: teamId, user_id: userId, reason: "member removed" });
    return team;
  }

  async share(principal: Principal, input: ShareCreate): Promise<Share> {
    const resource = await this.shares.findResource(input.kind, input.resource);
    if (!resource) throw notFound(shareKindLabel[input.kind], input.resource, `Check the ${input.kind}'s id or name.`);
    await this.org(null, input.organizationId);
    if (input.teamId !== undefined) {
      const team = await this.team(null, input.teamId);
      if (team.organizationId !== input.organizationId) {
        throw invalid(
          `Team ${team.slug} belongs to another organisation than ${input.organizationId}.`,
          "Pass the team's own organisationId, or leave teamId out to share with the whole organisation.",
        );
      }
    }
    const share = await this.shares.create({
      kind: input.kind,
      resourceId: resource.id,
      organizationId: input.organizationId,
      teamId: input.teamId ?? null,
      createdBy: principal.user.id,
    });
    await this.announce("share.created", share.organizationId, shareData(share));
    return share;
  }

  async unshare(id: string): Promise<Share> {
    const share = await this.shares.get(id);
    if (!share) throw notFound("Share", id, "List shares with GET /v1/shares.");
    await this.shares.delete(id);
    await this.announce("share.deleted", share.organizationId, shareData(share));
    return share;
  }

  async list(principal: Principal, query: ShareListQuery): Promise<Page<Share>> {
    let resourceId: string | undefined;
    if (query.resource !== undefined) {
      if (!query.kind) throw invalid("resource needs kind.", "Pass kind=image|vm|function|container with resource.");
      resourceId = (await this.shares.findResource(query.kind, query.resource))?.id;
      if (!resourceId) return { items: [], nextCursor: null, total: 0 };
    }
    return this.shares.list(
      {
        kind: query.kind,
        resourceId,
        organizationId: query.organizationId,
        teamId: query.teamId,
        viewer: isClient(principal) ? viewerOf(principal) : undefined,
      },
      { limit: query.limit, cursor: query.cursor, order: query.order },
    );
  }

  /** For a client: the resources of this kind shared with them. For staff: undefined (no limit). */
  async visible(principal: Principal, kind: ShareKind): Promise<SharedResource[] | undefined> {
    if (!isClient(principal)) return undefined;
    return this.shares.visible(viewerOf(principal), kind);
  }

  /** Every `kind:id`/`kind:name` key shared with a client (for filtering live events). */
  async visibleKeys(principal: Principal): Promise<Set<string>> {
    return sharedKeys(await this.shares.visible(viewerOf(principal)));
  }

  private announce(type: string, organizationId: string, data: Record<string, unknown>) {
    return this.bus.publish({
      type,
      resource: { kind: "share", id: (data.id as string | undefined) ?? null },
      data: { organization_id: organizationId, ...data },
      // staff and the organisation's clients: their views of what is shared change
      audience: { organizationId },
    });
  }
}

export const shareKindLabel: Record<ShareKind, string> = {
  image: "Image",
  vm: "VM",
  function: "Function",
  container: "Container",
};

const shareData = (s: Share) => ({
  id: s.id,
  kind: s.kind,
  resource_id: s.resourceId,
  resource_name: s.resourceName,
  team_id: s.teamId,
});
