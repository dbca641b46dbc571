import type { ImagePlatform, RepositoryRef } from "../port.ts";
import { type BuiltImage, buildImage, buildIndex, type OciBlob } from "./oci-image.ts";

/** What a registry under test holds, as the shared suite expects it. */
export interface RegistryClientFixture {
  repository: RepositoryRef;
  /** Every tag in `repository`. */
  tags: readonly string[];
  /** A single-platform image. */
  image: { tag: string; digest: string; mediaType: string; size: number };
  /** A multi-arch index. */
  index: { tag: string; digest: string; mediaType: string; platforms: ImagePlatform[] };
  /** A repository that does not exist on the registry. */
  missingRepository: RepositoryRef;
}

/** The content behind a fixture: real images, built in memory. */
export interface FixtureContent {
  single: BuiltImage;
  amd64: BuiltImage;
  arm64: BuiltImage;
  index: OciBlob;
  /** Tag → manifest, in push order. */
  tags: [string, OciBlob][];
}

export const SEMVER_FIXTURE_TAGS = ["1.0.0", "1.1.0", "1.2.0-rc.1", "2.0.0", "v2.1.0"];

export function buildFixtureContent(extraTags = 20): FixtureContent {
  const single = buildImage({ content: "hello from shipyard\n" });
  const amd64 = buildImage({ content: "amd64\n", platform: { os: "linux", architecture: "amd64" } });
  const arm64 = buildImage({ content: "arm64\n", platform: { os: "linux", architecture: "arm64", variant: "v8" } });
  const index = buildIndex([amd64, arm64]);
  const tags: [string, OciBlob][] = [
    ...SEMVER_FIXTURE_TAGS.map((t): [string, OciBlob] => [t, single.manifest]),
    ["latest", single.manifest],
    ["multi", index],
  ];
  for (let i = 0; i < extraTags; i++) tags.push([`build-${String(i).padStart(3, "0")}`, single.manifest]);
  return { single, amd64, arm64, index, tags };
}

export function fixtureFor(content: FixtureContent, repository: RepositoryRef): RegistryClientFixture {
  return {
    repository,
    tags: content.tags.map(([t]) => t),
    image: {
      tag: "latest",
      digest: content.single.manifest.digest,
      mediaType: content.single.manifest.mediaType,
      size: content.single.manifest.bytes.length,
    },
    index: {
      tag: "multi",
      digest: content.index.digest,
      mediaType: content.index.mediaType,
      platforms: [content.amd64, content.arm64].map((img) => ({ ...img.platform, digest: img.manifest.digest })),
    },
    missingRepository: { registry: repository.registry, repository: "shipyard/does-not-exist" },
  };
}
