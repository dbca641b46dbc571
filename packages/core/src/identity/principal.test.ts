import { rolePermissions } from "@shipyard/contract";
import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { assertCan, can, type Principal, visibilityScope } from "./principal.ts";

const p = (role: "admin" | "operator" | "client", organizationId: string | null = null): Principal => ({
  user: { id: "u", email: "u@x", name: "u", role, organizationId, createdAt: "2026-01-01T00:00:00.000Z", disabled: false },
  authMethod: "session",
});

describe("roles", () => {
  it("gives admins everything, operators no admin rights, clients no internal operations", () => {
    expect(can(p("admin"), "users:admin")).toBe(true);
    expect(can(p("operator"), "users:admin")).toBe(false);
    expect(can(p("operator"), "audit:read")).toBe(true);
    expect(can(p("client", "o"), "audit:read")).toBe(false);
    expect(can(p("client", "o"), "jobs:read")).toBe(false);
    expect(rolePermissions.client).toContain("tokens:own");
  });
  it("explains a refusal with the role and the permission", () => {
    expect(() => assertCan(p("client", "o"), "jobs:write")).toThrow(DomainError);
    expect(() => assertCan(p("client", "o"), "jobs:write")).toThrow(/client.*jobs:write/);
  });
  it("scopes clients to their organisation and nobody else", () => {
    expect(visibilityScope(p("client", "org1"))).toEqual({ organizationId: "org1" });
    expect(visibilityScope(p("operator"))).toEqual({});
  });
});
