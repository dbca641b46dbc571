import { describe, expect, it } from "vitest";
import { formatBytes, formatDuration, formatRelative, parseTimePoint } from "./format.ts";

const now = new Date("2025-06-01T12:00:00Z");

describe("formatRelative", () => {
  it.each([
    ["2025-06-01T11:59:50Z", "just now"],
    ["2025-06-01T11:55:00Z", "5 minutes ago"],
    ["2025-06-01T09:00:00Z", "3 hours ago"],
    ["2025-05-31T12:00:00Z", "yesterday"],
    ["2025-06-04T12:00:00Z", "in 3 days"],
    ["2025-04-01T12:00:00Z", "2 months ago"],
    ["2025-06-01T11:00:01Z", "1 hour ago"],
    ["2025-06-01T11:59:00Z", "1 minute ago"],
    ["2025-05-18T12:00:00Z", "2 weeks ago"],
    ["2023-06-01T12:00:00Z", "2 years ago"],
  ])("%s is %s", (iso, text) => {
    expect(formatRelative(iso, now)).toBe(text);
  });

  it("shows a dash for no date", () => {
    expect(formatRelative(null, now)).toBe("-");
  });
});

describe("parseTimePoint", () => {
  it("accepts ISO times, dates, and ages back from now", () => {
    expect(parseTimePoint("2025-05-01T10:00:00+02:00", now)).toBe("2025-05-01T08:00:00.000Z");
    expect(parseTimePoint("2025-05-01", now)).toBe("2025-05-01T00:00:00.000Z");
    expect(parseTimePoint("2h", now)).toBe("2025-06-01T10:00:00.000Z");
    expect(parseTimePoint("7d", now)).toBe("2025-05-25T12:00:00.000Z");
  });

  it("rejects anything else", () => {
    expect(parseTimePoint("yesterday", now)).toBeUndefined();
    expect(parseTimePoint("2025-13-45", now)).toBeUndefined();
  });
});

describe("formatBytes / formatDuration", () => {
  it("uses binary units and short durations", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(null)).toBe("-");
    expect(formatDuration(59)).toBe("59s");
    expect(formatDuration(3725)).toBe("1h 2m");
    expect(formatDuration(90000)).toBe("1d 1h");
  });
});
