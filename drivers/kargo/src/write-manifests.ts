/**
 * Writes synthesized manifest files into a folder, for `shipyard images synth --out <dir>`. Files are
 * written atomically (temporary file, then rename), unchanged files are left alone, and YAML files under
 * the folder that an earlier synthesis wrote (they start with the generated header) but this one did not
 * are removed — so an image taken out of the catalog does not come back at the next `kubectl apply`.
 * Files without the header are never touched.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { DomainError } from "@shipyard/core";
import { GENERATED_HEADER } from "./synthesize.ts";
import type { ManifestFile } from "./types.ts";

export interface WriteManifestsResult {
  /** Relative paths, sorted. */
  written: string[];
  unchanged: string[];
  removed: string[];
}

function target(root: string, path: string): string {
  const full = resolve(root, path);
  const rel = relative(root, full);
  if (path === "" || isAbsolute(path) || rel === "" || rel.startsWith("..") || rel.split(sep).includes("..")) {
    throw new DomainError("invalid_input", `Manifest path ${JSON.stringify(path)} is not inside the output folder.`);
  }
  return full;
}

async function yamlFilesUnder(dir: string, base = dir): Promise<string[]> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
  const out: string[] = [];
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await yamlFilesUnder(full, base)));
    else if (e.isFile() && e.name.endsWith(".yaml")) out.push(relative(base, full).split(sep).join("/"));
  }
  return out;
}

async function readOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

export async function writeManifests(files: readonly ManifestFile[], dir: string): Promise<WriteManifestsResult> {
  const root = resolve(dir);
  const result: WriteManifestsResult = { written: [], unchanged: [], removed: [] };
  const wanted = new Set<string>();
  for (const f of files) {
    const full = target(root, f.path);
    const key = relative(root, full).split(sep).join("/");
    if (wanted.has(key)) throw new DomainError("invalid_input", `Manifest path ${f.path} is given twice.`);
    wanted.add(key);
  }

  await mkdir(root, { recursive: true });
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const full = target(root, f.path);
    if ((await readOrUndefined(full)) === f.content) {
      result.unchanged.push(f.path);
      continue;
    }
    await mkdir(dirname(full), { recursive: true });
    const tmp = `${full}.${process.pid}.tmp`;
    await writeFile(tmp, f.content);
    await rename(tmp, full);
    result.written.push(f.path);
  }

  for (const rel of (await yamlFilesUnder(root)).sort()) {
    if (wanted.has(rel)) continue;
    const full = join(root, rel);
    const content = await readOrUndefined(full);
    if (content?.startsWith(GENERATED_HEADER)) {
      await rm(full);
      result.removed.push(rel);
    }
  }
  return result;
}
