import type { RebuildPolicy } from "@shipyard/contract";
import { describe, expect, it } from "vitest";
import { decideRebuilds, durationMs, eligibleAt, type RebuildCandidate } from "./rebuild-policy.ts";

const T0 = new Date("2026-11-21T12:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const policy = (p: Partial<RebuildPolicy> = {}): RebuildPolicy => ({
  auto: true,
  delay: "0s",
  window: "30m",
  priority: 50,
  ...p,
});
const cand = (name: string, over: Partial<RebuildCandidate> = {}): RebuildCandidate => ({
  name,
  policy: policy(),
  pendingUpdates: [{ base: "node:22", seenAt: at(0) }],
  building: false,
  waitingForParents: [],
  ...over,
});

describe("rebuild timing", () => {
  it("parses durations", () => {
    expect(durationMs("30s")).toBe(30_000);
    expect(durationMs("7d")).toBe(7 * 86_400_000);
  });
  it("is eligible at lastUpdated + delay, never before the coordination window closes", () => {
    expect(eligibleAt(cand("a", { policy: policy({ delay: "2h" }) }))).toEqual(at(120));
    expect(eligibleAt(cand("a", { policy: policy({ delay: "0s", window: "30m" }) }))).toEqual(at(30));
    // a second base update inside the window moves the delay, not the window
    const two = cand("a", {
      policy: policy({ delay: "10m", window: "30m" }),
      pendingUpdates: [
        { base: "node:22", seenAt: at(0) },
        { base: "alpine:3", seenAt: at(25) },
      ],
    });
    expect(eligibleAt(two)).toEqual(at(35));
    expect(eligibleAt(cand("a", { pendingUpdates: [] }))).toBeNull();
  });
});

describe("rebuild decisions", () => {
  it("batches several base updates in the window into one rebuild", () => {
    const c = cand("web", {
      pendingUpdates: [
        { base: "node:22", seenAt: at(0) },
        { base: "alpine:3", seenAt: at(10) },
      ],
    });
    expect(decideRebuilds([c], at(20), 4)[0]).toMatchObject({
      start: false,
      reason: expect.stringMatching(/coordination window/),
    });
    const d = decideRebuilds([c], at(31), 4)[0];
    expect(d?.start).toBe(true);
    expect(d?.reason).toMatch(/node:22, alpine:3 changed/);
  });

  it("respects the delay and says until when", () => {
    const d = decideRebuilds([cand("web", { policy: policy({ delay: "7d" }) })], at(60), 4)[0];
    expect(d).toMatchObject({ start: false, eligibleAt: at(7 * 24 * 60) });
    expect(d?.reason).toMatch(/rebuild delay of 7d, until 2026-11-28T12:00:00Z/);
  });

  it("starts eligible images by priority when capacity is limited, and says who is ahead", () => {
    const ds = decideRebuilds(
      [cand("low", { policy: policy({ priority: 10 }) }), cand("high", { policy: policy({ priority: 90 }) }), cand("mid")],
      at(60),
      1,
    );
    expect(ds.map((d) => [d.name, d.start])).toEqual([
      ["low", false],
      ["high", true],
      ["mid", false],
    ]);
    expect(ds[0]?.waitingFor).toEqual(["high", "mid"]);
    expect(ds[0]?.reason).toMatch(/build slots are busy; 2 images are ahead/);
  });

  it("counts running builds against capacity", () => {
    const ds = decideRebuilds([cand("a", { building: true }), cand("b")], at(60), 1);
    expect(ds[1]?.start).toBe(false);
  });

  it("makes a dependent wait for its managed parents (diamond bottom after both parents)", () => {
    const ds = decideRebuilds(
      [cand("svc-a"), cand("svc-b"), cand("bundle", { waitingForParents: ["svc-a", "svc-b"] })],
      at(60),
      8,
    );
    expect(ds.map((d) => d.start)).toEqual([true, true, false]);
    expect(ds[2]?.reason).toMatch(/Waiting for svc-a, svc-b/);
  });

  it("lets an emergency bypass delay, window and capacity, and explains who asked and why", () => {
    const e = cand("web", {
      policy: policy({ delay: "7d" }),
      emergency: { requestedAt: at(1), by: "ada@example.com", justification: "CVE-2026-1234 in openssl" },
    });
    const ds = decideRebuilds([cand("busy", { building: true }), e], at(1), 1);
    expect(ds[1]).toMatchObject({
      start: true,
      reason: expect.stringMatching(/Emergency rebuild requested by ada@example.com: CVE-2026-1234/),
    });
  });

  it("does not rebuild on its own when auto is off, or when nothing changed", () => {
    const ds = decideRebuilds(
      [cand("manual", { policy: policy({ auto: false }) }), cand("fresh", { pendingUpdates: [] })],
      at(60),
      4,
    );
    expect(ds[0]).toMatchObject({ start: false, reason: expect.stringMatching(/automatic rebuilds are off/) });
    expect(ds[1]).toMatchObject({ start: false, eligibleAt: null, reason: expect.stringMatching(/Up to date/) });
  });
});

describe("after a failed build", () => {
  it("does not retry on its own, and says so", () => {
    const d = decideRebuilds([cand("web", { pendingUpdates: [], lastFailure: { at: at(5), message: "exit 3" } })], at(60), 4)[0];
    expect(d).toMatchObject({ start: false, eligibleAt: null });
    expect(d?.reason).toMatch(/last build failed at 2026-11-21T12:05:00Z \(exit 3\); it is not retried on its own/);
  });
});
