import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Backend, backends, failure, startTestServer, type TestServer } from "./testing/harness.ts";

const sha = (b: Buffer) => `sha256:${createHash("sha256").update(b).digest("hex")}`;

describe.each(backends())("workload image registry on %s", (backend: Backend) => {
  let t: TestServer;
  let open: TestServer;
  let sources: string;
  let http: Server;
  let url: string;
  const kernel = Buffer.from("not really a kernel, but bytes all the same\n".repeat(1000));

  beforeAll(async () => {
    sources = mkdtempSync(join(tmpdir(), "shipyard-reg-src-"));
    writeFileSync(join(sources, "vmlinux"), kernel);
    http = createServer((_req, res) => res.end(kernel));
    await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/vmlinux`;
    t = await startTestServer(backend, { SHIPYARD_SOURCE_ROOTS: sources });
    open = await startTestServer("pglite", { SHIPYARD_SOURCE_ROOTS: sources, SHIPYARD_ALLOW_INTERNAL_URLS: "true" });
  });
  afterAll(async () => {
    await t?.close();
    await open?.close();
    http?.close();
    rmSync(sources, { recursive: true, force: true });
  });

  it("imports a file from an allowed server folder with its checksum and size, and downloads it back", async () => {
    const img = await t.admin("importRegistryImage", {
      body: { name: "vmlinux", kind: "kernel", source_path: join(sources, "vmlinux"), project: "demo" },
    });
    expect(img).toMatchObject({ kind: "kernel", size_bytes: kernel.length, sha256: sha(kernel), project: "demo", used_by: [] });
    const res = await fetch(`${t.url}/v1/images/vmlinux/download`, { headers: { authorization: `Bearer ${t.adminToken}` } });
    expect(Buffer.from(await res.arrayBuffer()).equals(kernel)).toBe(true);
    expect((await fetch(`${t.url}/v1/images/vmlinux/download`)).status).toBe(401);
    expect(
      (await failure(t.admin("importRegistryImage", { body: { name: "shadow", kind: "rootfs", source_path: "/etc/shadow" } })))
        .status,
    ).toBe(403);
    expect(
      (
        await failure(
          t.admin("importRegistryImage", { body: { name: "vmlinux", kind: "kernel", source_path: join(sources, "vmlinux") } }),
        )
      ).status,
    ).toBe(409);
    expect((await failure(t.admin("importRegistryImage", { body: { name: "both", kind: "kernel" } }))).status).toBe(400);
  });

  it("refuses URLs that resolve to internal addresses unless the server allows them", async () => {
    const refused = await failure(t.admin("importRegistryImage", { body: { name: "from-url", kind: "kernel", url } }));
    expect(refused.status).toBe(403);
    expect(refused.problem.message).toMatch(/internal address/);
    expect((await t.admin("listRegistryImages", { query: {} })).items.map((i) => i.name)).not.toContain("from-url");
    const ok = await open.admin("importRegistryImage", { body: { name: "from-url", kind: "kernel", url } });
    expect(ok).toMatchObject({ sha256: sha(kernel), url });
  });

  it("creates formatted volumes, clones them, and refuses to delete what a VM uses", async () => {
    const vol = await t.admin("createVolume", { body: { name: "data", size_mb: 16 } });
    expect(vol).toMatchObject({ kind: "volume", size_bytes: 16 * 2 ** 20, category: "ext4" });
    // an ext4 superblock carries its magic 0xEF53 at offset 1080
    expect(readFileSync(vol.path).readUInt16LE(1080)).toBe(0xef53);
    const copy = await t.admin("cloneRegistryImage", { params: { id: "data" }, body: { name: "data-copy" } });
    expect(copy.sha256).toBe(vol.sha256);
    expect((await t.admin("listRegistryImages", { query: { kind: "volume" } })).items.map((i) => i.name)).toEqual([
      "data",
      "data-copy",
    ]);

    const k = await t.admin("getRegistryImage", { params: { id: "vmlinux" } });
    await t.admin("createVm", {
      body: { name: "uses-it", vcpu: 1, mem_mib: 64, kernel_path: k.path, rootfs_path: vol.path, start: false },
    });
    expect((await t.admin("getRegistryImage", { params: { id: "data" } })).used_by).toEqual(["uses-it"]);
    const busy = await failure(t.admin("deleteRegistryImage", { params: { id: "data" } }));
    expect(busy.status).toBe(409);
    expect(busy.problem.message).toMatch(/in use by uses-it/);
    await t.admin("deleteVm", { params: { id: "uses-it" } });
    await t.admin("deleteRegistryImage", { params: { id: "data" } });
    expect((await failure(t.admin("getRegistryImage", { params: { id: "data" } }))).status).toBe(404);
    expect(() => readFileSync(vol.path)).toThrow();
  });
});
