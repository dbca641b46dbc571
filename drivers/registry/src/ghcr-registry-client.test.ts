import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GhcrRegistryClient } from "./ghcr-registry-client.ts";
import { runRegistryClientSuite } from "./registry-client.case.ts";
import { buildFixtureContent, fixtureFor } from "./testing/fixture.ts";
import { StandInRegistry } from "./testing/stand-in-registry.ts";

// ghcr.io is not reachable from tests: the stand-in follows the OCI distribution spec and the token
// spec GHCR implements (GET /token?scope=repository:<name>:pull → {"token"}); it is modelled on the
// documented APIs (see testing/stand-in-registry.ts), not on recorded traffic.
const content = buildFixtureContent();

function seed(standIn: StandInRegistry) {
  for (const [tag, manifest] of content.tags) standIn.put("shipyard/app", manifest, tag);
  standIn.put("shipyard/app", content.amd64.manifest);
  standIn.put("shipyard/app", content.arm64.manifest);
}

runRegistryClientSuite("GhcrRegistryClient against a local GHCR stand-in", async () => {
  const standIn = new StandInRegistry({ auth: "bearer" });
  seed(standIn);
  const server = await standIn.listen();
  const client = new GhcrRegistryClient({ registryUrl: server.url, tagPageSize: 10 });
  return { client, fixture: fixtureFor(content, { registry: "ghcr.io", repository: "shipyard/app" }), close: server.close };
});

describe("GhcrRegistryClient", () => {
  const standIn = new StandInRegistry({ auth: "bearer", users: { octocat: "ghp_token" } });
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    seed(standIn);
    server = await standIn.listen();
  });
  afterAll(() => server.close());

  it("gets its token from /token before the first request: no 401 round trip", async () => {
    const client = new GhcrRegistryClient({
      registryUrl: server.url,
      credentials: { "ghcr.io": { username: "octocat", password: "ghp_token" } },
    });
    expect((await client.headManifest({ registry: "ghcr.io", repository: "shipyard/app", tag: "latest" }))?.digest).toBe(
      content.single.manifest.digest,
    );
    expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /token",
      "HEAD /v2/shipyard/app/manifests/latest",
    ]);
    expect(new URLSearchParams(standIn.requests[0]?.search).get("scope")).toBe("repository:shipyard/app:pull");
    expect(standIn.requests[0]?.authorization).toMatch(/^Basic /);
    expect(client.tokenRequests).toBe(1);
  });
});
