import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ImageEnrollment } from "@shipyard/contract";
import { importBusyboxImage } from "@shipyard/driver-docker-engine/testing/busybox-image.ts";
import { type LocalDockerd, startDockerd } from "@shipyard/driver-docker-engine/testing/dockerd.ts";
import { OciRegistryClient } from "@shipyard/driver-registry";
import { type LocalRegistry, startLocalRegistry } from "@shipyard/driver-registry/testing/local-registry.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/harness.ts";

// End to end through Shipyard's API: a real Docker engine (private dockerd) builds a managed image
// from a local source folder, pushes it to a real registry (Debian docker-registry), and the build
// records the digest the registry holds. Both daemons are started here and stopped by PID.
describe("a local build through the API (PGlite; real dockerd and registry)", () => {
  let registry: LocalRegistry;
  let dockerd: LocalDockerd;
  let sources: string;
  let t: TestServer;

  beforeAll(async () => {
    registry = await startLocalRegistry();
    dockerd = await startDockerd({ insecureRegistries: [registry.host] });
    await importBusyboxImage(dockerd.client, { repository: "shipyard-test/busybox", tag: "1" });
    sources = mkdtempSync(join(tmpdir(), "shipyard-src-"));
    mkdirSync(join(sources, "hello"));
    writeFileSync(
      join(sources, "hello", "Dockerfile"),
      "FROM shipyard-test/busybox:1\nARG GREETING=hi\nRUN echo $GREETING > /hello\n",
    );
    t = await startTestServer("pglite", { SHIPYARD_DOCKER_HOST: `unix://${dockerd.socketPath}`, SHIPYARD_SOURCE_ROOTS: sources });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await dockerd?.dispose();
    await registry?.dispose();
    if (sources) rmSync(sources, { recursive: true, force: true });
  });

  it("builds, pushes and records the digest; a failing Dockerfile fails with the engine's message", async () => {
    const hello: ImageEnrollment = {
      name: "hello",
      kind: "managed",
      image: `${registry.host}/acme/hello`,
      tags: ["1"],
      source: { provider: "local", repo: join(sources, "hello"), branch: "main", dockerfile: "Dockerfile", context: "." },
      build: { provider: "local", buildArgs: { GREETING: "ahoy" } },
      rebuild: { auto: true, delay: "0s", window: "30m", priority: 50 },
    };
    await t.admin("enrollImage", { body: hello });
    const waitFor = async (id: string) => {
      for (let i = 0; i < 300; i++) {
        const b = await t.admin("getBuild", { params: { id } });
        if (b.status === "succeeded" || b.status === "failed" || b.status === "cancelled") return b;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error("build did not finish");
    };
    const done = await waitFor((await t.admin("requestRebuild", { params: { name: "hello" }, body: {} })).id);
    expect(done.status).toBe("succeeded");
    expect(done.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    const head = await new OciRegistryClient().headManifest({ registry: registry.host, repository: "acme/hello", tag: "1" });
    expect(head?.digest).toBe(done.digest);
    expect((await t.admin("buildLogs", { params: { id: done.id } })).logs).toMatch(/echo \$GREETING|Step/);

    writeFileSync(join(sources, "hello", "Dockerfile"), "FROM shipyard-test/busybox:1\nRUN exit 3\n");
    const failed = await waitFor((await t.admin("requestRebuild", { params: { name: "hello" }, body: {} })).id);
    expect(failed.status).toBe("failed");
    expect(failed.message).toMatch(/exit 3|non-zero code: 3/);
  }, 120_000);
});
