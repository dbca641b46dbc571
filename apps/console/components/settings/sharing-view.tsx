"use client";

import type { Share, ShareKind } from "@shipyard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Share2, Unlink, X } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { DateTime } from "@/components/date-time";
import { EmptyState, NoMatchesState } from "@/components/empty-state";
import { QueryErrorState } from "@/components/error-state";
import { ForbiddenState } from "@/components/forbidden-state";
import { ListSkeleton } from "@/components/list-skeleton";
import { LiveIndicator } from "@/components/live-indicator";
import { PageHeader } from "@/components/page-header";
import { ActionsHead, DestructiveRowButton } from "@/components/row-actions";
import { SettingsNav } from "@/components/settings/settings-nav";
import { ShareDialog } from "@/components/settings/share-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { api, queryKeys } from "@/lib/api";
import { useOrganizations } from "@/lib/directory";
import { useCan, useMe } from "@/lib/session";
import { describeAudience, describeShared, shareKindInfo, shareKinds, useShareEvents, useShares } from "@/lib/sharing";

const anyValue = "any";

/**
 * Settings → Sharing: what is shared with which organisation or team, kept live from the event
 * stream. Staff with shares:write share and stop sharing; a client sees it as "Shared with you".
 */
export function SharingView() {
  const me = useMe();
  const canRead = useCan("shares:read");
  const canWrite = useCan("shares:write");
  const isClient = me.user.role === "client";
  const orgs = useOrganizations();
  const live = useShareEvents();
  const [shareOpen, setShareOpen] = useState(false);
  const [orgFilter, setOrgFilter] = useState(anyValue);
  const ownOrg = orgs.data?.find((o) => o.id === me.user.organizationId);

  useEffect(() => {
    if (isClient) document.title = "Shared with you · Shipyard";
  }, [isClient]);

  return (
    <>
      <PageHeader
        title={isClient ? "Shared with you" : "Sharing"}
        badge={canRead && live.enabled ? <LiveIndicator status={live.status} /> : undefined}
        description={
          isClient
            ? `Images and workloads the platform team has shared with ${ownOrg?.name ?? "your organisation"} or with one of your teams.`
            : "Which images and workloads each client organisation, or one of its teams, can see and use."
        }
        actions={
          canRead && canWrite ? (
            <Button onClick={() => setShareOpen(true)}>
              <Share2 aria-hidden="true" /> Share
            </Button>
          ) : undefined
        }
      />
      <SettingsNav />
      {canRead ? (
        <Suspense fallback={<SharesSkeleton />}>
          <SharesList
            isClient={isClient}
            canWrite={canWrite}
            organizationName={ownOrg?.name}
            onShare={canWrite ? () => setShareOpen(true) : undefined}
            orgFilter={orgFilter}
            setOrgFilter={setOrgFilter}
          />
        </Suspense>
      ) : (
        <ForbiddenState what="what is shared" />
      )}
      {canWrite && (
        <ShareDialog
          open={shareOpen}
          onOpenChange={setShareOpen}
          defaultOrganizationId={orgFilter === anyValue ? undefined : orgFilter}
        />
      )}
    </>
  );
}

function SharesSkeleton() {
  return <ListSkeleton label="Loading what is shared…" rows={5} />;
}

function SharesList({
  isClient,
  canWrite,
  organizationName,
  onShare,
  orgFilter,
  setOrgFilter,
}: {
  isClient: boolean;
  canWrite: boolean;
  organizationName: string | undefined;
  onShare: (() => void) | undefined;
  orgFilter: string;
  setOrgFilter: (org: string) => void;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const searchParams = useSearchParams();
  const orgs = useOrganizations();
  const [kind, setKind] = useState<ShareKind | typeof anyValue>(anyValue);
  const [stopping, setStopping] = useState<Share | undefined>();

  // The organisations page links here with ?org=… to show what one organisation has.
  const orgParam = searchParams.get("org");
  useEffect(() => {
    if (orgParam && !isClient) setOrgFilter(orgParam);
  }, [orgParam, isClient, setOrgFilter]);

  const filters = {
    kind: kind === anyValue ? undefined : kind,
    organizationId: orgFilter === anyValue ? undefined : orgFilter,
  };
  const filtered = Boolean(filters.kind || filters.organizationId);
  const shares = useShares(filters);
  const items = shares.data ?? [];

  const stop = useMutation({
    mutationFn: (share: Share) => api("deleteShare", { params: { id: share.id } }).then(() => share),
    onSuccess: (share) => {
      toast.success(`Stopped sharing ${describeShared(share)} with ${describeAudience(share)}`, {
        description: "They lost access at once.",
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.shares });
    },
    onSettled: () => setStopping(undefined),
  });

  const clear = () => {
    setKind(anyValue);
    setOrgFilter(anyValue);
  };

  return (
    <Card>
      <CardContent className="flex flex-col gap-4">
        <form
          className={
            isClient
              ? "grid gap-3 sm:grid-cols-[14rem_auto] sm:items-end"
              : "grid gap-3 sm:grid-cols-[14rem_1fr_auto] sm:items-end"
          }
          aria-label={isClient ? "Filter what is shared with you" : "Filter shares"}
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-kind`}>Kind</Label>
            <Select value={kind} onValueChange={(v) => setKind(v as ShareKind | typeof anyValue)}>
              <SelectTrigger id={`${id}-kind`} className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={anyValue}>Any kind</SelectItem>
                {shareKinds.map((k) => (
                  <SelectItem key={k.value} value={k.value}>
                    <k.icon aria-hidden="true" /> {k.plural}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          {!isClient && (
            <div className="grid min-w-0 gap-1.5 sm:max-w-80">
              <Label htmlFor={`${id}-org`}>Organisation</Label>
              <Select value={orgFilter} onValueChange={setOrgFilter}>
                <SelectTrigger id={`${id}-org`} className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value={anyValue}>Any organisation</SelectItem>
                  {(orgs.data ?? []).map((o) => (
                    <SelectItem key={o.id} value={o.id}>
                      {o.name}
                    </SelectItem>
                  ))}
                  {/* a filter from a link, for an organisation not (yet) in the list */}
                  {orgFilter !== anyValue && orgs.isSuccess && !orgs.data.some((o) => o.id === orgFilter) && (
                    <SelectItem value={orgFilter}>{orgFilter}</SelectItem>
                  )}
                </SelectContent>
              </Select>
            </div>
          )}
          <Button variant="ghost" className="justify-self-start" onClick={clear} disabled={!filtered}>
            <X aria-hidden="true" /> Clear
          </Button>
        </form>

        {shares.isPending ? (
          <SharesSkeleton />
        ) : shares.isError ? (
          <QueryErrorState
            title={isClient ? "Could not load what is shared with you" : "Could not load the shares"}
            query={shares}
          />
        ) : items.length === 0 ? (
          filtered ? (
            <NoMatchesState
              title="Nothing matches these filters"
              description="Try another kind or organisation."
              onClear={clear}
            />
          ) : isClient ? (
            <EmptyState
              icon={Share2}
              title="Nothing has been shared with you yet"
              description={`When the platform team shares an image or a workload with ${organizationName ?? "your organisation"} or with one of your teams, it appears here at once. Ask your Shipyard administrator if you are expecting something.`}
            />
          ) : (
            <EmptyState
              icon={Share2}
              title="Nothing is shared yet"
              description="Share an image or a workload with a client organisation, or with one of its teams, and its people can see and use it."
              action={
                onShare && (
                  <Button size="sm" onClick={onShare}>
                    <Share2 aria-hidden="true" /> Share
                  </Button>
                )
              }
            />
          )
        ) : (
          <>
            <Table aria-label={isClient ? "Shared with you" : "Shares"}>
              <TableHeader>
                <TableRow>
                  <TableHead>Kind</TableHead>
                  <TableHead>Resource</TableHead>
                  {!isClient && <TableHead>Organisation</TableHead>}
                  <TableHead>Shared with</TableHead>
                  <TableHead>Shared by</TableHead>
                  <TableHead>When</TableHead>
                  {canWrite && <ActionsHead />}
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((s) => {
                  const info = shareKindInfo[s.kind];
                  return (
                    <TableRow
                      key={s.id}
                      data-testid="share-row"
                      data-resource={s.resourceName ?? s.resourceId}
                      data-share-id={s.id}
                    >
                      <TableCell>
                        <span className="flex items-center gap-1.5 text-muted-foreground">
                          <info.icon className="size-4" aria-hidden="true" />
                          {info.label}
                        </span>
                      </TableCell>
                      <TableCell className="max-w-64">
                        {s.resourceName ? (
                          <span className="block truncate font-medium">{s.resourceName}</span>
                        ) : (
                          <span className="flex items-center gap-2">
                            <Badge variant="destructive">deleted</Badge>
                            <span className="truncate font-mono text-xs text-muted-foreground">{s.resourceId}</span>
                          </span>
                        )}
                      </TableCell>
                      {!isClient && <TableCell className="max-w-48 truncate">{s.organizationName}</TableCell>}
                      <TableCell className="max-w-48 truncate">
                        {s.teamName ? (
                          <span>
                            <span className="text-muted-foreground">team </span>
                            {s.teamName}
                          </span>
                        ) : (
                          <span className="text-muted-foreground">
                            {isClient ? "your whole organisation" : "whole organisation"}
                          </span>
                        )}
                      </TableCell>
                      <TableCell className="max-w-56 truncate">
                        {s.createdByEmail ?? s.createdBy ?? <span className="text-muted-foreground">—</span>}
                      </TableCell>
                      <TableCell>
                        <DateTime value={s.createdAt} />
                      </TableCell>
                      {canWrite && (
                        <TableCell className="text-right">
                          <DestructiveRowButton
                            icon={Unlink}
                            label="Stop sharing"
                            onClick={() => setStopping(s)}
                            aria-label={`Stop sharing ${describeShared(s)} with ${describeAudience(s)}`}
                          />
                        </TableCell>
                      )}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <p className="text-xs text-muted-foreground" data-testid="share-count">
              {items.length} {items.length === 1 ? "share" : "shares"}
              {isClient && " reach you"}
            </p>
          </>
        )}
      </CardContent>
      <ConfirmDialog
        open={stopping !== undefined}
        onOpenChange={(o) => !o && setStopping(undefined)}
        title={`Stop sharing ${stopping ? describeShared(stopping) : ""}?`}
        description={`${stopping ? describeAudience(stopping) : ""} loses access at once: it disappears from their lists and they can no longer use it. You can share it again later.`}
        confirmLabel="Stop sharing"
        pendingLabel="Stopping…"
        pending={stop.isPending}
        onConfirm={() => {
          if (stopping) stop.mutate(stopping);
        }}
      />
    </Card>
  );
}
