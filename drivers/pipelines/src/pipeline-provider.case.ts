import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BuildRequest,
  type BuildStatus,
  isTerminalBuildState,
  PipelineError,
  type PipelineProvider,
  type PipelineRun,
} from "./port.ts";

/**
 * What a `PipelineProvider` implementation hands the shared suite: the provider, backed by
 * something that really builds (a stand-in API, a local engine), and requests it knows the
 * outcome of.
 */
export interface PipelineProviderHarness {
  provider: PipelineProvider;
  /** A build that succeeds. */
  succeeding: BuildRequest;
  /** A build that fails; `failureMessage` is what the provider's words about it must contain. */
  failing: BuildRequest;
  failureMessage: string | RegExp;
  /**
   * The same provider with credentials its backend rejects. Leave out, with a reason in
   * `skip.badCredentials`, where there are none (a local Docker Engine socket).
   */
  badCredentials?: PipelineProvider | undefined;
  /** A run the provider does not know, for `status` → `not_found`. */
  unknownRun?: PipelineRun | undefined;
  /** Poll every … ms while waiting for a terminal state (default 20), for at most … ms (default 30 s). */
  pollIntervalMs?: number | undefined;
  pollTimeoutMs?: number | undefined;
  /** Why a case does not apply to this provider; the case is skipped and the reason shows in its name. */
  skip?:
    | {
        badCredentials?: string | undefined;
        unknownRun?: string | undefined;
        idempotentTrigger?: string | undefined;
        cancel?: string | undefined;
      }
    | undefined;
  close?: (() => Promise<void>) | undefined;
}

/**
 * The one suite every `PipelineProvider` runs (like Hono's `common.case.test.ts` for routers):
 * trigger → status reaches a terminal state → logs are not empty; a failing build is `failed`
 * with the provider's message; bad credentials are `unauthenticated`.
 */
export function runPipelineProviderSuite(name: string, factory: () => Promise<PipelineProviderHarness>): void {
  describe(`PipelineProvider: ${name}`, () => {
    let h: PipelineProviderHarness;
    const unique = (req: BuildRequest, suffix: string): BuildRequest => ({ ...req, buildId: `${req.buildId}-${suffix}` });

    async function untilTerminal(run: PipelineRun): Promise<BuildStatus[]> {
      const seen: BuildStatus[] = [];
      const deadline = Date.now() + (h.pollTimeoutMs ?? 30_000);
      for (;;) {
        const s = await h.provider.status(run);
        seen.push(s);
        if (isTerminalBuildState(s.state)) return seen;
        if (Date.now() > deadline) throw new Error(`run ${run.runId} still ${s.state} after ${h.pollTimeoutMs ?? 30_000} ms`);
        await new Promise((r) => setTimeout(r, h.pollIntervalMs ?? 20));
      }
    }

    const skipReason = (key: keyof NonNullable<PipelineProviderHarness["skip"]>) => h?.skip?.[key];

    beforeAll(async () => {
      h = await factory();
    });
    afterAll(async () => {
      await h?.close?.();
    });

    it("trigger returns a run of this provider, and status goes forward to succeeded", async () => {
      const run = await h.provider.trigger(unique(h.succeeding, "ok"));
      expect(run.provider).toBe(h.provider.name);
      expect(run.runId).not.toBe("");
      const states = (await untilTerminal(run)).map((s) => s.state);
      expect(states.at(-1)).toBe("succeeded");
      // Never backwards: queued before running before the end.
      const order = { queued: 0, running: 1, succeeded: 2, failed: 2, cancelled: 2 };
      const ranks = states.map((s) => order[s]);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    });

    it("a finished run reports when it finished, and the run survives a JSON round trip", async () => {
      const run = await h.provider.trigger(unique(h.succeeding, "json"));
      const stored = JSON.parse(JSON.stringify(run)) as PipelineRun;
      const last = (await untilTerminal(stored)).at(-1);
      expect(last?.state).toBe("succeeded");
      expect(last?.finishedAt === undefined || !Number.isNaN(Date.parse(last.finishedAt))).toBe(true);
    });

    it("logs of a finished run are not empty", async () => {
      const run = await h.provider.trigger(unique(h.succeeding, "logs"));
      await untilTerminal(run);
      const lines: string[] = [];
      for await (const line of h.provider.logs(run)) lines.push(line);
      expect(lines.filter((l) => l.trim() !== "").length).toBeGreaterThan(0);
    });

    it("a failing build ends failed, with the provider's words in the message", async () => {
      const run = await h.provider.trigger(unique(h.failing, "fail"));
      const last = (await untilTerminal(run)).at(-1);
      expect(last?.state).toBe("failed");
      expect(last?.message).toMatch(h.failureMessage);
    });

    it("triggering the same build id twice gives the same run", async (ctx) => {
      const reason = skipReason("idempotentTrigger");
      if (reason) ctx.skip(reason);
      const req = unique(h.succeeding, "twice");
      const first = await h.provider.trigger(req);
      const second = await h.provider.trigger(req);
      expect(second.runId).toBe(first.runId);
    });

    it("trigger with credentials the backend rejects is unauthenticated", async (ctx) => {
      const reason = skipReason("badCredentials") ?? (h.badCredentials ? undefined : "no badCredentials provider given");
      if (reason) ctx.skip(reason);
      const err = await h.badCredentials?.trigger(unique(h.succeeding, "badcreds")).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PipelineError);
      expect((err as PipelineError).code).toBe("unauthenticated");
      expect((err as PipelineError).message.length).toBeGreaterThan(10);
    });

    it("status of a run the provider does not know is not_found", async (ctx) => {
      const reason = skipReason("unknownRun") ?? (h.unknownRun ? undefined : "no unknownRun given");
      if (reason) ctx.skip(reason);
      const err = await h.provider.status(h.unknownRun as PipelineRun).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PipelineError);
      expect((err as PipelineError).code).toBe("not_found");
    });

    it("cancel stops a run that has not finished, and cancelling it again is not an error", async (ctx) => {
      const reason = skipReason("cancel") ?? (h.provider.cancel ? undefined : "the provider cannot cancel");
      if (reason) ctx.skip(reason);
      const run = await h.provider.trigger(unique(h.succeeding, "cancel"));
      await h.provider.cancel?.(run);
      const last = (await untilTerminal(run)).at(-1);
      expect(last?.state).toBe("cancelled");
      await expect(h.provider.cancel?.(run)).resolves.toBeUndefined();
    });
  });
}
