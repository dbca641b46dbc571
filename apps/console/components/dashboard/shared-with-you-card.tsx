"use client";

import type { Share } from "@shipyard/contract";
import { Share2 } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { DateTime } from "@/components/date-time";
import { EmptyState } from "@/components/empty-state";
import { QueryErrorState } from "@/components/error-state";
import { LiveIndicator } from "@/components/live-indicator";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useOrganizations } from "@/lib/directory";
import { useMe } from "@/lib/session";
import { shareKindInfo, useShareEvents, useShares } from "@/lib/sharing";

const shown = 8;

interface SharedResource {
  key: string;
  share: Share;
  /** "your organisation", or the teams it reaches you through. */
  via: string[];
}

/** One row per resource: a resource shared with the organisation and with a team reaches you once. */
function byResource(shares: readonly Share[]): SharedResource[] {
  const out = new Map<string, SharedResource>();
  for (const s of shares) {
    const key = `${s.kind}:${s.resourceId}`;
    const via = s.teamName ? `team ${s.teamName}` : "your organisation";
    const existing = out.get(key);
    if (existing) existing.via.push(via);
    else out.set(key, { key, share: s, via: [via] });
  }
  return [...out.values()];
}

/** For a client: the images and workloads shared with them, live; where to ask when there are none. */
export function SharedWithYouCard() {
  const me = useMe();
  const orgs = useOrganizations();
  const shares = useShares();
  const live = useShareEvents();
  const orgName = orgs.data?.find((o) => o.id === me.user.organizationId)?.name ?? "your organisation";
  const resources = useMemo(() => byResource(shares.data ?? []), [shares.data]);

  return (
    <Card aria-labelledby="shared-title">
      <CardHeader>
        <CardTitle id="shared-title">Shared with you</CardTitle>
        <CardDescription>Images and workloads the platform team has shared with {orgName} or with your teams.</CardDescription>
        {live.enabled && (
          <CardAction>
            <LiveIndicator status={live.status} />
          </CardAction>
        )}
      </CardHeader>
      <CardContent>
        {shares.isPending ? (
          <div className="flex flex-col gap-3" role="status" aria-busy="true">
            <span className="sr-only">Loading what is shared with you…</span>
            <Skeleton className="h-9 w-full" />
            <Skeleton className="h-9 w-full" />
            <Skeleton className="h-9 w-full" />
          </div>
        ) : shares.isError ? (
          <QueryErrorState title="Could not load what is shared with you" query={shares} />
        ) : resources.length === 0 ? (
          <EmptyState
            icon={Share2}
            title="Nothing has been shared with you yet"
            description={`When the platform team shares an image or a workload with ${orgName} or with one of your teams, it appears here. Ask your Shipyard administrator if you are expecting something.`}
          />
        ) : (
          <>
            <ul className="flex flex-col divide-y" aria-label="Shared with you" data-testid="shared-with-you">
              {resources.slice(0, shown).map(({ key, share, via }) => {
                const info = shareKindInfo[share.kind];
                return (
                  <li key={key} className="flex items-center gap-3 py-2 text-sm" data-testid="shared-item">
                    <span
                      aria-hidden="true"
                      className="flex size-8 shrink-0 items-center justify-center rounded-md bg-primary/15 text-primary"
                    >
                      <info.icon className="size-4" />
                    </span>
                    <div className="min-w-0 flex-1">
                      <p className="truncate font-medium">{share.resourceName ?? share.resourceId}</p>
                      <p className="truncate text-xs text-muted-foreground">
                        {info.label} · through {via.join(" and ")}
                      </p>
                    </div>
                    <DateTime value={share.createdAt} className="shrink-0 text-xs text-muted-foreground" />
                  </li>
                );
              })}
            </ul>
            <div className="mt-3 flex items-center justify-between border-t pt-3 text-xs text-muted-foreground">
              <span>
                {resources.length === 1 ? "1 resource" : `${resources.length} resources`}
                {resources.length > shown && `, ${shown} shown`}
              </span>
              <Link href="/settings/sharing/" className="text-primary underline-offset-4 hover:underline">
                Open Shared with you
              </Link>
            </div>
          </>
        )}
      </CardContent>
    </Card>
  );
}
