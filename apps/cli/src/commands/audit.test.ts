import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { fakeApi, problem, sampleAudit } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const runWith = async (argv: string[], fetch: typeof globalThis.fetch) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

const entries = [
  sampleAudit({ id: "a1" }),
  sampleAudit({ id: "a2", action: "session.create", targetKind: "session", targetId: null, at: "2025-06-01T10:00:00.000Z" }),
  sampleAudit({
    id: "a3",
    action: "token.revoke",
    outcome: "denied",
    actorEmail: null,
    actorId: null,
    at: "2025-05-31T09:00:00.000Z",
  }),
];

const paged = () =>
  fakeApi({
    "GET /v1/audit": (req) => {
      const cursor = req.query.get("cursor");
      if (!cursor) return { body: { items: entries.slice(0, 2), nextCursor: "c2", total: 3 } };
      return { body: { items: entries.slice(2), nextCursor: null, total: 3 } };
    },
  });

describe("audit", () => {
  it("passes filters as query parameters, turning ages into times", async () => {
    const a = paged();
    await runWith(
      [
        "audit",
        "--actor",
        "ada@example.com",
        "--action",
        "token.",
        "--outcome",
        "denied",
        "--since",
        "2h",
        "--until",
        "2025-06-01",
        "--limit",
        "10",
      ],
      a.fetch,
    );
    expect(Object.fromEntries(a.requests[0]?.query ?? [])).toEqual({
      actor: "ada@example.com",
      action: "token.",
      outcome: "denied",
      since: "2025-06-01T10:00:00.000Z",
      until: "2025-06-01T00:00:00.000Z",
      limit: "10",
    });
  });

  it("shows one page and says how to see more", async () => {
    const a = paged();
    const r = await runWith(["audit"], a.fetch);
    expect(a.requests).toHaveLength(1);
    expect(r.stdout.split("\n")).toEqual([
      "WHEN           ACTOR            ACTION          TARGET       OUTCOME",
      "2 minutes ago  ada@example.com  token.create    token/tok_1  success",
      "2 hours ago    ada@example.com  session.create  session      success",
      "",
    ]);
    expect(r.stderr).toContain("Showing 2 of 3. Add --all");
  });

  it("follows nextCursor with --all and prints every entry as JSON", async () => {
    const a = paged();
    const r = await runWith(["audit", "--all", "--json"], a.fetch);
    expect(a.requests.map((q) => q.query.get("cursor"))).toEqual([null, "c2"]);
    expect(a.requests[0]?.query.get("limit")).toBe("200");
    const out = JSON.parse(r.stdout);
    expect(out.items.map((e: { id: string }) => e.id)).toEqual(["a1", "a2", "a3"]);
    expect(out.nextCursor).toBeNull();
    expect(r.stderr).toBe("");
  });

  it.each([
    [["--outcome", "maybe"], "--outcome"],
    [["--since", "last tuesday"], "--since must be an ISO 8601 time"],
    [["--limit", "500"], "--limit must be at most 200"],
  ])("rejects %j with exit 2", async (flags, message) => {
    const a = paged();
    const r = await runWith(["audit", ...flags], a.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });

  it("exits 4 when the role may not read the audit trail", async () => {
    const a = fakeApi({ "GET /v1/audit": () => ({ status: 403, body: problem(403, "forbidden", "You need audit:read.") }) });
    const r = await runWith(["audit"], a.fetch);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("You need audit:read.");
  });
});
