import { describe, expect, it } from "vitest";
import { rolePermissions } from "./permissions.ts";
import { type RouteDef, routes } from "./routes.ts";

describe("routes clients reach through sharing", () => {
  const shared = Object.entries(routes as Record<string, RouteDef>).filter(([, r]) => r.shared);

  it("are reads only: sharing lets a client look, never act", () => {
    expect(shared.length).toBeGreaterThan(0);
    for (const [name, r] of shared) expect(`${name} ${r.method}`).toBe(`${name} GET`);
  });

  it("name the resource by :id or :name, or are the kind's list", () => {
    for (const [name, r] of shared) {
      const param = /\/:(id|name)(\/|$)/.test(r.path);
      const list = !r.path.includes("/:");
      expect(param || list, `${name} ${r.path}`).toBe(true);
    }
  });

  it("are routes whose permission a client lacks (otherwise the sharing check would be skipped)", () => {
    for (const [name, r] of shared) {
      expect(rolePermissions.client.includes(r.permission as never), name).toBe(false);
    }
  });
});
