import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RegistryImage } from "@shipyard/contract";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { type FakeRequest, fakeApi, problem } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const image = (overrides: Partial<RegistryImage> = {}): RegistryImage => ({
  id: "img_1",
  name: "vmlinux-6.1",
  kind: "kernel",
  size_bytes: 12 * 1024 * 1024,
  sha256: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  project: null,
  category: null,
  path: "/var/lib/shipyard/registry/img_1/vmlinux-6.1",
  url: null,
  used_by: [],
  created_at: "2025-06-01T11:00:00.000Z",
  ...overrides,
});

const runWith = async (argv: string[], fetch: typeof globalThis.fetch) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

describe("registry", () => {
  it("lists images with a filter", async () => {
    const a = fakeApi({
      "GET /v1/images": () => ({
        body: {
          items: [image(), image({ id: "img_2", name: "data", kind: "volume", size_bytes: 1024 ** 3, used_by: ["dev", "web"] })],
        },
      }),
    });
    const r = await runWith(["registry", "list", "--kind", "kernel", "--project", "web"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.query.get("kind")).toBe("kernel");
    expect(a.requests[0]?.query.get("project")).toBe("web");
    expect(r.stdout).toBe(
      [
        "ID     NAME         KIND        SIZE  SHA256        USED BY",
        "img_1  vmlinux-6.1  kernel  12.0 MiB  0123456789ab  -",
        "img_2  data         volume   1.0 GiB  0123456789ab  dev, web",
        "",
      ].join("\n"),
    );
  });

  it("prints the response with --json, and says how to add the first image", async () => {
    const a = fakeApi({ "GET /v1/images": () => ({ body: { items: [image()] } }) });
    const r = await runWith(["registry", "list", "--json"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.url.search).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ items: [image()] });
    const empty = fakeApi({ "GET /v1/images": () => ({ body: { items: [] } }) });
    expect((await runWith(["registry", "list"], empty.fetch)).stdout).toContain(
      "No images yet. Add one with `shipyard registry import`",
    );
  });

  it("shows one image with how to use it; exit 5 when missing", async () => {
    const a = fakeApi({ "GET /v1/images/vmlinux-6.1": () => ({ body: image({ used_by: ["dev"] }) }) });
    const r = await runWith(["registry", "show", "vmlinux-6.1"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`SHA256      ${image().sha256}`);
    expect(r.stdout).toContain("Used by     dev");
    expect(r.stdout).toContain("Use         shipyard vm create <name> --kernel /var/lib/shipyard/registry/img_1/vmlinux-6.1");
    expect((await runWith(["registry", "show", "nope"], a.fetch)).code).toBe(5);
  });

  it("imports from a URL or a server path", async () => {
    const a = fakeApi({ "POST /v1/images": (req) => ({ status: 201, body: image(req.body as Partial<RegistryImage>) }) });
    const r = await runWith(
      ["registry", "import", "vmlinux-6.1", "--kind", "kernel", "--url", "https://example.com/vmlinux", "--project", "web"],
      a.fetch,
    );
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({
      name: "vmlinux-6.1",
      kind: "kernel",
      url: "https://example.com/vmlinux",
      project: "web",
    });
    expect(r.stdout).toContain("Imported kernel vmlinux-6.1 (img_1): 12.0 MiB, sha256 0123456789ab.");
    expect(r.stdout).toContain("use it with: shipyard vm create <name> --kernel /var/lib/shipyard/registry/img_1/vmlinux-6.1");
    expect(r.stderr).toContain("The server is downloading https://example.com/vmlinux…");

    await runWith(
      ["registry", "import", "debian", "--kind", "rootfs", "--path", "/srv/debian.ext4", "--category", "debian"],
      a.fetch,
    );
    expect(a.requests[1]?.body).toEqual({ name: "debian", kind: "rootfs", source_path: "/srv/debian.ext4", category: "debian" });
  });

  it("creates a volume", async () => {
    const a = fakeApi({
      "POST /v1/images/volumes": () => ({
        status: 201,
        body: image({ name: "data", kind: "volume", size_bytes: 1024 ** 3, path: "/var/lib/shipyard/registry/img_2/data" }),
      }),
    });
    const r = await runWith(["registry", "volume", "create", "data", "--size-mb", "1024", "--format", "raw"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({ name: "data", size_mb: 1024, format: "raw" });
    expect(r.stdout).toContain("Created volume data (img_1): 1.0 GiB");
    expect(r.stdout).toContain("--drive id=<id>,path=/var/lib/shipyard/registry/img_2/data");
  });

  it("clones and deletes; an image in use is exit 6", async () => {
    const a = fakeApi({
      "POST /v1/images/vmlinux-6.1/clone": () => ({ status: 201, body: image({ id: "img_3", name: "vmlinux-copy" }) }),
      "DELETE /v1/images/vmlinux-copy": () => ({ status: 204 }),
      "DELETE /v1/images/vmlinux-6.1": () => ({
        status: 409,
        body: problem(409, "conflict", "vmlinux-6.1 is in use by dev.", "Delete those VMs first."),
      }),
    });
    const c = await runWith(["registry", "clone", "vmlinux-6.1", "vmlinux-copy"], a.fetch);
    expect(c.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({ name: "vmlinux-copy" });
    expect(c.stdout).toContain("Cloned into kernel vmlinux-copy (img_3)");
    expect((await runWith(["registry", "rm", "vmlinux-copy"], a.fetch)).stdout).toContain("Deleted image vmlinux-copy.");
    const busy = await runWith(["registry", "rm", "vmlinux-6.1"], a.fetch);
    expect(busy.code).toBe(6);
    expect(busy.stderr).toContain("vmlinux-6.1 is in use by dev.");
  });

  it.each([
    [["list", "--kind", "disk"], "--kind must be kernel, initrd, rootfs or volume"],
    [["import", "x", "--url", "https://e.com/x"], "--kind is required"],
    [["import", "x", "--kind", "kernel"], "Give exactly one of --path"],
    [["import", "x", "--kind", "kernel", "--path", "/a", "--url", "https://e.com/x"], "Give exactly one of --path"],
    [["import", "x", "--kind", "kernel", "--url", "ftp://e.com/x"], "--url must be an http:// or https:// URL"],
    [["volume", "create", "x"], "--size-mb is required"],
    [["volume", "create", "x", "--size-mb", "1.5"], "--size-mb must be a whole number of MiB"],
    [["volume", "create", "x", "--size-mb", "10", "--format", "xfs"], "--format must be ext4 or raw"],
    [["download", "x"], "--output is required"],
  ])("refuses `registry %j` with exit 2 and sends nothing", async (args, message) => {
    const a = fakeApi({});
    const r = await runWith(["registry", ...args], a.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(a.requests).toHaveLength(0);
  });
});

describe("registry download", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "shipyard-cli-registry-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const content = Buffer.from("\x7fELF not really a kernel, but bytes all the same\x00\xff");
  const sha = `sha256:${createHash("sha256").update(content).digest("hex")}`;

  /** The JSON API from fakeApi, and the download endpoint answering raw bytes. */
  const server = (meta: RegistryImage, answer: () => Response = () => new Response(content)) => {
    const a = fakeApi({ "GET /v1/images/vmlinux-6.1": () => ({ body: meta }) });
    const downloads: FakeRequest["headers"][] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (new URL(String(input)).pathname === "/v1/images/img_1/download") {
        downloads.push(new Headers(init?.headers));
        return answer();
      }
      return a.fetch(input, init);
    };
    return { fetch, downloads };
  };

  it("streams the file to --output and checks its checksum", async () => {
    const s = server(image({ size_bytes: content.length, sha256: sha }));
    const out = join(dir, "vmlinux");
    const r = await runWith(["registry", "download", "vmlinux-6.1", "--output", out], s.fetch);
    expect(r.code).toBe(0);
    expect(s.downloads[0]?.get("authorization")).toBe("Bearer shp_env");
    expect(await readFile(out)).toEqual(content);
    expect(r.stdout).toBe(`✓ Downloaded vmlinux-6.1 to ${out} (${content.length} B, sha256 verified).\n`);
    expect(await readdir(dir)).toEqual(["vmlinux"]);

    const bare = server(image({ size_bytes: content.length, sha256: sha.replace("sha256:", "") }));
    expect((await runWith(["registry", "download", "vmlinux-6.1", "-o", out], bare.fetch)).code).toBe(0);

    const j = await runWith(["registry", "download", "vmlinux-6.1", "-o", out, "--json"], s.fetch);
    expect(JSON.parse(j.stdout)).toEqual({
      id: "img_1",
      name: "vmlinux-6.1",
      output: out,
      size_bytes: content.length,
      sha256: sha,
    });
  });

  it("fails (exit 1) and leaves no file when the checksum does not match", async () => {
    const s = server(image({ size_bytes: content.length }));
    const out = join(dir, "vmlinux");
    const r = await runWith(["registry", "download", "vmlinux-6.1", "--output", out], s.fetch);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("does not match the registry");
    expect(await readdir(dir)).toEqual([]);
  });

  it("passes on the server's problem (exit 5) and leaves no file", async () => {
    const s = server(image({ size_bytes: content.length, sha256: sha }), () =>
      Response.json(problem(404, "not_found", "Image img_1 was not found."), { status: 404 }),
    );
    const r = await runWith(["registry", "download", "vmlinux-6.1", "--output", join(dir, "k")], s.fetch);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain("Image img_1 was not found.");
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses an --output it cannot write (exit 2) before downloading", async () => {
    const s = server(image({ size_bytes: content.length, sha256: sha }));
    const r = await runWith(["registry", "download", "vmlinux-6.1", "--output", join(dir, "missing", "k")], s.fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot write there");
    expect(s.downloads).toHaveLength(0);
  });
});
