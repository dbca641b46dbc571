import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { fakeApi, problem, sampleOrg, sampleTeam } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const runWith = async (argv: string[], fetch: typeof globalThis.fetch) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

const orgs = [sampleOrg(), sampleOrg({ id: "org_2", slug: "globex", name: "Globex", createdAt: "2025-06-01T11:00:00.000Z" })];

describe("org list", () => {
  it("lists organisations as a table", async () => {
    const a = fakeApi({ "GET /v1/organizations": () => ({ body: { items: orgs } }) });
    const r = await runWith(["org", "list"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "ID     SLUG    NAME       CREATED",
      "org_1  acme    Acme Corp  4 weeks ago",
      "org_2  globex  Globex     1 hour ago",
      "",
    ]);
  });

  it("prints the server's answer with --json, and says how to start when there are none", async () => {
    const a = fakeApi({ "GET /v1/organizations": () => ({ body: { items: orgs } }) });
    expect(JSON.parse((await runWith(["org", "list", "--json"], a.fetch)).stdout)).toEqual({ items: orgs });
    const empty = fakeApi({ "GET /v1/organizations": () => ({ body: { items: [] } }) });
    expect((await runWith(["org", "list"], empty.fetch)).stdout).toContain(
      "No organisations. Create one with `shipyard org create",
    );
  });
});

describe("org create", () => {
  const api = () =>
    fakeApi({
      "POST /v1/organizations": (req) => ({ status: 201, body: sampleOrg(req.body as { slug: string; name: string }) }),
    });

  it("sends slug and name", async () => {
    const a = api();
    const r = await runWith(["org", "create", "--slug", "acme", "--name", "Acme Corp"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({ slug: "acme", name: "Acme Corp" });
    expect(r.stdout).toContain('Created organisation acme "Acme Corp" (org_1).');
  });

  it("prints the organisation as JSON", async () => {
    const r = await runWith(["org", "create", "--slug", "acme", "--name", "Acme Corp", "--json"], api().fetch);
    expect(JSON.parse(r.stdout)).toEqual(sampleOrg());
  });

  it.each([
    [["org", "create", "--name", "Acme"], "--slug"],
    [["org", "create", "--slug", "Acme Corp", "--name", "Acme"], "--slug must be lowercase letters, digits and dashes"],
    [["org", "create", "--slug", "acme", "--name", " "], "--name must not be empty"],
  ])("rejects %j with exit 2", async (argv, message) => {
    const a = api();
    const r = await runWith(argv, a.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });

  it("exits 6 when the slug is taken", async () => {
    const a = fakeApi({
      "POST /v1/organizations": () => ({ status: 409, body: problem(409, "conflict", "Organisation acme already exists.") }),
    });
    const r = await runWith(["org", "create", "--slug", "acme", "--name", "Acme"], a.fetch);
    expect(r.code).toBe(6);
    expect(r.stderr).toContain("Organisation acme already exists.");
  });
});

describe("org show", () => {
  const api = () =>
    fakeApi({
      "GET /v1/organizations": () => ({ body: { items: orgs } }),
      "GET /v1/organizations/org_1/teams": () => ({
        body: { items: [sampleTeam(), sampleTeam({ id: "team_2", slug: "ops", name: "Ops", memberCount: 0 })] },
      }),
      "GET /v1/organizations/org_2/teams": () => ({ body: { items: [] } }),
    });

  it("resolves a slug and shows the organisation with its teams", async () => {
    const a = api();
    const r = await runWith(["org", "show", "acme"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests.map((q) => q.path)).toEqual(["/v1/organizations", "/v1/organizations/org_1/teams"]);
    expect(r.stdout.split("\n")).toEqual([
      "Name     Acme Corp",
      "Slug     acme",
      "ID       org_1",
      "Created  4 weeks ago",
      "",
      "Teams",
      "ID      SLUG  NAME  MEMBERS  CREATED",
      "team_1  data  Data        2  yesterday",
      "team_2  ops   Ops         0  yesterday",
      "",
    ]);
  });

  it("takes an id too, and --json carries the teams", async () => {
    const r = await runWith(["org", "show", "org_2", "--json"], api().fetch);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ...orgs[1], teams: [] });
    const human = await runWith(["org", "show", "org_2"], api().fetch);
    expect(human.stdout).toContain("No teams in globex. Create one with `shipyard team create --org globex");
  });

  it("exits 5 naming the known organisations when nothing matches", async () => {
    const a = api();
    const r = await runWith(["org", "show", "initech"], a.fetch);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('No organisation with id or slug "initech".');
    expect(r.stderr).toContain("Known organisations: acme, globex");
    expect(a.requests).toHaveLength(1);
    const j = await runWith(["org", "show", "initech", "--json"], api().fetch);
    expect(JSON.parse(j.stderr)).toMatchObject({ code: "not_found", exitCode: 5 });
  });
});
