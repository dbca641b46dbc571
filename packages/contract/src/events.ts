import { z } from "zod";

/** One message on the live event stream (SSE `GET /v1/events` and WebSocket `/v1/ws`). */
export const LiveEvent = z.object({
  id: z.string(),
  type: z.string().describe("Dotted event type, e.g. audit.created, token.revoked, job.completed"),
  resource: z.object({ kind: z.string(), id: z.string().nullable() }),
  at: z.string().datetime(),
  data: z.record(z.string(), z.unknown()),
});
export type LiveEvent = z.infer<typeof LiveEvent>;

export const EventStreamQuery = z.strictObject({
  types: z.string().max(500).optional().describe("Comma-separated event types or prefixes ending in '.', e.g. 'audit.,job.'"),
  kind: z.string().max(60).optional().describe("Only events about this resource kind"),
  id: z.string().max(100).optional().describe("Only events about this resource id"),
});
export type EventStreamQuery = z.infer<typeof EventStreamQuery>;

/** Messages a WebSocket client sends to change its subscription. */
export const WsClientMessage = z.discriminatedUnion("op", [
  z.object({
    op: z.literal("subscribe"),
    types: z.array(z.string()).optional(),
    kind: z.string().optional(),
    id: z.string().optional(),
  }),
  z.object({ op: z.literal("ping") }),
]);
export type WsClientMessage = z.infer<typeof WsClientMessage>;
