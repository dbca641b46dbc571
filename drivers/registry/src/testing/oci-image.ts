import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { type ImagePlatform, ManifestMediaType } from "../port.ts";

/** A content-addressed blob or manifest, ready to push. */
export interface OciBlob {
  digest: string;
  mediaType: string;
  bytes: Buffer;
}

export interface BuiltImage {
  layer: OciBlob;
  config: OciBlob;
  manifest: OciBlob;
  platform: Omit<ImagePlatform, "digest">;
}

export const sha256 = (bytes: Uint8Array): string => `sha256:${createHash("sha256").update(bytes).digest("hex")}`;

const blob = (bytes: Buffer, mediaType: string): OciBlob => ({ digest: sha256(bytes), mediaType, bytes });

/** A POSIX ustar archive holding one regular file. */
export function tarWithFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const field = (offset: number, length: number, value: string) => header.write(value, offset, length, "ascii");
  field(0, 100, name);
  field(100, 8, "0000644\0");
  field(108, 8, "0000000\0");
  field(116, 8, "0000000\0");
  field(124, 12, `${content.length.toString(8).padStart(11, "0")}\0`);
  field(136, 12, "00000000000\0");
  field(148, 8, "        ");
  field(156, 1, "0");
  field(257, 6, "ustar\0");
  field(263, 2, "00");
  let sum = 0;
  for (const b of header) sum += b;
  field(148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)]);
}

/**
 * Builds a real single-layer OCI image in memory: a gzip'd tar layer with one file, an image
 * config whose rootfs names the layer's diff_id, and an OCI image manifest pointing at both.
 */
export function buildImage(options: { content: string; file?: string; platform?: Omit<ImagePlatform, "digest"> }): BuiltImage {
  const platform = options.platform ?? { os: "linux", architecture: "amd64" };
  const tar = tarWithFile(options.file ?? "hello.txt", Buffer.from(options.content, "utf8"));
  const layer = blob(gzipSync(tar), "application/vnd.oci.image.layer.v1.tar+gzip");
  const configJson = {
    created: "2026-01-01T00:00:00Z",
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config: { Cmd: ["/bin/cat", `/${options.file ?? "hello.txt"}`] },
    rootfs: { type: "layers", diff_ids: [sha256(tar)] },
    history: [{ created: "2026-01-01T00:00:00Z", created_by: "shipyard test image" }],
  };
  const config = blob(Buffer.from(JSON.stringify(configJson)), "application/vnd.oci.image.config.v1+json");
  const manifestJson = {
    schemaVersion: 2,
    mediaType: ManifestMediaType.ociManifest,
    config: { mediaType: config.mediaType, digest: config.digest, size: config.bytes.length },
    layers: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.bytes.length }],
  };
  const manifest = blob(Buffer.from(JSON.stringify(manifestJson)), ManifestMediaType.ociManifest);
  return { layer, config, manifest, platform };
}

/** An OCI image index (multi-arch) over images built with `buildImage`. */
export function buildIndex(images: readonly BuiltImage[]): OciBlob {
  const json = {
    schemaVersion: 2,
    mediaType: ManifestMediaType.ociIndex,
    manifests: images.map((img) => ({
      mediaType: img.manifest.mediaType,
      digest: img.manifest.digest,
      size: img.manifest.bytes.length,
      platform: {
        architecture: img.platform.architecture,
        os: img.platform.os,
        ...(img.platform.variant ? { variant: img.platform.variant } : {}),
      },
    })),
  };
  return blob(Buffer.from(JSON.stringify(json)), ManifestMediaType.ociIndex);
}
