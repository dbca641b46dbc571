import type { ErrorCode, Problem, ProblemIssue } from "@shipyard/contract";
import { DomainError } from "@shipyard/core";
import type { z } from "zod";

export const statusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unsupported: 501,
  unavailable: 503,
  timeout: 504,
};

const titles: Record<ErrorCode, string> = {
  invalid_input: "Invalid input",
  unauthenticated: "Not authenticated",
  forbidden: "Forbidden",
  not_found: "Not found",
  conflict: "Conflict",
  payload_too_large: "Payload too large",
  rate_limited: "Too many requests",
  internal: "Internal error",
  unsupported: "Not supported",
  unavailable: "Service unavailable",
  timeout: "Timed out",
};

export function problemFromDomain(e: DomainError, requestId?: string): Problem {
  return {
    type: `https://shipyard.dev/problems/${e.code}`,
    title: titles[e.code],
    status: statusOf[e.code],
    code: e.code,
    message: e.message,
    ...(e.suggestion ? { suggestion: e.suggestion } : {}),
    ...(requestId ? { requestId } : {}),
    ...(e.issues ? { issues: e.issues } : {}),
  };
}

export function issuesOf(error: z.ZodError): ProblemIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/** A zod failure on part of a request, as a DomainError naming every bad field. */
export function validationError(part: "body" | "query" | "path", error: z.ZodError): DomainError {
  const issues = issuesOf(error);
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
  const unknownKeys = error.issues.some((i) => i.code === "unrecognized_keys");
  return new DomainError("invalid_input", `The request ${part} is not valid: ${summary}.`, {
    issues,
    suggestion: unknownKeys
      ? "Remove the fields the API does not know (see /v1/openapi.json for each route's fields)."
      : "Fix the fields named above and send the request again (see /v1/openapi.json).",
  });
}

/** Maps anything thrown while serving a request to a problem. Unknown errors become `internal`. */
export function toProblem(err: unknown, requestId?: string): Problem {
  if (err instanceof DomainError) return problemFromDomain(err, requestId);
  const e = err as { statusCode?: number; code?: string; message?: string };
  if (e.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return problemFromDomain(
      new DomainError("payload_too_large", "The request body is larger than this server accepts.", {
        suggestion: "Send a smaller body; the limit is set by SHIPYARD_BODY_LIMIT.",
      }),
      requestId,
    );
  }
  if (e.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return {
      ...problemFromDomain(
        new DomainError("invalid_input", "The request body must be JSON.", {
          suggestion: "Send the body with `Content-Type: application/json`.",
        }),
        requestId,
      ),
      status: 415,
      title: "Unsupported media type",
    };
  }
  if (
    e.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ||
    e.code === "FST_ERR_CTP_INVALID_JSON_BODY" ||
    (e.statusCode === 400 && /JSON/i.test(e.message ?? ""))
  ) {
    return problemFromDomain(
      new DomainError("invalid_input", `The request body is not valid JSON: ${e.message ?? "parse error"}.`, {
        suggestion: "Check the JSON syntax (quotes, commas, brackets) and send it again.",
      }),
      requestId,
    );
  }
  if (e.statusCode === 429) {
    return problemFromDomain(
      new DomainError("rate_limited", "Too many requests from this client.", {
        suggestion: "Wait a moment and retry; the Retry-After header says how long.",
      }),
      requestId,
    );
  }
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return {
      ...problemFromDomain(new DomainError("invalid_input", e.message ?? "Bad request."), requestId),
      status: e.statusCode,
    };
  }
  return problemFromDomain(
    new DomainError("internal", "Something went wrong on the server.", {
      suggestion: requestId ? `Try again; if it keeps failing, report request id ${requestId}.` : "Try again later.",
    }),
    requestId,
  );
}
