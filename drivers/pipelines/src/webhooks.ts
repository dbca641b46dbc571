import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { mapRun } from "./github-actions.ts";
import { mapPipeline } from "./gitlab.ts";
import { type BuildState, PipelineError, type PipelineWebhookEvent, type PipelineWebhookProvider } from "./port.ts";

/** Request headers as a `Headers`, or a plain object (Node's `IncomingHttpHeaders`, any case of names). */
export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>;

export interface VerifyWebhookOptions {
  /** GitLab signing tokens: how far `webhook-timestamp` may be from now. Default 300 s. */
  toleranceSeconds?: number | undefined;
  now?: (() => number) | undefined;
}

/**
 * Checks that a webhook delivery comes from the provider, over the body's RAW bytes (before any
 * JSON parsing: a re-serialised body does not verify). Throws `unauthenticated` when it does not.
 * `secret` may be a list, to rotate secrets without downtime.
 *
 * - GitHub: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>`. The hex must be lowercase,
 *   as GitHub sends it; the legacy SHA-1 `X-Hub-Signature` alone is refused.
 * - GitLab, secret token: `X-Gitlab-Token` must equal the secret (GitLab sends it verbatim; it does
 *   not sign the body).
 * - GitLab, signing token (a secret of the form `whsec_<base64>`; GitLab 18.x, behind the
 *   `webhook_signing_token` flag): Standard Webhooks — `webhook-signature: v1,<base64 HMAC-SHA256
 *   of "{webhook-id}.{webhook-timestamp}.{body}">` with the base64-decoded key, within the tolerance.
 *
 * Every comparison is constant-time.
 */
export function verifyWebhook(
  provider: PipelineWebhookProvider,
  rawBody: Uint8Array,
  headers: WebhookHeaders,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): void {
  const secrets = (typeof secret === "string" ? [secret] : [...secret]).filter((s) => s !== "");
  if (secrets.length === 0) {
    throw refused(
      provider,
      `No ${provider === "github" ? "GitHub" : "GitLab"} webhook secret is configured, so no delivery can be trusted.`,
    );
  }
  if (provider === "github") verifyGitHub(rawBody, headers, secrets);
  else verifyGitLab(rawBody, headers, secrets, options);
}

function verifyGitHub(body: Uint8Array, headers: WebhookHeaders, secrets: string[]): void {
  const header = header1(headers, "x-hub-signature-256");
  if (header === undefined) {
    const legacy = header1(headers, "x-hub-signature") !== undefined;
    throw refused(
      "github",
      legacy
        ? "The GitHub delivery is signed only with SHA-1 (X-Hub-Signature); Shipyard accepts X-Hub-Signature-256."
        : "The GitHub delivery has no X-Hub-Signature-256 header.",
      "Set the webhook's secret in GitHub to the one configured in Shipyard (GitHub signs every delivery of a hook that has a secret).",
    );
  }
  const m = /^sha256=([0-9a-f]{64})$/.exec(header.trim());
  if (!m)
    throw refused("github", 'The X-Hub-Signature-256 header is malformed (expected "sha256=" and 64 lowercase hex digits).');
  const given = Buffer.from(m[1] as string, "hex");
  const ok = secrets.some((s) => timingSafeEqual(createHmac("sha256", s).update(body).digest(), given));
  if (!ok) {
    throw refused(
      "github",
      "The GitHub delivery's signature does not match its body: the secret differs, or the body was changed on the way (it must be checked byte for byte, before parsing).",
    );
  }
}

function verifyGitLab(body: Uint8Array, headers: WebhookHeaders, secrets: string[], options: VerifyWebhookOptions): void {
  const signingKeys = secrets.filter((s) => s.startsWith("whsec_"));
  const tokens = secrets.filter((s) => !s.startsWith("whsec_"));
  const signature = header1(headers, "webhook-signature");

  if (signature !== undefined && signingKeys.length > 0) {
    verifyStandardWebhook(body, headers, signature, signingKeys, options);
    return;
  }
  if (tokens.length === 0) {
    throw refused(
      "gitlab",
      "The GitLab delivery has no webhook-signature header, but Shipyard expects deliveries signed with a signing token.",
      "Set the signing token on the GitLab webhook.",
    );
  }
  const token = header1(headers, "x-gitlab-token");
  if (token === undefined) {
    throw refused(
      "gitlab",
      "The GitLab delivery has no X-Gitlab-Token header.",
      "Set the webhook's secret token in GitLab to the one configured in Shipyard.",
    );
  }
  // Hash both sides first: equal-length buffers for timingSafeEqual, and the length of the secret does not leak.
  const given = sha256(token);
  if (!tokens.some((t) => timingSafeEqual(sha256(t), given))) {
    throw refused("gitlab", "The GitLab delivery's X-Gitlab-Token does not match the configured secret token.");
  }
}

function verifyStandardWebhook(
  body: Uint8Array,
  headers: WebhookHeaders,
  signature: string,
  keys: string[],
  options: VerifyWebhookOptions,
): void {
  const id = header1(headers, "webhook-id");
  const timestamp = header1(headers, "webhook-timestamp");
  if (!id || !timestamp || !/^\d+$/.test(timestamp)) {
    throw refused("gitlab", "The signed GitLab delivery lacks a webhook-id or a numeric webhook-timestamp header.");
  }
  const now = Math.floor((options.now ?? Date.now)() / 1000);
  const tolerance = options.toleranceSeconds ?? 300;
  if (Math.abs(now - Number(timestamp)) > tolerance) {
    throw refused(
      "gitlab",
      `The signed GitLab delivery's timestamp is more than ${tolerance} s away from now (a replay, or a clock out of sync).`,
      "Check the clocks of GitLab and Shipyard (NTP).",
    );
  }
  const given = signature
    .split(" ")
    .map((part) => /^v1,([A-Za-z0-9+/]+={0,2})$/.exec(part)?.[1])
    .filter((b): b is string => b !== undefined)
    .map((b) => Buffer.from(b, "base64"));
  const prefix = Buffer.from(`${id}.${timestamp}.`);
  for (const key of keys) {
    const secret = Buffer.from(key.slice("whsec_".length), "base64");
    const expected = createHmac("sha256", secret).update(prefix).update(body).digest();
    if (given.some((g) => g.length === expected.length && timingSafeEqual(g, expected))) return;
  }
  throw refused("gitlab", "The GitLab delivery's webhook-signature does not match its body and signing token.");
}

const sha256 = (s: string): Buffer => createHash("sha256").update(s).digest();

const refused = (provider: PipelineWebhookProvider, message: string, suggestion?: string) =>
  new PipelineError("unauthenticated", message, {
    provider,
    suggestion:
      suggestion ??
      `Check that the secret configured for ${provider === "github" ? "GitHub" : "GitLab"} webhooks in Shipyard matches the one set on the webhook.`,
  });

/** The first value of a header, whatever the case of its name. */
function header1(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() !== name) continue;
    if (typeof v === "string") return v;
    if (Array.isArray(v)) return v[0];
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Parsing

/**
 * Reads a (verified) delivery into a `PipelineWebhookEvent`. Throws `invalid_input` when the
 * delivery id or event name header is missing or the body is not a JSON object.
 *
 * - GitHub (`X-GitHub-Event`, `X-GitHub-Delivery`): `workflow_run` → run_started (requested,
 *   in_progress) / run_completed; `push` → push; anything else (`workflow_job`, `ping`, packages) → other.
 * - GitLab (`X-Gitlab-Event`; delivery id from `Idempotency-Key`, which stays the same when a
 *   delivery is retried, else `X-Gitlab-Event-UUID`, else Standard Webhooks' `webhook-id`): by the
 *   body's `object_kind`: `pipeline` → run_started / run_completed; `push`, `tag_push` → push;
 *   anything else (`build` = job, `deployment`, …) → other.
 */
export function parseWebhook(
  provider: PipelineWebhookProvider,
  rawBody: Uint8Array,
  headers: WebhookHeaders,
): PipelineWebhookEvent {
  return provider === "github" ? parseGitHub(rawBody, headers) : parseGitLab(rawBody, headers);
}

type Json = Record<string, unknown>;

function parseBody(provider: PipelineWebhookProvider, rawBody: Uint8Array): Json {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(rawBody));
  } catch (e) {
    throw new PipelineError(
      "invalid_input",
      `The ${provider} webhook body is not JSON (${e instanceof Error ? e.message : String(e)}).`,
      {
        provider,
        suggestion: "Set the webhook's content type to application/json.",
      },
    );
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new PipelineError("invalid_input", `The ${provider} webhook body is not a JSON object.`, { provider });
  }
  return body as Json;
}

function required(provider: PipelineWebhookProvider, headers: WebhookHeaders, names: string[]): string {
  for (const name of names) {
    const v = header1(headers, name)?.trim();
    if (v) return v;
  }
  throw new PipelineError("invalid_input", `The ${provider} webhook delivery has no ${names.join(" or ")} header.`, {
    provider,
    suggestion: "Send deliveries straight from the provider; a proxy in between may drop headers.",
  });
}

const obj = (v: unknown): Json | undefined => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const idText = (v: unknown): string | undefined => (typeof v === "number" ? String(v) : str(v));
const branch = (ref: string | undefined): string | undefined => ref?.replace(/^refs\/heads\//, "");

function parseGitHub(rawBody: Uint8Array, headers: WebhookHeaders): PipelineWebhookEvent {
  const event = required("github", headers, ["x-github-event"]);
  const deliveryId = required("github", headers, ["x-github-delivery"]);
  const body = parseBody("github", rawBody);
  const scope = str(obj(body.repository)?.full_name);
  const base = { provider: "github" as const, deliveryId, event, scope };

  if (event === "workflow_run") {
    const run = obj(body.workflow_run);
    if (run) {
      const status = mapRun({
        status: str(run.status) ?? null,
        conclusion: str(run.conclusion) ?? null,
        run_started_at: str(run.run_started_at) ?? null,
        updated_at: str(run.updated_at),
      }).state;
      return {
        ...base,
        kind:
          body.action === "completed"
            ? "run_completed"
            : body.action === "requested" || body.action === "in_progress"
              ? "run_started"
              : "other",
        runId: idText(run.id),
        status,
        runName: str(run.display_title) ?? str(run.name),
        ref: str(run.head_branch),
        sha: str(run.head_sha),
        url: str(run.html_url),
      };
    }
  }
  if (event === "push") {
    return { ...base, kind: "push", ref: branch(str(body.ref)), sha: str(body.after), url: str(body.compare) };
  }
  if (event === "workflow_job") {
    const job = obj(body.workflow_job);
    return {
      ...base,
      kind: "other",
      runId: idText(job?.run_id),
      ref: str(job?.head_branch),
      sha: str(job?.head_sha),
      url: str(job?.html_url),
    };
  }
  return { ...base, kind: "other" };
}

function parseGitLab(rawBody: Uint8Array, headers: WebhookHeaders): PipelineWebhookEvent {
  const event = required("gitlab", headers, ["x-gitlab-event"]);
  const deliveryId = required("gitlab", headers, ["idempotency-key", "x-gitlab-event-uuid", "webhook-id"]);
  const body = parseBody("gitlab", rawBody);
  const project = obj(body.project);
  const scope = str(project?.path_with_namespace) ?? idText(body.project_id) ?? idText(project?.id);
  const base = { provider: "gitlab" as const, deliveryId, event, scope };
  const kind = str(body.object_kind);

  if (kind === "pipeline") {
    const attrs = obj(body.object_attributes) ?? {};
    const state: BuildState = mapPipeline({ status: str(attrs.status) ?? "created" }).state;
    const terminal = state === "succeeded" || state === "failed" || state === "cancelled";
    return {
      ...base,
      kind: terminal ? "run_completed" : "run_started",
      runId: idText(attrs.id),
      status: state,
      runName: str(attrs.name),
      ref: str(attrs.ref),
      sha: str(attrs.sha),
      url: str(attrs.url) ?? pipelineUrl(project, attrs.id),
    };
  }
  if (kind === "push" || kind === "tag_push") {
    return { ...base, kind: "push", ref: branch(str(body.ref)), sha: str(body.checkout_sha) ?? str(body.after) };
  }
  if (kind === "build") {
    return { ...base, kind: "other", runId: idText(body.pipeline_id), ref: str(body.ref), sha: str(body.sha) };
  }
  return { ...base, kind: "other" };
}

function pipelineUrl(project: Json | undefined, id: unknown): string | undefined {
  const web = str(project?.web_url);
  const pid = idText(id);
  return web && pid ? `${web}/-/pipelines/${pid}` : undefined;
}
