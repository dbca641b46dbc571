import { ApiError } from "@shipyard/contract";
import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CliError, ExitCode, notLoggedIn, toFailure, UnreachableError } from "./errors.ts";
import { problem } from "./testing/fake-api.ts";

describe("toFailure", () => {
  it.each([
    [401, "unauthenticated", ExitCode.unauthenticated],
    [403, "forbidden", ExitCode.forbidden],
    [404, "not_found", ExitCode.notFound],
    [409, "conflict", ExitCode.invalid],
    [400, "invalid_input", ExitCode.invalid],
    [422, "invalid_input", ExitCode.invalid],
    [429, "rate_limited", ExitCode.failure],
    [500, "internal", ExitCode.failure],
    [503, "unavailable", ExitCode.failure],
  ] as const)("maps an API %i (%s) to exit %i", (status, code, exitCode) => {
    const failure = toFailure(new ApiError(problem(status, code, "boom")));
    expect(failure.exitCode).toBe(exitCode);
    expect(failure.problem).toMatchObject({ status, code, message: "boom" });
  });

  it("keeps the server's suggestion, and suggests logging in on 401 when it has none", () => {
    expect(toFailure(new ApiError(problem(401, "unauthenticated", "expired", "Log in again"))).problem.suggestion).toBe(
      "Log in again",
    );
    expect(toFailure(new ApiError(problem(401, "unauthenticated", "expired"))).problem.suggestion).toContain("shipyard login");
  });

  it("maps usage errors from commander and zod to exit 2", () => {
    const unknown = toFailure(new CommanderError(1, "commander.unknownOption", "error: unknown option '--bogus'"));
    expect(unknown).toMatchObject({ exitCode: 2, problem: { code: "usage", message: "unknown option '--bogus'" } });
    const parsed = z.object({ n: z.number() }).safeParse({ n: "x" });
    expect(toFailure(parsed.error).exitCode).toBe(2);
  });

  it("treats --help and --version as success", () => {
    expect(toFailure(new CommanderError(0, "commander.helpDisplayed", "(outputHelp)")).exitCode).toBe(0);
    expect(toFailure(new CommanderError(0, "commander.version", "1.0.0")).exitCode).toBe(0);
    expect(toFailure(new CommanderError(1, "commander.help", "(outputHelp)")).exitCode).toBe(2);
  });

  it("maps CLI errors to their own exit codes", () => {
    expect(toFailure(notLoggedIn("http://x")).exitCode).toBe(ExitCode.unauthenticated);
    const unreachable = toFailure(new UnreachableError("http://127.0.0.1:9", "connection refused"));
    expect(unreachable.exitCode).toBe(ExitCode.unreachable);
    expect(unreachable.problem.message).toContain("http://127.0.0.1:9");
    expect(toFailure(new CliError("x", ExitCode.notFound, "gone")).exitCode).toBe(5);
  });

  it("keeps code, message and suggestion of a server domain error", () => {
    const locked = Object.assign(new Error("The data folder is in use by another Shipyard server"), {
      code: "conflict",
      suggestion: "Stop the other server",
    });
    expect(toFailure(locked)).toEqual({
      exitCode: 1,
      problem: { title: "Error", code: "conflict", message: locked.message, suggestion: "Stop the other server" },
    });
  });

  it("maps anything else to exit 1", () => {
    expect(toFailure(new Error("weird"))).toMatchObject({ exitCode: 1, problem: { code: "internal", message: "weird" } });
    expect(toFailure("a string")).toMatchObject({ exitCode: 1, problem: { message: "a string" } });
  });
});
