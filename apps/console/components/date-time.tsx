"use client";

import { useEffect, useState } from "react";
import { formatDate, formatIsoInZone } from "@/lib/format";
import { useDatePreferences } from "@/lib/session";

/** A timestamp in the person's date format and time zone; relative times refresh on their own. */
export function DateTime({ value, className }: { value: string | null | undefined; className?: string }) {
  const prefs = useDatePreferences();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (prefs.dateFormat !== "relative" || !value) return;
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, [prefs.dateFormat, value]);
  if (!value) return <span className={className}>—</span>;
  return (
    <time dateTime={value} title={formatIsoInZone(new Date(value), prefs.timezone)} className={className}>
      {formatDate(value, prefs, now)}
    </time>
  );
}
