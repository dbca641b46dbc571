import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { createTestIo, fakeServerModule } from "../testing/test-io.ts";

/** Waits until the command has printed `text` (the server "started"). */
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!cond()) throw new Error("timed out");
};

describe("serve", () => {
  it("starts the server with flags as overrides, prints the URL, and closes on SIGTERM with exit 0", async () => {
    const { module, calls } = fakeServerModule();
    const io = createTestIo({ server: module, env: { SHIPYARD_PORT: "9999" } });
    const exit = run(["serve", "--port", "8080", "--data-dir", "/srv/shipyard", "--host", "127.0.0.1"], io);
    await until(() => io.stdoutText().includes("listening"));
    expect(io.stdoutText()).toBe("Shipyard listening on http://localhost:7300\n");
    expect(calls.loadConfig[0]).toEqual({
      env: { SHIPYARD_PORT: "9999" },
      overrides: { port: 8080, dataDir: "/srv/shipyard", host: "127.0.0.1" },
    });
    expect(calls.closed).toBe(0);
    io.emitSignal("SIGTERM");
    expect(await exit).toBe(0);
    expect(calls.closed).toBe(1);
    expect(io.stdoutText()).toContain("Shipyard stopped.");
  });

  it("passes no overrides for flags not given, and writes JSON lines with --json", async () => {
    const { module, calls } = fakeServerModule();
    const io = createTestIo({ server: module });
    const exit = run(["serve", "--json"], io);
    await until(() => io.stdoutText().includes("listening"));
    expect(calls.loadConfig[0]?.overrides).toEqual({});
    // the server's notes for people (first admin password) go to stderr in --json mode
    calls.print?.("password: x");
    io.emitSignal("SIGINT");
    expect(await exit).toBe(0);
    expect(
      io
        .stdoutText()
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { event: "listening", url: "http://localhost:7300" },
      { event: "stopped", signal: "SIGINT" },
    ]);
    expect(io.stderrText()).toBe("password: x\n");
  });

  it("exits 1 with the server's message and suggestion when it cannot start", async () => {
    const locked = Object.assign(new Error("The data folder /srv/shipyard is in use by another Shipyard server (pid 42)."), {
      code: "conflict",
      suggestion: "Stop the other server, or pass another --data-dir.",
    });
    const { module } = fakeServerModule({ startError: locked });
    const io = createTestIo({ server: module });
    expect(await run(["serve"], io)).toBe(1);
    expect(io.stderrText()).toBe(
      "Error: Shipyard could not start: The data folder /srv/shipyard is in use by another Shipyard server (pid 42).\n" +
        "→ Stop the other server, or pass another --data-dir.\n",
    );
  });

  it("suggests another port when the port is taken", async () => {
    const inUse = Object.assign(new Error("listen EADDRINUSE: address already in use 0.0.0.0:8080"), { code: "EADDRINUSE" });
    const io = createTestIo({ server: fakeServerModule({ startError: inUse }).module });
    expect(await run(["serve", "--port", "8080", "--json"], io)).toBe(1);
    expect(JSON.parse(io.stderrText())).toMatchObject({ code: "EADDRINUSE", suggestion: expect.stringContaining("port 8080") });
  });

  it("rejects a bad port with exit 2 before loading the server", async () => {
    const io = createTestIo();
    expect(await run(["serve", "--port", "http"], io)).toBe(2);
    expect(io.stderrText()).toContain("--port must be a port number");
  });
});

describe("up", () => {
  it("uses the embedded database even when DATABASE_URL is set, and says where the data lives", async () => {
    const { module, calls } = fakeServerModule();
    const io = createTestIo({ server: module, env: { DATABASE_URL: "postgres://db/x", SHIPYARD_ADMIN_EMAIL: "a@b.c" } });
    const exit = run(["up"], io);
    await until(() => io.stdoutText().includes("Ctrl+C"));
    expect(calls.loadConfig[0]?.env).toEqual({ DATABASE_URL: undefined, SHIPYARD_ADMIN_EMAIL: "a@b.c" });
    expect(io.stderrText()).toContain("DATABASE_URL is set");
    expect(io.stdoutText()).toContain("Data folder: /data/shipyard");
    io.emitSignal("SIGINT");
    expect(await exit).toBe(0);
  });
});

describe("migrate", () => {
  it("reports how many migrations were applied", async () => {
    const io = createTestIo({ server: fakeServerModule({ applied: 3 }).module });
    expect(await run(["migrate", "--data-dir", "/srv/shipyard"], io)).toBe(0);
    expect(io.stdoutText()).toBe("✓ Applied 3 migrations.\n");
    const json = createTestIo({ server: fakeServerModule({ applied: 0 }).module });
    expect(await run(["migrate", "--json"], json)).toBe(0);
    expect(JSON.parse(json.stdoutText())).toEqual({ applied: 0 });
  });
});
