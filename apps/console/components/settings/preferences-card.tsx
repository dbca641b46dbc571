"use client";

import type { Preferences } from "@shipyard/contract";
import { useTheme } from "next-themes";
import { useId, useMemo } from "react";
import { toast } from "sonner";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { formatDate } from "@/lib/format";
import { useMe, useUpdatePreferences } from "@/lib/session";

function timeZones(current: string) {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  return Array.from(new Set(["UTC", current, ...zones])).sort((a, b) =>
    a === "UTC" ? -1 : b === "UTC" ? 1 : a.localeCompare(b),
  );
}

const dateFormats: { value: Preferences["dateFormat"]; label: string }[] = [
  { value: "relative", label: "Relative (5 minutes ago)" },
  { value: "iso", label: "ISO 8601 (2025-03-04 17:05:09)" },
  { value: "locale", label: "Your browser's locale" },
];

/** Theme, time zone and date format, saved to the account so every device follows them. */
export function PreferencesCard() {
  const me = useMe();
  const id = useId();
  const { setTheme } = useTheme();
  const update = useUpdatePreferences();
  const prefs = me.preferences;
  const zones = useMemo(() => timeZones(prefs.timezone), [prefs.timezone]);
  const browserZone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);

  const save = (change: Partial<Preferences>) => update.mutate(change, { onSuccess: () => toast.success("Preferences saved") });

  const example = new Date(Date.now() - 5 * 60_000).toISOString();

  return (
    <Card aria-labelledby="preferences-title">
      <CardHeader>
        <CardTitle id="preferences-title">Preferences</CardTitle>
        <CardDescription>Saved to your account and applied across the console.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 pt-2">
        <div className="grid gap-2 sm:grid-cols-[10rem_1fr] sm:items-center">
          <Label htmlFor={`${id}-theme`}>Theme</Label>
          <Select
            value={prefs.theme}
            onValueChange={(v) => {
              setTheme(v);
              save({ theme: v as Preferences["theme"] });
            }}
          >
            <SelectTrigger id={`${id}-theme`} className="w-full sm:w-64">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="dark">Dark</SelectItem>
              <SelectItem value="light">Light</SelectItem>
              <SelectItem value="system">Follow the system</SelectItem>
            </SelectContent>
          </Select>
        </div>
        <div className="grid gap-2 sm:grid-cols-[10rem_1fr] sm:items-center">
          <Label htmlFor={`${id}-tz`}>Time zone</Label>
          <div className="flex flex-wrap items-center gap-2">
            <Select value={prefs.timezone} onValueChange={(v) => save({ timezone: v })}>
              <SelectTrigger id={`${id}-tz`} className="w-full sm:w-64" data-testid="timezone-select">
                <SelectValue />
              </SelectTrigger>
              <SelectContent className="max-h-80">
                {zones.map((z) => (
                  <SelectItem key={z} value={z}>
                    {z.replaceAll("_", " ")}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            {browserZone && browserZone !== prefs.timezone && (
              <button
                type="button"
                className="rounded-sm text-xs text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/60"
                onClick={() => save({ timezone: browserZone })}
              >
                Use this browser&apos;s ({browserZone})
              </button>
            )}
          </div>
        </div>
        <div className="grid gap-2 sm:grid-cols-[10rem_1fr] sm:items-center">
          <Label htmlFor={`${id}-df`}>Date format</Label>
          <div className="flex flex-wrap items-center gap-3">
            <Select value={prefs.dateFormat} onValueChange={(v) => save({ dateFormat: v as Preferences["dateFormat"] })}>
              <SelectTrigger id={`${id}-df`} className="w-full sm:w-64">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {dateFormats.map((f) => (
                  <SelectItem key={f.value} value={f.value}>
                    {f.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <span className="text-xs text-muted-foreground" data-testid="date-preview">
              Five minutes ago: {formatDate(example, prefs)}
            </span>
          </div>
        </div>
      </CardContent>
    </Card>
  );
}
