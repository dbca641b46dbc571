import type { User } from "@shipyard/contract";
import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { type FakeRequest, fakeApi, problem, sampleOrg, sampleUser } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const runWith = async (argv: string[], fetch: typeof globalThis.fetch, stdin?: string) => {
  const io = createTestIo({
    fetch,
    env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" },
    ...(stdin === undefined ? {} : { stdin }),
  });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

const orgs = { items: [sampleOrg(), sampleOrg({ id: "org_2", slug: "globex", name: "Globex" })] };
const ada = sampleUser({ id: "usr_1", email: "ada@example.com", name: "Ada", role: "admin", organizationId: null });
const carol = sampleUser();
const dave = sampleUser({ id: "usr_3", email: "dave@globex.test", name: "Dave", organizationId: "org_2", disabled: true });

/** A listUsers that filters by role and q as the server does, one page. */
const listUsers = (users: User[]) => (req: FakeRequest) => {
  const q = req.query.get("q")?.toLowerCase();
  const role = req.query.get("role");
  const items = users.filter(
    (u) => (!role || u.role === role) && (!q || u.email.includes(q) || u.name.toLowerCase().includes(q)),
  );
  return { body: { items, nextCursor: null, total: items.length } };
};

describe("user list", () => {
  it("lists users with their organisation's slug", async () => {
    const a = fakeApi({
      "GET /v1/users": listUsers([ada, carol, dave]),
      "GET /v1/organizations": () => ({ body: orgs }),
    });
    const r = await runWith(["user", "list"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.query.get("sort")).toBe("email");
    expect(r.stdout.split("\n")).toEqual([
      "ID     EMAIL             NAME   ROLE    ORGANISATION  CREATED    STATUS",
      "usr_1  ada@example.com   Ada    admin   -             last week  active",
      "usr_2  carol@acme.test   Carol  client  acme          last week  active",
      "usr_3  dave@globex.test  Dave   client  globex        last week  disabled",
      "",
    ]);
  });

  it("passes --role and --search, and --json prints the page without looking up organisations", async () => {
    const a = fakeApi({ "GET /v1/users": listUsers([ada, carol, dave]) });
    const r = await runWith(["user", "list", "--role", "client", "--search", "acme", "--json"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests).toHaveLength(1);
    expect(a.requests[0]?.query.get("role")).toBe("client");
    expect(a.requests[0]?.query.get("q")).toBe("acme");
    expect(JSON.parse(r.stdout)).toEqual({ items: [carol], nextCursor: null, total: 1 });
  });

  it("shows the first page and says how to get the rest; --all follows every page", async () => {
    const a = fakeApi({
      "GET /v1/users": (req) =>
        req.query.get("cursor") === "p2"
          ? { body: { items: [carol], nextCursor: null, total: 2 } }
          : { body: { items: [ada], nextCursor: "p2", total: 2 } },
      "GET /v1/organizations": () => ({ body: orgs }),
    });
    const first = await runWith(["user", "list"], a.fetch);
    expect(first.stdout).toContain("ada@example.com");
    expect(first.stdout).not.toContain("carol@acme.test");
    expect(first.stderr).toContain("Showing 1 of 2. Add --all for every user.");
    const all = await runWith(["user", "list", "--all"], a.fetch);
    expect(all.stdout).toContain("carol@acme.test");
    expect(all.stderr).toBe("");
  });

  it("rejects an unknown role with exit 2", async () => {
    const a = fakeApi({});
    const r = await runWith(["user", "list", "--role", "owner"], a.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Allowed choices are admin, operator, client");
    expect(a.requests).toHaveLength(0);
  });
});

describe("user create", () => {
  const api = () =>
    fakeApi({
      "GET /v1/organizations": () => ({ body: orgs }),
      "POST /v1/users": (req) => {
        const { password: _, organizationId, ...body } = req.body as Record<string, string>;
        return { status: 201, body: sampleUser({ ...body, organizationId: organizationId ?? null }) };
      },
    });
  const create = ["user", "create", "--email", "Carol@Acme.test", "--name", "Carol", "--role", "client"];

  it("resolves --org by slug and prints a generated password once", async () => {
    const a = api();
    const r = await runWith([...create, "--org", "acme"], a.fetch);
    expect(r.code).toBe(0);
    const body = a.requests[1]?.body as Record<string, string>;
    expect(body).toMatchObject({ email: "carol@acme.test", name: "Carol", role: "client", organizationId: "org_1" });
    expect(body.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(r.stdout).toContain("Created client carol@acme.test (usr_2) in acme.");
    expect(r.stdout.split(body.password as string)).toHaveLength(2);
    expect(r.stdout).toContain("Shown once; pass it on securely.");
  });

  it("--json carries the generated password", async () => {
    const a = api();
    const r = await runWith([...create, "--org", "org_1", "--json"], a.fetch);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ id: "usr_2", organizationId: "org_1" });
    const sent = a.requests[1]?.body as { password: string } | undefined;
    expect(out.password).toBe(sent?.password);
    expect(out.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it("reads the password from stdin and does not print it", async () => {
    const a = api();
    const r = await runWith(
      ["user", "create", "--email", "op@example.com", "--name", "Op", "--role", "operator", "--password-stdin"],
      a.fetch,
      "correct horse battery\n",
    );
    expect(r.code).toBe(0);
    expect(a.requests.map((q) => q.path)).toEqual(["/v1/users"]);
    expect(a.requests[0]?.body).toEqual({
      email: "op@example.com",
      name: "Op",
      role: "operator",
      password: "correct horse battery",
    });
    expect(r.stdout).not.toContain("correct horse battery");
    expect(r.stdout).not.toContain("Password");
  });

  it.each([
    [[...create], "A client user must belong to an organisation: pass --org."],
    [["user", "create", "--email", "not-an-email", "--name", "X", "--role", "admin"], "--email must be an email address"],
    [["user", "create", "--email", "x@example.com", "--name", "X"], "--role"],
    [["user", "create", "--email", "x@example.com", "--name", "X", "--role", "owner"], "Allowed choices"],
    [[...create, "--org", "acme", "--password-stdin"], "at least 12 characters"],
  ])("rejects %j with exit 2", async (argv, message) => {
    const a = api();
    const r = await runWith(argv, a.fetch, "short\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });

  it("exits 5 for an unknown organisation without creating anyone", async () => {
    const a = api();
    const r = await runWith([...create, "--org", "initech"], a.fetch);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('No organisation with id or slug "initech".');
    expect(a.requests.map((q) => q.method)).toEqual(["GET"]);
  });

  it("exits 6 when the email is taken", async () => {
    const a = fakeApi({
      "GET /v1/organizations": () => ({ body: orgs }),
      "POST /v1/users": () => ({
        status: 409,
        body: problem(409, "conflict", "A user with email carol@acme.test already exists."),
      }),
    });
    expect((await runWith([...create, "--org", "acme"], a.fetch)).code).toBe(6);
  });
});

describe("user update", () => {
  const api = () =>
    fakeApi({
      "GET /v1/organizations": () => ({ body: orgs }),
      "GET /v1/users": listUsers([ada, carol, dave]),
      "PATCH /v1/users/usr_2": (req) => {
        // the server never returns a password
        const { password: _, ...b } = req.body as Partial<User> & { password?: string };
        return { body: { ...carol, ...b } };
      },
    });
  const patches = (a: ReturnType<typeof api>) => a.requests.filter((q) => q.method === "PATCH").map((q) => q.body);

  it("resolves an email to the user's id and shows the result", async () => {
    const a = api();
    const r = await runWith(["user", "update", "Carol@acme.test", "--org", "globex", "--name", "Carol K"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests.find((q) => q.path === "/v1/users")?.query.get("q")).toBe("carol@acme.test");
    expect(patches(a)).toEqual([{ name: "Carol K", organizationId: "org_2" }]);
    expect(r.stdout).toContain("Updated carol@acme.test (usr_2).");
    expect(r.stdout).toMatch(/Organisation\s+globex/);
    expect(r.stdout).toMatch(/Name\s+Carol K/);
  });

  it("takes an id without looking it up; --no-org, --role and --disable map to the body", async () => {
    const a = api();
    const r = await runWith(["user", "update", "usr_2", "--role", "operator", "--no-org", "--disable", "--json"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests.some((q) => q.path === "/v1/users")).toBe(false);
    expect(patches(a)).toEqual([{ role: "operator", organizationId: null, disabled: true }]);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: "usr_2", role: "operator", organizationId: null, disabled: true });
  });

  it("--enable sends disabled: false", async () => {
    const a = api();
    expect((await runWith(["user", "update", "usr_2", "--enable"], a.fetch)).code).toBe(0);
    expect(patches(a)).toEqual([{ disabled: false }]);
  });

  it("--generate-password resets the password to a generated one and prints it once", async () => {
    const a = api();
    const r = await runWith(["user", "update", "carol@acme.test", "--generate-password"], a.fetch);
    expect(r.code).toBe(0);
    const [body] = patches(a) as { password: string }[];
    expect(Object.keys(body ?? {})).toEqual(["password"]);
    expect(body?.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(r.stdout).toContain("Updated carol@acme.test (usr_2); password reset.");
    expect(r.stdout.split(body?.password as string)).toHaveLength(2);
    expect(r.stdout).toContain("Shown once; pass it on securely.");
    expect(r.stderr).toContain("Their console sessions have ended; their API tokens keep working.");
  });

  it("--generate-password --json carries the password sent", async () => {
    const a = api();
    const r = await runWith(["user", "update", "usr_2", "--generate-password", "--role", "operator", "--json"], a.fetch);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const [body] = patches(a) as { password: string; role: string }[];
    expect(body).toMatchObject({ role: "operator" });
    expect(out).toMatchObject({ id: "usr_2", role: "operator" });
    expect(out.password).toBe(body?.password);
    expect(out.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(r.stderr).toBe("");
  });

  it("--password-stdin sends the password from stdin and does not print it", async () => {
    const a = api();
    const r = await runWith(["user", "update", "usr_2", "--password-stdin"], a.fetch, "correct horse battery\n");
    expect(r.code).toBe(0);
    expect(patches(a)).toEqual([{ password: "correct horse battery" }]);
    expect(r.stdout).toContain("password reset.");
    expect(r.stdout).not.toContain("correct horse battery");
    expect(r.stdout).not.toContain("Password:");
  });

  it("--password-stdin --json prints the user without a password", async () => {
    const a = api();
    const r = await runWith(["user", "update", "usr_2", "--password-stdin", "--json"], a.fetch, "correct horse battery\n");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ id: "usr_2" });
    expect(out).not.toHaveProperty("password");
  });

  it("exits 5 when no user has the email", async () => {
    const a = api();
    const r = await runWith(["user", "update", "nobody@acme.test", "--disable"], a.fetch);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('No user with email "nobody@acme.test".');
    expect(patches(a)).toEqual([]);
  });

  it("does not take a partial match for the email", async () => {
    const a = api();
    expect((await runWith(["user", "update", "arol@acme.test", "--disable"], a.fetch)).code).toBe(5);
  });

  it.each([
    [["user", "update", "usr_2"], "Nothing to change."],
    [["user", "update", "usr_2", "--disable", "--enable"], "--disable and --enable cannot be used together."],
    [["user", "update", "usr_2", "--role", "owner"], "Allowed choices"],
    [["user", "update", "usr_2", "--name", ""], "--name must not be empty"],
    [
      ["user", "update", "usr_2", "--password-stdin", "--generate-password"],
      "--password-stdin and --generate-password cannot be used together.",
    ],
    [["user", "update", "usr_2", "--password-stdin"], "at least 12 characters"],
  ])("rejects %j with exit 2", async (argv, message) => {
    const a = api();
    const r = await runWith(argv, a.fetch, "short\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });

  it("exits 2 when --password-stdin gets an empty standard input", async () => {
    const a = api();
    const r = await runWith(["user", "update", "usr_2", "--password-stdin"], a.fetch, "");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--password-stdin was given but standard input was empty.");
    expect(a.requests).toHaveLength(0);
  });

  it("exits 4 with the server's message when a non-admin resets a password", async () => {
    const a = fakeApi({
      "GET /v1/organizations": () => ({ body: orgs }),
      "PATCH /v1/users/usr_2": () => ({
        status: 403,
        body: problem(403, "forbidden", "Only admins may change users.", "Ask an admin to reset the password."),
      }),
    });
    const r = await runWith(["user", "update", "usr_2", "--generate-password"], a.fetch);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Only admins may change users.");
    expect(r.stderr).toContain("Ask an admin to reset the password.");
  });
});
