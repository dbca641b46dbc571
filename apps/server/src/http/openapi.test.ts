import { routes } from "@shipyard/contract";
import { describe, expect, it } from "vitest";
import { buildOpenApi, renderReference } from "./openapi.ts";

describe("OpenAPI document", () => {
  const doc = buildOpenApi(routes, { version: "1.2.3" });
  it("has one operation per route, with the route's permission and audit action", () => {
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p)) as { operationId: string }[];
    expect(ops.map((o) => o.operationId).sort()).toEqual(Object.keys(routes).sort());
    const create = doc.paths["/v1/tokens"]?.post as Record<string, unknown>;
    expect(create["x-permission"]).toBe("tokens:own");
    expect(create["x-audit-action"]).toBe("token.create");
  });
  it("says which routes clients reach through sharing", () => {
    const getVm = doc.paths["/v1/vms/{id}"]?.get as Record<string, unknown>;
    expect(getVm["x-shared-kind"]).toBe("vm");
    expect(getVm.description).toMatch(/answers 404/);
    const listFunctions = doc.paths["/v1/functions"]?.get as Record<string, unknown>;
    expect(listFunctions.description).toMatch(/functions shared with them/);
    const deleteVm = doc.paths["/v1/vms/{id}"]?.delete as Record<string, unknown>;
    expect(deleteVm["x-shared-kind"]).toBeUndefined();
  });
  it("documents path and query parameters with their constraints", () => {
    const list = doc.paths["/v1/audit"]?.get as { parameters: { name: string; in: string; schema: { maximum?: number } }[] };
    const limit = list.parameters.find((p) => p.name === "limit");
    expect(limit?.in).toBe("query");
    expect(limit?.schema.maximum).toBe(200);
    const revoke = doc.paths["/v1/tokens/{id}"]?.delete as { parameters: { name: string; in: string; required: boolean }[] };
    expect(revoke.parameters[0]).toMatchObject({ name: "id", in: "path", required: true });
  });
  it("renders a reference page that escapes what it shows", () => {
    const html = renderReference(doc);
    expect(html).toContain("/v1/tokens/{id}");
    expect(html).not.toContain("<script");
  });
});
