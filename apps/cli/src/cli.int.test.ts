import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type {
  ApiToken,
  ApiTokenCreated,
  AuditEntry,
  Me,
  Organization,
  Page,
  Share,
  Team,
  TeamMember,
  User,
} from "@shipyard/contract";
import { loadConfig, type RunningServer, startServer } from "@shipyard/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/shipyard", import.meta.url));
const ADMIN = { email: "cli-admin@test.local", password: "cli-admin-password-123" };

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

const children = new Set<ChildProcess>();
let tmp: string;
let configFile: string;
let server: RunningServer;
let url: string;

/** Runs the CLI as its own process (the real entry point), with its own config file. */
function spawnCli(args: string[], options: { env?: Record<string, string>; stdin?: string; command?: string[] } = {}) {
  const child = spawn(options.command?.[0] ?? process.execPath, [...(options.command?.slice(1) ?? [MAIN]), ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: tmp, SHIPYARD_CONFIG: configFile, NO_COLOR: "1", ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  children.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  child.stdin.end(options.stdin ?? "");
  const done = new Promise<Result>((resolve) =>
    child.once("close", (code) => {
      children.delete(child);
      resolve({ code, stdout, stderr });
    }),
  );
  return { child, done, output: () => stdout + stderr };
}

const cli = (args: string[], options?: Parameters<typeof spawnCli>[1]) => spawnCli(args, options).done;

const json = <T>(r: Result): T => {
  expect(r.stderr, `stderr of a successful command: ${r.stderr}`).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const address = s.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

async function waitFor(cond: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "shipyard-cli-it-"));
  configFile = join(tmp, "config", "shipyard.json");
  const config = loadConfig(
    { SHIPYARD_ADMIN_EMAIL: ADMIN.email, SHIPYARD_ADMIN_PASSWORD: ADMIN.password, SHIPYARD_LOG_LEVEL: "silent" },
    { port: 0, host: "127.0.0.1", dataDir: join(tmp, "server-data") },
  );
  server = await startServer(config, { print: () => undefined });
  url = server.url;
});

afterEach(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
});

afterAll(async () => {
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("shipyard against a real server", () => {
  let ciToken: ApiTokenCreated;

  it("logs in with --password-stdin and stores the server and a token in a 0600 config file", async () => {
    const r = await cli(["login", "--server", url, "--email", ADMIN.email, "--password-stdin"], { stdin: `${ADMIN.password}\n` });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Logged in to ${url} as ${ADMIN.email} (admin).`);
    const stored = JSON.parse(await readFile(configFile, "utf8"));
    expect(stored.server).toBe(url);
    expect(stored.token).toMatch(/^\S{20,}$/);
    expect((await stat(configFile)).mode & 0o777).toBe(0o600);
  });

  it("whoami --json shows the user, authenticated by the stored token", async () => {
    const me = json<Me & { server: string }>(await cli(["whoami", "--json"]));
    expect(me).toMatchObject({ server: url, authMethod: "token", user: { email: ADMIN.email, role: "admin" } });
  });

  it("creates, lists and revokes a token", async () => {
    ciToken = json<ApiTokenCreated>(await cli(["token", "create", "--name", "ci", "--expires-in-days", "7", "--json"]));
    expect(ciToken).toMatchObject({ name: "ci", revokedAt: null });
    expect(ciToken.token.startsWith(ciToken.prefix)).toBe(true);

    const listed = json<Page<ApiToken>>(await cli(["token", "list", "--json"]));
    expect(listed.items.map((t) => t.name).sort()).toEqual(["ci", `cli@${hostname()}`].sort());

    const table = await cli(["token", "list"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+NAME\s+PREFIX\s+CREATED\s+LAST USED\s+EXPIRES\s+STATUS$/m);
    expect(table.stdout).toMatch(/\bci\b.*just now\s+never\s+next week\s+active$/m);

    const revoked = json<ApiToken>(await cli(["token", "revoke", ciToken.id, "--json"]));
    expect(revoked.revokedAt).not.toBeNull();

    const active = json<Page<ApiToken>>(await cli(["token", "list", "--json"]));
    expect(active.items.map((t) => t.id)).not.toContain(ciToken.id);
    const all = json<Page<ApiToken>>(await cli(["token", "list", "--all", "--json"]));
    expect(all.items.find((t) => t.id === ciToken.id)?.revokedAt).not.toBeNull();
  });

  it("audit --json shows those actions, by this user", async () => {
    const page = json<Page<AuditEntry>>(await cli(["audit", "--actor", ADMIN.email, "--all", "--json"]));
    const actions = page.items.map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(["session.create:success", "token.create:success", "token.revoke:success"]));
    expect(page.items.find((e) => e.action === "token.revoke")).toMatchObject({ actorEmail: ADMIN.email, targetId: ciToken.id });

    const filtered = json<Page<AuditEntry>>(await cli(["audit", "--action", "token.", "--since", "1h", "--json"]));
    expect(filtered.items.length).toBeGreaterThanOrEqual(3);
    expect(filtered.items.every((e) => e.action.startsWith("token."))).toBe(true);
  });

  it("exits 3 with a revoked token", async () => {
    const r = await cli(["whoami", "--token", ciToken.token]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("revoked");
    const asJson = await cli(["whoami", "--token", ciToken.token, "--json"]);
    expect(asJson.code).toBe(3);
    expect(asJson.stdout).toBe("");
    expect(JSON.parse(asJson.stderr)).toMatchObject({ status: 401, code: "unauthenticated", exitCode: 3 });
  });

  it("exits 2 on a bad flag", async () => {
    const r = await cli(["token", "list", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--bogus'");
    expect((await cli(["audit", "--outcome", "maybe"])).code).toBe(2);
  });

  it("exits 6 when the server rejects the input", async () => {
    const r = await cli(["token", "create", "--name", "x".repeat(81), "--json"]);
    expect(r.code).toBe(2); // caught before the request
    const rejected = await cli(["token", "revoke", "x".repeat(101), "--json"]);
    expect(rejected.code).toBe(6);
    expect(JSON.parse(rejected.stderr)).toMatchObject({ code: "invalid_input", exitCode: 6 });
  });

  it("exits 5 for a token that does not exist", async () => {
    expect((await cli(["token", "revoke", "no-such-token"])).code).toBe(5);
  });

  it("exits 7 naming the URL when nothing listens there", async () => {
    const dead = `http://127.0.0.1:${await freePort()}`;
    const r = await cli(["whoami", "--server", dead, "--token", "whatever"]);
    expect(r.code).toBe(7);
    expect(r.stderr).toContain(`Could not reach the Shipyard server at ${dead}: connection refused.`);
  });

  it("runs through the bin/shipyard shim", async () => {
    const r = await cli(["whoami", "--json"], { command: ["bash", BIN] });
    expect(json<Me>(r).user.email).toBe(ADMIN.email);
  });

  it("creates an organisation, a client in it and a team, shares an image with the team, and the client sees the share", async () => {
    const org = json<Organization>(await cli(["org", "create", "--slug", "acme", "--name", "Acme Corp", "--json"]));
    const createClient = "user create --email carol@acme.test --name Carol --role client --org acme --json".split(" ");
    const client = json<User & { password: string }>(await cli(createClient));
    expect(client).toMatchObject({ role: "client", organizationId: org.id });
    const team = json<Team>(await cli(["team", "create", "--org", "acme", "--slug", "data", "--name", "Data", "--json"]));
    expect(json<TeamMember>(await cli(["team", "add", team.id, "carol@acme.test", "--json"])).userId).toBe(client.id);
    const catalog = join(tmp, "images.yaml");
    await writeFile(
      catalog,
      `apiVersion: shipyard.dev/v1
kind: ImageCatalog
images:
  - { name: cli-web, kind: managed, image: ghcr.io/acme/cli-web, tags: [latest],
      source: { provider: local, repo: ./web, branch: main, dockerfile: Dockerfile }, build: { provider: local } }
`,
    );
    expect((await cli(["images", "enroll", catalog, "--no-analyze"])).code).toBe(0);
    const share = json<Share>(await cli(["share", "add", "image", "cli-web", "--org", "acme", "--team", "data", "--json"]));
    expect(share).toMatchObject({ resourceName: "cli-web", organizationId: org.id, teamId: team.id });
    expect((await cli(["org", "show", "acme"])).stdout).toMatch(/^team_\S+\s+data\s+Data\s+1\s+just now$/m);

    const asClient = { env: { SHIPYARD_CONFIG: join(tmp, "config", "client.json") } };
    const login = await cli(["login", "--server", url, "--email", client.email, "--password-stdin"], {
      ...asClient,
      stdin: client.password,
    });
    expect(login.code).toBe(0);
    const seen = json<{ items: Share[] }>(await cli(["share", "list", "--json"], asClient));
    expect(seen.items.map((s) => s.id)).toEqual([share.id]);
    expect((await cli(["org", "create", "--slug", "mine", "--name", "Mine"], asClient)).code).toBe(4);
  });

  it("logs out: revokes the stored token and forgets it", async () => {
    const before = JSON.parse(await readFile(configFile, "utf8")) as { token: string };
    const out = json<{ revoked: string | null; removedFromConfig: boolean }>(await cli(["logout", "--json"]));
    expect(out.revoked).not.toBeNull();
    expect(out.removedFromConfig).toBe(true);
    expect(JSON.parse(await readFile(configFile, "utf8"))).toEqual({ server: url });
    expect((await cli(["whoami"])).code).toBe(3);
    const old = await cli(["whoami", "--token", before.token]);
    expect(old.code).toBe(3);
  });
});

describe("shipyard serve / migrate as processes", () => {
  it("migrates a fresh data folder, then finds nothing to apply", async () => {
    const dataDir = join(tmp, "migrate-data");
    const first = json<{ applied: number }>(await cli(["migrate", "--data-dir", dataDir, "--json"]));
    expect(first.applied).toBeGreaterThan(0);
    const again = await cli(["migrate", "--data-dir", dataDir]);
    expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining("up to date") });
  });

  it("serves until SIGINT (exit 0), and a second server on the same folder exits 1 with a clear message", async () => {
    const dataDir = join(tmp, "serve-data");
    const env = { SHIPYARD_ADMIN_EMAIL: ADMIN.email, SHIPYARD_ADMIN_PASSWORD: ADMIN.password, SHIPYARD_LOG_LEVEL: "warn" };
    const first = spawnCli(["serve", "--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir], { env });
    await waitFor(() => /Shipyard listening on http:\/\/127\.0\.0\.1:\d+/.test(first.output()), "the server to listen");
    const servedUrl = /listening on (http:\/\/\S+)/.exec(first.output())?.[1] as string;
    expect((await fetch(`${servedUrl}/readyz`)).status).toBe(200);

    const second = await cli(["serve", "--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir, "--json"], { env });
    expect(second.code).toBe(1);
    const problem = JSON.parse(second.stderr.trim().split("\n").at(-1) as string);
    expect(problem.message).toMatch(/^Shipyard could not start: .*in use by another Shipyard server/);
    expect(problem.suggestion).toBeTruthy();

    first.child.kill("SIGINT");
    const r = await first.done;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Shipyard stopped.");
  });
});
