import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QmpClient, QmpError, type QmpEvent } from "./qmp-client.ts";
import { FakeQmpServer } from "./testing/fake-qmp-server.ts";

describe("QmpClient against a fake QMP server (qmp-notes.md)", () => {
  let dir: string;
  let server: FakeQmpServer;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "qmp-"));
    server = await FakeQmpServer.listen(join(dir, "qmp.sock"));
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("reads the greeting and negotiates capabilities before any command", async () => {
    const client = await QmpClient.connect(server.path);
    expect(client.greeting).toMatchObject({ capabilities: ["oob"] });
    expect(server.received[0]).toMatchObject({ execute: "qmp_capabilities" });
    await client.close();
  });

  it("answers query-status, accepting the old shape with singlestep", async () => {
    const client = await QmpClient.connect(server.path);
    await expect(client.execute("query-status")).resolves.toEqual({ running: true, singlestep: false, status: "running" });
    await client.close();
  });

  it("skips events that arrive between a command and its reply, and delivers them to listeners", async () => {
    const client = await QmpClient.connect(server.path);
    const events: QmpEvent[] = [];
    client.onEvent((e) => events.push(e));
    await expect(client.execute("stop")).resolves.toEqual({});
    await expect(client.execute("query-status")).resolves.toMatchObject({ running: false, status: "paused" });
    await client.execute("cont");
    expect(events.map((e) => e.event)).toEqual(["STOP", "RESUME"]);
    expect(events[0]?.timestamp?.seconds).toBeGreaterThan(0);
    await client.close();
  });

  it("matches concurrent replies by id", async () => {
    const client = await QmpClient.connect(server.path);
    const [a, b, c] = await Promise.all([client.execute("query-status"), client.execute("stop"), client.execute("query-status")]);
    expect(a).toMatchObject({ status: "running" });
    expect(b).toEqual({});
    expect(c).toMatchObject({ status: "paused" });
    const ids = server.received.slice(1).map((m) => m.id);
    expect(new Set(ids).size).toBe(3);
    await client.close();
  });

  it("rejects an error reply with its class", async () => {
    const client = await QmpClient.connect(server.path);
    const err = await client.execute("no-such-command").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QmpError);
    expect((err as QmpError).errorClass).toBe("CommandNotFound");
    await client.close();
  });

  it("waits for a named event and notices the socket closing", async () => {
    const client = await QmpClient.connect(server.path);
    const powerdown = client.waitForEvent("POWERDOWN", 1_000);
    server.emit("POWERDOWN");
    await expect(powerdown).resolves.toMatchObject({ event: "POWERDOWN" });
    const shutdown = client.waitForEvent("SHUTDOWN", 1_000);
    await client.execute("quit");
    await expect(shutdown).resolves.toMatchObject({ data: { reason: "host-qmp-quit" } });
    await client.closed;
    expect(client.isClosed).toBe(true);
    await expect(client.execute("query-status")).rejects.toThrow(/closed/);
  });

  it("fails clearly when nothing listens on the socket", async () => {
    await expect(QmpClient.connect(join(dir, "missing.sock"), { timeoutMs: 500 })).rejects.toThrow(/ENOENT/);
  });
});
