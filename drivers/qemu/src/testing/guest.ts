import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
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
 * Builds the guest into `$SHIPYARD_GUEST_CACHE` (default `/tmp/shipyard-guest-cache`) with
 * `scripts/build-guest.sh` unless the cache already holds the current guest version. Needs apt-get (Debian's archive), cpio and busybox-static.
 */
export const getTestGuest = async (
  cacheDir = process.env.SHIPYARD_GUEST_CACHE ?? "/tmp/shipyard-guest-cache",
): Promise<TestGuest> => {
  const dir = resolve(cacheDir);
  const guest = { kernel: join(dir, "bzImage"), initrd: join(dir, "initramfs.cpio.gz"), dir };
  // the script is a no-op when the cache is current (its .complete names the guest version); test
  // files that start together wait on one lock instead of building the same folder at once
  await mkdir(dirname(dir), { recursive: true });
  await new Promise<void>((done, fail) => {
    execFile("flock", [`${dir}.lock`, "bash", script, dir], { timeout: 600_000 }, (error, _stdout, stderr) => {
      if (error) fail(new Error(`building the test guest failed: ${stderr || error.message}`));
      else done();
    });
  });
  return guest;
};
