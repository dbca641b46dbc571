"use client";

import type { SystemInfo } from "@shipyard/contract";
import { CopyButton } from "@/components/copy-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

const rows: { key: keyof SystemInfo["endpoints"]; label: string }[] = [
  { key: "api", label: "API endpoint" },
  { key: "websocket", label: "WebSocket URL" },
  { key: "events", label: "Event stream (SSE)" },
  { key: "openapi", label: "OpenAPI document" },
];

/** Where to point the CLI and scripts, as the server reports it. */
export function ApiAccessCard({ system }: { system: SystemInfo | undefined }) {
  return (
    <Card id="api-access" aria-labelledby="api-access-title">
      <CardHeader>
        <CardTitle id="api-access-title">API access</CardTitle>
        <CardDescription>Point the CLI and your scripts at these addresses.</CardDescription>
      </CardHeader>
      <CardContent className="pt-2">
        <dl className="flex flex-col divide-y">
          {rows.map((row) => {
            const value = system?.endpoints[row.key];
            return (
              <div key={row.key} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:gap-3 sm:py-1.5">
                <dt className="shrink-0 text-sm text-muted-foreground sm:w-36">{row.label}</dt>
                <dd className="flex w-full min-w-0 flex-1 items-center gap-1">
                  {value ? (
                    <>
                      <code
                        className="min-w-0 flex-1 truncate rounded bg-muted/50 px-2 py-1 text-xs"
                        title={value}
                        data-testid={`endpoint-${row.key}`}
                      >
                        {value}
                      </code>
                      <CopyButton value={value} label={row.label} />
                    </>
                  ) : (
                    <Skeleton className="h-6 flex-1" />
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </CardContent>
    </Card>
  );
}
