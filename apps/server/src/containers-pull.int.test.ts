import { importBusyboxImage } from "@shipyard/driver-docker-engine/testing/busybox-image.ts";
import { type LocalDockerd, startDockerd } from "@shipyard/driver-docker-engine/testing/dockerd.ts";
import { type LocalRegistry, startLocalRegistry } from "@shipyard/driver-registry/testing/local-registry.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failure, startTestServer, type TestServer } from "./testing/harness.ts";

// An image the engine does not have is pulled from its registry on deploy: a real image pushed to a
// real registry (Debian's docker-registry), removed from the engine, then deployed through the API.
describe("containers pull missing images from the registry (PGlite; real dockerd and registry)", () => {
  let registry: LocalRegistry;
  let dockerd: LocalDockerd;
  let t: TestServer;
  let image: string;

  beforeAll(async () => {
    registry = await startLocalRegistry();
    dockerd = await startDockerd({ insecureRegistries: [registry.host] });
    await importBusyboxImage(dockerd.client, { repository: "shipyard-test/busybox", tag: "1" });
    const repository = `${registry.host}/shipyard-test/busybox`;
    await dockerd.client.images.tag("shipyard-test/busybox:1", { repository, tag: "1" });
    for await (const _ of dockerd.client.images.push({ repository, tag: "1" })) {
      // progress is not needed here
    }
    await dockerd.client.images.remove(`${repository}:1`);
    await dockerd.client.images.remove("shipyard-test/busybox:1");
    image = `${repository}:1`;
    t = await startTestServer("pglite", {
      SHIPYARD_DOCKER_HOST: `unix://${dockerd.socketPath}`,
      SHIPYARD_CONTAINER_NETWORK: "none",
    });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await dockerd?.dispose();
    await registry?.dispose();
  });

  it("pulls the image on deploy and runs it; an image the registry lacks is a clear 4xx and creates nothing", async () => {
    expect(await dockerd.client.images.inspect(image)).toBeUndefined();
    const c = await t.admin("deployContainer", { body: { name: "pulled", image, command: "echo pulled-ok; sleep 60" } });
    expect(c.status).toBe("running");
    expect(await dockerd.client.images.inspect(image)).toBeDefined();
    let lines: string[] = [];
    for (let i = 0; i < 50 && !lines.includes("pulled-ok"); i++) {
      lines = (await t.admin("containerLogs", { params: { id: "pulled" }, query: {} })).lines.map((l) => l.line);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(lines).toContain("pulled-ok");
    await t.admin("deleteContainer", { params: { id: "pulled" } });

    const missing = await failure(
      t.admin("deployContainer", { body: { name: "nothere", image: `${registry.host}/shipyard-test/missing:1` } }),
    );
    expect(missing.status).toBeGreaterThanOrEqual(400);
    expect(missing.status).toBeLessThan(500);
    expect((await t.admin("listContainers")).items.map((x) => x.name)).not.toContain("nothere");
  });
});
