import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { fakeApi, problem, sampleToken } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const runWith = async (argv: string[], fetch: typeof globalThis.fetch) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

describe("token create", () => {
  const api = () =>
    fakeApi({
      "POST /v1/tokens": (req) => ({
        status: 201,
        body: {
          ...sampleToken({ name: (req.body as { name: string }).name, expiresAt: "2025-08-30T12:00:00.000Z" }),
          token: "shp_abc123SECRET",
        },
      }),
    });

  it("sends name and expiry and prints the secret once", async () => {
    const a = api();
    const r = await runWith(["token", "create", "--name", "ci", "--expires-in-days", "90"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({ name: "ci", expiresInDays: 90 });
    expect(r.stdout.match(/shp_abc123SECRET/g)).toHaveLength(1);
    expect(r.stdout).toContain("Shown once; store it now. Expires in 3 months.");
  });

  it("prints the created token, secret included, as JSON", async () => {
    const r = await runWith(["token", "create", "--name", "ci", "--json"], api().fetch);
    expect(JSON.parse(r.stdout)).toMatchObject({ name: "ci", token: "shp_abc123SECRET" });
  });

  it.each([
    [["token", "create"], "--name"],
    [["token", "create", "--name", "ci", "--expires-in-days", "0"], "--expires-in-days must be at least 1"],
    [["token", "create", "--name", "ci", "--expires-in-days", "soon"], "--expires-in-days must be a whole number of days"],
    [["token", "create", "--name", "  "], "--name must not be empty"],
  ])("rejects %j with exit 2", async (argv, message) => {
    const a = api();
    const r = await runWith(argv, a.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });

  it("exits 6 when the server rejects the input", async () => {
    const a = fakeApi({ "POST /v1/tokens": () => ({ status: 400, body: problem(400, "invalid_input", "name is too long") }) });
    expect((await runWith(["token", "create", "--name", "x"], a.fetch)).code).toBe(6);
  });
});

describe("token list", () => {
  const tokens = [
    sampleToken({ id: "tok_1", name: "cli@devbox", lastUsedAt: "2025-06-01T11:59:30.000Z" }),
    sampleToken({
      id: "tok_2",
      name: "ci",
      prefix: "shp_def456",
      revokedAt: "2025-05-30T12:00:00.000Z",
      createdAt: "2025-05-01T12:00:00.000Z",
    }),
  ];

  it("lists all pages as an aligned table with relative dates", async () => {
    const a = fakeApi({
      "GET /v1/tokens": (req) =>
        req.query.get("cursor") === "p2"
          ? { body: { items: [tokens[1]], nextCursor: null, total: 2 } }
          : { body: { items: [tokens[0]], nextCursor: "p2", total: 2 } },
    });
    const r = await runWith(["token", "list", "--all"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests.map((q) => q.query.get("includeRevoked"))).toEqual(["true", "true"]);
    expect(r.stdout.split("\n")).toEqual([
      "ID     NAME        PREFIX       CREATED      LAST USED  EXPIRES  STATUS",
      "tok_1  cli@devbox  shp_abc123…  1 hour ago   just now   never    active",
      "tok_2  ci          shp_def456…  4 weeks ago  never      never    revoked",
      "",
    ]);
  });

  it("leaves revoked tokens out by default and prints JSON with --json", async () => {
    const a = fakeApi({ "GET /v1/tokens": () => ({ body: { items: [tokens[0]], nextCursor: null, total: 1 } }) });
    const r = await runWith(["token", "list", "--json"], a.fetch);
    expect(a.requests[0]?.query.get("includeRevoked")).toBe("false");
    expect(JSON.parse(r.stdout)).toEqual({ items: [tokens[0]], nextCursor: null, total: 1 });
  });
});

describe("token revoke", () => {
  it("revokes by id", async () => {
    const a = fakeApi({
      "DELETE /v1/tokens/tok_9": () => ({ body: sampleToken({ id: "tok_9", revokedAt: "2025-06-01T12:00:00.000Z" }) }),
    });
    const r = await runWith(["token", "revoke", "tok_9"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Revoked API token "cli@devbox" (tok_9).');
  });

  it("exits 5 for an unknown id", async () => {
    const r = await runWith(["token", "revoke", "tok_missing"], fakeApi({}).fetch);
    expect(r.code).toBe(5);
  });
});
