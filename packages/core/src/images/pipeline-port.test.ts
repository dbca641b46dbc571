import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { type BuildState, isPipelineError, isTerminalBuildState, PipelineError } from "./pipeline-port.ts";

describe("isTerminalBuildState", () => {
  it("only succeeded, failed and cancelled end a build", () => {
    const states: BuildState[] = ["queued", "running", "succeeded", "failed", "cancelled"];
    expect(states.filter(isTerminalBuildState)).toEqual(["succeeded", "failed", "cancelled"]);
  });
});

describe("PipelineError", () => {
  it("is a DomainError carrying the provider, the HTTP status and how long to wait", () => {
    const e = new PipelineError("rate_limited", "GitHub is rate limiting requests.", {
      provider: "github-actions",
      status: 403,
      retryAfterMs: 30_000,
      suggestion: "Retry after 30 s.",
    });
    expect(e).toBeInstanceOf(DomainError);
    expect(isPipelineError(e)).toBe(true);
    expect([e.code, e.provider, e.status, e.retryAfterMs, e.suggestion]).toEqual([
      "rate_limited",
      "github-actions",
      403,
      30_000,
      "Retry after 30 s.",
    ]);
    expect(e.name).toBe("PipelineError");
  });

  it("says which failures are worth retrying, and whose fault they are", () => {
    const make = (code: "rate_limited" | "unavailable" | "timeout" | "unauthenticated" | "invalid_input") =>
      new PipelineError(code, "x", { provider: "gitlab" });
    expect(["rate_limited", "unavailable", "timeout"].map((c) => make(c as "timeout").retryable)).toEqual([true, true, true]);
    expect(make("unauthenticated").retryable).toBe(false);
    expect(make("invalid_input").fault).toBe("client");
    expect(make("unavailable").fault).toBe("server");
  });

  it("keeps the cause", () => {
    const cause = new Error("ECONNREFUSED");
    expect(new PipelineError("unavailable", "down", { provider: "local", cause }).cause).toBe(cause);
  });
});
