import type { ShareCreate } from "@shipyard/contract";
import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { fakeApi, problem, sampleOrg, sampleShare, sampleTeam } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const runWith = async (argv: string[], fetch: typeof globalThis.fetch) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

const orgs = { items: [sampleOrg(), sampleOrg({ id: "org_2", slug: "globex", name: "Globex" })] };
const teams = { items: [sampleTeam()] };
const shares = [
  sampleShare(),
  sampleShare({ id: "shr_2", kind: "container", resourceId: "ctr_1", resourceName: "api", teamId: "team_1", teamName: "Data" }),
  sampleShare({ id: "shr_3", kind: "vm", resourceId: "vm_9", resourceName: null, createdAt: "2025-05-31T12:00:00.000Z" }),
];

const api = () =>
  fakeApi({
    "GET /v1/organizations": () => ({ body: orgs }),
    "GET /v1/organizations/org_1/teams": () => ({ body: teams }),
    "GET /v1/organizations/org_2/teams": () => ({ body: { items: [] } }),
    "GET /v1/shares": () => ({ body: { items: shares, nextCursor: null, total: shares.length } }),
    "POST /v1/shares": (req) => {
      const b = req.body as ShareCreate;
      return {
        status: 201,
        body: sampleShare({
          kind: b.kind,
          resourceName: b.resource,
          teamId: b.teamId ?? null,
          teamName: b.teamId ? "Data" : null,
        }),
      };
    },
    "DELETE /v1/shares/shr_1": () => ({ status: 204 }),
  });

describe("share list", () => {
  it("lists shares: whole organisation or team, and resources since deleted", async () => {
    const a = api();
    const r = await runWith(["share", "list"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests.map((q) => q.path)).toEqual(["/v1/shares"]);
    expect(r.stdout.split("\n")).toEqual([
      "ID     KIND       RESOURCE        ORGANISATION  TEAM                  SHARED",
      "shr_1  image      web             Acme Corp     (whole organisation)  1 hour ago",
      "shr_2  container  api             Acme Corp     Data                  1 hour ago",
      "shr_3  vm         vm_9 (deleted)  Acme Corp     (whole organisation)  yesterday",
      "",
    ]);
  });

  it("resolves --org and a team slug to ids and passes every filter", async () => {
    const a = api();
    const r = await runWith(
      ["share", "list", "--kind", "image", "--resource", "web", "--org", "acme", "--team", "data", "--json"],
      a.fetch,
    );
    expect(r.code).toBe(0);
    const q = a.requests.find((x) => x.path === "/v1/shares")?.query;
    expect(Object.fromEntries(q ?? [])).toEqual({
      kind: "image",
      resource: "web",
      organizationId: "org_1",
      teamId: "team_1",
      limit: "200",
    });
    expect(JSON.parse(r.stdout)).toEqual({ items: shares, nextCursor: null, total: shares.length });
  });

  it("passes a team id through as it is without --org", async () => {
    const a = api();
    await runWith(["share", "list", "--team", "team_7"], a.fetch);
    expect(a.requests.map((x) => x.path)).toEqual(["/v1/shares"]);
    expect(a.requests[0]?.query.get("teamId")).toBe("team_7");
  });

  it("says when nothing matches", async () => {
    const a = fakeApi({ "GET /v1/shares": () => ({ body: { items: [] } }) });
    expect((await runWith(["share", "list", "--kind", "vm"], a.fetch)).stdout).toBe("No shares match.\n");
    expect((await runWith(["share", "list"], a.fetch)).stdout).toContain("Nothing is shared.");
  });

  it.each([
    [["share", "list", "--resource", "web"], "--resource needs --kind."],
    [["share", "list", "--kind", "disk"], "Allowed choices are image, vm, function, container"],
  ])("rejects %j with exit 2", async (argv, message) => {
    const a = api();
    const r = await runWith(argv, a.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });

  it("exits 5 for an unknown team slug of the organisation", async () => {
    const r = await runWith(["share", "list", "--org", "acme", "--team", "sales"], api().fetch);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('No team with id or slug "sales" in organisation acme.');
    expect(r.stderr).toContain("Teams of acme: data");
  });
});

describe("share add", () => {
  it("shares with the whole organisation", async () => {
    const a = api();
    const r = await runWith(["share", "add", "image", "web", "--org", "acme"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests.map((q) => `${q.method} ${q.path}`)).toEqual(["GET /v1/organizations", "POST /v1/shares"]);
    expect(a.requests[1]?.body).toEqual({ kind: "image", resource: "web", organizationId: "org_1" });
    expect(r.stdout).toContain("Shared image web with Acme Corp (shr_1).");
  });

  it("shares with a team given by slug, and --json prints the share", async () => {
    const a = api();
    const r = await runWith(["share", "add", "container", "api", "--org", "acme", "--team", "data", "--json"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests.at(-1)?.body).toEqual({ kind: "container", resource: "api", organizationId: "org_1", teamId: "team_1" });
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: "container", resourceName: "api", teamId: "team_1", teamName: "Data" });
    const human = await runWith(["share", "add", "container", "api", "--org", "acme", "--team", "team_1"], a.fetch);
    expect(human.stdout).toContain("Shared container api with Acme Corp, team Data (shr_1).");
  });

  it.each([
    [["share", "add", "disk", "web", "--org", "acme"], 'Unknown kind "disk"; use image, vm, function or container.'],
    [["share", "add", "image", "web"], "required option '--org <org>' not specified"],
    [["share", "add", "image", "--org", "acme"], "missing required argument 'resource'"],
  ])("rejects %j with exit 2", async (argv, message) => {
    const a = api();
    const r = await runWith(argv, a.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });

  it("exits 5 without sharing for an unknown organisation or team", async () => {
    const a = api();
    const org = await runWith(["share", "add", "image", "web", "--org", "initech"], a.fetch);
    expect(org.code).toBe(5);
    expect(org.stderr).toContain('No organisation with id or slug "initech".');
    const team = await runWith(["share", "add", "image", "web", "--org", "globex", "--team", "data"], a.fetch);
    expect(team.code).toBe(5);
    expect(team.stderr).toContain("globex has no teams");
    expect(a.requests.filter((q) => q.method === "POST")).toHaveLength(0);
  });

  it("exits 5 when the server knows no such resource", async () => {
    const a = fakeApi({
      "GET /v1/organizations": () => ({ body: orgs }),
      "POST /v1/shares": () => ({ status: 404, body: problem(404, "not_found", "Image nope not found.") }),
    });
    const r = await runWith(["share", "add", "image", "nope", "--org", "acme", "--json"], a.fetch);
    expect(r.code).toBe(5);
    expect(JSON.parse(r.stderr)).toMatchObject({ message: "Image nope not found.", exitCode: 5 });
  });
});

describe("share rm", () => {
  it("deletes the share", async () => {
    const a = api();
    const r = await runWith(["share", "rm", "shr_1"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.method).toBe("DELETE");
    expect(r.stdout).toContain("Stopped sharing (shr_1).");
    expect(JSON.parse((await runWith(["share", "rm", "shr_1", "--json"], a.fetch)).stdout)).toEqual({ deleted: "shr_1" });
  });

  it("exits 5 for an unknown share", async () => {
    expect((await runWith(["share", "rm", "shr_missing"], api().fetch)).code).toBe(5);
  });
});
