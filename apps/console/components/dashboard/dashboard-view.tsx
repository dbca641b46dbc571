"use client";

import { ActivityFeed } from "@/components/dashboard/activity-feed";
import { HostsCard } from "@/components/dashboard/hosts-card";
import { MemoryChart } from "@/components/dashboard/memory-chart";
import { SharedWithYouCard } from "@/components/dashboard/shared-with-you-card";
import { SystemSummary, SystemSummarySkeleton } from "@/components/dashboard/system-summary";
import { QueryErrorState } from "@/components/error-state";
import { PageHeader } from "@/components/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { useCan, useMe } from "@/lib/session";
import { useSystem } from "@/lib/use-system";
import { cn } from "@/lib/utils";

export function DashboardView() {
  const me = useMe();
  const canReadSystem = useCan("system:read");
  const canReadAudit = useCan("audit:read");
  const canReadHosts = useCan("hosts:read");
  const canReadShares = useCan("shares:read");
  const system = useSystem(5_000);
  const firstName = me.user.name.trim().split(/\s+/)[0];
  // The chart and hosts column only exists when there is system data (or it is on its way).
  const systemColumn = canReadSystem && (system.data !== undefined || system.isPending);

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={firstName ? `Welcome back, ${firstName}. This is the state of this Shipyard installation.` : undefined}
      />
      {canReadSystem &&
        (system.data ? (
          // Once there is data, a failed 5-second sample keeps the last numbers (and says so in a toast).
          <SystemSummary system={system.data} />
        ) : system.isError ? (
          <QueryErrorState title="Could not load the system summary" query={system} />
        ) : (
          <SystemSummarySkeleton />
        ))}
      {/* A client's dashboard: what the platform team has shared with them. */}
      {me.user.role === "client" && canReadShares && <SharedWithYouCard />}
      <div className={cn("grid grid-cols-1 gap-5", canReadAudit && systemColumn && "lg:grid-cols-5")}>
        {systemColumn && (
          <div className={cn("flex min-w-0 flex-col gap-5", canReadAudit && "lg:col-span-3")}>
            {system.data ? (
              <>
                <MemoryChart system={system.data} sampledAt={system.dataUpdatedAt} />
                {canReadHosts && <HostsCard />}
              </>
            ) : (
              system.isPending && <Skeleton className="h-64" />
            )}
          </div>
        )}
        {canReadAudit && (
          <div className={cn("min-w-0", systemColumn && "lg:col-span-2")}>
            <ActivityFeed />
          </div>
        )}
      </div>
    </>
  );
}
