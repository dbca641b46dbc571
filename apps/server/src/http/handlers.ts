import { type AuditService, DomainError, type IdentityService, type JobQueue, notFound } from "@shipyard/core";
import type { SystemInfoSource } from "../system-info.ts";
import { SESSION_COOKIE } from "./authenticate.ts";
import type { Handlers } from "./register-routes.ts";

export interface HandlerDeps {
  identity: IdentityService;
  audit: AuditService;
  jobs: JobQueue;
  system: SystemInfoSource;
  secureCookies: (req: { protocol: string }) => boolean;
  startableJobs: ReadonlySet<string>;
}

export function createHandlers(d: HandlerDeps): Handlers {
  return {
    async login({ body, req, reply, audit }) {
      audit.actor = { id: null, email: body.email };
      const { sessionSecret, expiresAt, me } = await d.identity.login(body.email, body.password, {
        ip: req.ip ?? null,
        userAgent: req.headers["user-agent"] ?? null,
      });
      audit.actor = { id: me.user.id, email: me.user.email };
      audit.targetId = me.user.id;
      reply.setCookie(SESSION_COOKIE, sessionSecret, {
        httpOnly: true,
        sameSite: "lax",
        secure: d.secureCookies(req),
        path: "/",
        expires: expiresAt,
      });
      return me;
    },
    async logout({ principal, reply, audit }) {
      audit.targetId = principal.user.id;
      await d.identity.logout(principal);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return undefined;
    },
    me: ({ principal }) => d.identity.getMe(principal),
    async updatePreferences({ principal, body, audit }) {
      audit.targetId = principal.user.id;
      audit.detail = { ...body };
      return d.identity.updatePreferences(principal, body);
    },

    listTokens: ({ principal, query }) => d.identity.listTokens(principal, query),
    async createToken({ principal, body, audit }) {
      const created = await d.identity.createToken(principal, body);
      audit.targetId = created.id;
      audit.detail = { name: created.name, prefix: created.prefix, expiresAt: created.expiresAt };
      return created;
    },
    async revokeToken({ principal, params, audit }) {
      const token = await d.identity.revokeToken(principal, params.id);
      audit.detail = { name: token.name, prefix: token.prefix };
      return token;
    },

    listUsers: ({ principal, query }) => d.identity.listUsers(principal, query),
    async createUser({ body, audit }) {
      const user = await d.identity.createUser(body);
      audit.targetId = user.id;
      audit.detail = { email: user.email, role: user.role, organizationId: user.organizationId };
      return user;
    },
    async updateUser({ principal, params, body, audit }) {
      audit.detail = { ...body };
      return d.identity.updateUser(principal, params.id, body);
    },
    listOrganizations: async ({ principal }) => ({ items: await d.identity.listOrganizations(principal) }),
    async createOrganization({ body, audit }) {
      const org = await d.identity.createOrganization(body);
      audit.targetId = org.id;
      audit.detail = { slug: org.slug };
      return org;
    },

    listAudit: ({ query }) => d.audit.list(query),

    listJobs: ({ query }) => d.jobs.list(query),
    async getJob({ params }) {
      const job = await d.jobs.get(params.id);
      if (!job) throw notFound("Job", params.id, "List jobs with GET /v1/jobs.");
      return job;
    },
    async enqueueJob({ body, audit }) {
      if (!d.startableJobs.has(body.name)) {
        throw new DomainError("not_found", `There is no job named ${body.name} that can be started through the API.`, {
          suggestion: `Jobs you can start: ${[...d.startableJobs].join(", ")}.`,
        });
      }
      const job = await d.jobs.enqueue(body.name, body.data);
      audit.targetId = job.id;
      audit.detail = { name: body.name };
      return job;
    },

    system: ({ req }) => d.system.info(req),
  };
}
