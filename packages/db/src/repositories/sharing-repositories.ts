import type { Page, Share, ShareKind, Team, TeamCreate, TeamMember } from "@shipyard/contract";
import {
  conflict,
  decodeCursor,
  encodeCursor,
  notFound,
  type SharedResource,
  type ShareRepository,
  type TeamRepository,
  type Viewer,
} from "@shipyard/core";
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { Db } from "../database.ts";
import { containers, functions, images, organizations, shares, teamMembers, teams, users, vms } from "../schema.ts";
import { newId } from "./ids.ts";
import { isUniqueViolation } from "./pg-errors.ts";

export class DrizzleTeamRepository implements TeamRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }

  private select() {
    const memberCount = this.db.select({ n: count() }).from(teamMembers).where(eq(teamMembers.teamId, teams.id));
    return this.db
      .select({
        id: teams.id,
        organizationId: teams.organizationId,
        slug: teams.slug,
        name: teams.name,
        memberCount: sql<number>`(${memberCount})::int`,
        createdAt: teams.createdAt,
      })
      .from(teams);
  }

  async create(organizationId: string, t: TeamCreate): Promise<Team> {
    const id = newId("team");
    try {
      await this.db.insert(teams).values({ id, organizationId, slug: t.slug, name: t.name });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`This organisation already has a team with slug ${t.slug}.`, "Pick another slug.");
      throw e;
    }
    return (await this.get(id)) as Team;
  }

  async get(id: string): Promise<Team | undefined> {
    const r = await this.select().where(eq(teams.id, id)).limit(1);
    return r[0] ? { ...r[0], createdAt: r[0].createdAt.toISOString() } : undefined;
  }

  async list(organizationId: string): Promise<Team[]> {
    const r = await this.select().where(eq(teams.organizationId, organizationId)).orderBy(asc(teams.name), asc(teams.id));
    return r.map((t) => ({ ...t, createdAt: t.createdAt.toISOString() }));
  }

  async delete(id: string): Promise<void> {
    await this.db.delete(teams).where(eq(teams.id, id));
  }

  private async memberRows(where: SQL | undefined): Promise<TeamMember[]> {
    const r = await this.db
      .select({ userId: users.id, email: users.email, name: users.name, role: users.role, addedAt: teamMembers.createdAt })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .where(where)
      .orderBy(asc(users.email));
    return r.map((m) => ({ ...m, addedAt: m.addedAt.toISOString() }));
  }

  members(teamId: string): Promise<TeamMember[]> {
    return this.memberRows(eq(teamMembers.teamId, teamId));
  }

  async addMember(teamId: string, userId: string): Promise<TeamMember> {
    await this.db.insert(teamMembers).values({ teamId, userId }).onConflictDoNothing();
    const r = await this.memberRows(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
    if (!r[0]) throw notFound("Team", teamId);
    return r[0];
  }

  async removeMember(teamId: string, userId: string): Promise<void> {
    await this.db.delete(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
  }
}

/** The name of the shared resource, from the table of its kind; null when it no longer exists. */
const resourceName = sql<string | null>`coalesce(${images.name}, ${vms.name}, ${functions.name}, ${containers.name})`;

/** The joins every share query filters on: organisation, team, sharer, and the resource of each kind. */
function joined<Q extends PgSelect>(q: Q): Q {
  // every caller selects named fields, so the joins change which rows match, not the rows' type
  return q
    .innerJoin(organizations, eq(organizations.id, shares.organizationId))
    .leftJoin(teams, eq(teams.id, shares.teamId))
    .leftJoin(users, eq(users.id, shares.createdBy))
    .leftJoin(images, and(eq(shares.resourceKind, "image"), eq(images.id, shares.resourceId), isNull(images.archivedAt)))
    .leftJoin(vms, and(eq(shares.resourceKind, "vm"), eq(vms.id, shares.resourceId)))
    .leftJoin(functions, and(eq(shares.resourceKind, "function"), eq(functions.id, shares.resourceId)))
    .leftJoin(containers, and(eq(shares.resourceKind, "container"), eq(containers.id, shares.resourceId))) as unknown as Q;
}

export class DrizzleShareRepository implements ShareRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }

  async findResource(kind: ShareKind, ref: string) {
    const q = (() => {
      switch (kind) {
        case "image":
          return this.db
            .select({ id: images.id, name: images.name })
            .from(images)
            .where(and(or(eq(images.id, ref), eq(images.name, ref)), isNull(images.archivedAt)));
        case "vm":
          return this.db
            .select({ id: vms.id, name: vms.name })
            .from(vms)
            .where(or(eq(vms.id, ref), eq(vms.name, ref)));
        case "function":
          return this.db
            .select({ id: functions.id, name: functions.name })
            .from(functions)
            .where(or(eq(functions.id, ref), eq(functions.name, ref)));
        case "container":
          return this.db
            .select({ id: containers.id, name: containers.name })
            .from(containers)
            .where(or(eq(containers.id, ref), eq(containers.name, ref)));
      }
    })();
    return (await q.limit(1))[0];
  }

  /** Shares joined with the names of their resource, organisation, team and sharer. */
  private select() {
    return joined(
      this.db
        .select({
          id: shares.id,
          kind: shares.resourceKind,
          resourceId: shares.resourceId,
          resourceName,
          organizationId: shares.organizationId,
          organizationName: organizations.name,
          teamId: shares.teamId,
          teamName: teams.name,
          createdBy: shares.createdBy,
          createdByEmail: users.email,
          createdAt: shares.createdAt,
        })
        .from(shares)
        .$dynamic(),
    );
  }

  /** Rows reaching a viewer: shared with their organisation as a whole, or with a team they are in. */
  private reaches(viewer: Viewer): SQL {
    if (!viewer.organizationId) return sql`false`;
    const myTeams = this.db.select({ id: teamMembers.teamId }).from(teamMembers).where(eq(teamMembers.userId, viewer.userId));
    return and(
      eq(shares.organizationId, viewer.organizationId),
      or(isNull(shares.teamId), inArray(shares.teamId, myTeams)),
    ) as SQL;
  }

  async create(s: {
    kind: ShareKind;
    resourceId: string;
    organizationId: string;
    teamId: string | null;
    createdBy: string | null;
  }) {
    await this.db
      .insert(shares)
      .values({
        id: newId("shr"),
        resourceKind: s.kind,
        resourceId: s.resourceId,
        organizationId: s.organizationId,
        teamId: s.teamId,
        createdBy: s.createdBy,
      })
      .onConflictDoNothing();
    const r = await this.select()
      .where(
        and(
          eq(shares.resourceKind, s.kind),
          eq(shares.resourceId, s.resourceId),
          eq(shares.organizationId, s.organizationId),
          s.teamId === null ? isNull(shares.teamId) : eq(shares.teamId, s.teamId),
        ),
      )
      .limit(1);
    return toShare(r[0] as ShareRow);
  }

  async get(id: string) {
    const r = await this.select().where(eq(shares.id, id)).limit(1);
    return r[0] ? toShare(r[0]) : undefined;
  }

  async delete(id: string) {
    await this.db.delete(shares).where(eq(shares.id, id));
  }

  async list(
    f: {
      kind?: ShareKind | undefined;
      resourceId?: string | undefined;
      organizationId?: string | undefined;
      teamId?: string | undefined;
      viewer?: Viewer | undefined;
    },
    page: { limit: number; cursor?: string | undefined; order: "asc" | "desc" },
  ): Promise<Page<Share>> {
    const filters = and(
      f.kind ? eq(shares.resourceKind, f.kind) : undefined,
      f.resourceId ? eq(shares.resourceId, f.resourceId) : undefined,
      f.organizationId ? eq(shares.organizationId, f.organizationId) : undefined,
      f.teamId ? eq(shares.teamId, f.teamId) : undefined,
      // a client is shown only shares that reach them, of resources that still exist
      f.viewer ? and(this.reaches(f.viewer), isNotNull(resourceName)) : undefined,
    );
    const after = page.cursor ? decodeCursor(page.cursor) : undefined;
    const at = after ? new Date(String(after.v)) : undefined;
    if (at && Number.isNaN(at.getTime())) decodeCursor(""); // a cursor we did not issue
    const past =
      after && at
        ? page.order === "desc"
          ? or(lt(shares.createdAt, at), and(eq(shares.createdAt, at), lt(shares.id, after.id)))
          : or(gt(shares.createdAt, at), and(eq(shares.createdAt, at), gt(shares.id, after.id)))
        : undefined;
    const dir = page.order === "desc" ? desc : asc;
    const [rows, total] = await Promise.all([
      this.select()
        .where(and(filters, past))
        .orderBy(dir(shares.createdAt), dir(shares.id))
        .limit(page.limit + 1),
      joined(this.db.select({ n: count() }).from(shares).$dynamic())
        .where(filters)
        .then((r) => Number(r[0]?.n ?? 0)),
    ]);
    const items = rows.slice(0, page.limit).map(toShare);
    const last = rows.length > page.limit ? items[items.length - 1] : undefined;
    return { items, nextCursor: last ? encodeCursor({ v: last.createdAt, id: last.id }) : null, total };
  }

  async visible(viewer: Viewer, kind?: ShareKind): Promise<SharedResource[]> {
    const r = await this.select()
      .where(and(this.reaches(viewer), kind ? eq(shares.resourceKind, kind) : undefined, isNotNull(resourceName)))
      .orderBy(asc(shares.resourceId));
    const seen = new Set<string>();
    const out: SharedResource[] = [];
    for (const s of r) {
      const key = `${s.kind}:${s.resourceId}`;
      if (seen.has(key) || s.resourceName === null) continue; // shared twice (organisation and team)
      seen.add(key);
      out.push({ kind: s.kind, id: s.resourceId, name: s.resourceName });
    }
    return out;
  }
}

type ShareRow = {
  id: string;
  kind: ShareKind;
  resourceId: string;
  resourceName: string | null;
  organizationId: string;
  organizationName: string;
  teamId: string | null;
  teamName: string | null;
  createdBy: string | null;
  createdByEmail: string | null;
  createdAt: Date;
};

const toShare = (r: ShareRow): Share => ({ ...r, createdAt: r.createdAt.toISOString() });
