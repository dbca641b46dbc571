import { describe, expect, it } from "vitest";
import { DockerEngineError } from "./engine-error.ts";
import { encodeTarHeader, paxRecord, type TarSource, writeTar } from "./tar-writer.ts";
import { readTar } from "./testing/tar-reader.ts";

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

async function archive(sources: TarSource[], options: Parameters<typeof writeTar>[1] = {}): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const c of writeTar(sources, options)) chunks.push(c);
  return Buffer.concat(chunks);
}

async function failure(p: Promise<unknown>): Promise<DockerEngineError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DockerEngineError);
  return e as DockerEngineError;
}

describe("writeTar", () => {
  it("writes files, folders and symlinks that read back with their names, modes, times and content", async () => {
    const tar = await archive([
      { entry: { name: "app", type: "directory", mtime: 1_700_000_000 } },
      { entry: { name: "app/hello.txt", type: "file", size: 6, mode: 0o640, mtime: 1_700_000_001 }, body: bytes("hello\n") },
      {
        entry: { name: "app/run.sh", type: "file", size: 3, mode: 0o755 },
        body: () =>
          (async function* () {
            yield bytes("ab");
            yield bytes("c");
          })(),
      },
      { entry: { name: "app/link", type: "symlink", linkname: "hello.txt" } },
      { entry: { name: "empty", type: "file", size: 0 } },
    ]);
    expect(tar.length % 512).toBe(0);
    const entries = readTar(tar);
    expect(entries.map((e) => [e.name, e.typeflag, e.mode.toString(8), e.size])).toEqual([
      ["app/", "5", "755", 0],
      ["app/hello.txt", "0", "640", 6],
      ["app/run.sh", "0", "755", 3],
      ["app/link", "2", "777", 0],
      ["empty", "0", "644", 0],
    ]);
    expect(text(entries[1]!.content)).toBe("hello\n");
    expect(text(entries[2]!.content)).toBe("abc");
    expect(entries[3]!.linkname).toBe("hello.txt");
    expect(entries[0]!.mtime).toBe(1_700_000_000);
    expect(entries.every((e) => e.magic === "ustar" && e.uid === 0 && e.gid === 0)).toBe(true);
    // Content is padded to whole blocks and the archive ends with two zero blocks.
    expect(tar.subarray(tar.length - 1024).every((b) => b === 0)).toBe(true);
  });

  it("keeps paths up to 255 bytes in ustar's prefix and name fields, without PAX", () => {
    const name = `${"d".repeat(120)}/${"f".repeat(90)}`;
    const header = encodeTarHeader({ name, type: "file", size: 0 });
    expect(header.length).toBe(512);
    const [entry] = readTar(Buffer.concat([header, new Uint8Array(1024)]));
    expect(entry?.name).toBe(name);
    expect(entry?.pax).toEqual({});
  });

  it("writes a PAX header for longer paths, long link targets and non-splittable names", async () => {
    const longName = `${"a/".repeat(150)}file.txt`;
    const noSlash = "x".repeat(101);
    const longTarget = `../${"t".repeat(200)}`;
    const tar = await archive([
      { entry: { name: longName, type: "file", size: 2 }, body: bytes("ok") },
      { entry: { name: noSlash, type: "file", size: 0 } },
      { entry: { name: "l", type: "symlink", linkname: longTarget } },
    ]);
    const entries = readTar(tar);
    expect(entries.map((e) => e.name)).toEqual([longName, noSlash, "l"]);
    expect(entries[0]?.pax.path).toBe(longName);
    expect(text(entries[0]!.content)).toBe("ok");
    expect(entries[2]?.linkname).toBe(longTarget);
  });

  it("counts names in UTF-8 bytes", async () => {
    const name = `${"é".repeat(60)}.txt`; // 124 bytes, 64 characters
    const tar = await archive([{ entry: { name, type: "file", size: 1 }, body: bytes("1") }]);
    const [entry] = readTar(tar);
    expect(entry?.name).toBe(name);
    expect(entry?.pax.path).toBe(name);
  });

  it("PAX record lengths count themselves, also across a change in their number of digits", () => {
    for (let n = 80; n < 120; n++) {
      const record = paxRecord("path", "p".repeat(n));
      const len = Number(record.split(" ")[0]);
      expect(new TextEncoder().encode(record).length).toBe(len);
    }
  });

  it("refuses a file whose content is shorter or longer than its size (it changed while being read)", async () => {
    const shorter = await failure(archive([{ entry: { name: "f", type: "file", size: 10 }, body: bytes("short") }]));
    expect(shorter.code).toBe("conflict");
    expect(shorter.message).toMatch(/f changed while it was being read/);
    await failure(archive([{ entry: { name: "f", type: "file", size: 1 }, body: bytes("longer") }]));
  });

  it("stops at maxBytes with payload_too_large", async () => {
    const big = new Uint8Array(10_000);
    const e = await failure(archive([{ entry: { name: "big", type: "file", size: big.length }, body: big }], { maxBytes: 5000 }));
    expect(e.code).toBe("payload_too_large");
    expect(e.suggestion).toMatch(/dockerignore/);
  });

  it("hands out chunks of about chunkBytes, not one per header", async () => {
    const sources: TarSource[] = Array.from({ length: 200 }, (_, i) => ({
      entry: { name: `f${i}`, type: "file", size: 100 },
      body: new Uint8Array(100),
    }));
    const sizes: number[] = [];
    for await (const c of writeTar(sources, { chunkBytes: 16 * 1024 })) sizes.push(c.length);
    expect(sizes.length).toBeLessThan(20);
    expect(sizes.slice(0, -1).every((s) => s >= 16 * 1024)).toBe(true);
  });

  it("refuses names that climb out of the archive or are empty", () => {
    expect(() => encodeTarHeader({ name: "../etc/passwd", type: "file" })).toThrow(/leaves the archive/);
    expect(() => encodeTarHeader({ name: "a/../../b", type: "file" })).toThrow(/leaves the archive/);
    expect(() => encodeTarHeader({ name: "./", type: "directory" })).toThrow(/needs a name/);
  });

  it("writes absolute and ./ names relative to the root", () => {
    const [a] = readTar(Buffer.concat([encodeTarHeader({ name: "/abs/file", type: "file" }), new Uint8Array(1024)]));
    const [b] = readTar(Buffer.concat([encodeTarHeader({ name: "./rel/file", type: "file" }), new Uint8Array(1024)]));
    expect([a?.name, b?.name]).toEqual(["abs/file", "rel/file"]);
  });
});
