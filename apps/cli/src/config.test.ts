import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { configPath, readConfig, sameServer, writeConfig } from "./config.ts";
import { CliError, ExitCode } from "./errors.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "shipyard-cli-config-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("configPath", () => {
  it("prefers SHIPYARD_CONFIG, then XDG_CONFIG_HOME, then ~/.config", () => {
    expect(configPath({ SHIPYARD_CONFIG: "/x/c.json", XDG_CONFIG_HOME: "/xdg", HOME: "/home/a" })).toBe("/x/c.json");
    expect(configPath({ XDG_CONFIG_HOME: "/xdg", HOME: "/home/a" })).toBe("/xdg/shipyard/config.json");
    expect(configPath({ HOME: "/home/a" })).toBe("/home/a/.config/shipyard/config.json");
  });
});

describe("readConfig / writeConfig", () => {
  it("reads a missing file as an empty config", async () => {
    expect(await readConfig(join(dir, "none.json"))).toEqual({});
  });

  it("round-trips server and token, readable by the owner only", async () => {
    const path = join(dir, "nested", "shipyard", "config.json");
    await writeConfig(path, { server: "http://localhost:7300", token: "shp_secret" });
    expect(await readConfig(path)).toEqual({ server: "http://localhost:7300", token: "shp_secret" });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, "nested", "shipyard"))).mode & 0o777).toBe(0o700);
  });

  it("tightens the mode of an existing world-readable file on write", async () => {
    const path = join(dir, "config.json");
    await writeFile(path, "{}", { mode: 0o644 });
    await writeConfig(path, { server: "http://localhost:7300" });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it("drops the token when written without one", async () => {
    const path = join(dir, "config.json");
    await writeConfig(path, { server: "http://localhost:7300", token: "shp_secret" });
    await writeConfig(path, { server: "http://localhost:7300", token: undefined });
    expect(JSON.parse(await readFile(path, "utf8"))).toEqual({ server: "http://localhost:7300" });
  });

  it("rejects a file that is not JSON with a message naming the file and the fix", async () => {
    const path = join(dir, "config.json");
    await writeFile(path, "{ not json");
    const error = await readConfig(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(ExitCode.failure);
    expect((error as CliError).message).toContain(path);
    expect((error as CliError).message).toContain("not JSON");
    expect((error as CliError).suggestion).toContain(`rm ${path}`);
  });

  it("rejects a file of the wrong shape", async () => {
    const path = join(dir, "config.json");
    await writeFile(path, JSON.stringify({ server: "ftp://example.com", token: 42 }));
    await expect(readConfig(path)).rejects.toThrow(/server.*http\(s\) URL.*token/s);
  });
});

describe("sameServer", () => {
  it("ignores trailing slashes and host case", () => {
    expect(sameServer("http://LOCALHOST:7300/", "http://localhost:7300")).toBe(true);
    expect(sameServer("http://localhost:7300", "http://localhost:7301")).toBe(false);
  });
});
