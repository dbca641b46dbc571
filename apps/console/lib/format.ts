import type { Preferences } from "@shipyard/contract";

export type DatePreferences = Pick<Preferences, "timezone" | "dateFormat">;

export const defaultDatePreferences: DatePreferences = { timezone: "UTC", dateFormat: "relative" };

function safeTimeZone(timeZone: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/** `2025-03-04 17:05:09 UTC`, in the given time zone. */
export function formatIsoInZone(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: safeTimeZone(timeZone),
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}:${get("second")} ${get("timeZoneName")}`;
}

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

export function formatRelative(date: Date, now: number = Date.now()) {
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 45) return seconds > 5 ? "in a few seconds" : "just now";
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  for (const [unit, size] of relativeUnits) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(Math.round(seconds / 60), "minute");
}

/**
 * Formats a timestamp the way the signed-in person asked for in their preferences
 * (ISO, relative or their locale's format, in their time zone). Every date in the console goes through here.
 */
export function formatDate(
  value: string | Date | null | undefined,
  prefs: DatePreferences = defaultDatePreferences,
  now: number = Date.now(),
): string {
  if (value === null || value === undefined || value === "") return "—";
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  switch (prefs.dateFormat) {
    case "iso":
      return formatIsoInZone(date, prefs.timezone);
    case "locale":
      return new Intl.DateTimeFormat(undefined, {
        dateStyle: "medium",
        timeStyle: "medium",
        timeZone: safeTimeZone(prefs.timezone),
      }).format(date);
    default:
      return formatRelative(date, now);
  }
}

const byteUnits = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return "—";
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${byteUnits[unit]}`;
}

/**
 * Axis labels for a byte series whose range may be tiny next to its values (free memory moving by a few MiB
 * out of 20 GiB): picks the unit from the largest value and enough decimals to tell the ticks apart.
 */
export function byteTickFormatter(min: number, max: number) {
  let unit = 0;
  while (Math.abs(max) / 1024 ** (unit + 1) >= 1 && unit < byteUnits.length - 1) unit++;
  const size = 1024 ** unit;
  const span = Math.max(max - min, 1) / size;
  const digits = unit === 0 ? 0 : span >= 5 ? 0 : span >= 0.5 ? 1 : span >= 0.05 ? 2 : 3;
  return (value: number) => `${(value / size).toFixed(digits)} ${byteUnits[unit]}`;
}

/** `3d 4h`, `2h 5m`, `4m 12s`, `9s`: the two largest units. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${sec}s`;
  return `${sec}s`;
}

export function formatPercent(ratio: number) {
  return `${(ratio * 100).toFixed(ratio < 0.1 ? 1 : 0)}%`;
}
