"use client";

import type { Role, User } from "@shipyard/contract";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Building2, Ellipsis, KeyRound, ShieldCheck, UserCheck, UserPlus, Users, UserX, X } from "lucide-react";
import { useId, useRef, useState } from "react";
import { DateTime } from "@/components/date-time";
import { EmptyState, NoMatchesState } from "@/components/empty-state";
import { QueryErrorState } from "@/components/error-state";
import { ForbiddenState } from "@/components/forbidden-state";
import { ListSkeleton } from "@/components/list-skeleton";
import { LoadMoreButton } from "@/components/load-more-button";
import { PageHeader } from "@/components/page-header";
import { ActionsHead } from "@/components/row-actions";
import { AddUserDialog } from "@/components/settings/add-user-dialog";
import { SettingsNav } from "@/components/settings/settings-nav";
import { type UserAction, UserActionDialog } from "@/components/settings/user-dialogs";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { api, queryKeys } from "@/lib/api";
import { roleLabels, roles, useOrganizationIndex, useOrganizations } from "@/lib/directory";
import { useCan, useMe } from "@/lib/session";
import { useDebounced } from "@/lib/use-debounced";

const pageSize = 50;

/** Settings → People: users, their roles and organisations; admins add, re-role, move and disable them. */
export function PeopleView() {
  const me = useMe();
  const canRead = useCan("users:read");
  const canAdmin = useCan("users:admin");
  const orgs = useOrganizations();
  const [addOpen, setAddOpen] = useState(false);
  const isClient = me.user.role === "client";
  const ownOrg = orgs.data?.find((o) => o.id === me.user.organizationId);
  return (
    <>
      <PageHeader
        title="People"
        description={
          isClient
            ? `The people in ${ownOrg?.name ?? "your organisation"}.`
            : "Everyone who can log in to Shipyard: their role, their organisation and whether they may log in."
        }
        actions={
          canRead && canAdmin ? (
            <Button onClick={() => setAddOpen(true)}>
              <UserPlus aria-hidden="true" /> Add user
            </Button>
          ) : undefined
        }
      />
      <SettingsNav />
      {canRead ? <UsersList onAdd={canAdmin ? () => setAddOpen(true) : undefined} /> : <ForbiddenState what="people" />}
      {canAdmin && <AddUserDialog open={addOpen} onOpenChange={setAddOpen} />}
    </>
  );
}

function UsersList({ onAdd }: { onAdd: (() => void) | undefined }) {
  const id = useId();
  const me = useMe();
  const canAdmin = useCan("users:admin");
  const orgIndex = useOrganizationIndex();
  const showOrganization = me.user.role !== "client";
  const [q, setQ] = useState("");
  const [role, setRole] = useState<Role | "any">("any");
  const [acting, setActing] = useState<{ user: User; action: UserAction } | undefined>();
  // The row's menu button that opened the dialog: focus goes back to it when the dialog closes.
  const actionsButton = useRef<HTMLButtonElement | null>(null);
  const filters = { q: useDebounced(q.trim()), role: role === "any" ? undefined : role };
  const filtered = Boolean(filters.q || filters.role);

  const users = useInfiniteQuery({
    queryKey: [...queryKeys.users, "list", filters],
    queryFn: ({ pageParam }) =>
      api("listUsers", {
        query: { limit: pageSize, cursor: pageParam, q: filters.q || undefined, role: filters.role },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = users.data?.pages.flatMap((p) => p.items) ?? [];
  const total = users.data?.pages[0]?.total ?? 0;

  const clear = () => {
    setQ("");
    setRole("any");
  };

  return (
    <Card>
      <CardContent className="flex flex-col gap-4">
        <form
          className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
          aria-label="Filter people"
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-q`}>Search</Label>
            <Input id={`${id}-q`} type="search" placeholder="Email or name" value={q} onChange={(e) => setQ(e.target.value)} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-role`}>Role</Label>
            <Select value={role} onValueChange={(v) => setRole(v as Role | "any")}>
              <SelectTrigger id={`${id}-role`} className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="any">Any role</SelectItem>
                {roles.map((r) => (
                  <SelectItem key={r} value={r}>
                    {roleLabels[r]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <Button variant="ghost" onClick={clear} disabled={!q && role === "any"}>
            <X aria-hidden="true" /> Clear
          </Button>
        </form>

        {users.isPending ? (
          <ListSkeleton label="Loading people…" rows={6} />
        ) : users.isError ? (
          <QueryErrorState title="Could not load people" query={users} />
        ) : items.length === 0 ? (
          filtered ? (
            <NoMatchesState
              title="No one matches these filters"
              description="Try part of an email address or name, or another role."
              onClear={clear}
            />
          ) : (
            <EmptyState
              icon={Users}
              title="No people yet"
              description={
                onAdd
                  ? "Add your operators, and the client users of each organisation you share images and workloads with."
                  : "People added by a Shipyard administrator appear here."
              }
              action={
                onAdd && (
                  <Button size="sm" onClick={onAdd}>
                    <UserPlus aria-hidden="true" /> Add user
                  </Button>
                )
              }
            />
          )
        ) : (
          <>
            <Table aria-label="People">
              <TableHeader>
                <TableRow>
                  <TableHead>Email</TableHead>
                  <TableHead>Name</TableHead>
                  <TableHead>Role</TableHead>
                  {showOrganization && <TableHead>Organisation</TableHead>}
                  <TableHead>Status</TableHead>
                  <TableHead>Created</TableHead>
                  {canAdmin && <ActionsHead />}
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((u) => {
                  const org = u.organizationId ? orgIndex.get(u.organizationId) : undefined;
                  const self = u.id === me.user.id;
                  return (
                    <TableRow key={u.id} data-testid="user-row" data-user-email={u.email}>
                      <TableCell className="max-w-72 font-medium">
                        <span className="flex items-center gap-2">
                          <span className="truncate">{u.email}</span>
                          {self && <Badge variant="outline">you</Badge>}
                        </span>
                      </TableCell>
                      <TableCell className="max-w-56 truncate">{u.name}</TableCell>
                      <TableCell>
                        <Badge variant={u.role === "client" ? "secondary" : "default"}>
                          {u.role === "admin" && <ShieldCheck aria-hidden="true" />}
                          {roleLabels[u.role]}
                        </Badge>
                      </TableCell>
                      {showOrganization && (
                        <TableCell className="max-w-56 truncate">
                          {u.organizationId ? (
                            (org?.name ?? <span className="font-mono text-xs">{u.organizationId}</span>)
                          ) : (
                            <span className="text-muted-foreground">—</span>
                          )}
                        </TableCell>
                      )}
                      <TableCell>
                        <StatusBadge status={u.disabled ? "disabled" : "ok"} label={u.disabled ? "disabled" : "active"} />
                      </TableCell>
                      <TableCell>
                        <DateTime value={u.createdAt} />
                      </TableCell>
                      {canAdmin && (
                        <TableCell className="text-right">
                          <UserActionsMenu
                            user={u}
                            self={self}
                            onAction={(action, trigger) => {
                              actionsButton.current = trigger;
                              setActing({ user: u, action });
                            }}
                          />
                        </TableCell>
                      )}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <div className="flex items-center justify-between text-xs text-muted-foreground">
              <span data-testid="user-count">
                Showing {items.length} of {total} {total === 1 ? "person" : "people"}
              </span>
              <LoadMoreButton query={users} />
            </div>
          </>
        )}
      </CardContent>
      <UserActionDialog
        user={acting?.user}
        action={acting?.action}
        onClose={() => setActing(undefined)}
        returnFocusTo={actionsButton}
      />
    </Card>
  );
}

function UserActionsMenu({
  user,
  self,
  onAction,
}: {
  user: User;
  self: boolean;
  /** `trigger` is this menu's button, for the dialog to give focus back to. */
  onAction: (action: UserAction, trigger: HTMLButtonElement | null) => void;
}) {
  const trigger = useRef<HTMLButtonElement>(null);
  const choose = (action: UserAction) => () => onAction(action, trigger.current);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button ref={trigger} variant="ghost" size="icon-sm" aria-label={`Actions for ${user.email}`}>
          <Ellipsis aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
        <DropdownMenuLabel className="truncate text-xs font-normal text-muted-foreground">{user.email}</DropdownMenuLabel>
        <DropdownMenuItem onSelect={choose("role")}>
          <ShieldCheck aria-hidden="true" /> Change role…
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={choose("organization")}>
          <Building2 aria-hidden="true" /> Move to another organisation…
        </DropdownMenuItem>
        {!self && (
          <>
            <DropdownMenuItem onSelect={choose("password")}>
              <KeyRound aria-hidden="true" /> Reset password…
            </DropdownMenuItem>
            <DropdownMenuSeparator />
            {user.disabled ? (
              <DropdownMenuItem onSelect={choose("enable")}>
                <UserCheck aria-hidden="true" /> Enable…
              </DropdownMenuItem>
            ) : (
              <DropdownMenuItem variant="destructive" onSelect={choose("disable")}>
                <UserX aria-hidden="true" /> Disable…
              </DropdownMenuItem>
            )}
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
