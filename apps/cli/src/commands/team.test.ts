import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { fakeApi, problem, sampleMember, sampleOrg, sampleTeam, sampleUser } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const runWith = async (argv: string[], fetch: typeof globalThis.fetch) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

const orgs = { items: [sampleOrg()] };
const teams = { items: [sampleTeam(), sampleTeam({ id: "team_2", slug: "ops", name: "Operations", memberCount: 12 })] };

describe("team list", () => {
  const api = () =>
    fakeApi({
      "GET /v1/organizations": () => ({ body: orgs }),
      "GET /v1/organizations/org_1/teams": () => ({ body: teams }),
    });

  it("resolves --org by slug and lists its teams", async () => {
    const a = api();
    const r = await runWith(["team", "list", "--org", "acme"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "ID      SLUG  NAME        MEMBERS  CREATED",
      "team_1  data  Data              2  yesterday",
      "team_2  ops   Operations       12  yesterday",
      "",
    ]);
  });

  it("prints the teams as JSON", async () => {
    const r = await runWith(["team", "list", "--org", "org_1", "--json"], api().fetch);
    expect(JSON.parse(r.stdout)).toEqual(teams);
  });

  it("exits 5 for an unknown organisation and 2 without --org", async () => {
    const a = api();
    const r = await runWith(["team", "list", "--org", "initech"], a.fetch);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('No organisation with id or slug "initech".');
    expect(a.requests.map((q) => q.path)).toEqual(["/v1/organizations"]);
    const missing = await runWith(["team", "list"], a.fetch);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--org <org>' not specified");
  });
});

describe("team create", () => {
  const api = () =>
    fakeApi({
      "GET /v1/organizations": () => ({ body: orgs }),
      "POST /v1/organizations/org_1/teams": (req) => ({
        status: 201,
        body: sampleTeam({ ...(req.body as { slug: string; name: string }), memberCount: 0 }),
      }),
    });

  it("creates the team in the resolved organisation", async () => {
    const a = api();
    const r = await runWith(["team", "create", "--org", "acme", "--slug", "data", "--name", "Data"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[1]?.body).toEqual({ slug: "data", name: "Data" });
    expect(r.stdout).toContain('Created team data "Data" in acme (team_1).');
    const j = await runWith(["team", "create", "--org", "acme", "--slug", "data", "--name", "Data", "--json"], a.fetch);
    expect(JSON.parse(j.stdout)).toMatchObject({ id: "team_1", organizationId: "org_1", slug: "data" });
  });

  it.each([
    [["team", "create", "--org", "acme", "--slug", "Data!", "--name", "Data"], "--slug must be lowercase letters"],
    [["team", "create", "--org", "acme", "--slug", "data"], "--name"],
    [["team", "create", "--slug", "data", "--name", "Data"], "--org"],
  ])("rejects %j with exit 2", async (argv, message) => {
    const a = api();
    const r = await runWith(argv, a.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });

  it("exits 6 when the organisation already has the slug", async () => {
    const a = fakeApi({
      "GET /v1/organizations": () => ({ body: orgs }),
      "POST /v1/organizations/org_1/teams": () => ({ status: 409, body: problem(409, "conflict", "Team data already exists.") }),
    });
    expect((await runWith(["team", "create", "--org", "acme", "--slug", "data", "--name", "Data"], a.fetch)).code).toBe(6);
  });
});

describe("team rm", () => {
  it("deletes by id", async () => {
    const a = fakeApi({ "DELETE /v1/teams/team_1": () => ({ status: 204 }) });
    const r = await runWith(["team", "rm", "team_1"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Deleted team team_1; its members stay in the organisation");
    expect(JSON.parse((await runWith(["team", "rm", "team_1", "--json"], a.fetch)).stdout)).toEqual({ deleted: "team_1" });
  });

  it("exits 5 for an unknown team", async () => {
    expect((await runWith(["team", "rm", "team_missing"], fakeApi({}).fetch)).code).toBe(5);
  });
});

describe("team members, add and remove", () => {
  const carol = sampleUser();
  const api = () =>
    fakeApi({
      "GET /v1/teams/team_1/members": () => ({
        body: { items: [sampleMember(), sampleMember({ userId: "usr_3", email: "dan@acme.test", name: "Dan" })] },
      }),
      "GET /v1/users": (req) => {
        const items = [carol].filter((u) => u.email.includes(req.query.get("q") ?? ""));
        return { body: { items, nextCursor: null, total: items.length } };
      },
      "PUT /v1/teams/team_1/members/usr_2": () => ({ body: sampleMember() }),
      "DELETE /v1/teams/team_1/members/usr_2": () => ({ status: 204 }),
    });

  it("lists the members", async () => {
    const r = await runWith(["team", "members", "team_1"], api().fetch);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "USER ID  EMAIL            NAME   ROLE    ADDED",
      "usr_2    carol@acme.test  Carol  client  1 hour ago",
      "usr_3    dan@acme.test    Dan    client  1 hour ago",
      "",
    ]);
    const j = await runWith(["team", "members", "team_1", "--json"], api().fetch);
    expect(JSON.parse(j.stdout).items).toHaveLength(2);
  });

  it("adds a member by email", async () => {
    const a = api();
    const r = await runWith(["team", "add", "team_1", "carol@acme.test"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests.map((q) => `${q.method} ${q.path}`)).toEqual(["GET /v1/users", "PUT /v1/teams/team_1/members/usr_2"]);
    expect(r.stdout).toContain("Added carol@acme.test to team team_1.");
    const j = await runWith(["team", "add", "team_1", "usr_2", "--json"], a.fetch);
    expect(JSON.parse(j.stdout)).toEqual(sampleMember());
  });

  it("exits 5 without adding anyone when no user has the email", async () => {
    const a = api();
    const r = await runWith(["team", "add", "team_1", "nobody@acme.test"], a.fetch);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('No user with email "nobody@acme.test".');
    expect(a.requests.map((q) => q.method)).toEqual(["GET"]);
  });

  it("exits 6 when the user is in another organisation", async () => {
    const a = fakeApi({
      "PUT /v1/teams/team_1/members/usr_9": () => ({
        status: 400,
        body: problem(400, "invalid_input", "x@globex.test is not in the team's organisation, so cannot join team data."),
      }),
    });
    const r = await runWith(["team", "add", "team_1", "usr_9"], a.fetch);
    expect(r.code).toBe(6);
    expect(r.stderr).toContain("is not in the team's organisation");
  });

  it("removes a member by email or id", async () => {
    const a = api();
    const r = await runWith(["team", "remove", "team_1", "carol@acme.test"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Removed carol@acme.test from team team_1.");
    const j = await runWith(["team", "remove", "team_1", "usr_2", "--json"], a.fetch);
    expect(JSON.parse(j.stdout)).toEqual({ team: "team_1", removed: "usr_2" });
    expect(a.requests.filter((q) => q.method === "DELETE")).toHaveLength(2);
  });
});
