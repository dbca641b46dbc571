import { DomainError } from "@shipyard/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { statusOf, toProblem, validationError } from "./problem.ts";

describe("problem mapping", () => {
  it("maps every domain code to its HTTP status and keeps the suggestion", () => {
    const p = toProblem(new DomainError("conflict", "Taken.", { suggestion: "Pick another." }), "r1");
    expect(p).toMatchObject({ status: 409, code: "conflict", message: "Taken.", suggestion: "Pick another.", requestId: "r1" });
    expect(statusOf.not_found).toBe(404);
    expect(statusOf.unauthenticated).toBe(401);
  });
  it("hides internal error details behind a request id", () => {
    const p = toProblem(new Error("connection string postgres://u:secret@h"), "r2");
    expect(p.status).toBe(500);
    expect(p.message).not.toContain("secret");
    expect(p.suggestion).toContain("r2");
  });
  it("maps fastify's body errors", () => {
    expect(toProblem({ code: "FST_ERR_CTP_BODY_TOO_LARGE", statusCode: 413 }).status).toBe(413);
    expect(toProblem({ code: "FST_ERR_CTP_INVALID_MEDIA_TYPE", statusCode: 415 }).status).toBe(415);
    expect(toProblem({ code: "FST_ERR_CTP_INVALID_JSON_BODY", statusCode: 400, message: "Unexpected end" }).message).toMatch(
      /not valid JSON/,
    );
  });
  it("names every bad field of a validation failure", () => {
    const r = z.strictObject({ name: z.string(), n: z.number() }).safeParse({ name: 1, n: "x", extra: true });
    if (r.success) throw new Error("should fail");
    const e = validationError("body", r.error);
    expect(e.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(["name", "n"]));
    expect(e.suggestion).toMatch(/Remove the fields/);
  });
});
