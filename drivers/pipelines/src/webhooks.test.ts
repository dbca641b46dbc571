import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conformanceDir } from "../../../test-support/conformance.ts";
import { PipelineError, type PipelineWebhookEvent } from "./port.ts";
import { parseWebhook, verifyWebhook } from "./webhooks.ts";

interface Signatures {
  documented_vectors: { secret: string; payload: string; "expected_X-Hub-Signature-256": string }[];
  negative_cases_ours: {
    why: string;
    secret: string;
    payload: string;
    header: string;
    valid: boolean | "implementation-defined";
  }[];
  derived_file_vectors_ours: {
    file: string;
    bytes: number;
    secret: string;
    "X-Hub-Signature-256": string;
    "X-Hub-Signature (legacy sha1)": string;
  }[];
}

const dir = conformanceDir("webhooks");
const vectors = JSON.parse(readFileSync(`${dir}/signatures.json`, "utf8")) as Signatures;
const bytes = (s: string) => new TextEncoder().encode(s);
const file = (name: string) => new Uint8Array(readFileSync(`${dir}/${name}`));

function refusal(fn: () => unknown): PipelineError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PipelineError);
    return e as PipelineError;
  }
  throw new Error("expected the delivery to be refused");
}

describe("verifyWebhook — GitHub", () => {
  it.each(vectors.documented_vectors)("accepts GitHub's documented vector", (v) => {
    expect(() =>
      verifyWebhook("github", bytes(v.payload), { "X-Hub-Signature-256": v["expected_X-Hub-Signature-256"] }, v.secret),
    ).not.toThrow();
  });

  it.each(vectors.negative_cases_ours)("refuses: $why", (v) => {
    // Policy for the implementation-defined case (uppercase hex): refused, as GitHub only sends lowercase.
    expect(v.valid === true).toBe(false);
    const err = refusal(() => verifyWebhook("github", bytes(v.payload), { "x-hub-signature-256": v.header }, v.secret));
    expect(err.code).toBe("unauthenticated");
    expect(err.message).toMatch(/signature/i);
  });

  it.each(vectors.derived_file_vectors_ours)("verifies $file over its raw bytes; the re-serialised body fails", (v) => {
    const raw = file(v.file);
    expect(raw.byteLength).toBe(v.bytes);
    expect(() =>
      verifyWebhook("github", raw, new Headers({ "X-Hub-Signature-256": v["X-Hub-Signature-256"] }), v.secret),
    ).not.toThrow();

    const reserialised = bytes(JSON.stringify(JSON.parse(new TextDecoder().decode(raw))));
    expect(Buffer.compare(Buffer.from(reserialised), Buffer.from(raw))).not.toBe(0);
    const err = refusal(() =>
      verifyWebhook("github", reserialised, { "X-Hub-Signature-256": v["X-Hub-Signature-256"] }, v.secret),
    );
    expect(err.message).toContain("byte for byte");
  });

  it("refuses a delivery signed only with the legacy SHA-1 header, saying so", () => {
    const v = vectors.derived_file_vectors_ours[0];
    if (!v) throw new Error("no vectors");
    const err = refusal(() =>
      verifyWebhook("github", file(v.file), { "X-Hub-Signature": v["X-Hub-Signature (legacy sha1)"] }, v.secret),
    );
    expect(err.message).toContain("SHA-1");
  });

  it("a missing signature is unauthenticated with a clear message and what to do", () => {
    const err = refusal(() => verifyWebhook("github", bytes("{}"), {}, "s3cret"));
    expect(err.code).toBe("unauthenticated");
    expect(err.message).toBe("The GitHub delivery has no X-Hub-Signature-256 header.");
    expect(err.suggestion).toContain("secret");
  });

  it("no configured secret trusts nothing", () => {
    const v = vectors.documented_vectors[0];
    if (!v) throw new Error("no vectors");
    const err = refusal(() =>
      verifyWebhook("github", bytes(v.payload), { "X-Hub-Signature-256": v["expected_X-Hub-Signature-256"] }, ""),
    );
    expect(err.message).toContain("No GitHub webhook secret is configured");
  });

  it("accepts any of several secrets (rotation)", () => {
    const v = vectors.documented_vectors[0];
    if (!v) throw new Error("no vectors");
    expect(() =>
      verifyWebhook("github", bytes(v.payload), { "X-Hub-Signature-256": v["expected_X-Hub-Signature-256"] }, [
        "new-secret",
        v.secret,
      ]),
    ).not.toThrow();
  });
});

describe("verifyWebhook — GitLab", () => {
  const body = file("gitlab/go-gitlab-testdata-pipeline.json");

  it("secret token: X-Gitlab-Token must equal the secret", () => {
    expect(() => verifyWebhook("gitlab", body, { "X-Gitlab-Token": "tok-123" }, "tok-123")).not.toThrow();
    expect(refusal(() => verifyWebhook("gitlab", body, { "X-Gitlab-Token": "tok-124" }, "tok-123")).message).toContain(
      "does not match",
    );
    expect(refusal(() => verifyWebhook("gitlab", body, { "X-Gitlab-Token": "tok-1234" }, "tok-123")).code).toBe(
      "unauthenticated",
    );
    expect(refusal(() => verifyWebhook("gitlab", body, {}, "tok-123")).message).toBe(
      "The GitLab delivery has no X-Gitlab-Token header.",
    );
  });

  // The Standard Webhooks specification's published test vector (GitLab's signing tokens follow that spec).
  const STD = {
    secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
    timestamp: "1614265330",
    body: '{"test": 2432232314}',
    signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
  };
  const at = (seconds: number) => ({ now: () => seconds * 1000 });
  const signed = (signature = STD.signature) => ({
    "webhook-id": STD.id,
    "webhook-timestamp": STD.timestamp,
    "webhook-signature": signature,
  });

  it("signing token: accepts the Standard Webhooks reference vector, among several signatures", () => {
    expect(() => verifyWebhook("gitlab", bytes(STD.body), signed(), STD.secret, at(1614265330))).not.toThrow();
    expect(() =>
      verifyWebhook("gitlab", bytes(STD.body), signed(`v1,bm9wZQ== ${STD.signature}`), STD.secret, at(1614265330)),
    ).not.toThrow();
  });

  it("signing token: refuses a changed body, another id, an old timestamp, or no signature", () => {
    expect(refusal(() => verifyWebhook("gitlab", bytes('{"test":2432232314}'), signed(), STD.secret, at(1614265330))).code).toBe(
      "unauthenticated",
    );
    expect(() =>
      verifyWebhook("gitlab", bytes(STD.body), { ...signed(), "webhook-id": "msg_other" }, STD.secret, at(1614265330)),
    ).toThrow(PipelineError);
    expect(refusal(() => verifyWebhook("gitlab", bytes(STD.body), signed(), STD.secret, at(1614265330 + 301))).message).toContain(
      "timestamp",
    );
    expect(refusal(() => verifyWebhook("gitlab", bytes(STD.body), {}, STD.secret, at(1614265330))).message).toContain(
      "webhook-signature",
    );
  });
});

describe("parseWebhook — GitHub", () => {
  const gh = (event: string, name: string, delivery = "72d3162e-cc78-11e3-81ab-4c9367dc0958") =>
    parseWebhook("github", file(`github/${name}`), { "X-GitHub-Event": event, "X-GitHub-Delivery": delivery });

  it("workflow_run completed → run_completed, succeeded, with the run id to match a PipelineRun", () => {
    const e = gh("workflow_run", "workflow_run.completed.payload.json");
    expect(e).toEqual<PipelineWebhookEvent>({
      provider: "github",
      kind: "run_completed",
      deliveryId: "72d3162e-cc78-11e3-81ab-4c9367dc0958",
      event: "workflow_run",
      runId: "289782451",
      scope: "octo-org/octo-repo",
      status: "succeeded",
      runName: "ci(action): update actions/setup-node digest to 8c91899",
      ref: "master",
      sha: "3484a3fb816e0859fd6e1cea078d76385ff50625",
      url: "https://github.com/octo-org/octo-repo/actions/runs/289782451",
    });
    expect(gh("workflow_run", "workflow_run.completed.with-pull-requests.payload.json")).toMatchObject({
      kind: "run_completed",
      status: "succeeded",
    });
  });

  it("workflow_run requested → run_started, queued", () => {
    expect(gh("workflow_run", "workflow_run.requested.payload.json")).toMatchObject({
      kind: "run_started",
      status: "queued",
      runId: "289782451",
    });
  });

  it("push → push with the branch and the new head", () => {
    expect(gh("push", "push.payload.json")).toMatchObject({
      kind: "push",
      ref: expect.not.stringContaining("refs/heads/"),
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    expect(gh("push", "push.with-new-branch.payload.json").kind).toBe("push");
    expect(gh("push", "push.with-organization.payload.json").kind).toBe("push");
  });

  it("workflow_job, ping and package events are other; a job event still names its run", () => {
    expect(gh("workflow_job", "workflow_job.completed.success.with-organization.payload.json")).toMatchObject({
      kind: "other",
      runId: "2202229078",
    });
    expect(gh("ping", "ping.payload.json").kind).toBe("other");
    expect(gh("package", "package.published.docker.payload.json").kind).toBe("other");
    expect(gh("registry_package", "registry_package.published.docker.payload.json").kind).toBe("other");
  });

  it("the delivery id comes from X-GitHub-Delivery, whatever the header's case; without it the delivery is invalid", () => {
    expect(gh("ping", "ping.payload.json", "d-1").deliveryId).toBe("d-1");
    expect(() => parseWebhook("github", file("github/ping.payload.json"), { "X-GitHub-Event": "ping" })).toThrow(
      /X-GitHub-Delivery/i,
    );
    expect(() => parseWebhook("github", bytes("not json"), { "X-GitHub-Event": "ping", "X-GitHub-Delivery": "d" })).toThrow(
      /not JSON/,
    );
  });
});

describe("parseWebhook — GitLab", () => {
  const gl = (
    event: string,
    name: string,
    headers: Record<string, string> = { "X-Gitlab-Event-UUID": "13792a34-cac6-4fda-95a8-c58e00a3954e" },
  ) => parseWebhook("gitlab", file(name), { "X-Gitlab-Event": event, ...headers });

  it("Pipeline Hook with status success → run_completed, succeeded, pipeline id as run id", () => {
    expect(gl("Pipeline Hook", "gitlab/go-gitlab-testdata-pipeline.json")).toEqual<PipelineWebhookEvent>({
      provider: "gitlab",
      kind: "run_completed",
      deliveryId: "13792a34-cac6-4fda-95a8-c58e00a3954e",
      event: "Pipeline Hook",
      runId: "31",
      scope: "gitlab-org/gitlab-test",
      status: "succeeded",
      runName: undefined,
      ref: "master",
      sha: "bcbb5ec396a2c0f828686f14fac9b80b780504f2",
      url: "http://192.168.64.1:3005/gitlab-org/gitlab-test/-/pipelines/31",
    });
  });

  it("a running pipeline is run_started; a failed one run_completed and failed", () => {
    const raw = JSON.parse(new TextDecoder().decode(file("gitlab/go-gitlab-testdata-pipeline.json"))) as {
      object_attributes: { status: string };
    };
    raw.object_attributes.status = "running";
    expect(
      parseWebhook("gitlab", bytes(JSON.stringify(raw)), { "X-Gitlab-Event": "Pipeline Hook", "X-Gitlab-Event-UUID": "u" }),
    ).toMatchObject({
      kind: "run_started",
      status: "running",
    });
    raw.object_attributes.status = "failed";
    expect(
      parseWebhook("gitlab", bytes(JSON.stringify(raw)), { "X-Gitlab-Event": "Pipeline Hook", "X-Gitlab-Event-UUID": "u" }),
    ).toMatchObject({
      kind: "run_completed",
      status: "failed",
    });
  });

  it("Push and Tag Push Hooks → push; Job and Deployment Hooks → other (a job names its pipeline)", () => {
    expect(gl("Push Hook", "gitlab/go-gitlab-testdata-push.json")).toMatchObject({
      kind: "push",
      ref: "master",
      sha: "da1560886d4f094c3e6c9ef40349f7d38b5d27d7",
      scope: "mike/diaspora",
    });
    expect(gl("Tag Push Hook", "gitlab/go-gitlab-testdata-tag_push.json")).toMatchObject({
      kind: "push",
      ref: "refs/tags/v1.0.0",
    });
    expect(gl("Push Hook", "argocd-testdata/gitlab-event.json")).toMatchObject({ kind: "push", ref: "master" });
    expect(gl("Job Hook", "gitlab/go-gitlab-testdata-job.json")).toMatchObject({
      kind: "other",
      runId: "743121198",
      scope: "31537070",
    });
    expect(gl("Deployment Hook", "gitlab/go-gitlab-testdata-deployment.json")).toMatchObject({
      kind: "other",
      scope: "root/test-deployment-webhooks",
    });
  });

  it("the delivery id is Idempotency-Key (same across retries), else X-Gitlab-Event-UUID; without either it is invalid", () => {
    const both = gl("Push Hook", "gitlab/go-gitlab-testdata-push.json", {
      "Idempotency-Key": "idem-1",
      "X-Gitlab-Event-UUID": "uuid-1",
    });
    expect(both.deliveryId).toBe("idem-1");
    expect(() => gl("Push Hook", "gitlab/go-gitlab-testdata-push.json", {})).toThrow(/Idempotency-Key or x-gitlab-event-uuid/i);
  });
});
