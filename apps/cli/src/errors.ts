import { ApiError, type ProblemIssue } from "@shipyard/contract";
import { DomainError } from "@shipyard/core";
import { CommanderError } from "commander";
import { z } from "zod";

/** Exit codes of every `shipyard` command. Documented in the root `--help`. */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  unauthenticated: 3,
  forbidden: 4,
  notFound: 5,
  invalid: 6,
  unreachable: 7,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export const exitCodeHelp = `Exit codes:
  0  success
  1  general failure
  2  usage error (bad flags or arguments)
  3  not authenticated (no token, or the server answered 401) — run \`shipyard login\`
  4  forbidden (403): your role may not do this
  5  not found (404)
  6  conflict or invalid input rejected by the server (400, 409, 422)
  7  server unreachable (connection refused, DNS failure, timeout)`;

/** A failure the CLI detected itself, with the exit code and a suggestion a person can act on. */
export class CliError extends Error {
  readonly code: string;
  readonly exitCode: ExitCode;
  readonly suggestion: string | undefined;
  constructor(code: string, exitCode: ExitCode, message: string, suggestion?: string) {
    super(message);
    this.name = "CliError";
    this.code = code;
    this.exitCode = exitCode;
    this.suggestion = suggestion;
  }
}

export const usageError = (message: string, suggestion?: string) => new CliError("usage", ExitCode.usage, message, suggestion);

export const notLoggedIn = (server: string) =>
  new CliError(
    "unauthenticated",
    ExitCode.unauthenticated,
    `You are not logged in to ${server}.`,
    "Run `shipyard login`, or pass --token / set SHIPYARD_TOKEN.",
  );

/** The server could not be reached at all: nothing answered at `url`. */
export class UnreachableError extends CliError {
  readonly url: string;
  constructor(url: string, reason: string) {
    super(
      "unreachable",
      ExitCode.unreachable,
      `Could not reach the Shipyard server at ${url}: ${reason}.`,
      "Check the URL (--server, SHIPYARD_URL or `shipyard login --server`) and that the server is running (`shipyard up`).",
    );
    this.name = "UnreachableError";
    this.url = url;
  }
}

/** What the CLI prints for a failure: a problem+json-like body, plus the process exit code. */
export interface Failure {
  exitCode: ExitCode;
  problem: {
    title: string;
    code: string;
    message: string;
    status?: number;
    suggestion?: string;
    requestId?: string;
    issues?: ProblemIssue[];
  };
}

const apiExitCode = (status: number, code: string): ExitCode => {
  if (status === 401 || code === "unauthenticated") return ExitCode.unauthenticated;
  if (status === 403 || code === "forbidden") return ExitCode.forbidden;
  if (status === 404 || code === "not_found") return ExitCode.notFound;
  if ([400, 409, 413, 422].includes(status) || code === "conflict" || code === "invalid_input") return ExitCode.invalid;
  return ExitCode.failure;
};

const defaultSuggestion: Partial<Record<ExitCode, string>> = {
  [ExitCode.unauthenticated]: "Run `shipyard login` to get a new token.",
  [ExitCode.forbidden]: "Ask an admin for a role that allows this (`shipyard whoami` shows yours).",
};

/** Errors a server start may throw: the server's domain errors carry a code and a suggestion. */
/** HTTP status of each domain error code, as the server maps them, so local errors exit like remote ones. */
const statusOfCode: Record<string, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

const DomainErrorLike = z.object({ code: z.string(), message: z.string(), suggestion: z.string().optional() });

const commanderCodesWithoutError = new Set(["commander.helpDisplayed", "commander.version"]);

/** The one mapping from anything thrown to an exit code and a message. */
export function toFailure(error: unknown): Failure {
  if (error instanceof CommanderError) {
    if (commanderCodesWithoutError.has(error.code) || (error.code === "commander.help" && error.exitCode === 0)) {
      return { exitCode: ExitCode.ok, problem: { title: "", code: "ok", message: "" } };
    }
    if (error.code === "commander.help") {
      // A command group was called without its subcommand; its help is already on stderr.
      return {
        exitCode: ExitCode.usage,
        problem: { title: "Usage error", code: "usage", message: "Missing command: choose one of those listed above." },
      };
    }
    return {
      exitCode: ExitCode.usage,
      problem: {
        title: "Usage error",
        code: "usage",
        message: error.message.replace(/^error:\s*/, ""),
        suggestion: "Add --help to see the options and examples.",
      },
    };
  }
  if (error instanceof ApiError) {
    const p = error.problem;
    const exitCode = apiExitCode(p.status, p.code);
    const suggestion = p.suggestion ?? defaultSuggestion[exitCode];
    return {
      exitCode,
      problem: {
        title: p.title,
        code: p.code,
        status: p.status,
        message: p.message,
        ...(suggestion ? { suggestion } : {}),
        ...(p.requestId ? { requestId: p.requestId } : {}),
        ...(p.issues?.length ? { issues: p.issues } : {}),
      },
    };
  }
  if (error instanceof CliError) {
    return {
      exitCode: error.exitCode,
      problem: {
        title: error.code === "usage" ? "Usage error" : error.name === "UnreachableError" ? "Server unreachable" : "Error",
        code: error.code,
        message: error.message,
        ...(error.suggestion ? { suggestion: error.suggestion } : {}),
      },
    };
  }
  if (error instanceof z.ZodError) {
    return {
      exitCode: ExitCode.usage,
      problem: {
        title: "Usage error",
        code: "usage",
        message: error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; "),
        suggestion: "Add --help to see the options and examples.",
        issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      },
    };
  }
  if (error instanceof DomainError) {
    // raised by core logic the CLI runs itself (e.g. offline analysis: a dependency cycle)
    const exitCode = apiExitCode(statusOfCode[error.code] ?? 500, error.code);
    return {
      exitCode,
      problem: {
        title: "Error",
        code: error.code,
        message: error.message,
        ...(error.suggestion ? { suggestion: error.suggestion } : {}),
        ...(error.issues?.length ? { issues: error.issues } : {}),
      },
    };
  }
  const d = describeError(error, "internal");
  return {
    exitCode: ExitCode.failure,
    problem: { title: "Error", code: d.code, message: d.message, ...(d.suggestion ? { suggestion: d.suggestion } : {}) },
  };
}

/** Code, message and suggestion of anything thrown (the server's domain errors carry all three). */
export function describeError(error: unknown, fallbackCode: string): { code: string; message: string; suggestion?: string } {
  const domain = DomainErrorLike.safeParse(error);
  if (domain.success) return domain.data;
  return { code: fallbackCode, message: error instanceof Error ? error.message : String(error) };
}

/** A failure of the in-process server (start, migrate) as a CLI error (exit 1) with `prefix` on its message. */
export function serverFailure(error: unknown, prefix: string, fallbackCode: string, fallbackSuggestion?: string): CliError {
  const d = describeError(error, fallbackCode);
  return new CliError(d.code, ExitCode.failure, `${prefix}: ${d.message}`, d.suggestion ?? fallbackSuggestion);
}
