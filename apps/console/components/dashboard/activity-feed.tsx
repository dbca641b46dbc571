"use client";

import { AuditEntry, type Page } from "@shipyard/contract";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Inbox, KeyRound } from "lucide-react";
import Link from "next/link";
import { useCallback, useState } from "react";
import { DateTime } from "@/components/date-time";
import { EmptyState } from "@/components/empty-state";
import { QueryErrorState } from "@/components/error-state";
import { LiveIndicator } from "@/components/live-indicator";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { api, queryKeys } from "@/lib/api";
import { describeAction, describeActor, describeTarget } from "@/lib/audit-text";
import { useCan } from "@/lib/session";
import { useEventStream } from "@/lib/use-event-stream";
import { cn } from "@/lib/utils";

const feedKey = [...queryKeys.audit, "feed"] as const;
const feedSize = 20;

const outcomeDot: Record<AuditEntry["outcome"], string> = {
  success: "bg-success",
  failure: "bg-destructive",
  denied: "bg-warning",
};

/**
 * The last 20 audit entries, kept current by the live event stream: each `audit.created` event is
 * prepended at once, and everything cached from the audit trail is marked stale.
 */
export function ActivityFeed() {
  const queryClient = useQueryClient();
  const canCreateTokens = useCan("tokens:own");
  const canStream = useCan("events:read");
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const feed = useQuery({
    queryKey: feedKey,
    queryFn: () => api("listAudit", { query: { limit: feedSize } }),
  });

  const onEvent = useCallback(
    (event: { type: string; data: unknown }) => {
      if (event.type !== "audit.created") return;
      const parsed = AuditEntry.safeParse(event.data);
      if (!parsed.success) return;
      const entry = parsed.data;
      queryClient.setQueryData<Page<AuditEntry>>(feedKey, (old) => {
        if (!old) return old;
        if (old.items.some((i) => i.id === entry.id)) return old;
        return { ...old, items: [entry, ...old.items].slice(0, feedSize), total: old.total + 1 };
      });
      setFresh((s) => new Set(s).add(entry.id));
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit, refetchType: "none" });
      if (entry.targetKind === "token") void queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
      if (entry.targetKind === "job") void queryClient.invalidateQueries({ queryKey: queryKeys.jobs });
    },
    [queryClient],
  );
  // On every (re)connection, fetch again: anything that happened while disconnected is in the answer.
  const onOpen = useCallback(() => void queryClient.invalidateQueries({ queryKey: feedKey }), [queryClient]);
  const status = useEventStream({ types: "audit.", onEvent, onOpen, enabled: canStream });

  return (
    <Card className="h-full" aria-labelledby="activity-title">
      <CardHeader>
        <CardTitle id="activity-title">Recent activity</CardTitle>
        <CardDescription>The audit trail as it happens.</CardDescription>
        <CardAction>{canStream && <LiveIndicator status={status} />}</CardAction>
      </CardHeader>
      <CardContent className="flex-1">
        {feed.isPending ? (
          <div className="flex flex-col gap-3" role="status" aria-busy="true">
            <span className="sr-only">Loading recent activity…</span>
            {Array.from({ length: 6 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
              <Skeleton key={i} className="h-9 w-full" />
            ))}
          </div>
        ) : feed.isError ? (
          <QueryErrorState title="Could not load recent activity" query={feed} />
        ) : feed.data.items.length === 0 ? (
          <EmptyState
            icon={Inbox}
            title="No activity yet"
            description="Logins, API tokens, jobs and every other change appear here the moment they happen."
            action={
              canCreateTokens ? (
                <Link href="/settings/?create-token=1" className={buttonVariants({ variant: "outline", size: "sm" })}>
                  <KeyRound aria-hidden="true" /> Create an API token
                </Link>
              ) : undefined
            }
          />
        ) : (
          <>
            <ol className="flex flex-col divide-y" aria-label="Recent activity" data-testid="activity-feed">
              {feed.data.items.map((entry) => {
                const target = describeTarget(entry);
                return (
                  <li
                    key={entry.id}
                    data-testid="activity-row"
                    data-action={entry.action}
                    className={cn(
                      "flex items-start gap-3 py-2 text-sm transition-colors",
                      fresh.has(entry.id) && "animate-[fresh-row_2.5s_ease-out]",
                    )}
                  >
                    <span aria-hidden="true" className={cn("mt-1.5 size-2 shrink-0 rounded-full", outcomeDot[entry.outcome])} />
                    <div className="min-w-0 flex-1">
                      <p className="break-words sm:truncate">
                        <span className="font-medium">{describeActor(entry)}</span>{" "}
                        <span className="text-muted-foreground">{describeAction(entry.action)}</span>
                        {target && (
                          <>
                            {" "}
                            <span className="font-medium">{target}</span>
                          </>
                        )}
                        {entry.outcome !== "success" && (
                          <span className={entry.outcome === "failure" ? "text-destructive" : "text-warning"}>
                            {" "}
                            ({entry.outcome})
                          </span>
                        )}
                      </p>
                      <p className="font-mono text-[11px] text-muted-foreground">{entry.action}</p>
                    </div>
                    <DateTime value={entry.at} className="shrink-0 text-xs text-muted-foreground" />
                  </li>
                );
              })}
            </ol>
            <div className="mt-3 flex items-center justify-between border-t pt-3 text-xs text-muted-foreground">
              <span>
                {feed.data.total} {feed.data.total === 1 ? "entry" : "entries"} in the audit trail
              </span>
              <Link href="/settings/audit/" className="text-primary underline-offset-4 hover:underline">
                Open audit log
              </Link>
            </div>
          </>
        )}
      </CardContent>
    </Card>
  );
}
