import { DomainError } from "@shipyard/core";

/**
 * A catalog duration (`30s`, `30m`, `12h`, `7d`) as Kargo writes intervals: Go durations of s, m and h
 * only (the Warehouse CRD's pattern `^([0-9]+(\.[0-9]+)?(s|m|h))+$`), so days become hours.
 */
export function toKargoDuration(duration: string): string {
  const m = /^(\d{1,6})(s|m|h|d)$/.exec(duration);
  if (!m) {
    throw new DomainError("invalid_input", `Duration ${JSON.stringify(duration)} is not a number followed by s, m, h or d.`, {
      suggestion: "Write it like 30m, 12h or 7d.",
    });
  }
  const n = Number(m[1]);
  return m[2] === "d" ? `${n * 24}h` : `${n}${m[2]}`;
}
