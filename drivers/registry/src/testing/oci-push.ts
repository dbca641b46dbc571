import type { BuiltImage, OciBlob } from "./oci-image.ts";

/** Where to push and how: `baseUrl` is `http://127.0.0.1:port`; `headers` may carry an Authorization. */
export interface PushTarget {
  baseUrl: string;
  repository: string;
  headers?: Record<string, string> | undefined;
  fetch?: ((input: string, init?: RequestInit) => Promise<Response>) | undefined;
}

async function expectStatus(res: Response, ok: number[], what: string): Promise<Response> {
  if (!ok.includes(res.status)) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  return res;
}

/** Uploads a blob through the OCI API: POST /blobs/uploads/ (202 + Location), then PUT <location>?digest= (201). */
export async function pushBlob(target: PushTarget, blob: OciBlob): Promise<void> {
  const f = target.fetch ?? fetch;
  const base = `${target.baseUrl}/v2/${target.repository}/blobs`;
  const exists = await f(`${base}/${blob.digest}`, { method: "HEAD", headers: target.headers });
  if (exists.status === 200) return;
  const start = await expectStatus(
    await f(`${base}/uploads/`, { method: "POST", headers: { ...target.headers, "content-length": "0" } }),
    [202],
    `start upload of ${blob.digest}`,
  );
  await start.body?.cancel();
  const location = new URL(start.headers.get("location") ?? "", `${target.baseUrl}/`);
  location.searchParams.set("digest", blob.digest);
  const put = await expectStatus(
    await f(location.toString(), {
      method: "PUT",
      headers: { ...target.headers, "content-type": "application/octet-stream" },
      body: new Uint8Array(blob.bytes),
    }),
    [201],
    `upload of ${blob.digest}`,
  );
  await put.body?.cancel();
}

/** PUT /v2/<name>/manifests/<reference>; returns the registry's Docker-Content-Digest. */
export async function pushManifest(target: PushTarget, reference: string, manifest: OciBlob): Promise<string> {
  const f = target.fetch ?? fetch;
  const res = await expectStatus(
    await f(`${target.baseUrl}/v2/${target.repository}/manifests/${reference}`, {
      method: "PUT",
      headers: { ...target.headers, "content-type": manifest.mediaType },
      body: new Uint8Array(manifest.bytes),
    }),
    [201],
    `manifest ${reference}`,
  );
  await res.body?.cancel();
  return res.headers.get("docker-content-digest") ?? manifest.digest;
}

/** Pushes an image's blobs and its manifest under each tag. */
export async function pushImage(target: PushTarget, image: BuiltImage, tags: readonly string[]): Promise<void> {
  await pushBlob(target, image.layer);
  await pushBlob(target, image.config);
  if (tags.length === 0) await pushManifest(target, image.manifest.digest, image.manifest);
  for (const tag of tags) await pushManifest(target, tag, image.manifest);
}
