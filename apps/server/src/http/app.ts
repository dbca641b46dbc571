import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifyWebsocket from "@fastify/websocket";
import { routes } from "@shipyard/contract";
import type { AuditService, EventBus, SharingService } from "@shipyard/core";
import { DomainError } from "@shipyard/core";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import helmet, { type HelmetOptions } from "helmet";
import type { ServerConfig } from "../config.ts";
import { registerEventStreams } from "../events/streams.ts";
import type { Metrics } from "../metrics.ts";
import type { Authenticator } from "./authenticate.ts";
import { buildOpenApi, renderReference } from "./openapi.ts";
import { problemFromDomain, toProblem } from "./problem.ts";
import { type Handlers, registerRoutes } from "./register-routes.ts";

export interface AppDeps {
  config: ServerConfig;
  auth: Authenticator;
  audit: AuditService;
  bus: EventBus;
  handlers: Handlers;
  metrics: Metrics;
  sharing: SharingService;
  ready: () => Promise<Record<string, string>>;
  /** Function id for an id or name (the logs WebSocket). */
  resolveFunction: (idOrName: string) => Promise<string>;
  validateResponses: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The HTTP server: API, streams, metrics, OpenAPI, and the console's static files on one port. */
export async function buildApp(d: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      d.config.logLevel === "silent"
        ? false
        : { level: d.config.logLevel, redact: ["req.headers.authorization", "req.headers.cookie"] },
    bodyLimit: d.config.bodyLimitBytes,
    trustProxy: d.config.trustProxy,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logController: new LogController({ disableRequestLogging: true }),
  });

  // The API speaks JSON only: other bodies get 415 instead of being parsed as text.
  app.removeContentTypeParser("text/plain");
  app.addHook("onRequest", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });
  // labelled children are looked up once per route (prom-client hashes the labels on every call otherwise)
  const requestCounters = new Map<string, { inc(): void }>();
  const durations = new Map<string, { observe(v: number): void }>();
  app.addHook("onResponse", async (req, reply) => {
    const route = req.routeOptions.url ?? "unmatched";
    const status = String(reply.statusCode);
    const key = `${req.method} ${route}`;
    let counter = requestCounters.get(`${key} ${status}`);
    if (!counter) {
      counter = d.metrics.requests.labels({ method: req.method, route, status });
      requestCounters.set(`${key} ${status}`, counter);
    }
    counter.inc();
    let duration = durations.get(key);
    if (!duration) {
      duration = d.metrics.duration.labels({ method: req.method, route });
      durations.set(key, duration);
    }
    duration.observe(reply.elapsedTime / 1000);
    if (reply.statusCode >= 500) req.log.error({ reqId: req.id, route, status: reply.statusCode }, "request failed");
  });

  // Security headers: helmet's, computed once (they do not depend on the request) and set by one hook
  // — running helmet on every request cost ~2 % of a list request's CPU.
  const securityHeaders = helmetHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'", "ws:", "wss:"],
        workerSrc: ["'self'", "blob:"],
        fontSrc: ["'self'", "data:"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: d.config.secureCookies === true,
  });
  app.addHook("onRequest", async (_req, reply) => {
    reply.headers(securityHeaders);
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    max: d.config.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (req) => {
      const auth = req.headers.authorization;
      return auth ? `t:${auth.slice(-16)}` : `ip:${req.ip}`;
    },
    allowList: (req) => req.url === "/healthz" || req.url === "/readyz" || req.url === "/metrics",
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, code: "FST_RATE_LIMIT", message: `retry in ${ctx.after}` }),
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });

  app.setErrorHandler((err, req, reply) => {
    const problem = toProblem(err, req.id);
    if (problem.status >= 500) req.log.error({ err, reqId: req.id }, "unhandled error");
    reply.code(problem.status).type("application/problem+json").send(problem);
  });

  // Health, readiness, metrics, OpenAPI
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_req, reply) => {
    const checks = await d.ready();
    const ok = Object.values(checks).every((v) => v === "ok");
    reply.code(ok ? 200 : 503);
    return { status: ok ? "ok" : "down", checks };
  });
  app.get("/metrics", async (_req, reply) => {
    reply.type(d.metrics.registry.contentType);
    return d.metrics.registry.metrics();
  });
  const openapi = buildOpenApi(routes, { version: d.config.version });
  const reference = renderReference(openapi);
  app.get("/v1/openapi.json", async () => openapi);
  app.get("/docs/api", async (_req, reply) => reply.type("text/html; charset=utf-8").send(reference));

  registerRoutes(app, routes, d.handlers, {
    auth: d.auth,
    audit: d.audit,
    sharing: d.sharing,
    validateResponses: d.validateResponses,
    rateLimits: { login: d.config.loginRateLimitPerMinute },
  });
  registerEventStreams(app, {
    bus: d.bus,
    auth: d.auth,
    metrics: d.metrics,
    sharing: d.sharing,
    resolveFunction: d.resolveFunction,
  });

  // The console: a static export served from the same port.
  const consoleBuilt = existsSync(join(d.config.consoleDir, "index.html"));
  if (consoleBuilt) {
    await app.register(fastifyStatic, {
      root: d.config.consoleDir,
      prefix: "/",
      wildcard: true,
      redirect: true,
      index: ["index.html"],
    });
  } else {
    app.get("/", async (_req, reply) =>
      reply
        .type("text/html; charset=utf-8")
        .send(
          `<!doctype html><meta charset="utf-8"><title>Shipyard</title><h1>Shipyard API is running</h1><p>The console is not built in ${d.config.consoleDir}. Build it with <code>npm run build:console</code>, or use the <a href="/docs/api">API reference</a>.</p>`,
        ),
    );
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0] ?? "";
    const apiLike = path.startsWith("/v1/") || path === "/v1" || (req.headers.accept ?? "").includes("json");
    if (!apiLike && consoleBuilt && req.method === "GET") {
      return reply.code(404).sendFile("404.html");
    }
    const problem = problemFromDomain(
      new DomainError("not_found", `There is no ${req.method} ${path}.`, {
        suggestion: "See /v1/openapi.json or /docs/api for the routes this server offers.",
      }),
      req.id,
    );
    return reply.code(404).type("application/problem+json").send(problem);
  });

  return app;
}

/** The headers helmet sets for these options (helmet's own middleware, run once on a stand-in response). */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let failed: unknown;
  helmet(options)({} as never, res as never, (err?: unknown) => {
    failed = err;
  });
  if (failed) throw failed;
  return headers;
}
