import type { AuditService, ImageFactoryService, JobQueue, PipelineWebhookEvent, PipelineWebhookProvider } from "@shipyard/core";
import { DomainError } from "@shipyard/core";
import type { FastifyInstance } from "fastify";
import { toProblem } from "./problem.ts";

export interface WebhookDeps {
  secrets: Partial<Record<PipelineWebhookProvider, string[]>>;
  verify: (
    provider: PipelineWebhookProvider,
    body: Uint8Array,
    headers: Record<string, string | string[] | undefined>,
    secrets: string[],
  ) => void;
  parse: (
    provider: PipelineWebhookProvider,
    body: Uint8Array,
    headers: Record<string, string | string[] | undefined>,
  ) => PipelineWebhookEvent;
  factory: ImageFactoryService;
  jobs: JobQueue;
  audit: AuditService;
}

/**
 * `POST /v1/webhooks/github` and `/v1/webhooks/gitlab`: pipeline events from the providers. The
 * signature is checked over the raw request bytes before anything is parsed; a delivery seen before
 * is acknowledged and ignored; a run event for an unfinished build wakes that build's job.
 */
export async function registerWebhooks(app: FastifyInstance, deps: WebhookDeps) {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: 5 * 1024 * 1024 }, (_req, body, done) => done(null, body));
    scope.post<{ Params: { provider: string } }>("/v1/webhooks/:provider", async (req, reply) => {
      const provider = req.params.provider;
      if (provider !== "github" && provider !== "gitlab") {
        throw new DomainError("not_found", `There is no webhook receiver for ${provider}.`, {
          suggestion: "Point the webhook at /v1/webhooks/github or /v1/webhooks/gitlab.",
        });
      }
      const body = req.body instanceof Buffer ? req.body : Buffer.alloc(0);
      const headers = req.headers as Record<string, string | string[] | undefined>;
      try {
        deps.verify(provider, body, headers, deps.secrets[provider] ?? []);
      } catch (e) {
        await deps.audit.record({
          actor: null,
          action: "webhook.receive",
          target: { kind: "webhook", id: provider },
          outcome: "denied",
          requestId: req.id,
          ip: req.ip,
          detail: { error: toProblem(e).message },
        });
        throw e;
      }
      const event = deps.parse(provider, body, headers);
      const r = await deps.factory.onPipelineEvent(event);
      if (r.buildId)
        await deps.jobs.enqueue("builds.run", { buildId: r.buildId }, { singletonKey: r.buildId }).catch(() => undefined);
      if (!r.duplicate) {
        await deps.audit.record({
          actor: null,
          action: "webhook.receive",
          target: { kind: "webhook", id: provider },
          outcome: "success",
          requestId: req.id,
          ip: req.ip,
          detail: { event: event.event, kind: event.kind, deliveryId: event.deliveryId, runId: event.runId, buildId: r.buildId },
        });
      }
      reply.code(202);
      return { accepted: true, duplicate: r.duplicate, ...(r.buildId ? { buildId: r.buildId } : {}) };
    });
  });
}
