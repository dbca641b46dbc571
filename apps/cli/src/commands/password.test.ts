import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { connectionRefused, fakeApi, problem } from "../testing/fake-api.ts";
import { createTestIo, type TestIoOptions } from "../testing/test-io.ts";

const CURRENT = "old-password-1";
const NEW = "correct horse battery";

const runWith = async (argv: string[], options: TestIoOptions = {}) => {
  const io = createTestIo({
    ...options,
    env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env", ...options.env },
  });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText(), io };
};

/** A server whose current password is CURRENT, answering as POST /v1/me/password does. */
const passwordServer = () =>
  fakeApi({
    "POST /v1/me/password": (req) => {
      const body = req.body as { currentPassword: string; newPassword: string };
      if (body.currentPassword !== CURRENT) {
        return {
          status: 400,
          body: problem(
            400,
            "invalid_input",
            "The current password is wrong.",
            "Type your current password again; an administrator can reset it.",
          ),
        };
      }
      return { status: 204 };
    },
  });

const terminal = (answers: string[]): TestIoOptions => ({ interactive: true, answers });

describe("password at a terminal", () => {
  it("asks for the current password and the new one twice, hidden, and sends them", async () => {
    const api = passwordServer();
    const r = await runWith(["password"], { fetch: api.fetch, ...terminal([CURRENT, NEW, NEW]) });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.io.prompts).toEqual([
      { question: "Current password: ", hidden: true },
      { question: "New password: ", hidden: true },
      { question: "Repeat new password: ", hidden: true },
    ]);
    expect(api.requests.map((q) => `${q.method} ${q.path}`)).toEqual(["POST /v1/me/password"]);
    expect(api.requests[0]?.headers.get("authorization")).toBe("Bearer shp_env");
    expect(api.requests[0]?.body).toEqual({ currentPassword: CURRENT, newPassword: NEW });
    expect(r.stdout).toContain("Password changed.");
    expect(r.stdout).toContain("Your other console sessions have ended; API tokens keep working.");
    expect(r.stdout).not.toContain(NEW);
  });

  it("works as `passwd` too", async () => {
    const api = passwordServer();
    const r = await runWith(["passwd"], { fetch: api.fetch, ...terminal([CURRENT, NEW, NEW]) });
    expect(r.code).toBe(0);
    expect(api.requests).toHaveLength(1);
  });

  it("--json prints { changed: true }", async () => {
    const r = await runWith(["password", "--json"], { fetch: passwordServer().fetch, ...terminal([CURRENT, NEW, NEW]) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ changed: true });
    expect(r.stderr).toBe("");
  });

  it("exits 2 without calling the server when the new passwords do not match", async () => {
    const api = passwordServer();
    const r = await runWith(["password"], { fetch: api.fetch, ...terminal([CURRENT, NEW, `${NEW}!`]) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The new passwords do not match.");
    expect(api.requests).toHaveLength(0);
  });

  it("exits 2 for a new password under 12 characters, before asking to repeat it", async () => {
    const api = passwordServer();
    const r = await runWith(["password"], { fetch: api.fetch, ...terminal([CURRENT, "short-pw"]) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The new password must be at least 12 characters.");
    expect(r.io.prompts).toHaveLength(2);
    expect(api.requests).toHaveLength(0);
  });

  it("exits 2 for an empty current password", async () => {
    const api = passwordServer();
    const r = await runWith(["password"], { fetch: api.fetch, ...terminal([""]) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The current password is empty.");
    expect(api.requests).toHaveLength(0);
  });

  it("shows the server's message and suggestion for a wrong current password (exit 6)", async () => {
    const r = await runWith(["password"], { fetch: passwordServer().fetch, ...terminal(["not-my-password", NEW, NEW]) });
    expect(r.code).toBe(6);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Error: The current password is wrong.");
    expect(r.stderr).toContain("→ Type your current password again; an administrator can reset it.");
  });

  it("with --json, a wrong current password is a JSON problem on stderr", async () => {
    const r = await runWith(["password", "--json"], {
      fetch: passwordServer().fetch,
      ...terminal(["not-my-password", NEW, NEW]),
    });
    expect(r.code).toBe(6);
    expect(r.stdout).toBe("");
    expect(JSON.parse(r.stderr)).toMatchObject({
      code: "invalid_input",
      status: 400,
      message: "The current password is wrong.",
      suggestion: "Type your current password again; an administrator can reset it.",
      exitCode: 6,
    });
  });
});

describe("password --stdin", () => {
  it("reads the current password, then the new one", async () => {
    const api = passwordServer();
    const r = await runWith(["password", "--stdin", "--json"], { fetch: api.fetch, stdin: `${CURRENT}\n${NEW}\n` });
    expect(r.code).toBe(0);
    expect(api.requests[0]?.body).toEqual({ currentPassword: CURRENT, newPassword: NEW });
    expect(JSON.parse(r.stdout)).toEqual({ changed: true });
  });

  it("accepts CRLF line ends and no final newline", async () => {
    const api = passwordServer();
    const r = await runWith(["password", "--stdin"], { fetch: api.fetch, stdin: `${CURRENT}\r\n${NEW}` });
    expect(r.code).toBe(0);
    expect(api.requests[0]?.body).toEqual({ currentPassword: CURRENT, newPassword: NEW });
  });

  it.each([
    ["", "--stdin expects two non-empty lines"],
    [`${CURRENT}\n`, "--stdin expects two non-empty lines"],
    [`${CURRENT}\n\n`, "--stdin expects two non-empty lines"],
    [`${CURRENT}\n${NEW}\n${NEW}\n`, "--stdin expects two non-empty lines"],
    [`${CURRENT}\nshort-pw\n`, "The new password must be at least 12 characters."],
  ])("rejects standard input %j with exit 2", async (stdin, message) => {
    const api = passwordServer();
    const r = await runWith(["password", "--stdin"], { fetch: api.fetch, stdin });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(api.requests).toHaveLength(0);
  });

  it("exits 6 with the server's message for a wrong current password", async () => {
    const r = await runWith(["password", "--stdin"], { fetch: passwordServer().fetch, stdin: `nope-nope-nope\n${NEW}\n` });
    expect(r.code).toBe(6);
    expect(r.stderr).toContain("The current password is wrong.");
  });
});

describe("password without a terminal or a login", () => {
  it("refuses to prompt without a terminal and points at --stdin (exit 2)", async () => {
    const api = passwordServer();
    const r = await runWith(["password"], { fetch: api.fetch });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not at a terminal, and --stdin was not given");
    expect(r.stderr).toContain("shipyard password --stdin");
    expect(api.requests).toHaveLength(0);
  });

  it("exits 3 before asking anything when not logged in", async () => {
    const io = createTestIo({ env: { SHIPYARD_CONFIG: "/nonexistent/config.json" }, interactive: true, answers: [] });
    const code = await run(["password"], io);
    expect(code).toBe(3);
    expect(io.prompts).toEqual([]);
    expect(io.stderrText()).toContain("You are not logged in");
  });

  it("exits 7 when the server cannot be reached", async () => {
    const r = await runWith(["password", "--stdin"], { fetch: connectionRefused(), stdin: `${CURRENT}\n${NEW}\n` });
    expect(r.code).toBe(7);
  });
});
