import { createClient } from "@shipyard/contract";
import { importBusyboxImage } from "@shipyard/driver-docker-engine/testing/busybox-image.ts";
import { type LocalDockerd, startDockerd } from "@shipyard/driver-docker-engine/testing/dockerd.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { failure, startTestServer, type TestServer, tokenFor } from "./testing/harness.ts";

// Containers through Shipyard's API on a real, private dockerd (own socket and data root; no bridge,
// so containers run with network mode none). The image is a static busybox imported without a registry.
describe("containers through the API (PGlite; real dockerd)", () => {
  let dockerd: LocalDockerd;
  let t: TestServer;

  beforeAll(async () => {
    dockerd = await startDockerd();
    await importBusyboxImage(dockerd.client, { repository: "shipyard-test/busybox", tag: "1" });
    t = await startTestServer("pglite", {
      SHIPYARD_DOCKER_HOST: `unix://${dockerd.socketPath}`,
      SHIPYARD_CONTAINER_NETWORK: "none",
    });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await dockerd?.dispose();
  });

  it("deploys, shows logs, stops, restarts and deletes a container", async () => {
    const c = await t.admin("deployContainer", {
      body: {
        name: "web",
        image: "shipyard-test/busybox:1",
        // as PID 1 the shell ignores SIGTERM unless it traps it: stop then takes seconds, not the 10 s grace
        command: "trap 'exit 0' TERM; echo hello $GREETING; echo oops >&2; sleep 300 & wait",
        env_vars: { GREETING: "world" },
        memory_limit_mb: 64,
      },
    });
    expect(c).toMatchObject({ name: "web", status: "running", memory_limit_mb: 64 });
    let lines: { stream: string; line: string }[] = [];
    for (let i = 0; i < 50 && lines.length < 2; i++) {
      lines = (await t.admin("containerLogs", { params: { id: "web" }, query: {} })).lines;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ stream: "stdout", line: "hello world" }),
        expect.objectContaining({ stream: "stderr", line: "oops" }),
      ]),
    );
    const stats = await t.admin("containerStats", { params: { id: "web" } });
    expect(stats.memory_limit_mb).toBe(64);
    expect(stats.memory_used_mb).toBeGreaterThan(0);
    const stopped = await t.admin("stopContainer", { params: { id: "web" } });
    expect(stopped.status).toBe("stopped");
    expect((await t.admin("startContainer", { params: { id: "web" } })).status).toBe("running");
    expect((await t.admin("restartContainer", { params: { id: c.id } })).status).toBe("running");
    expect((await t.admin("listContainers")).items.map((x) => x.name)).toContain("web");
  });

  it("opens an interactive shell over WebSocket", async () => {
    const ws = new WebSocket(`${t.url.replace("http", "ws")}/v1/containers/web/shell/ws`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    let out = "";
    await new Promise<void>((resolve, reject) => {
      ws.on("open", () => ws.send(Buffer.from("echo $((6*7))\n"), { binary: true }));
      ws.on("message", (m: Buffer) => {
        out += m.toString("utf8");
        if (out.includes("42")) resolve();
      });
      ws.on("error", reject);
      setTimeout(() => reject(new Error(`no answer; got ${JSON.stringify(out)}`)), 10_000);
    });
    ws.close();
    expect(out).toContain("42");
  });

  it("shows a container that died as error with its exit code and last output, and says so on the event stream", async () => {
    // the engine's own events reach the bus: a container that exits by itself is published as died
    const ctl = new AbortController();
    const events = await fetch(`${t.url}/v1/events?types=container.`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
      signal: ctl.signal,
    });
    let seen = "";
    const died = (async () => {
      const reader = (events.body as ReadableStream<Uint8Array>).getReader();
      const dec = new TextDecoder();
      while (!/container\.died[\s\S]*"exit_code":3/.test(seen)) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += dec.decode(value);
      }
      return seen;
    })();
    await t.admin("deployContainer", {
      body: { name: "crash", image: "shipyard-test/busybox:1", command: "echo about to fail; exit 3" },
    });
    let c = await t.admin("getContainer", { params: { id: "crash" } });
    for (let i = 0; i < 50 && c.status === "running"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      c = await t.admin("getContainer", { params: { id: "crash" } });
    }
    expect(c).toMatchObject({ status: "error", exit_code: 3 });
    expect(c.error).toMatch(/Exited with code 3/);
    expect(c.last_output.join("\n")).toContain("about to fail");
    const stream = await Promise.race([died, new Promise<string>((r) => setTimeout(() => r(seen), 15_000))]);
    ctl.abort();
    expect(stream).toMatch(/container\.died/);
    expect(stream).toMatch(/"name":"crash"/);
    await t.admin("deleteContainer", { params: { id: "crash" } });
    expect((await failure(t.admin("getContainer", { params: { id: "crash" } }))).status).toBe(404);
  });

  it("rejects bad specs before creating anything", async () => {
    const before = (await t.admin("listContainers")).items.length;
    expect((await failure(t.admin("deployContainer", { body: { name: "bad1", image: "UPPER/Case:x" } }))).status).toBe(400);
    expect(
      (
        await failure(
          t.admin("deployContainer", { body: { name: "bad2", image: "shipyard-test/busybox:1", memory_limit_mb: 0 } }),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await failure(
          t.admin("deployContainer", {
            body: { name: "bad3", image: "shipyard-test/busybox:1", port_mappings: [{ container: 70000 }] },
          }),
        )
      ).status,
    ).toBe(400);
    expect((await failure(t.admin("deployContainer", { body: { name: "web", image: "shipyard-test/busybox:1" } }))).status).toBe(
      409,
    );
    const missing = await failure(t.admin("deployContainer", { body: { name: "bad4", image: "127.0.0.1:1/none/such:1" } }));
    expect([404, 503]).toContain(missing.status);
    expect(missing.problem.message).toContain("127.0.0.1:1/none/such:1");
    expect((await t.admin("listContainers")).items.length).toBe(before);
  });

  it("shows a client a container only once it is shared with them, and lets them look, not act", async () => {
    const shared = await t.admin("deployContainer", {
      body: { name: "client-app", image: "shipyard-test/busybox:1", command: "trap 'exit 0' TERM; sleep 300 & wait" },
    });
    const org = await t.admin("createOrganization", { body: { slug: "ctr-clients", name: "Ctr clients" } });
    await t.admin("createUser", {
      body: { email: "c@ctr.test", name: "C", role: "client", organizationId: org.id, password: "client-password-1" },
    });
    const client = createClient({ baseUrl: t.url, token: await tokenFor(t.url, "c@ctr.test", "client-password-1") });
    expect((await client("listContainers")).items).toEqual([]);
    expect((await failure(client("getContainer", { params: { id: "client-app" } }))).status).toBe(404);

    await t.admin("createShare", { body: { kind: "container", resource: "client-app", organizationId: org.id } });
    const seen = await client("listContainers");
    expect(seen.items.map((c) => c.name)).toEqual(["client-app"]);
    expect(seen.items[0]?.status).toBe("running"); // live state, as staff see it
    expect((await client("getContainer", { params: { id: shared.id } })).name).toBe("client-app");
    expect((await client("containerStats", { params: { id: "client-app" } })).memory_used_mb).toBeGreaterThan(0);
    // other containers stay hidden; actions and logs stay staff-only
    expect((await t.admin("listContainers")).items.length).toBeGreaterThan(1);
    expect((await failure(client("getContainer", { params: { id: "web" } }))).status).toBe(404);
    expect((await failure(client("stopContainer", { params: { id: "client-app" } }))).status).toBe(403);
    expect((await failure(client("containerLogs", { params: { id: "client-app" }, query: {} }))).status).toBe(403);
    await t.admin("deleteContainer", { params: { id: "client-app" } });
    expect((await client("listContainers")).items).toEqual([]);
  });
});
