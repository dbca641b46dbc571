import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { createTestIo } from "../testing/test-io.ts";

const catalog = `apiVersion: shipyard.dev/v1
kind: ImageCatalog
images:
  - name: py-base
    kind: managed
    image: ghcr.io/acme/py-base
    tags: ["3.12"]
    source: { provider: local, repo: base }
    build: { provider: local }
  - name: web
    kind: managed
    image: ghcr.io/acme/web
    source: { provider: local, repo: web }
    build: { provider: local }
  - name: api
    kind: managed
    image: ghcr.io/acme/api
    source: { provider: local, repo: api }
    build: { provider: local }
`;

const files = {
  "/cat/images.yaml": catalog,
  "/cat/base/Dockerfile": "FROM python:3.12-slim\n",
  "/cat/web/Dockerfile": "FROM ghcr.io/acme/py-base:3.12\n",
  "/cat/api/Dockerfile": "FROM ghcr.io/acme/py-base:3.12 AS b\nFROM ghcr.io/acme/web\n",
};

const cli = async (argv: string[], extra: Record<string, string> = {}) => {
  const io = createTestIo({ files: { ...files, ...extra }, env: { SHIPYARD_CONFIG: "/nonexistent/config.json" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

describe("images graph --file (offline)", () => {
  it("analyses the local Dockerfiles of an images.yaml into a graph without a server", async () => {
    const r = await cli(["images", "graph", "-f", "/cat/images.yaml", "--json"]);
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(g.edges).toEqual(
      expect.arrayContaining([
        { from: "py-base", to: "docker.io/library/python:3.12-slim" },
        { from: "web", to: "py-base" },
        { from: "api", to: "py-base" },
        { from: "api", to: "web" },
      ]),
    );
    expect(g.nodes.find((n: { name: string }) => n.name === "docker.io/library/python:3.12-slim").kind).toBe("base");
  });

  it("prints Mermaid", async () => {
    const r = await cli(["images", "graph", "-f", "/cat/images.yaml", "--mermaid"]);
    expect(r.stdout).toMatch(/^graph TD/);
    expect(r.stdout).toContain('"web"');
  });

  it("names the cycle when Dockerfiles form one", async () => {
    const r = await cli(["images", "graph", "-f", "/cat/images.yaml"], { "/cat/base/Dockerfile": "FROM ghcr.io/acme/api\n" });
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/cycle/);
  });

  it("says which entry and field of a bad images.yaml is wrong", async () => {
    const bad = catalog.replace("kind: managed\n    image: ghcr.io/acme/web", "kind: managed\n    image: 42");
    const r = await cli(["images", "graph", "-f", "/cat/bad.yaml"], { "/cat/bad.yaml": bad });
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/images\.1\.image/);
    const notYaml = await cli(["images", "graph", "-f", "/cat/x.yaml"], { "/cat/x.yaml": "images: [unclosed" });
    expect(notYaml.stderr).toMatch(/not valid YAML/);
  });
});

describe("images synth --file (offline)", () => {
  it("writes Kargo manifests for a local catalog into a folder", async () => {
    const { mkdtempSync, readdirSync, readFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const out = mkdtempSync(join(tmpdir(), "shipyard-synth-"));
    try {
      const r = await cli([
        "images",
        "synth",
        "-f",
        "/cat/images.yaml",
        "--out",
        out,
        "--shipyard-url",
        "http://shipyard.test",
        "--json",
      ]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).objects).toBeGreaterThan(5);
      expect(readdirSync(join(out, "30-stages")).sort()).toEqual([
        "rebuild-trigger-api.yaml",
        "rebuild-trigger-py-base.yaml",
        "rebuild-trigger-web.yaml",
      ]);
      const api = readFileSync(join(out, "30-stages", "rebuild-trigger-api.yaml"), "utf8");
      expect(api).toContain("http://shipyard.test/v1/catalog/images/api/rebuild");
      expect(api).toMatch(/name: py-base[\s\S]*name: web|name: web[\s\S]*name: py-base/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
