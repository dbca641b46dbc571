import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { run } from "./main.ts";
import { connectionRefused, fakeApi, problem, sampleMe } from "./testing/fake-api.ts";
import { createTestIo, type TestIoOptions } from "./testing/test-io.ts";

let dir: string;
let configFile: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "shipyard-cli-main-"));
  configFile = join(dir, "config.json");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const runWith = async (argv: string[], options: TestIoOptions = {}) => {
  const io = createTestIo({ ...options, env: { SHIPYARD_CONFIG: configFile, ...options.env } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText(), io };
};

describe("root command", () => {
  it("prints the version", async () => {
    const r = await runWith(["--version"]);
    expect(r).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` });
  });

  it("documents exit codes and examples in --help", async () => {
    const r = await runWith(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Exit codes:");
    expect(r.stdout).toMatch(/7 {2}server unreachable/);
    expect(r.stdout).toContain("$ shipyard login");
  });

  it.each([["token"], ["audit"], ["login"], ["serve"], ["jobs"]])("has examples in `%s --help`", async (cmd) => {
    const r = await runWith([cmd, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toContain("--json");
  });

  it("exits 2 on an unknown option, command or missing subcommand", async () => {
    expect((await runWith(["whoami", "--bogus"])).code).toBe(2);
    const unknown = await runWith(["deploy-everything"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'deploy-everything'");
    expect((await runWith(["token"])).code).toBe(2);
    expect((await runWith(["token", "revoke"])).code).toBe(2);
  });

  it("writes usage errors as JSON on stderr with --json, wherever the flag is", async () => {
    for (const argv of [
      ["--json", "whoami", "--bogus"],
      ["whoami", "--bogus", "--json"],
    ]) {
      const r = await runWith(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(JSON.parse(r.stderr)).toMatchObject({ code: "usage", exitCode: 2, message: "unknown option '--bogus'" });
    }
  });

  it("rejects a --server that is not an http(s) URL", async () => {
    const r = await runWith(["whoami", "--server", "localhost:7300", "--token", "t"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--server must be");
  });
});

describe("server and token resolution", () => {
  const me = () => fakeApi({ "GET /v1/me": () => ({ body: sampleMe() }) });

  it("exits 3 with a hint to log in when there is no token", async () => {
    const r = await runWith(["whoami"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("not logged in to http://localhost:7300");
    expect(r.stderr).toContain("shipyard login");
  });

  it("uses the config file's server and token", async () => {
    await writeFile(configFile, JSON.stringify({ server: "http://sy.example:7300", token: "shp_fromconfig" }));
    const api = me();
    const r = await runWith(["whoami", "--json"], { fetch: api.fetch });
    expect(r.code).toBe(0);
    expect(api.requests[0]?.headers.get("authorization")).toBe("Bearer shp_fromconfig");
    expect(JSON.parse(r.stdout)).toMatchObject({ server: "http://sy.example:7300", user: { email: "ada@example.com" } });
  });

  it("never sends the config file's token to another server", async () => {
    await writeFile(configFile, JSON.stringify({ server: "http://sy.example:7300", token: "shp_fromconfig" }));
    const api = me();
    const r = await runWith(["whoami", "--server", "http://elsewhere:7300"], { fetch: api.fetch });
    expect(r.code).toBe(3);
    expect(api.requests).toHaveLength(0);
  });

  it("prefers --token over SHIPYARD_TOKEN over the config file, and --server over SHIPYARD_URL", async () => {
    await writeFile(configFile, JSON.stringify({ server: "http://a:1", token: "shp_config" }));
    const api = me();
    await runWith(["whoami", "--token", "shp_flag"], { fetch: api.fetch, env: { SHIPYARD_TOKEN: "shp_env" } });
    await runWith(["whoami"], { fetch: api.fetch, env: { SHIPYARD_TOKEN: "shp_env", SHIPYARD_URL: "http://b:2" } });
    await runWith(["whoami", "--server", "http://c:3"], {
      fetch: api.fetch,
      env: { SHIPYARD_TOKEN: "shp_env", SHIPYARD_URL: "http://b:2" },
    });
    expect(api.requests.map((r) => r.headers.get("authorization"))).toEqual([
      "Bearer shp_flag",
      "Bearer shp_env",
      "Bearer shp_env",
    ]);
    expect(api.requests.map((r) => r.url.host)).toEqual(["a:1", "b:2", "c:3"]);
  });

  it("shows whoami as aligned fields for people", async () => {
    const r = await runWith(["whoami", "--token", "t"], { fetch: me().fetch });
    expect(r.stdout).toMatch(/^Email {11}ada@example.com$/m);
    expect(r.stdout).toMatch(/^Role {12}admin$/m);
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("explains a corrupt config file (exit 1)", async () => {
    await writeFile(configFile, "not json");
    const r = await runWith(["whoami"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`The config file ${configFile} is not valid`);
  });
});

describe("failures from the server", () => {
  it.each([
    [401, "unauthenticated", 3],
    [403, "forbidden", 4],
    [404, "not_found", 5],
    [409, "conflict", 6],
    [422, "invalid_input", 6],
    [500, "internal", 1],
  ] as const)("maps HTTP %i (%s) to exit %i, with the problem on stderr", async (status, code, exit) => {
    const api = fakeApi({ "GET /v1/me": () => ({ status, body: problem(status, code, `failed with ${status}`, "Do this") }) });
    const r = await runWith(["whoami", "--token", "t", "--json"], { fetch: api.fetch });
    expect(r.code).toBe(exit);
    expect(r.stdout).toBe("");
    expect(JSON.parse(r.stderr)).toMatchObject({
      status,
      code,
      message: `failed with ${status}`,
      suggestion: "Do this",
      exitCode: exit,
    });
  });

  it("exits 7 naming the URL when the server is unreachable", async () => {
    const r = await runWith(["whoami", "--token", "t", "--server", "http://127.0.0.1:9"], { fetch: connectionRefused() });
    expect(r.code).toBe(7);
    expect(r.stderr).toContain("Could not reach the Shipyard server at http://127.0.0.1:9: connection refused.");
  });
});

describe("config file written by commands", () => {
  it("is not touched by read-only commands", async () => {
    const api = fakeApi({ "GET /v1/me": () => ({ body: sampleMe() }) });
    await runWith(["whoami", "--token", "t"], { fetch: api.fetch });
    await expect(readFile(configFile)).rejects.toThrow(/ENOENT/);
  });
});
