"use client";

import type { Job, JobState } from "@shipyard/contract";
import { useInfiniteQuery } from "@tanstack/react-query";
import { ListChecks, RefreshCw, X } from "lucide-react";
import { useId, useState } from "react";
import { DateTime } from "@/components/date-time";
import { EmptyState } from "@/components/empty-state";
import { QueryErrorState } from "@/components/error-state";
import { ForbiddenState } from "@/components/forbidden-state";
import { ListSkeleton } from "@/components/list-skeleton";
import { LoadMoreButton } from "@/components/load-more-button";
import { PageHeader } from "@/components/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { StatusBadge } from "@/components/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { api, queryKeys } from "@/lib/api";
import { useCan } from "@/lib/session";
import { useDebounced } from "@/lib/use-debounced";
import { cn } from "@/lib/utils";

const states: JobState[] = ["created", "retry", "active", "completed", "cancelled", "failed"];

/** Background jobs from the queue, newest first, filterable by name and state. */
export function JobsView() {
  const canRead = useCan("jobs:read");
  return (
    <>
      <PageHeader title="Jobs" description="Background work the server runs: queued, running, finished and failed." />
      <SettingsNav />
      {canRead ? <JobsList /> : <ForbiddenState what="background jobs" />}
    </>
  );
}

function duration(job: Job) {
  if (!job.startedAt || !job.completedAt) return undefined;
  const ms = new Date(job.completedAt).getTime() - new Date(job.startedAt).getTime();
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function JobsList() {
  const id = useId();
  const [name, setName] = useState("");
  const [state, setState] = useState<JobState | "any">("any");
  const debouncedName = useDebounced(name.trim());
  const filters = { name: debouncedName || undefined, state: state === "any" ? undefined : state };

  const jobs = useInfiniteQuery({
    queryKey: [...queryKeys.jobs, filters],
    queryFn: ({ pageParam }) => api("listJobs", { query: { limit: 50, cursor: pageParam, ...filters } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = jobs.data?.pages.flatMap((p) => p.items) ?? [];
  const total = jobs.data?.pages[0]?.total ?? 0;
  const filtered = Boolean(filters.name || filters.state);

  return (
    <Card>
      <CardContent className="flex flex-col gap-4">
        <form
          className="grid gap-3 sm:grid-cols-[1fr_12rem_auto_auto] sm:items-end"
          aria-label="Filter jobs"
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-name`}>Name</Label>
            <Input id={`${id}-name`} placeholder="Job name" value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-state`}>State</Label>
            <Select value={state} onValueChange={(v) => setState(v as JobState | "any")}>
              <SelectTrigger id={`${id}-state`} className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="any">Any state</SelectItem>
                {states.map((s) => (
                  <SelectItem key={s} value={s}>
                    {s}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <Button
            variant="ghost"
            onClick={() => {
              setName("");
              setState("any");
            }}
            disabled={!name && state === "any"}
          >
            <X aria-hidden="true" /> Clear
          </Button>
          <Button variant="outline" onClick={() => jobs.refetch()} disabled={jobs.isFetching}>
            <RefreshCw className={cn(jobs.isFetching && "animate-spin")} aria-hidden="true" /> Refresh
          </Button>
        </form>
        {jobs.isPending ? (
          <ListSkeleton label="Loading jobs…" rows={6} />
        ) : jobs.isError ? (
          <QueryErrorState title="Could not load jobs" query={jobs} />
        ) : items.length === 0 ? (
          <EmptyState
            icon={ListChecks}
            title={filtered ? "No jobs match these filters" : "No background jobs yet"}
            description={
              filtered
                ? "Try another name or state."
                : "Builds, rebuilds, deployments and maintenance run as background jobs; they will be listed here."
            }
          />
        ) : (
          <>
            <Table aria-label="Jobs">
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>State</TableHead>
                  <TableHead>Created</TableHead>
                  <TableHead>Started</TableHead>
                  <TableHead>Completed</TableHead>
                  <TableHead className="text-right">Duration</TableHead>
                  <TableHead className="text-right">Retries</TableHead>
                  <TableHead>Id</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((j) => (
                  <TableRow key={j.id} data-testid="job-row">
                    <TableCell className="font-medium">{j.name}</TableCell>
                    <TableCell>
                      <StatusBadge status={j.state} />
                    </TableCell>
                    <TableCell>
                      <DateTime value={j.createdAt} />
                    </TableCell>
                    <TableCell>
                      <DateTime value={j.startedAt} />
                    </TableCell>
                    <TableCell>
                      <DateTime value={j.completedAt} />
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{duration(j) ?? "—"}</TableCell>
                    <TableCell className="text-right tabular-nums">
                      {j.retryCount} / {j.retryLimit}
                    </TableCell>
                    <TableCell className="max-w-40 truncate font-mono text-xs text-muted-foreground" title={j.id}>
                      {j.id}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <div className="flex items-center justify-between text-xs text-muted-foreground">
              <span>
                Showing {items.length} of {total} {total === 1 ? "job" : "jobs"}
              </span>
              <LoadMoreButton query={jobs} />
            </div>
          </>
        )}
      </CardContent>
    </Card>
  );
}
