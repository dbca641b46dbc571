const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** Each unit is used while the rounded count stays below the next unit's size (59.9 minutes is "1 hour"). */
const units: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ["minute", 60, 60],
  ["hour", 3600, 24],
  ["day", 86400, 7],
  ["week", 7 * 86400, 5],
  ["month", 30 * 86400, 12],
  ["year", 365 * 86400, Number.POSITIVE_INFINITY],
];

/** "just now", "5 minutes ago", "yesterday", "in 3 days"; `-` for no date. */
export function formatRelative(iso: string | null | undefined, now: Date): string {
  if (!iso) return "-";
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const seconds = (at.getTime() - now.getTime()) / 1000;
  if (Math.abs(seconds) < 45) return "just now";
  for (const [unit, size, below] of units) {
    const count = Math.round(seconds / size);
    if (Math.abs(count) < below) return rtf.format(count, unit);
  }
  return at.toISOString();
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return "-";
  const steps = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < steps.length - 1) {
    value /= 1024;
    i++;
  }
  return `${i === 0 ? value : value.toFixed(1)} ${steps[i]}`;
}

export function formatDuration(totalSeconds: number): string {
  const s = Math.floor(totalSeconds);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d) return `${d}d ${h}h`;
  if (h) return `${h}h ${m}m`;
  if (m) return `${m}m ${s % 60}s`;
  return `${s % 60}s`;
}

const durationUnits: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/**
 * A point in time from an ISO 8601 timestamp or a duration back from now ("30m", "2h", "7d").
 * Returns the ISO string, or undefined when the text is neither.
 */
export function parseTimePoint(text: string, now: Date): string | undefined {
  const rel = /^(\d+)([smhdw])$/.exec(text.trim());
  if (rel) return new Date(now.getTime() - Number(rel[1]) * (durationUnits[rel[2] ?? "s"] ?? 1) * 1000).toISOString();
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const withTime = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
  const at = new Date(withTime);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}
