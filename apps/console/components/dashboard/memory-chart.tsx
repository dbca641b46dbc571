"use client";

import type { SystemInfo } from "@shipyard/contract";
import { useEffect, useState } from "react";
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { totalMemory } from "@/components/dashboard/system-summary";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { byteTickFormatter, formatBytes, formatIsoInZone } from "@/lib/format";
import { useDatePreferences } from "@/lib/session";

interface Sample {
  t: number;
  free: number;
  total: number;
}

const maxSamples = 60;

function clock(t: number, timeZone: string) {
  return formatIsoInZone(new Date(t), timeZone).slice(11, 19);
}

/**
 * Free memory over the last five minutes, sampled from `GET /v1/system` every 5 s while the page is open.
 * Samples live only in this page: leaving it stops the sampling.
 */
export function MemoryChart({ system, sampledAt }: { system: SystemInfo; sampledAt: number }) {
  const { timezone } = useDatePreferences();
  const [samples, setSamples] = useState<Sample[]>([]);
  useEffect(() => {
    const { free, total } = totalMemory(system);
    setSamples((s) => (s.at(-1)?.t === sampledAt ? s : [...s, { t: sampledAt, free, total }].slice(-maxSamples)));
  }, [system, sampledAt]);

  const latest = samples.at(-1);
  const frees = samples.map((s) => s.free);
  const yTick = frees.length > 0 ? byteTickFormatter(Math.min(...frees), Math.max(...frees)) : formatBytes;
  const hostLabel = system.hosts.length === 1 ? system.hosts[0]?.name : `${system.hosts.length} hosts`;
  return (
    <Card aria-labelledby="memory-title">
      <CardHeader>
        <CardTitle id="memory-title">Free memory</CardTitle>
        <CardDescription>{hostLabel} · sampled every 5 s while this page is open</CardDescription>
        <CardAction className="text-right">
          <div className="text-sm font-semibold tabular-nums" data-testid="memory-free">
            {latest ? formatBytes(latest.free) : "—"}
          </div>
          <div className="text-xs text-muted-foreground">free now</div>
        </CardAction>
      </CardHeader>
      <CardContent className="pt-2">
        <div className="h-48" data-testid="memory-chart" data-samples={samples.length}>
          {samples.length < 2 ? (
            <div className="flex h-full items-center justify-center rounded-md border border-dashed text-sm text-muted-foreground">
              Collecting samples… the chart starts after the second sample.
            </div>
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <AreaChart data={samples} margin={{ top: 4, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
                <defs>
                  <linearGradient id="free-memory-fill" x1="0" y1="0" x2="0" y2="1">
                    <stop offset="0%" stopColor="var(--color-chart-1)" stopOpacity={0.35} />
                    <stop offset="100%" stopColor="var(--color-chart-1)" stopOpacity={0.02} />
                  </linearGradient>
                </defs>
                <CartesianGrid vertical={false} stroke="var(--color-border)" strokeDasharray="3 3" />
                <XAxis
                  dataKey="t"
                  type="number"
                  scale="time"
                  domain={["dataMin", "dataMax"]}
                  tickFormatter={(t: number) => clock(t, timezone)}
                  tick={{ fill: "var(--color-muted-foreground)", fontSize: 11 }}
                  tickLine={false}
                  axisLine={false}
                  minTickGap={40}
                />
                <YAxis
                  dataKey="free"
                  tickFormatter={yTick}
                  tick={{ fill: "var(--color-muted-foreground)", fontSize: 11 }}
                  tickLine={false}
                  axisLine={false}
                  width={80}
                  domain={["auto", "auto"]}
                />
                <Tooltip
                  cursor={{ stroke: "var(--color-border)" }}
                  contentStyle={{
                    background: "var(--color-popover)",
                    border: "1px solid var(--color-border)",
                    borderRadius: 6,
                    fontSize: 12,
                    color: "var(--color-popover-foreground)",
                  }}
                  labelFormatter={(t) => clock(Number(t), timezone)}
                  formatter={(v) => [formatBytes(Number(v)), "Free memory"]}
                />
                <Area
                  type="linear"
                  dataKey="free"
                  stroke="var(--color-chart-1)"
                  strokeWidth={2}
                  fill="url(#free-memory-fill)"
                  isAnimationActive={false}
                />
              </AreaChart>
            </ResponsiveContainer>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
