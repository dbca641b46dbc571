import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { synthesizeKargo } from "./synthesize.ts";
import { diamondCatalog, SHIPYARD_URL } from "./testing/fixtures.ts";
import { writeManifests } from "./write-manifests.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "shipyard-kargo-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const synth = (images = diamondCatalog()) => synthesizeKargo({ images, pipelineTrigger: { shipyard: { url: SHIPYARD_URL } } });

async function tree(root: string, base = root): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(root, { withFileTypes: true })) {
    const full = join(root, e.name);
    if (e.isDirectory()) out.push(...(await tree(full, base)));
    else out.push(full.slice(base.length + 1));
  }
  return out.sort();
}

describe("writeManifests", () => {
  it("writes every file, then leaves unchanged files alone", async () => {
    const { files } = synth();
    const first = await writeManifests(files, join(dir, "out"));
    expect(first.written).toEqual(files.map((f) => f.path));
    expect(await tree(join(dir, "out"))).toEqual(files.map((f) => f.path));
    expect(await readFile(join(dir, "out", "00-project.yaml"), "utf8")).toBe(files[0]?.content);

    const before = await stat(join(dir, "out", "00-project.yaml"));
    const second = await writeManifests(files, join(dir, "out"));
    expect(second).toEqual({ written: [], unchanged: files.map((f) => f.path), removed: [] });
    expect((await stat(join(dir, "out", "00-project.yaml"))).mtimeMs).toBe(before.mtimeMs);
  });

  it("removes files an earlier synthesis wrote for images no longer in the catalog, and nothing else", async () => {
    await writeManifests(synth().files, dir);
    await writeFile(join(dir, "kustomization.yaml"), "resources: []\n");
    await writeFile(join(dir, "notes.txt"), "mine\n");
    const smaller = synth(diamondCatalog().filter((i) => i.name !== "postgres"));
    const result = await writeManifests(smaller.files, dir);
    expect(result.removed).toEqual(["10-warehouses/postgres-16.yaml", "10-warehouses/postgres-17.yaml"]);
    expect(await tree(dir)).toEqual([...smaller.files.map((f) => f.path), "kustomization.yaml", "notes.txt"].sort());
  });

  it("refuses paths outside the folder, and the same path twice", async () => {
    await expect(writeManifests([{ path: "../escape.yaml", content: "x" }], dir)).rejects.toThrow(/not inside the output folder/);
    await expect(writeManifests([{ path: "/etc/passwd", content: "x" }], dir)).rejects.toThrow(/not inside the output folder/);
    await expect(
      writeManifests(
        [
          { path: "a.yaml", content: "x" },
          { path: "./a.yaml", content: "y" },
        ],
        dir,
      ),
    ).rejects.toThrow(/given twice/);
    expect(await tree(dir)).toEqual([]);
  });
});
