"use client";

import type { Organization, Team, TeamMember } from "@shipyard/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Building2, ChevronRight, Plus, Trash2, UserMinus, UserPlus, Users } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Suspense, useCallback, useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { DateTime } from "@/components/date-time";
import { EmptyState } from "@/components/empty-state";
import { QueryErrorState } from "@/components/error-state";
import { ForbiddenState } from "@/components/forbidden-state";
import { ListSkeleton } from "@/components/list-skeleton";
import { PageHeader } from "@/components/page-header";
import { ActionsHead, DestructiveRowButton } from "@/components/row-actions";
import { AddMemberDialog } from "@/components/settings/add-member-dialog";
import { CreateOrganizationDialog, CreateTeamDialog } from "@/components/settings/create-organization-dialog";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { api, queryKeys } from "@/lib/api";
import { roleLabels, useOrganizations } from "@/lib/directory";
import { useCan, useMe } from "@/lib/session";
import { cn } from "@/lib/utils";

/** Settings → Organisations: client organisations, their teams and each team's members. */
export function OrganizationsView() {
  const me = useMe();
  const canRead = useCan("orgs:read");
  const canAdmin = useCan("orgs:admin");
  const isClient = me.user.role === "client";
  const [createOpen, setCreateOpen] = useState(false);
  const router = useRouter();
  return (
    <>
      <PageHeader
        title={isClient ? "Organisation" : "Organisations"}
        actions={
          canRead && canAdmin ? (
            <Button onClick={() => setCreateOpen(true)}>
              <Plus aria-hidden="true" /> New organisation
            </Button>
          ) : undefined
        }
        description={
          isClient
            ? "Your organisation, its teams and who is in them. What is shared with a team reaches only its members."
            : "Client organisations and their teams. Share images and workloads with a whole organisation or with one team."
        }
      />
      <SettingsNav />
      {canRead ? (
        <Suspense fallback={<OrganizationsSkeleton />}>
          <Organizations canAdmin={canAdmin} onCreate={() => setCreateOpen(true)} />
        </Suspense>
      ) : (
        <ForbiddenState what="organisations" />
      )}
      {canAdmin && (
        <CreateOrganizationDialog
          open={createOpen}
          onOpenChange={setCreateOpen}
          onCreated={(org) => router.replace(`/settings/organizations/?org=${encodeURIComponent(org.id)}`, { scroll: false })}
        />
      )}
    </>
  );
}

function OrganizationsSkeleton() {
  return (
    <div className="grid grid-cols-1 gap-5 lg:grid-cols-[18rem_minmax(0,1fr)]" role="status" aria-busy="true">
      <span className="sr-only">Loading organisations…</span>
      <Skeleton className="h-64" />
      <Skeleton className="h-64" />
    </div>
  );
}

/** `?org=…&team=…` keeps the selection in the address, so it survives a reload and can be linked to. */
function useSelection() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const select = useCallback(
    (next: { org?: string | undefined; team?: string | undefined }) => {
      const params = new URLSearchParams();
      if (next.org) params.set("org", next.org);
      if (next.team) params.set("team", next.team);
      const qs = params.toString();
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
  return { org: searchParams.get("org") ?? undefined, team: searchParams.get("team") ?? undefined, select };
}

function Organizations({ canAdmin, onCreate }: { canAdmin: boolean; onCreate: () => void }) {
  const orgs = useOrganizations();
  const selection = useSelection();

  if (orgs.isPending) return <OrganizationsSkeleton />;
  if (orgs.isError) {
    return <QueryErrorState title="Could not load organisations" query={orgs} />;
  }
  const items = orgs.data;
  const selected = items.find((o) => o.id === selection.org) ?? items[0];

  if (items.length === 0) {
    return (
      <EmptyState
        icon={Building2}
        title="No organisations yet"
        description={
          canAdmin
            ? "Create an organisation for each client. Its users see only what you share with it or with one of its teams."
            : "A Shipyard administrator creates the client organisations."
        }
        action={
          canAdmin && (
            <Button size="sm" onClick={onCreate}>
              <Plus aria-hidden="true" /> New organisation
            </Button>
          )
        }
      />
    );
  }

  return (
    <div className="grid grid-cols-1 items-start gap-5 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <Card aria-labelledby="orgs-title">
        <CardHeader>
          <CardTitle id="orgs-title">Organisations</CardTitle>
          <CardDescription>
            {items.length} {items.length === 1 ? "organisation" : "organisations"}
          </CardDescription>
        </CardHeader>
        <CardContent className="px-2 pt-3 pb-2">
          <ul aria-label="Organisations" className="flex max-h-[28rem] flex-col gap-0.5 overflow-y-auto">
            {items.map((o) => {
              const active = o.id === selected?.id;
              return (
                <li key={o.id}>
                  <button
                    type="button"
                    onClick={() => selection.select({ org: o.id })}
                    aria-current={active ? "true" : undefined}
                    data-testid="org-item"
                    data-org-slug={o.slug}
                    className={cn(
                      "flex w-full items-center gap-3 rounded-md px-2 py-2 text-left text-sm outline-none transition-colors hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/60",
                      active && "bg-accent",
                    )}
                  >
                    <span
                      aria-hidden="true"
                      className="flex size-8 shrink-0 items-center justify-center rounded-md bg-primary/15 text-xs font-semibold text-primary"
                    >
                      {o.name.slice(0, 2).toUpperCase()}
                    </span>
                    <span className="min-w-0 flex-1">
                      <span className="block truncate font-medium">{o.name}</span>
                      <span className="block truncate font-mono text-xs text-muted-foreground">{o.slug}</span>
                    </span>
                    <ChevronRight
                      aria-hidden="true"
                      className={cn("size-4 shrink-0 text-muted-foreground", !active && "opacity-0")}
                    />
                  </button>
                </li>
              );
            })}
          </ul>
        </CardContent>
      </Card>
      {selected && (
        <OrganizationDetail
          key={selected.id}
          organization={selected}
          canAdmin={canAdmin}
          teamId={selection.team}
          onSelectTeam={(team) => selection.select({ org: selected.id, team })}
        />
      )}
    </div>
  );
}

function OrganizationDetail({
  organization,
  canAdmin,
  teamId,
  onSelectTeam,
}: {
  organization: Organization;
  canAdmin: boolean;
  teamId: string | undefined;
  onSelectTeam: (teamId: string | undefined) => void;
}) {
  const queryClient = useQueryClient();
  const canReadShares = useCan("shares:read");
  const [createOpen, setCreateOpen] = useState(false);
  const [deleting, setDeleting] = useState<Team | undefined>();
  const teams = useQuery({
    queryKey: [...queryKeys.teams, organization.id],
    queryFn: async () => (await api("listTeams", { params: { id: organization.id } })).items,
  });
  const remove = useMutation({
    mutationFn: (team: Team) => api("deleteTeam", { params: { id: team.id } }).then(() => team),
    onSuccess: (team) => {
      toast.success(`Team “${team.name}” deleted`, {
        description: "Its members stay in the organisation; what was shared with the team no longer is.",
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.teams });
      void queryClient.invalidateQueries({ queryKey: queryKeys.shares });
      if (team.id === teamId) onSelectTeam(undefined);
    },
    onSettled: () => setDeleting(undefined),
  });

  const items = teams.data ?? [];
  const selectedTeam = items.find((t) => t.id === teamId) ?? items[0];

  return (
    <div className="flex min-w-0 flex-col gap-5">
      <Card aria-labelledby="teams-title">
        <CardHeader>
          <CardTitle id="teams-title" className="flex flex-wrap items-center gap-2">
            {organization.name}
            <Badge variant="outline" className="font-mono">
              {organization.slug}
            </Badge>
          </CardTitle>
          <CardDescription>
            Created <DateTime value={organization.createdAt} />.
            {canReadShares && (
              <>
                {" "}
                <Link
                  href={`/settings/sharing/?org=${encodeURIComponent(organization.id)}`}
                  className="text-primary underline-offset-4 hover:underline"
                >
                  See what is shared with it
                </Link>
              </>
            )}
          </CardDescription>
          {canAdmin && (
            <CardAction>
              <Button size="sm" variant="outline" onClick={() => setCreateOpen(true)}>
                <Plus aria-hidden="true" /> New team
              </Button>
            </CardAction>
          )}
        </CardHeader>
        <CardContent className="pt-3">
          <h3 className="mb-2 text-xs font-medium text-muted-foreground">Teams</h3>
          {teams.isPending ? (
            <ListSkeleton label="Loading teams…" rows={2} />
          ) : teams.isError ? (
            <QueryErrorState title="Could not load the teams" query={teams} />
          ) : items.length === 0 ? (
            <EmptyState
              icon={Users}
              title={`${organization.name} has no teams`}
              description="Without teams, what you share with the organisation reaches all of its people. Create a team to share with only some of them."
              action={
                canAdmin && (
                  <Button size="sm" onClick={() => setCreateOpen(true)}>
                    <Plus aria-hidden="true" /> New team
                  </Button>
                )
              }
            />
          ) : (
            <Table aria-label={`Teams of ${organization.name}`}>
              <TableHeader>
                <TableRow>
                  <TableHead>Team</TableHead>
                  <TableHead className="text-right">Members</TableHead>
                  <TableHead>Created</TableHead>
                  {canAdmin && <ActionsHead />}
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((t) => {
                  const active = t.id === selectedTeam?.id;
                  return (
                    <TableRow
                      key={t.id}
                      data-testid="team-row"
                      data-team-slug={t.slug}
                      data-state={active ? "selected" : undefined}
                    >
                      <TableCell>
                        <button
                          type="button"
                          onClick={() => onSelectTeam(t.id)}
                          aria-current={active ? "true" : undefined}
                          aria-label={`${t.name}: show members`}
                          className="rounded-sm text-left outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60"
                        >
                          <span className="block font-medium underline-offset-4 hover:underline">{t.name}</span>
                          <span className="block font-mono text-xs text-muted-foreground">{t.slug}</span>
                        </button>
                      </TableCell>
                      <TableCell className="text-right tabular-nums">{t.memberCount}</TableCell>
                      <TableCell>
                        <DateTime value={t.createdAt} />
                      </TableCell>
                      {canAdmin && (
                        <TableCell className="text-right">
                          <DestructiveRowButton
                            icon={Trash2}
                            label="Delete"
                            onClick={() => setDeleting(t)}
                            aria-label={`Delete team ${t.name}`}
                          />
                        </TableCell>
                      )}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      {selectedTeam && (
        <TeamMembersCard key={selectedTeam.id} organization={organization} team={selectedTeam} canAdmin={canAdmin} />
      )}
      {canAdmin && (
        <CreateTeamDialog
          organization={organization}
          open={createOpen}
          onOpenChange={setCreateOpen}
          onCreated={(team) => onSelectTeam(team.id)}
        />
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        onOpenChange={(o) => !o && setDeleting(undefined)}
        title={<>Delete team “{deleting?.name}”?</>}
        description={
          <>
            Its {deleting?.memberCount === 1 ? "member stays" : `${deleting?.memberCount ?? 0} members stay`} in{" "}
            {organization.name}, but anything shared with this team stops being shared at once. This cannot be undone.
          </>
        }
        confirmLabel="Delete team"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting);
        }}
      />
    </div>
  );
}

function TeamMembersCard({ organization, team, canAdmin }: { organization: Organization; team: Team; canAdmin: boolean }) {
  const queryClient = useQueryClient();
  const me = useMe();
  const [addOpen, setAddOpen] = useState(false);
  const [removing, setRemoving] = useState<TeamMember | undefined>();
  const members = useQuery({
    queryKey: [...queryKeys.teamMembers, team.id],
    queryFn: async () => (await api("listTeamMembers", { params: { id: team.id } })).items,
  });
  const remove = useMutation({
    mutationFn: (member: TeamMember) =>
      api("removeTeamMember", { params: { id: team.id, user_id: member.userId } }).then(() => member),
    onSuccess: (member) => {
      toast.success(`${member.email} removed from team “${team.name}”`);
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.teamMembers, team.id] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.teams });
    },
    onSettled: () => setRemoving(undefined),
  });
  const items = members.data ?? [];

  return (
    <Card aria-labelledby="members-title">
      <CardHeader>
        <CardTitle id="members-title">Members of {team.name}</CardTitle>
        <CardDescription>What is shared with this team reaches these people only.</CardDescription>
        {canAdmin && (
          <CardAction>
            <Button size="sm" onClick={() => setAddOpen(true)}>
              <UserPlus aria-hidden="true" /> Add member
            </Button>
          </CardAction>
        )}
      </CardHeader>
      <CardContent className="pt-3">
        {members.isPending ? (
          <ListSkeleton label="Loading members…" rows={2} />
        ) : members.isError ? (
          <QueryErrorState title="Could not load the team's members" query={members} />
        ) : items.length === 0 ? (
          <EmptyState
            icon={Users}
            title={`No one is in ${team.name} yet`}
            description={
              canAdmin ? `Add people of ${organization.name} to the team.` : "A Shipyard administrator adds people to teams."
            }
            action={
              canAdmin && (
                <Button size="sm" onClick={() => setAddOpen(true)}>
                  <UserPlus aria-hidden="true" /> Add member
                </Button>
              )
            }
          />
        ) : (
          <Table aria-label={`Members of ${team.name}`}>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Added</TableHead>
                {canAdmin && <ActionsHead />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((m) => (
                <TableRow key={m.userId} data-testid="member-row" data-member-email={m.email}>
                  <TableCell className="max-w-56 font-medium">
                    <span className="flex items-center gap-2">
                      <span className="truncate">{m.name}</span>
                      {m.userId === me.user.id && <Badge variant="outline">you</Badge>}
                    </span>
                  </TableCell>
                  <TableCell className="max-w-72 truncate">{m.email}</TableCell>
                  <TableCell>
                    <Badge variant={m.role === "client" ? "secondary" : "default"}>{roleLabels[m.role]}</Badge>
                  </TableCell>
                  <TableCell>
                    <DateTime value={m.addedAt} />
                  </TableCell>
                  {canAdmin && (
                    <TableCell className="text-right">
                      <DestructiveRowButton
                        icon={UserMinus}
                        label="Remove"
                        onClick={() => setRemoving(m)}
                        aria-label={`Remove ${m.email} from ${team.name}`}
                      />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      {canAdmin && (
        <AddMemberDialog organization={organization} team={team} members={items} open={addOpen} onOpenChange={setAddOpen} />
      )}
      <ConfirmDialog
        open={removing !== undefined}
        onOpenChange={(o) => !o && setRemoving(undefined)}
        title={
          <>
            Remove {removing?.email} from “{team.name}”?
          </>
        }
        description={`They stay in ${organization.name}, but lose access at once to anything shared only with this team.`}
        confirmLabel="Remove from team"
        pendingLabel="Removing…"
        pending={remove.isPending}
        onConfirm={() => {
          if (removing) remove.mutate(removing);
        }}
      />
    </Card>
  );
}
