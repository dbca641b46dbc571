import { z } from "zod";
import { pageQuery } from "./pagination.ts";

export const AuditOutcome = z.enum(["success", "failure", "denied"]);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string().datetime(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable().describe("Null for actions the system took on its own"),
  action: z.string().describe("Verb on a resource, e.g. token.create"),
  targetKind: z.string(),
  targetId: z.string().nullable(),
  outcome: AuditOutcome,
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = pageQuery(["at"], "at").extend({
  actor: z.string().max(254).optional().describe("Actor email or user id"),
  action: z.string().max(100).optional().describe("Exact action, or a prefix ending in '.', e.g. 'token.'"),
  targetKind: z.string().max(60).optional(),
  targetId: z.string().max(100).optional(),
  outcome: AuditOutcome.optional(),
  since: z.string().datetime({ offset: true }).optional(),
  until: z.string().datetime({ offset: true }).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
