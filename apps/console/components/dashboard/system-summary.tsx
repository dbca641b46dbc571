"use client";

import type { SystemInfo } from "@shipyard/contract";
import { Cpu, Database, ListChecks, MemoryStick, Server } from "lucide-react";
import Link from "next/link";
import type * as React from "react";
import { StatusBadge } from "@/components/status-badge";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { UsageBar } from "@/components/usage-bar";
import { formatBytes, formatDuration, formatPercent } from "@/lib/format";
import { useCan } from "@/lib/session";
import { cn } from "@/lib/utils";

function Kpi({
  icon: Icon,
  label,
  value,
  children,
  testId,
}: {
  icon: React.ComponentType<{ className?: string }>;
  label: string;
  value: React.ReactNode;
  children?: React.ReactNode;
  testId?: string;
}) {
  return (
    <Card className="gap-1 px-4 py-3" data-testid={testId}>
      <div className="flex items-center gap-2 text-xs text-muted-foreground">
        <Icon className="size-3.5" aria-hidden="true" />
        <span>{label}</span>
      </div>
      <div className="text-xl font-semibold tracking-tight tabular-nums">{value}</div>
      <div className="min-h-4 text-xs text-muted-foreground">{children}</div>
    </Card>
  );
}

export function totalMemory(system: SystemInfo) {
  const total = system.hosts.reduce((s, h) => s + h.memoryBytes, 0);
  const free = system.hosts.reduce((s, h) => s + h.freeMemoryBytes, 0);
  return { total, free, used: total - free };
}

export function SystemSummarySkeleton() {
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5" role="status" aria-busy="true">
      <span className="sr-only">Loading system summary…</span>
      {Array.from({ length: 5 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder cards
        <Skeleton key={i} className="h-[88px]" />
      ))}
    </div>
  );
}

/** Version, database, CPU, memory and job counts from `GET /v1/system`. */
export function SystemSummary({ system }: { system: SystemInfo }) {
  const canSeeJobs = useCan("jobs:read");
  const cpus = system.hosts.reduce((s, h) => s + h.cpus, 0);
  const load1 = system.hosts.reduce((s, h) => s + (h.loadAverage[0] ?? 0), 0);
  const memory = totalMemory(system);
  const usedRatio = memory.total > 0 ? memory.used / memory.total : 0;
  const jobs = system.jobs;
  return (
    <section aria-label="System summary" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
      <Kpi icon={Server} label="Shipyard" value={<span data-testid="system-version">{system.version}</span>} testId="kpi-version">
        up {formatDuration(system.uptimeSeconds)} · Node {system.node.replace(/^v/, "")}
      </Kpi>
      <Kpi
        icon={Database}
        label="Database"
        value={
          <span className="flex items-center gap-2">
            {system.database.kind === "pglite" ? "PGlite" : "PostgreSQL"}
            <StatusBadge status={system.database.status} label={system.database.status === "ok" ? "connected" : "down"} />
          </span>
        }
        testId="kpi-database"
      >
        {system.database.kind === "pglite" ? "embedded" : "external"} · {system.database.version}
        {system.database.sizeBytes !== null && ` · ${formatBytes(system.database.sizeBytes)}`}
      </Kpi>
      <Kpi icon={Cpu} label="CPU" value={`${cpus} ${cpus === 1 ? "core" : "cores"}`} testId="kpi-cpu">
        load {load1.toFixed(2)} (1 min){cpus > 0 && ` · ${formatPercent(load1 / cpus)} of capacity`}
      </Kpi>
      <Kpi icon={MemoryStick} label="Memory" value={formatBytes(memory.used)} testId="kpi-memory">
        <span className="flex items-center gap-2">
          <span>of {formatBytes(memory.total)} used</span>
          <UsageBar ratio={usedRatio} label="Memory used" className="flex-1" />
        </span>
      </Kpi>
      <Kpi
        icon={ListChecks}
        label="Jobs"
        value={
          <span className="flex items-baseline gap-3 text-base">
            <span>
              <span className="text-xl">{jobs.queued}</span>{" "}
              <span className="text-xs font-normal text-muted-foreground">queued</span>
            </span>
            <span>
              <span className="text-xl">{jobs.active}</span>{" "}
              <span className="text-xs font-normal text-muted-foreground">active</span>
            </span>
            <span className={cn(jobs.failed > 0 && "text-destructive")}>
              <span className="text-xl">{jobs.failed}</span>{" "}
              <span className="text-xs font-normal text-muted-foreground">failed</span>
            </span>
          </span>
        }
        testId="kpi-jobs"
      >
        {canSeeJobs ? (
          <Link href="/settings/jobs/" className="text-primary underline-offset-4 hover:underline">
            View jobs
          </Link>
        ) : (
          "background work"
        )}
      </Kpi>
    </section>
  );
}
