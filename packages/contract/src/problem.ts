import { z } from "zod";

/** Closed set of error codes shared by the API, the console and the CLI. */
export const ErrorCode = z.enum([
  "invalid_input",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "rate_limited",
  "unavailable",
  "timeout",
  "unsupported",
  "internal",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ProblemIssue = z.object({
  path: z.string().describe("Dotted path of the offending field, empty for the whole input"),
  message: z.string(),
});
export type ProblemIssue = z.infer<typeof ProblemIssue>;

/** RFC 9457 problem details, extended with a code and a suggestion a person can act on. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: ErrorCode,
  message: z.string(),
  suggestion: z.string().optional(),
  requestId: z.string().optional(),
  issues: z.array(ProblemIssue).optional(),
});
export type Problem = z.infer<typeof Problem>;
