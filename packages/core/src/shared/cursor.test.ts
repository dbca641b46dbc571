import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { DomainError } from "./errors.ts";

describe("cursor", () => {
  it("round-trips the sort value and id", () => {
    const c = { v: "2026-11-21T10:00:00.000Z", id: "tok_1" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor(encodeCursor({ v: 42, id: "x" }))).toEqual({ v: 42, id: "x" });
  });
  it.each(["garbage", "", "W10", Buffer.from('{"v":1}').toString("base64url"), Buffer.from("[1,2]").toString("base64url")])(
    "rejects %j as invalid input with a suggestion",
    (raw) => {
      try {
        decodeCursor(raw);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe("invalid_input");
        expect((e as DomainError).suggestion).toMatch(/nextCursor/);
      }
    },
  );
});
