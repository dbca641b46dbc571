import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerHubRegistryClient } from "./docker-hub-registry-client.ts";
import { RegistryError } from "./port.ts";
import { runRegistryClientSuite } from "./registry-client.case.ts";
import { buildFixtureContent, fixtureFor } from "./testing/fixture.ts";
import { buildImage } from "./testing/oci-image.ts";
import { StandInRegistry } from "./testing/stand-in-registry.ts";

// Docker Hub is not reachable from tests: the stand-in serves the registry API (bearer tokens, as
// registry-1.docker.io does) and the Hub API's tag listing, both modelled on the documented APIs
// (see testing/stand-in-registry.ts), not on recorded traffic.
const content = buildFixtureContent(130); // > one Hub page of 100

function seed(standIn: StandInRegistry) {
  for (const [tag, manifest] of content.tags) standIn.put("shipyard/app", manifest, tag);
  standIn.put("shipyard/app", content.amd64.manifest);
  standIn.put("shipyard/app", content.arm64.manifest);
}

runRegistryClientSuite("DockerHubRegistryClient against a local Docker Hub stand-in", async () => {
  const standIn = new StandInRegistry({ auth: "bearer" });
  seed(standIn);
  const server = await standIn.listen();
  const client = new DockerHubRegistryClient({ registryUrl: server.url, hubApiUrl: server.url });
  return { client, fixture: fixtureFor(content, { registry: "docker.io", repository: "shipyard/app" }), close: server.close };
});

describe("DockerHubRegistryClient", () => {
  const standIn = new StandInRegistry({ auth: "bearer" });
  let server: { url: string; close(): Promise<void> };
  let client: DockerHubRegistryClient;
  const node = buildImage({ content: "node" });

  beforeAll(async () => {
    seed(standIn);
    for (const tag of ["22", "22.12.0", "23.0.0"]) standIn.put("library/node", node.manifest, tag);
    server = await standIn.listen();
    client = new DockerHubRegistryClient({ registryUrl: server.url, hubApiUrl: server.url, hubPageSize: 100 });
  });
  afterAll(() => server.close());

  it("reads official images under library/: node is library/node", async () => {
    const head = await client.headManifest({ registry: "docker.io", repository: "node", tag: "22" });
    expect(head?.digest).toBe(node.manifest.digest);
    const tags: string[] = [];
    for await (const t of client.listTags({ registry: "index.docker.io", repository: "node" })) tags.push(t);
    expect(tags.sort()).toEqual(["22", "22.12.0", "23.0.0"]);
    expect(standIn.requests.some((r) => r.path === "/v2/namespaces/library/repositories/node/tags")).toBe(true);
  });

  it("lists tags through the Hub API, following next with page_size 100", async () => {
    const before = standIn.requests.length;
    const tags: string[] = [];
    for await (const t of client.listTags({ registry: "docker.io", repository: "shipyard/app" })) tags.push(t);
    expect(tags).toHaveLength(content.tags.length);
    const pages = standIn.requests.slice(before).filter((r) => r.path.endsWith("/tags"));
    expect(pages.map((p) => new URLSearchParams(p.search).get("page") ?? "1")).toEqual(["1", "2"]);
    expect(pages.every((p) => new URLSearchParams(p.search).get("page_size") === "100")).toBe(true);
  });

  it("a Hub API 429 is rate_limited with the reset time", async () => {
    const reset = Math.floor(Date.now() / 1000) + 120;
    standIn.inject({ status: 429, headers: { "x-ratelimit-reset": String(reset) }, path: /\/tags$/ });
    const list = async () => {
      for await (const _ of client.listTags({ registry: "docker.io", repository: "node" })) {
        // drain
      }
    };
    const e = (await list().catch((err: unknown) => err)) as RegistryError;
    expect(e).toBeInstanceOf(RegistryError);
    expect(e.code).toBe("rate_limited");
    expect(e.retryAfterMs).toBeGreaterThan(100_000);
  });

  it("refuses references to other registries", async () => {
    const e = await client.headManifest({ registry: "ghcr.io", repository: "a/b", tag: "1" }).catch((err: unknown) => err);
    expect((e as RegistryError).code).toBe("invalid_input");
  });
});
