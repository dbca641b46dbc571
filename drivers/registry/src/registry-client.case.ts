import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RegistryClient, RegistryError, semverTags } from "./port.ts";
import type { RegistryClientFixture } from "./testing/fixture.ts";

export interface RegistryClientHarness {
  client: RegistryClient;
  fixture: RegistryClientFixture;
  close?: (() => Promise<void>) | undefined;
}

/**
 * The one suite every `RegistryClient` runs (like Hono's `common.case.test.ts` for routers). The
 * factory starts whatever backs the client (a real registry, a stand-in) and seeds it with the
 * fixture content from `testing/fixture.ts`.
 */
export function runRegistryClientSuite(name: string, factory: () => Promise<RegistryClientHarness>): void {
  describe(`RegistryClient: ${name}`, () => {
    let h: RegistryClientHarness;
    const ref = (tag: string) => ({ ...h.fixture.repository, tag });

    beforeAll(async () => {
      h = await factory();
    });
    afterAll(async () => {
      await h?.close?.();
    });

    it("HEAD by tag gives the digest, media type and size of the pushed manifest", async () => {
      const head = await h.client.headManifest(ref(h.fixture.image.tag));
      expect(head).toEqual({ digest: h.fixture.image.digest, mediaType: h.fixture.image.mediaType, size: h.fixture.image.size });
    });

    it("HEAD by digest answers for the same manifest", async () => {
      const head = await h.client.headManifest({ ...h.fixture.repository, digest: h.fixture.image.digest });
      expect(head?.digest).toBe(h.fixture.image.digest);
    });

    it("HEAD of a tag that does not exist is undefined, not an error", async () => {
      expect(await h.client.headManifest(ref("no-such-tag"))).toBeUndefined();
    });

    it("GET returns the parsed manifest of a single-platform image, without platforms", async () => {
      const m = await h.client.getManifest(ref(h.fixture.image.tag));
      expect(m.digest).toBe(h.fixture.image.digest);
      expect(m.mediaType).toBe(h.fixture.image.mediaType);
      expect(m.size).toBe(h.fixture.image.size);
      expect(m.manifest.schemaVersion).toBe(2);
      expect(m.platforms).toBeUndefined();
    });

    it("GET of a multi-arch index lists its platforms with their digests", async () => {
      const m = await h.client.getManifest(ref(h.fixture.index.tag));
      expect(m.digest).toBe(h.fixture.index.digest);
      expect(m.mediaType).toBe(h.fixture.index.mediaType);
      expect(m.platforms).toEqual(h.fixture.index.platforms);
      const arm = h.fixture.index.platforms.find((p) => p.architecture === "arm64");
      const child = await h.client.getManifest({ ...h.fixture.repository, digest: arm?.digest });
      expect(child.digest).toBe(arm?.digest);
      expect(child.platforms).toBeUndefined();
    });

    it("GET of a missing tag fails with not_found", async () => {
      const err = await h.client.getManifest(ref("no-such-tag")).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RegistryError);
      expect((err as RegistryError).code).toBe("not_found");
    });

    it("lists every tag once, across pages", async () => {
      const tags: string[] = [];
      for await (const t of h.client.listTags(h.fixture.repository)) tags.push(t);
      expect(new Set(tags).size).toBe(tags.length);
      expect([...tags].sort()).toEqual([...h.fixture.tags].sort());
    });

    it("semantic-version tags from the listing come out newest first", async () => {
      const tags: string[] = [];
      for await (const t of h.client.listTags(h.fixture.repository)) tags.push(t);
      expect(semverTags(tags)).toEqual(["v2.1.0", "2.0.0", "1.1.0", "1.0.0"]);
      expect(semverTags(tags, { range: "^1", includePrerelease: true })).toEqual(["1.2.0-rc.1", "1.1.0", "1.0.0"]);
    });

    it("listing tags of a repository that does not exist fails with not_found", async () => {
      const list = async () => {
        for await (const _ of h.client.listTags(h.fixture.missingRepository)) {
          // drain
        }
      };
      const err = await list().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RegistryError);
      expect((err as RegistryError).code).toBe("not_found");
    });
  });
}
