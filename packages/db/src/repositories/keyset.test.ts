import { describe, expect, it } from "vitest";
import { isoOfTimestamptz } from "./keyset.ts";

/** What the list did before: drizzle's Date (from PostgreSQL's text), then toISOString. */
const viaDate = (text: string) => new Date(text).toISOString();

/** PostgreSQL's text for a timestamptz in a UTC session: fraction digits without trailing zeros. */
function pgText(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-22T04:53:16.120Z
  const frac = iso.slice(20, 23).replace(/0+$/, "");
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac ? `.${frac}` : ""}+00`;
}

describe("isoOfTimestamptz", () => {
  it("agrees with new Date(text).toISOString() on PostgreSQL's UTC text, for every fraction length", () => {
    const samples = [
      "2026-11-22 04:53:16+00",
      "2026-11-22 04:53:16.1+00",
      "2026-11-22 04:53:16.12+00",
      "2026-11-22 04:53:16.123+00",
      "2026-11-22 04:53:16.001+00",
      "2026-11-22 04:53:16.01+00",
      "1000-01-01 00:00:00+00",
      "9999-12-31 23:59:59.999+00",
      "2024-02-29 12:00:00.5+00",
      "1970-01-01 00:00:00+00",
    ];
    for (const s of samples) expect(isoOfTimestamptz(s), s).toBe(viaDate(s));
    // a seeded sweep over years 1000–9999 and every millisecond pattern
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const from = Date.UTC(1000, 0, 1);
    const to = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    for (let i = 0; i < 20_000; i++) {
      const ms = Math.floor(from + next() * (to - from));
      const text = pgText(ms);
      expect(isoOfTimestamptz(text), text).toBe(viaDate(text));
      expect(isoOfTimestamptz(text)).toBe(new Date(ms).toISOString());
    }
  });

  it("takes the Date path for anything else: other offsets, more digits, other years", () => {
    for (const s of [
      "2026-11-22 05:53:16.123+01",
      "2026-11-22 10:23:16.123+05:30",
      "2026-11-22 01:53:16-03",
      "2026-11-22 04:53:16.123456+00",
      "2026-11-22 04:53:16.1234+00",
      "0999-01-01 00:00:00+00",
      "0500-06-15 12:00:00.25+00",
    ]) {
      expect(isoOfTimestamptz(s), s).toBe(viaDate(s));
    }
  });

  it("throws where the Date path throws (infinity, garbage), as toISOString did", () => {
    for (const s of ["infinity", "-infinity", "not a time", "2026-11-22 04:53:16.+00"]) {
      expect(() => viaDate(s), s).toThrow(RangeError);
      expect(() => isoOfTimestamptz(s), s).toThrow(RangeError);
    }
  });
});
