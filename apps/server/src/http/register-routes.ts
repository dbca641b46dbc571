import type { RouteDef, RouteName, Routes, ShareKind } from "@shipyard/contract";
import {
  type AuditService,
  assertCan,
  can,
  notFound,
  type Principal,
  type SharedResource,
  type SharingService,
  shareKindLabel,
} from "@shipyard/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { type Authenticator, clientIp } from "./authenticate.ts";
import { toProblem, validationError } from "./problem.ts";

type In<R, K extends "params" | "query" | "body"> = R extends Record<K, z.ZodType> ? z.output<R[K]> : undefined;
type Out<R> = R extends { response: z.ZodType } ? z.input<R["response"]> : undefined;

export interface HandlerContext<R> {
  principal: R extends { permission: "public" } ? Principal | undefined : Principal;
  params: In<R, "params">;
  query: In<R, "query">;
  body: In<R, "body">;
  req: FastifyRequest;
  reply: FastifyReply;
  /**
   * Set when a client reaches this route through sharing (RouteDef.shared): what of the route's kind
   * is shared with them. List handlers must show only these; single-resource routes were already
   * checked. Undefined for staff.
   */
  shared: SharedResource[] | undefined;
  /** What the audit record names as the target and extra detail; handlers fill it in. */
  audit: { targetId?: string | null; detail?: Record<string, unknown>; actor?: { id: string | null; email: string | null } };
}

export type Handlers = { [N in RouteName]?: (ctx: HandlerContext<Routes[N]>) => Promise<Out<Routes[N]>> };

interface LooseContext {
  principal: Principal | undefined;
  params: unknown;
  query: unknown;
  body: unknown;
  req: FastifyRequest;
  reply: FastifyReply;
  shared: SharedResource[] | undefined;
  audit: HandlerContext<RouteDef>["audit"];
}

function targetKindOf(route: RouteDef): string {
  return route.audit ? (route.audit.split(".")[0] ?? route.tag) : route.tag;
}

/**
 * Registers every route of the contract that has a handler: authenticates, checks the permission,
 * validates params/query/body with the contract's schemas, runs the handler, and writes the audit
 * record of mutating routes — success, failure or denied.
 */
export function registerRoutes(
  app: FastifyInstance,
  routes: Routes,
  handlers: Handlers,
  deps: {
    auth: Authenticator;
    audit: AuditService;
    sharing: SharingService;
    validateResponses: boolean;
    /** Per-route overrides of the contract's `rateLimitPerMinute`. */
    rateLimits?: Partial<Record<RouteName, number>>;
  },
) {
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteDef][]) {
    const handler = handlers[name] as ((ctx: LooseContext) => Promise<unknown>) | undefined;
    if (!handler) continue;
    app.route({
      method: route.method,
      url: route.path,
      config: {
        routeName: name,
        ...(route.rateLimitPerMinute ? { rateLimit: routeRateLimit(deps.rateLimits?.[name] ?? route.rateLimitPerMinute) } : {}),
      },
      handler: async (req, reply) => {
        let principal: Principal | undefined;
        const ctx = { req, reply, audit: {} } as LooseContext;
        try {
          principal = route.permission === "public" ? await deps.auth.optional(req) : await deps.auth.require(req);
          if (route.permission !== "public" && route.permission !== "authenticated") {
            const p = principal as Principal;
            if (route.shared && p.user.role === "client" && !can(p, route.permission)) {
              ctx.shared = (await deps.sharing.visible(p, route.shared)) ?? [];
            } else {
              assertCan(p, route.permission);
            }
          }
          ctx.principal = principal;
          ctx.params = parse(route.params, req.params, "path");
          if (ctx.shared) assertShared(route, ctx.params, ctx.shared);
          ctx.query = parse(route.query, req.query, "query");
          ctx.body = parse(route.body, route.body && req.body === undefined ? {} : req.body, "body");
          const out = await handler(ctx);
          if (deps.validateResponses && route.response) route.response.parse(out);
          if (route.audit) await record(deps.audit, route, ctx, principal, req, "success");
          reply.code(route.status);
          return route.status === 204 ? reply.send() : out;
        } catch (err) {
          const problem = toProblem(err, req.id);
          if (route.audit && problem.status !== 401 && problem.status < 500) {
            await record(deps.audit, route, ctx, principal, req, problem.status === 403 ? "denied" : "failure", {
              error: problem.message,
            });
          } else if (route.audit && route.permission === "public" && problem.status === 401) {
            await record(deps.audit, route, ctx, principal, req, "failure", { error: problem.message });
          }
          throw err;
        }
      },
    });
  }
}

/**
 * A per-route limit keyed by client address and, where the body names one, the account (email):
 * guessing one account's password is slowed without locking out everyone behind the same NAT.
 */
function routeRateLimit(max: number) {
  return {
    max,
    timeWindow: 60_000,
    hook: "preHandler" as const,
    keyGenerator: (req: FastifyRequest) => {
      const email = (req.body as { email?: unknown } | undefined)?.email;
      return `route:${req.routeOptions.url}:${req.ip}:${typeof email === "string" ? email.toLowerCase() : ""}`;
    },
  };
}

/** A client reaching one resource through sharing: anything not shared with them does not exist. */
function assertShared(route: RouteDef, params: unknown, shared: readonly SharedResource[]) {
  const ref = (params as { id?: string; name?: string } | undefined)?.id ?? (params as { name?: string } | undefined)?.name;
  if (ref === undefined) return; // a list: the handler limits it to `shared`
  if (!shared.some((s) => s.id === ref || s.name === ref)) {
    throw notFound(shareKindLabel[route.shared as ShareKind], ref);
  }
}

function parse(schema: z.ZodType | undefined, value: unknown, part: "body" | "query" | "path") {
  if (!schema) return undefined;
  const r = schema.safeParse(value ?? {});
  if (!r.success) throw validationError(part, r.error);
  return r.data;
}

async function record(
  audit: AuditService,
  route: RouteDef,
  ctx: LooseContext,
  principal: Principal | undefined,
  req: FastifyRequest,
  outcome: "success" | "failure" | "denied",
  extra: Record<string, unknown> = {},
) {
  await audit.record({
    actor: principal ?? ctx.audit.actor ?? null,
    action: route.audit as string,
    target: { kind: targetKindOf(route), id: ctx.audit.targetId ?? (req.params as { id?: string })?.id ?? null },
    outcome,
    requestId: req.id,
    ip: clientIp(req),
    detail: { ...ctx.audit.detail, ...extra },
  });
}
