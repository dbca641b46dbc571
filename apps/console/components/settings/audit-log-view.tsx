"use client";

import type { AuditEntry, AuditOutcome } from "@shipyard/contract";
import { useInfiniteQuery } from "@tanstack/react-query";
import { ScrollText, X } from "lucide-react";
import { useId, useState } from "react";
import { DateTime } from "@/components/date-time";
import { EmptyState, NoMatchesState } from "@/components/empty-state";
import { QueryErrorState } from "@/components/error-state";
import { ForbiddenState } from "@/components/forbidden-state";
import { ListSkeleton } from "@/components/list-skeleton";
import { LoadMoreButton } from "@/components/load-more-button";
import { PageHeader } from "@/components/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { StatusBadge } from "@/components/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { api, queryKeys } from "@/lib/api";
import { describeActor, describeTarget } from "@/lib/audit-text";
import { formatIsoInZone } from "@/lib/format";
import { useCan, useDatePreferences } from "@/lib/session";
import { useDebounced } from "@/lib/use-debounced";

const pageSize = 50;

/** The audit trail with filters (actor, action, outcome) and cursor pagination. */
export function AuditLogView() {
  const canRead = useCan("audit:read");
  return (
    <>
      <PageHeader title="Audit log" description="Every change, who made it, from where, and whether it succeeded." />
      <SettingsNav />
      {canRead ? <AuditLog /> : <ForbiddenState what="the audit log" />}
    </>
  );
}

function AuditLog() {
  const id = useId();
  const [actor, setActor] = useState("");
  const [action, setAction] = useState("");
  const [outcome, setOutcome] = useState<AuditOutcome | "any">("any");
  const [selected, setSelected] = useState<AuditEntry | undefined>();
  const filters = {
    actor: useDebounced(actor.trim()),
    action: useDebounced(action.trim()),
    outcome: outcome === "any" ? undefined : outcome,
  };
  const filtered = Boolean(filters.actor || filters.action || filters.outcome);

  const audit = useInfiniteQuery({
    queryKey: [...queryKeys.audit, "log", filters],
    queryFn: ({ pageParam }) =>
      api("listAudit", {
        query: {
          limit: pageSize,
          cursor: pageParam,
          actor: filters.actor || undefined,
          action: filters.action || undefined,
          outcome: filters.outcome,
        },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = audit.data?.pages.flatMap((p) => p.items) ?? [];
  const total = audit.data?.pages[0]?.total ?? 0;

  const clear = () => {
    setActor("");
    setAction("");
    setOutcome("any");
  };

  return (
    <Card>
      <CardContent className="flex flex-col gap-4">
        <form
          className="grid gap-3 sm:grid-cols-[1fr_1fr_12rem_auto] sm:items-end"
          aria-label="Filter the audit log"
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-actor`}>Actor</Label>
            <Input id={`${id}-actor`} placeholder="Email or user id" value={actor} onChange={(e) => setActor(e.target.value)} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-action`}>Action</Label>
            <Input
              id={`${id}-action`}
              placeholder="token.create, or a prefix like token."
              value={action}
              onChange={(e) => setAction(e.target.value)}
            />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-outcome`}>Outcome</Label>
            <Select value={outcome} onValueChange={(v) => setOutcome(v as AuditOutcome | "any")}>
              <SelectTrigger id={`${id}-outcome`} className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="any">Any outcome</SelectItem>
                <SelectItem value="success">Success</SelectItem>
                <SelectItem value="failure">Failure</SelectItem>
                <SelectItem value="denied">Denied</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <Button variant="ghost" onClick={clear} disabled={!actor && !action && outcome === "any"}>
            <X aria-hidden="true" /> Clear
          </Button>
        </form>

        {audit.isPending ? (
          <ListSkeleton label="Loading the audit log…" rows={8} />
        ) : audit.isError ? (
          <QueryErrorState title="Could not load the audit log" query={audit} />
        ) : items.length === 0 ? (
          filtered ? (
            <NoMatchesState
              title="No entries match these filters"
              description="Try a shorter action prefix or another actor."
              onClear={clear}
            />
          ) : (
            <EmptyState
              icon={ScrollText}
              title="The audit trail is empty"
              description="Every change made through Shipyard is recorded here."
            />
          )
        ) : (
          <>
            <Table aria-label="Audit entries">
              <TableHeader>
                <TableRow>
                  <TableHead>Time</TableHead>
                  <TableHead>Actor</TableHead>
                  <TableHead>Action</TableHead>
                  <TableHead>Target</TableHead>
                  <TableHead>Outcome</TableHead>
                  <TableHead>IP</TableHead>
                  <TableHead className="text-right">
                    <span className="sr-only">Details</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((e) => (
                  <TableRow key={e.id} data-testid="audit-row">
                    <TableCell>
                      <DateTime value={e.at} />
                    </TableCell>
                    <TableCell className="max-w-56 truncate">{describeActor(e)}</TableCell>
                    <TableCell className="font-mono text-xs">{e.action}</TableCell>
                    <TableCell className="max-w-56 truncate text-muted-foreground">
                      {e.targetKind}
                      {describeTarget(e) && <span className="text-foreground"> {describeTarget(e)}</span>}
                    </TableCell>
                    <TableCell>
                      <StatusBadge status={e.outcome} />
                    </TableCell>
                    <TableCell className="font-mono text-xs text-muted-foreground">{e.ip ?? "—"}</TableCell>
                    <TableCell className="text-right">
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() => setSelected(e)}
                        aria-label={`Details of ${e.action} at ${e.at}`}
                      >
                        Details
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <div className="flex items-center justify-between text-xs text-muted-foreground">
              <span data-testid="audit-count">
                Showing {items.length} of {total} {total === 1 ? "entry" : "entries"}
              </span>
              <LoadMoreButton query={audit} />
            </div>
          </>
        )}
      </CardContent>
      <AuditDetailDialog entry={selected} onClose={() => setSelected(undefined)} />
    </Card>
  );
}

function AuditDetailDialog({ entry, onClose }: { entry: AuditEntry | undefined; onClose: () => void }) {
  const { timezone } = useDatePreferences();
  return (
    <Dialog open={entry !== undefined} onOpenChange={(o) => !o && onClose()}>
      <DialogContent className="sm:max-w-2xl">
        {entry && (
          <>
            <DialogHeader>
              <DialogTitle className="font-mono">{entry.action}</DialogTitle>
              <DialogDescription>
                {describeActor(entry)} · {formatIsoInZone(new Date(entry.at), timezone)}
              </DialogDescription>
            </DialogHeader>
            <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1.5 text-sm">
              <dt className="text-muted-foreground">Outcome</dt>
              <dd>
                <StatusBadge status={entry.outcome} />
              </dd>
              <dt className="text-muted-foreground">Target</dt>
              <dd className="break-all">
                {entry.targetKind} {entry.targetId ?? ""}
              </dd>
              <dt className="text-muted-foreground">Actor id</dt>
              <dd className="font-mono text-xs break-all">{entry.actorId ?? "—"}</dd>
              <dt className="text-muted-foreground">Request id</dt>
              <dd className="font-mono text-xs break-all">{entry.requestId ?? "—"}</dd>
              <dt className="text-muted-foreground">IP address</dt>
              <dd className="font-mono text-xs">{entry.ip ?? "—"}</dd>
              <dt className="text-muted-foreground">Entry id</dt>
              <dd className="font-mono text-xs break-all">{entry.id}</dd>
            </dl>
            <div>
              <p className="mb-1.5 text-sm text-muted-foreground">Detail</p>
              <pre className="max-h-72 overflow-auto rounded-md border bg-muted/40 p-3 text-xs">
                {JSON.stringify(entry.detail, null, 2)}
              </pre>
            </div>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
