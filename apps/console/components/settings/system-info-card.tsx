"use client";

import type { SystemInfo } from "@shipyard/contract";
import type * as React from "react";
import { DateTime } from "@/components/date-time";
import { ErrorState } from "@/components/error-state";
import { StatusBadge } from "@/components/status-badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { UsageBar } from "@/components/usage-bar";
import { formatBytes, formatDuration } from "@/lib/format";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 py-1.5 sm:flex-row sm:items-baseline sm:gap-3">
      <dt className="w-40 shrink-0 text-sm text-muted-foreground">{label}</dt>
      <dd className="min-w-0 flex-1 text-sm break-words">{children}</dd>
    </div>
  );
}

/** Version, runtime, database, hosts and storage, as `GET /v1/system` reports them. */
export function SystemInfoCard({
  system,
  error,
  onRetry,
  retrying,
}: {
  system: SystemInfo | undefined;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const storage = system?.storage;
  // The disk the data folder lives on: how full it is overall, not just Shipyard's share.
  const diskUsed =
    storage?.freeBytes != null && storage.totalBytes ? (storage.totalBytes - storage.freeBytes) / storage.totalBytes : undefined;
  return (
    <Card aria-labelledby="system-info-title">
      <CardHeader>
        <CardTitle id="system-info-title">System information</CardTitle>
        <CardDescription>This Shipyard server and what it runs on.</CardDescription>
      </CardHeader>
      <CardContent className="pt-2">
        {error && !system ? (
          <ErrorState title="Could not load system information" error={error} onRetry={onRetry} retrying={retrying} />
        ) : !system ? (
          <div className="grid gap-2" role="status" aria-busy="true">
            <span className="sr-only">Loading system information…</span>
            {Array.from({ length: 6 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
              <Skeleton key={i} className="h-6 w-full" />
            ))}
          </div>
        ) : (
          <div className="grid gap-x-8 lg:grid-cols-2">
            <dl className="divide-y">
              <Row label="Version">
                <span data-testid="info-version">{system.version}</span>
              </Row>
              <Row label="Node.js">{system.node}</Row>
              <Row label="Started">
                <DateTime value={system.startedAt} />{" "}
                <span className="text-muted-foreground">(up {formatDuration(system.uptimeSeconds)})</span>
              </Row>
              <Row label="Hosts">
                {system.hosts.length} —{" "}
                {system.hosts.map((h) => `${h.name} (${h.platform}, ${h.cpus} CPUs, ${formatBytes(h.memoryBytes)})`).join(", ")}
              </Row>
            </dl>
            <dl className="divide-y">
              <Row label="Database">
                <span className="flex flex-wrap items-center gap-2">
                  {system.database.kind === "pglite" ? "PGlite (embedded PostgreSQL)" : "PostgreSQL"}
                  <StatusBadge
                    status={system.database.status}
                    label={system.database.status === "ok" ? "connected" : "disconnected"}
                  />
                </span>
              </Row>
              <Row label="Database version">{system.database.version}</Row>
              <Row label="Database location">
                <code className="text-xs">{system.database.location}</code>
              </Row>
              <Row label="Database size">{formatBytes(system.database.sizeBytes)}</Row>
              <Row label="Data folder">
                {storage?.dataDir ? (
                  <code className="text-xs">{storage.dataDir}</code>
                ) : (
                  <span className="text-muted-foreground">none</span>
                )}
                {storage?.usedBytes != null && (
                  <span className="text-muted-foreground"> · uses {formatBytes(storage.usedBytes)}</span>
                )}
              </Row>
              <Row label="Disk">
                {diskUsed !== undefined && storage?.totalBytes ? (
                  <span className="block w-full max-w-sm">
                    <span className="text-sm">
                      {formatBytes(storage.freeBytes)} free of {formatBytes(storage.totalBytes)}
                    </span>
                    <UsageBar ratio={diskUsed} label="Disk space used" className="mt-1" />
                  </span>
                ) : (
                  <span className="text-muted-foreground">not reported</span>
                )}
              </Row>
            </dl>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
