import { existsSync, readFileSync } from "node:fs";
import type { DockerEngineClient } from "../docker-engine-client.ts";
import type { EngineImageName } from "../images-api.ts";
import { type TarSource, writeTar } from "../tar-writer.ts";

/** Debian's `busybox-static` package: one static binary, so it runs in an image with nothing else. */
export const BUSYBOX_BINARY = "/bin/busybox";

const APPLETS = ["sh", "echo", "cat", "ls", "sleep", "true", "false", "mkdir", "rm", "env", "test"];

/**
 * Imports a tiny base image (static busybox and its applet links) into the engine with no registry
 * involved, like `docker import` of a root filesystem. Returns the image id.
 */
export async function importBusyboxImage(client: DockerEngineClient, name: EngineImageName): Promise<string> {
  if (!existsSync(BUSYBOX_BINARY)) {
    throw new Error(
      `${BUSYBOX_BINARY} is missing: install it with \`apt-get install -y busybox-static\` (scripts/test.sh does).`,
    );
  }
  const busybox = readFileSync(BUSYBOX_BINARY);
  if (isDynamicElf(busybox)) {
    throw new Error(`${BUSYBOX_BINARY} is linked dynamically and cannot run alone in an image: install busybox-static.`);
  }
  const sources: TarSource[] = [
    { entry: { name: "bin", type: "directory" } },
    { entry: { name: "bin/busybox", type: "file", mode: 0o755, size: busybox.length }, body: busybox },
    ...APPLETS.map((a): TarSource => ({ entry: { name: `bin/${a}`, type: "symlink", linkname: "busybox" } })),
    { entry: { name: "tmp", type: "directory", mode: 0o1777 } },
    { entry: { name: "etc", type: "directory" } },
  ];
  return client.images.import(writeTar(sources), name, { changes: ['CMD ["/bin/sh"]'] });
}

/** Whether an ELF binary asks for a program interpreter (PT_INTERP), i.e. is linked dynamically. */
function isDynamicElf(bytes: Buffer): boolean {
  if (bytes.length < 64 || bytes.readUInt32BE(0) !== 0x7f454c46 || bytes[4] !== 2) return false;
  const phoff = Number(bytes.readBigUInt64LE(0x20));
  const phentsize = bytes.readUInt16LE(0x36);
  const phnum = bytes.readUInt16LE(0x38);
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    if (at + 4 <= bytes.length && bytes.readUInt32LE(at) === 3) return true;
  }
  return false;
}
