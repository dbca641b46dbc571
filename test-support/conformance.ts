import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The folder of upstream conformance material (specs and test vectors) the tests run against:
 * `SHIPYARD_CONFORMANCE_DIR`, else `../shared/conformance` next to the checkout, else
 * `/work/shared/conformance` (where the workplace keeps it, whichever folder CI cloned into).
 */
export function conformanceDir(...parts: string[]): string {
  const candidates = [
    process.env.SHIPYARD_CONFORMANCE_DIR,
    join(repoRoot, "..", "shared", "conformance"),
    "/work/shared/conformance",
  ].filter((c): c is string => Boolean(c));
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      `Conformance material not found (looked in ${candidates.join(", ")}). Set SHIPYARD_CONFORMANCE_DIR to the folder holding image-refs.json and buildkit-parser/.`,
    );
  }
  return join(found, ...parts);
}
