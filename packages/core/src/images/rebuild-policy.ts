import type { Duration, RebuildPolicy } from "@shipyard/contract";

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30m` → 1,800,000. */
export function durationMs(d: Duration): number {
  const unit = d.slice(-1) as keyof typeof UNIT_MS;
  return Number(d.slice(0, -1)) * UNIT_MS[unit];
}

/** What the policy needs to know about one managed image. */
export interface RebuildCandidate {
  name: string;
  policy: RebuildPolicy;
  /** Base-image updates seen since the image was last built (oldest first is not required). */
  pendingUpdates: { base: string; seenAt: Date }[];
  /** A build of this image is queued or running. */
  building: boolean;
  /** Managed images this one is built FROM that are themselves pending or building: it waits for them. */
  waitingForParents: string[];
  /** An emergency rebuild was requested (critical CVE): delay and window do not apply. */
  emergency?: { requestedAt: Date; by: string; justification: string } | undefined;
  /** The last build failed (and no base changed since): said in the explanation, not retried on its own. */
  lastFailure?: { at: Date; message: string } | undefined;
}

export interface RebuildDecision {
  name: string;
  /** Start a build now. */
  start: boolean;
  /** When the delay and the coordination window have both passed; null when nothing is pending. */
  eligibleAt: Date | null;
  /** Why, in words a person can check. */
  reason: string;
  waitingFor: string[];
}

/**
 * When may a pending rebuild start? After the last base update plus the image's delay, and not before
 * the coordination window opened by the first pending update has closed (so several base updates
 * arriving together make one rebuild). An emergency bypasses both.
 */
export function eligibleAt(c: Pick<RebuildCandidate, "policy" | "pendingUpdates" | "emergency">): Date | null {
  if (c.emergency) return c.emergency.requestedAt;
  if (c.pendingUpdates.length === 0) return null;
  const times = c.pendingUpdates.map((u) => u.seenAt.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  return new Date(Math.max(last + durationMs(c.policy.delay), first + durationMs(c.policy.window)));
}

const fmt = (d: Date) => d.toISOString().replace(".000Z", "Z");

/**
 * Decides which pending rebuilds start now, given how many builds may run at once. Eligible images
 * start in priority order (higher first), then by how long they have been eligible, then by name;
 * images whose managed parents are still pending or building wait, so a cascade rebuilds in
 * dependency order and a diamond's bottom rebuilds once, after all its parents.
 */
export function decideRebuilds(candidates: readonly RebuildCandidate[], now: Date, capacity: number): RebuildDecision[] {
  const decisions = new Map<string, RebuildDecision>();
  const ready: { c: RebuildCandidate; at: Date }[] = [];
  for (const c of candidates) {
    const at = eligibleAt(c);
    const base = { name: c.name, eligibleAt: at, start: false, waitingFor: [] as string[] };
    if (at === null) {
      decisions.set(c.name, {
        ...base,
        reason: c.lastFailure
          ? `The last build failed at ${fmt(c.lastFailure.at)}${c.lastFailure.message ? ` (${c.lastFailure.message})` : ""}; it is not retried on its own. Fix the cause and rebuild by hand, or wait for the next base image update.`
          : "Up to date: no base image changed since the last build.",
      });
    } else if (c.building) {
      decisions.set(c.name, { ...base, reason: "A build is already queued or running." });
    } else if (!c.policy.auto && !c.emergency) {
      decisions.set(c.name, {
        ...base,
        reason: `Base images changed (${c.pendingUpdates.map((u) => u.base).join(", ")}) but automatic rebuilds are off for this image; start one by hand.`,
      });
    } else if (c.waitingForParents.length > 0) {
      decisions.set(c.name, {
        ...base,
        waitingFor: [...c.waitingForParents],
        reason: `Waiting for ${c.waitingForParents.join(", ")} to rebuild first (it is built FROM ${c.waitingForParents.length === 1 ? "it" : "them"}).`,
      });
    } else if (at.getTime() > now.getTime()) {
      const times = c.pendingUpdates.map((u) => u.seenAt.getTime());
      const byDelay = Math.max(...times) + durationMs(c.policy.delay);
      const why =
        byDelay >= at.getTime()
          ? `its rebuild delay of ${c.policy.delay}`
          : `the ${c.policy.window} coordination window that batches base updates`;
      decisions.set(c.name, {
        ...base,
        reason: `Base image update${c.pendingUpdates.length === 1 ? "" : "s"} seen; waiting for ${why}, until ${fmt(at)}.`,
      });
    } else {
      ready.push({ c, at });
    }
  }
  ready.sort(
    (a, b) =>
      b.c.policy.priority - a.c.policy.priority ||
      Number(Boolean(b.c.emergency)) - Number(Boolean(a.c.emergency)) ||
      a.at.getTime() - b.at.getTime() ||
      (a.c.name < b.c.name ? -1 : 1),
  );
  const running = candidates.filter((c) => c.building).length;
  let free = Math.max(0, capacity - running);
  for (const [i, { c, at }] of ready.entries()) {
    // emergencies never wait for capacity
    const start = c.emergency !== undefined || free > 0;
    if (start && !c.emergency) free--;
    const ahead = ready.slice(0, i).map((r) => r.c.name);
    decisions.set(c.name, {
      name: c.name,
      start,
      eligibleAt: at,
      waitingFor: start ? [] : ahead,
      reason: c.emergency
        ? `Emergency rebuild requested by ${c.emergency.by}: ${c.emergency.justification}`
        : start
          ? `Rebuilding: ${c.pendingUpdates.map((u) => u.base).join(", ")} changed, eligible since ${fmt(at)}.`
          : `Eligible since ${fmt(at)}, but all ${capacity} build slots are busy; ${ahead.length} image${ahead.length === 1 ? " is" : "s are"} ahead by priority.`,
    });
  }
  return candidates.map((c) => decisions.get(c.name) as RebuildDecision);
}
