import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { lookup } from "node:dns/promises";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, realpath, rm, stat } from "node:fs/promises";
import { isIP } from "node:net";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DomainError, type ImageStore, type StoredFile } from "@shipyard/core";

/** True for addresses a user-supplied URL must not reach: loopback, private, link-local, unique-local, multicast, unspecified. */
export function isInternalAddress(ip: string): boolean {
  const v4 = ip.startsWith("::ffff:") ? ip.slice(7) : ip;
  if (isIP(v4) === 4) {
    const [a = 0, b = 0] = v4.split(".").map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127) ||
      a >= 224
    );
  }
  const x = ip.toLowerCase();
  return (
    x === "::" ||
    x === "::1" ||
    x.startsWith("fe8") ||
    x.startsWith("fe9") ||
    x.startsWith("fea") ||
    x.startsWith("feb") ||
    x.startsWith("fc") ||
    x.startsWith("fd") ||
    x.startsWith("ff")
  );
}

/** Refuses a URL whose host resolves to an internal address (unless allowed). */
export async function assertPublicUrl(raw: string, allowInternal: boolean): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new DomainError("invalid_input", `Only http and https URLs can be imported, not ${url.protocol}`);
  }
  if (allowInternal) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new DomainError("invalid_input", `The host of ${url.origin} does not resolve.`);
  const internal = addresses.find(isInternalAddress);
  if (internal) {
    throw new DomainError(
      "forbidden",
      `${url.origin} resolves to an internal address (${internal}); imports from internal addresses are refused.`,
      {
        suggestion:
          "Import from a public URL, copy the file onto the server and use source_path, or set SHIPYARD_ALLOW_INTERNAL_URLS=true.",
      },
    );
  }
  return url;
}

const hashing = (hash: ReturnType<typeof createHash>, limit: number, counter: { n: number }) =>
  new Transform({
    transform(chunk: Buffer, _enc, done) {
      counter.n += chunk.length;
      if (counter.n > limit)
        return done(new DomainError("invalid_input", `The file is larger than the ${Math.round(limit / 2 ** 20)} MiB limit.`));
      hash.update(chunk);
      done(null, chunk);
    },
  });

/** Registry files in one folder on the server host (the default VM image folder). */
export class FolderImageStore implements ImageStore {
  private readonly dir: string;
  private readonly sourceRoots: readonly string[];
  private readonly allowInternalUrls: boolean;
  private readonly maxBytes: number;

  constructor(options: { dir: string; sourceRoots: readonly string[]; allowInternalUrls: boolean; maxBytes: number }) {
    this.dir = options.dir;
    this.sourceRoots = options.sourceRoots;
    this.allowInternalUrls = options.allowInternalUrls;
    this.maxBytes = options.maxBytes;
  }

  private target(id: string, name: string) {
    return join(this.dir, `${id}-${name}`);
  }

  private async write(id: string, name: string, source: NodeJS.ReadableStream): Promise<StoredFile> {
    await mkdir(this.dir, { recursive: true });
    const path = this.target(id, name);
    const hash = createHash("sha256");
    const counter = { n: 0 };
    try {
      await pipeline(source, hashing(hash, this.maxBytes, counter), createWriteStream(path, { flags: "wx", mode: 0o640 }));
    } catch (e) {
      await rm(path, { force: true });
      throw e;
    }
    return { path, sizeBytes: counter.n, sha256: `sha256:${hash.digest("hex")}` };
  }

  async importPath(id: string, name: string, source: string): Promise<StoredFile> {
    let real: string;
    try {
      real = await realpath(source);
    } catch {
      throw new DomainError("invalid_input", `source_path ${source} does not exist on the server.`);
    }
    const roots = await Promise.all(this.sourceRoots.map((r) => realpath(r).catch(() => r)));
    if (!roots.some((r) => real === r || real.startsWith(`${r}/`))) {
      throw new DomainError("forbidden", `source_path ${source} is outside the folders files may be imported from.`, {
        suggestion: "Put it under a folder of SHIPYARD_SOURCE_ROOTS.",
      });
    }
    if (!(await stat(real)).isFile()) throw new DomainError("invalid_input", `source_path ${source} is not a file.`);
    return this.write(id, name, createReadStream(real));
  }

  async importUrl(id: string, name: string, raw: string): Promise<StoredFile> {
    let url = await assertPublicUrl(raw, this.allowInternalUrls);
    for (let hop = 0; hop < 5; hop++) {
      const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10 * 60_000) }).catch((e: Error) => {
        throw new DomainError("unavailable", `Could not download ${url.origin}: ${e.message}`);
      });
      if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
        // every hop is checked again: a public URL must not redirect into the internal network
        url = await assertPublicUrl(new URL(res.headers.get("location") as string, url).toString(), this.allowInternalUrls);
        continue;
      }
      if (!res.ok || !res.body) throw new DomainError("invalid_input", `Downloading ${url.toString()} answered ${res.status}.`);
      return this.write(id, name, Readable.fromWeb(res.body as never));
    }
    throw new DomainError("invalid_input", `${raw} redirects more than 5 times.`);
  }

  async createVolume(id: string, name: string, sizeMb: number, format: "ext4" | "raw"): Promise<StoredFile> {
    await mkdir(this.dir, { recursive: true });
    const path = this.target(id, name);
    const fh = await open(path, "wx", 0o640);
    try {
      await fh.truncate(sizeMb * 2 ** 20); // sparse: takes no space until written
    } finally {
      await fh.close();
    }
    if (format === "ext4") {
      await new Promise<void>((resolve, reject) =>
        execFile("mkfs.ext4", ["-F", "-q", "-L", name.slice(0, 16), path], (err, _o, stderr) =>
          err ? reject(new DomainError("unavailable", `mkfs.ext4 failed: ${stderr || err.message}`)) : resolve(),
        ),
      ).catch(async (e) => {
        await rm(path, { force: true });
        throw e;
      });
    }
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return { path, sizeBytes: sizeMb * 2 ** 20, sha256: `sha256:${hash.digest("hex")}` };
  }

  clone(id: string, name: string, from: string): Promise<StoredFile> {
    return this.write(id, name, createReadStream(from));
  }

  async remove(path: string): Promise<void> {
    await rm(path, { force: true });
  }
}
