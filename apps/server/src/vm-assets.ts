import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { type AssetGuard, DomainError } from "@shipyard/core";

/** VM assets may only come from these folders (symlinks resolved), so a request cannot hand QEMU any host file. */
export function folderAssetGuard(roots: readonly string[]): AssetGuard {
  return {
    async check(path, what) {
      const wanted = resolve(path);
      let real: string;
      try {
        real = await realpath(wanted);
      } catch {
        throw new DomainError("invalid_input", `${what} ${wanted} does not exist.`, {
          suggestion: "Give the path of an existing file.",
        });
      }
      const allowed = await Promise.all(roots.map((r) => realpath(r).catch(() => resolve(r))));
      const inside = allowed.some((r) => {
        const rel = relative(r, real);
        return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
      });
      if (!inside) {
        throw new DomainError("forbidden", `${what} ${wanted} is outside the folders VM images may be read from.`, {
          suggestion: `Put it under ${roots.join(" or ")} (SHIPYARD_VM_ASSET_ROOTS).`,
        });
      }
      return real;
    },
  };
}
