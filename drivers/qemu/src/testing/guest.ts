import { execFile } from "node:child_process";
import { access } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The tiny test guest: a Debian kernel and a busybox initramfs that prints `GUEST_READY_MARKER`. */
export interface TestGuest {
  kernel: string;
  initrd: string;
  dir: string;
}

export const GUEST_READY_MARKER = "SHIPYARD-GUEST-READY";

const script = resolve(dirname(fileURLToPath(import.meta.url)), "../../scripts/build-guest.sh");

/**
 * Builds the guest once into `$SHIPYARD_GUEST_CACHE` (default `/tmp/shipyard-guest-cache`) with
 * `scripts/build-guest.sh` and reuses it afterwards. Needs apt-get (Debian's archive), cpio and busybox-static.
 */
export const getTestGuest = async (
  cacheDir = process.env.SHIPYARD_GUEST_CACHE ?? "/tmp/shipyard-guest-cache",
): Promise<TestGuest> => {
  const dir = resolve(cacheDir);
  const guest = { kernel: join(dir, "bzImage"), initrd: join(dir, "initramfs.cpio.gz"), dir };
  const ready = await access(join(dir, ".complete")).then(
    () => true,
    () => false,
  );
  if (!ready) {
    await new Promise<void>((done, fail) => {
      execFile("bash", [script, dir], { timeout: 300_000 }, (error, _stdout, stderr) => {
        if (error) fail(new Error(`building the test guest failed: ${stderr || error.message}`));
        else done();
      });
    });
  }
  return guest;
};
