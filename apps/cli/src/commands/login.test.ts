import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeConfig } from "../config.ts";
import { run } from "../main.ts";
import { connectionRefused, type FakeHandler, fakeApi, problem, sampleMe, sampleToken } from "../testing/fake-api.ts";
import { createTestIo, type TestIoOptions } from "../testing/test-io.ts";
import { sessionCookie } from "./login.ts";
import { findTokenRecord } from "./logout.ts";

let dir: string;
let configFile: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "shipyard-cli-login-"));
  configFile = join(dir, "shipyard", "config.json");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const runWith = async (argv: string[], options: TestIoOptions = {}) => {
  const io = createTestIo({ ...options, env: { SHIPYARD_CONFIG: configFile, ...options.env } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText(), io };
};
const readConfigFile = async () => JSON.parse(await readFile(configFile, "utf8"));

/** A server that accepts ada@example.com / correct-horse and issues shp_abc123… tokens. */
function loginServer(extra: Record<string, FakeHandler> = {}) {
  return fakeApi({
    "POST /v1/auth/login": (req) => {
      const body = req.body as { email: string; password: string };
      if (body.password !== "correct-horse")
        return { status: 401, body: problem(401, "unauthenticated", "Wrong email or password.") };
      return {
        body: { ...sampleMe(), authMethod: "session" },
        headers: [["set-cookie", "shipyard_session=sess123; Path=/; HttpOnly; SameSite=Lax"]],
      };
    },
    "POST /v1/tokens": (req) => {
      if (req.headers.get("cookie") !== "shipyard_session=sess123")
        return { status: 401, body: problem(401, "unauthenticated", "No session") };
      const { name } = req.body as { name: string };
      return { status: 201, body: { ...sampleToken({ name }), token: "shp_abc123secretpart" } };
    },
    "POST /v1/auth/logout": () => ({ status: 204 }),
    "GET /v1/me": (req) =>
      req.headers.get("authorization")?.startsWith("Bearer shp_")
        ? { body: sampleMe() }
        : { status: 401, body: problem(401, "unauthenticated", "Bad token") },
    ...extra,
  });
}

describe("login with email and password", () => {
  it("logs in, creates a cli@<host> token with the session cookie, ends the session and stores server + token (0600)", async () => {
    const api = loginServer();
    const r = await runWith(["login", "--server", "http://sy.example:7300/", "--email", "ada@example.com"], {
      fetch: api.fetch,
      env: { SHIPYARD_PASSWORD: "correct-horse" },
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(api.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      "POST /v1/auth/login",
      "POST /v1/tokens",
      "POST /v1/auth/logout",
      "GET /v1/me",
    ]);
    expect(api.requests[0]?.body).toEqual({ email: "ada@example.com", password: "correct-horse" });
    expect(api.requests[1]?.body).toEqual({ name: "cli@devbox" });
    expect(await readConfigFile()).toEqual({ server: "http://sy.example:7300", token: "shp_abc123secretpart" });
    expect((await stat(configFile)).mode & 0o777).toBe(0o600);
    expect(r.stdout).toContain("Logged in to http://sy.example:7300 as ada@example.com (admin).");
    expect(r.stdout).not.toContain("secretpart");
  });

  it("prints JSON without the secret", async () => {
    const r = await runWith(["login", "--json", "--email", "ada@example.com"], {
      fetch: loginServer().fetch,
      env: { SHIPYARD_PASSWORD: "correct-horse" },
    });
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      server: "http://localhost:7300",
      user: { email: "ada@example.com" },
      token: { id: "tok_1", name: "cli@devbox" },
    });
    expect(r.stdout).not.toContain("secretpart");
  });

  it("reads the password from stdin with --password-stdin", async () => {
    const api = loginServer();
    const r = await runWith(["login", "--email", "ada@example.com", "--password-stdin"], {
      fetch: api.fetch,
      stdin: "correct-horse\n",
    });
    expect(r.code).toBe(0);
    expect(api.requests[0]?.body).toMatchObject({ password: "correct-horse" });
  });

  it("asks for email and (hidden) password at a terminal", async () => {
    const io = { fetch: loginServer().fetch, interactive: true, answers: ["ada@example.com", "correct-horse"] };
    const r = await runWith(["login"], io);
    expect(r.code).toBe(0);
    expect(r.io.prompts).toEqual([
      { question: "Email: ", hidden: false },
      { question: "Password: ", hidden: true },
    ]);
  });

  it("refuses to prompt without a terminal (exit 2)", async () => {
    const noEmail = await runWith(["login"], { fetch: loginServer().fetch });
    expect(noEmail.code).toBe(2);
    expect(noEmail.stderr).toContain("--email");
    const noPassword = await runWith(["login", "--email", "ada@example.com"], { fetch: loginServer().fetch });
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain("--password-stdin");
    const emptyStdin = await runWith(["login", "--email", "ada@example.com", "--password-stdin"], {
      fetch: loginServer().fetch,
      stdin: "",
    });
    expect(emptyStdin.code).toBe(2);
  });

  it("exits 3 on a wrong password and stores nothing", async () => {
    const r = await runWith(["login", "--email", "ada@example.com"], {
      fetch: loginServer().fetch,
      env: { SHIPYARD_PASSWORD: "nope" },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("Wrong email or password.");
    await expect(readFile(configFile)).rejects.toThrow(/ENOENT/);
  });

  it("fails clearly when the server sets no session cookie", async () => {
    const api = loginServer({ "POST /v1/auth/login": () => ({ body: sampleMe() }) });
    const r = await runWith(["login", "--email", "ada@example.com"], {
      fetch: api.fetch,
      env: { SHIPYARD_PASSWORD: "correct-horse" },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("set no shipyard_session cookie");
  });
});

describe("login --token", () => {
  it("checks the token with GET /v1/me and stores it", async () => {
    const api = loginServer();
    const r = await runWith(["login", "--token", "shp_given", "--server", "http://sy.example:7300"], { fetch: api.fetch });
    expect(r.code).toBe(0);
    expect(api.requests.map((q) => q.path)).toEqual(["/v1/me"]);
    expect(await readConfigFile()).toEqual({ server: "http://sy.example:7300", token: "shp_given" });
  });

  it("stores nothing when the server rejects the token (exit 3)", async () => {
    const r = await runWith(["login", "--token", "bad"], { fetch: loginServer().fetch });
    expect(r.code).toBe(3);
    await expect(readFile(configFile)).rejects.toThrow(/ENOENT/);
  });
});

describe("logout", () => {
  const stored = async () => {
    await writeConfig(configFile, { server: "http://localhost:7300", token: "shp_abc123secretpart" });
  };

  it("revokes the stored token (found by prefix) and removes it from the config file", async () => {
    await stored();
    const api = fakeApi({
      "GET /v1/tokens": () => ({
        body: {
          items: [sampleToken({ id: "tok_other", prefix: "shp_zzz999" }), sampleToken({ id: "tok_mine" })],
          nextCursor: null,
          total: 2,
        },
      }),
      "DELETE /v1/tokens/tok_mine": () => ({ body: sampleToken({ id: "tok_mine", revokedAt: "2025-06-01T12:00:00.000Z" }) }),
    });
    const r = await runWith(["logout"], { fetch: api.fetch });
    expect(r.code).toBe(0);
    expect(api.requests.map((q) => `${q.method} ${q.path}`)).toEqual(["GET /v1/tokens", "DELETE /v1/tokens/tok_mine"]);
    expect(await readConfigFile()).toEqual({ server: "http://localhost:7300" });
    expect(r.stdout).toContain("Revoked API token");
  });

  it("still forgets a token the server no longer accepts", async () => {
    await stored();
    const api = fakeApi({ "GET /v1/tokens": () => ({ status: 401, body: problem(401, "unauthenticated", "revoked") }) });
    const r = await runWith(["logout", "--json"], { fetch: api.fetch });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ server: "http://localhost:7300", revoked: null, removedFromConfig: true });
    expect(await readConfigFile()).toEqual({ server: "http://localhost:7300" });
  });

  it("keeps the token when the server cannot be reached (exit 7)", async () => {
    await stored();
    const r = await runWith(["logout"], { fetch: connectionRefused() });
    expect(r.code).toBe(7);
    expect((await readConfigFile()).token).toBe("shp_abc123secretpart");
  });

  it("is a no-op when not logged in", async () => {
    const r = await runWith(["logout"]);
    expect(r).toMatchObject({ code: 0, stdout: "Not logged in; nothing to do.\n" });
  });
});

describe("helpers", () => {
  it("sessionCookie picks shipyard_session out of set-cookie headers", () => {
    expect(sessionCookie(["other=1; Path=/", "shipyard_session=abc; HttpOnly"])).toBe("shipyard_session=abc");
    expect(sessionCookie(["shipyard_session=; Max-Age=0"])).toBeUndefined();
    expect(sessionCookie([])).toBeUndefined();
  });

  it("findTokenRecord prefers the longest matching prefix, then the most recently used", () => {
    const a = sampleToken({ id: "a", prefix: "shp_abc", lastUsedAt: "2025-06-01T10:00:00.000Z" });
    const b = sampleToken({ id: "b", prefix: "shp_abc", lastUsedAt: "2025-06-01T11:00:00.000Z" });
    const c = sampleToken({ id: "c", prefix: "shp_abc1" });
    const revoked = sampleToken({ id: "r", prefix: "shp_abc12", revokedAt: "2025-06-01T09:00:00.000Z" });
    expect(findTokenRecord([a, b], "shp_abcdef")?.id).toBe("b");
    expect(findTokenRecord([a, b, c, revoked], "shp_abc123")?.id).toBe("c");
    expect(findTokenRecord([a], "shp_zzz")).toBeUndefined();
  });
});
