import type { ErrorCode, ProblemIssue } from "@shipyard/contract";

export interface DomainErrorOptions {
  suggestion?: string | undefined;
  issues?: ProblemIssue[] | undefined;
  cause?: unknown;
}

/**
 * The one error family the domain throws. `code` is a closed set; the HTTP edge maps it to a status.
 * `fault` says whose fault it is: the caller's (client) or ours (server).
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly suggestion: string | undefined;
  readonly issues: ProblemIssue[] | undefined;

  constructor(code: ErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DomainError";
    this.code = code;
    this.suggestion = options.suggestion;
    this.issues = options.issues;
  }

  get fault(): "client" | "server" {
    return this.code === "internal" || this.code === "unavailable" || this.code === "timeout" ? "server" : "client";
  }
}

export const notFound = (what: string, id: string, suggestion?: string) =>
  new DomainError("not_found", `${what} ${id} does not exist.`, { suggestion });
export const conflict = (message: string, suggestion?: string) => new DomainError("conflict", message, { suggestion });
export const invalid = (message: string, suggestion?: string) => new DomainError("invalid_input", message, { suggestion });
export const forbidden = (message: string, suggestion?: string) => new DomainError("forbidden", message, { suggestion });
export const unauthenticated = (message: string, suggestion?: string) =>
  new DomainError("unauthenticated", message, { suggestion });

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
