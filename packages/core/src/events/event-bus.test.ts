import type { User } from "@shipyard/contract";
import { describe, expect, it } from "vitest";
import type { Principal } from "../identity/principal.ts";
import { type BusEvent, matchesFilter, mayReceive, parseTypes, toLiveEvent } from "./event-bus.ts";

const user = (role: User["role"], id = `u-${role}`, organizationId: string | null = null): Principal => ({
  user: { id, email: `${id}@x`, name: id, role, organizationId, createdAt: "2026-01-01T00:00:00.000Z", disabled: false },
  authMethod: "token",
});
const event = (over: Partial<BusEvent> = {}): BusEvent => ({
  id: "e1",
  type: "audit.created",
  resource: { kind: "audit", id: "a1" },
  at: "2026-01-01T00:00:00.000Z",
  data: {},
  audience: {},
  ...over,
});

describe("event filtering", () => {
  it("matches exact types and prefixes ending in a dot", () => {
    expect(matchesFilter(event(), { types: ["audit."] })).toBe(true);
    expect(matchesFilter(event(), { types: ["audit.created"] })).toBe(true);
    expect(matchesFilter(event(), { types: ["audit"] })).toBe(false);
    expect(matchesFilter(event(), { types: ["job.", "token.revoked"] })).toBe(false);
    expect(matchesFilter(event(), {})).toBe(true);
  });
  it("filters by resource kind and id", () => {
    expect(matchesFilter(event(), { kind: "audit", id: "a1" })).toBe(true);
    expect(matchesFilter(event(), { kind: "job" })).toBe(false);
    expect(matchesFilter(event(), { id: "a2" })).toBe(false);
  });
  it("parses comma-separated type lists", () => {
    expect(parseTypes(" audit., job.completed ,")).toEqual(["audit.", "job.completed"]);
    expect(parseTypes("")).toBeUndefined();
  });
});

describe("who may receive an event", () => {
  it("requires the audience permission", () => {
    const e = event({ audience: { permission: "audit:read" } });
    expect(mayReceive(user("admin"), e)).toBe(true);
    expect(mayReceive(user("operator"), e)).toBe(true);
    expect(mayReceive(user("client", "c1", "org1"), e)).toBe(false);
  });
  it("delivers personal events only to their user", () => {
    const e = event({ audience: { userId: "u-operator" } });
    expect(mayReceive(user("operator"), e)).toBe(true);
    expect(mayReceive(user("admin", "someone-else"), e)).toBe(false);
  });
  it("shows clients only their own organisation's events", () => {
    const e = event({ audience: { organizationId: "org1" } });
    expect(mayReceive(user("client", "c1", "org1"), e)).toBe(true);
    expect(mayReceive(user("client", "c2", "org2"), e)).toBe(false);
    expect(mayReceive(user("operator"), e)).toBe(true);
    expect(mayReceive(user("client", "c1", "org1"), event())).toBe(false);
  });
  it("lets a client see events about what is shared with it, and nothing addressed elsewhere", () => {
    const shared = new Set(["vm:vm_1", "image:web"]);
    const client = user("client", "c1", "org1");
    const vmEvent = event({
      type: "vm.started",
      resource: { kind: "vm", id: "vm_1" },
      audience: { permission: "workloads:read" },
    });
    expect(mayReceive(client, vmEvent, shared)).toBe(true);
    expect(mayReceive(client, vmEvent)).toBe(false);
    expect(mayReceive(client, { ...vmEvent, resource: { kind: "vm", id: "vm_2" } }, shared)).toBe(false);
    // same id, other kind: not shared
    expect(mayReceive(client, { ...vmEvent, resource: { kind: "container", id: "vm_1" } }, shared)).toBe(false);
    // addressed to one user, or to another organisation: sharing does not widen it
    expect(mayReceive(client, { ...vmEvent, audience: { userId: "someone" } }, shared)).toBe(false);
    expect(mayReceive(client, { ...vmEvent, audience: { organizationId: "org2" } }, shared)).toBe(false);
    // staff are unaffected
    expect(mayReceive(user("operator"), vmEvent, new Set())).toBe(true);
  });
  it("strips the audience before sending", () => {
    expect(toLiveEvent(event({ audience: { userId: "x" } }))).not.toHaveProperty("audience");
  });
});
