"use client";

import type { Host } from "@shipyard/contract";
import { useQuery } from "@tanstack/react-query";
import { QueryErrorState } from "@/components/error-state";
import { StatusBadge } from "@/components/status-badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { api, queryKeys } from "@/lib/api";
import { formatRelative } from "@/lib/format";

const runtimesOf = (h: Host) =>
  [
    h.runtimes.vms.available ? "VMs" : null,
    h.runtimes.containers.available ? "containers" : null,
    ...h.runtimes.functions.filter((f) => f.available).map((f) => f.runtime),
  ]
    .filter(Boolean)
    .join(" · ");

/** A thin bar for a share of something (CPU, memory): the number is the label, the bar the glance. */
function Meter({ value, label }: { value: number; label: string }) {
  const pct = Math.max(0, Math.min(100, value));
  return (
    <div className="flex items-center justify-end gap-2">
      <span className="tabular-nums">{label}</span>
      <span className="hidden h-1.5 w-12 overflow-hidden rounded-full bg-muted sm:block" aria-hidden="true">
        <span
          className={
            pct > 85 ? "block h-full bg-destructive" : pct > 60 ? "block h-full bg-amber-500" : "block h-full bg-primary"
          }
          style={{ width: `${pct}%` }}
        />
      </span>
    </div>
  );
}

/** The hosts that run workloads (`GET /v1/hosts`), refreshed at their heartbeat rate. */
export function HostsCard() {
  const hosts = useQuery({
    queryKey: queryKeys.hosts,
    queryFn: () => api("listHosts"),
    refetchInterval: (q) => (q.state.data?.heartbeat_seconds ?? 5) * 1000,
    refetchIntervalInBackground: false,
  });
  return (
    <Card aria-labelledby="hosts-title">
      <CardHeader>
        <CardTitle id="hosts-title">Hosts</CardTitle>
        <CardDescription>
          Machines that run workloads: the server&apos;s own and every <code>shipyard agent</code>.
        </CardDescription>
      </CardHeader>
      <CardContent className="px-1 pt-2 pb-2">
        {hosts.isPending ? (
          <Skeleton className="mx-4 h-16" />
        ) : hosts.isError ? (
          <QueryErrorState title="Could not load the hosts" query={hosts} />
        ) : hosts.data.items.length === 0 ? (
          <p className="px-4 py-6 text-center text-muted-foreground text-sm">
            No hosts yet. Create a join token with <code>shipyard host token create NAME</code>, then run{" "}
            <code>shipyard agent --join-token …</code> on the machine.
          </p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">CPU</TableHead>
                <TableHead className="text-right">Memory</TableHead>
                <TableHead className="text-right">Allocated</TableHead>
                <TableHead>Runs</TableHead>
                <TableHead>Seen</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {hosts.data.items.map((h) => {
                const m = h.status === "online" ? h.metrics : null; // a lost host's numbers are history
                return (
                  <TableRow key={h.id} data-testid={`host-${h.name}`}>
                    <TableCell className="font-medium">
                      {h.name}
                      <span className="block text-muted-foreground text-xs">{h.local ? "this server" : h.address}</span>
                    </TableCell>
                    <TableCell>
                      <StatusBadge status={h.status} />
                    </TableCell>
                    <TableCell className="text-right">
                      {m ? <Meter value={m.cpu_percent} label={`${Math.round(m.cpu_percent)}%`} /> : "–"}
                    </TableCell>
                    <TableCell className="text-right">
                      {m ? (
                        <Meter
                          value={(m.memory_used_mb / Math.max(1, m.memory_total_mb)) * 100}
                          label={`${Math.round((m.memory_used_mb / Math.max(1, m.memory_total_mb)) * 100)}%`}
                        />
                      ) : (
                        "–"
                      )}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {h.allocated.memory_mb} / {h.capacity.memory_mb} MiB
                      <span className="block text-muted-foreground text-xs">
                        {h.allocated.workloads} workload{h.allocated.workloads === 1 ? "" : "s"}
                      </span>
                    </TableCell>
                    <TableCell className="text-muted-foreground">{runtimesOf(h) || "nothing yet"}</TableCell>
                    <TableCell className="text-muted-foreground">{formatRelative(new Date(h.last_heartbeat_at))}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
