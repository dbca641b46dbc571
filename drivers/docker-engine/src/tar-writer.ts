import { DockerEngineError } from "./engine-error.ts";

/**
 * A small streaming tar writer (POSIX ustar, with PAX extended headers for what ustar cannot hold:
 * long paths and link targets, large sizes). Enough for build contexts and root filesystems;
 * no hard links, devices or sparse files.
 */

export type TarEntryType = "file" | "directory" | "symlink";

export interface TarEntry {
  /** Path inside the archive with `/` separators and no leading `/` (a trailing `/` on directories is added). */
  name: string;
  type: TarEntryType;
  /** Permission bits. Default 0o644 (file), 0o755 (directory), 0o777 (symlink). */
  mode?: number | undefined;
  /** Bytes of a file's content; 0 for other types. */
  size?: number | undefined;
  /** Seconds since the epoch. Default 0. */
  mtime?: number | undefined;
  /** Target of a symlink. */
  linkname?: string | undefined;
  /** Default 0 (root), as `docker build` sends a context. */
  uid?: number | undefined;
  gid?: number | undefined;
  uname?: string | undefined;
  gname?: string | undefined;
}

export const TAR_BLOCK = 512;
/** Largest value a 12-byte octal field holds (8 GiB - 1). */
const MAX_OCTAL_11 = 0o77777777777;
const MAX_OCTAL_7 = 0o7777777;
const encoder = new TextEncoder();

const TYPEFLAG: Record<TarEntryType, string> = { file: "0", directory: "5", symlink: "2" };

/** Zero bytes that pad content of `size` bytes to a whole block. */
export const tarPadding = (size: number): Uint8Array => new Uint8Array((TAR_BLOCK - (size % TAR_BLOCK)) % TAR_BLOCK);

/** The end of an archive: two zero blocks. */
export const tarTrailer = (): Uint8Array => new Uint8Array(2 * TAR_BLOCK);

/** The header block(s) of an entry: a PAX header first when ustar cannot hold it. */
export function encodeTarHeader(entry: TarEntry): Uint8Array {
  const name = normaliseName(entry);
  const size = entry.type === "file" ? (entry.size ?? 0) : 0;
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`tar: bad size ${size} for ${name}`);
  const mode = (entry.mode ?? (entry.type === "directory" ? 0o755 : entry.type === "symlink" ? 0o777 : 0o644)) & 0o7777;
  const mtime = Math.max(0, Math.min(MAX_OCTAL_11, Math.floor(entry.mtime ?? 0)));
  const uid = entry.uid ?? 0;
  const gid = entry.gid ?? 0;
  const linkname = entry.type === "symlink" ? (entry.linkname ?? "") : "";
  if (entry.type === "symlink" && !linkname) throw new RangeError(`tar: symlink ${name} has no target`);

  const pax: [string, string][] = [];
  const split = splitUstarName(name);
  if (!split) pax.push(["path", name]);
  if (encoder.encode(linkname).length > 100) pax.push(["linkpath", linkname]);
  if (size > MAX_OCTAL_11) pax.push(["size", String(size)]);
  if (uid > MAX_OCTAL_7) pax.push(["uid", String(uid)]);
  if (gid > MAX_OCTAL_7) pax.push(["gid", String(gid)]);

  const ustar = ustarBlock({
    name: split?.name ?? asciiFallback(name, 100),
    prefix: split?.prefix ?? "",
    mode,
    uid: Math.min(uid, MAX_OCTAL_7),
    gid: Math.min(gid, MAX_OCTAL_7),
    size: Math.min(size, MAX_OCTAL_11),
    mtime,
    typeflag: TYPEFLAG[entry.type],
    linkname: encoder.encode(linkname).length > 100 ? asciiFallback(linkname, 100) : linkname,
    uname: entry.uname ?? "",
    gname: entry.gname ?? "",
  });
  if (pax.length === 0) return ustar;

  const records = encoder.encode(pax.map(([k, v]) => paxRecord(k, v)).join(""));
  const base = name.replace(/\/$/, "").split("/").pop() ?? "entry";
  const paxHeader = ustarBlock({
    name: asciiFallback(`PaxHeaders.0/${base}`, 100),
    prefix: "",
    mode: 0o644,
    uid: 0,
    gid: 0,
    size: records.length,
    mtime,
    typeflag: "x",
    linkname: "",
    uname: "",
    gname: "",
  });
  const out = new Uint8Array(TAR_BLOCK + records.length + tarPadding(records.length).length + TAR_BLOCK);
  out.set(paxHeader, 0);
  out.set(records, TAR_BLOCK);
  out.set(ustar, out.length - TAR_BLOCK);
  return out;
}

/** One PAX record: `"<len> <key>=<value>\n"`, where `<len>` counts the whole record, itself included. */
export function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  const restBytes = encoder.encode(rest).length;
  let len = restBytes + String(restBytes).length;
  while (restBytes + String(len).length !== len) len = restBytes + String(len).length;
  return `${len}${rest}`;
}

function normaliseName(entry: TarEntry): string {
  let name = entry.name
    .replaceAll("\\", "/")
    .replace(/^\/+/, "")
    .replace(/^(\.\/)+/, "");
  if (!name || name === ".") throw new RangeError("tar: an entry needs a name");
  if (name.split("/").includes("..")) throw new RangeError(`tar: ${entry.name} leaves the archive`);
  if (entry.type === "directory" && !name.endsWith("/")) name += "/";
  return name;
}

/** Splits a path into ustar's `prefix` (≤ 155 bytes) and `name` (≤ 100 bytes) at a `/`, or `undefined`. */
function splitUstarName(name: string): { prefix: string; name: string } | undefined {
  if (encoder.encode(name).length <= 100) return { prefix: "", name };
  // A directory's trailing slash stays with the name part.
  for (let i = name.indexOf("/"); i > 0 && i < name.length - 1; i = name.indexOf("/", i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(rest).length <= 100 && rest !== "/") return { prefix, name: rest };
  }
  return undefined;
}

/** A stand-in for readers that do not know PAX: ASCII, cut to `max` bytes. */
const asciiFallback = (s: string, max: number): string => s.replace(/[^\x20-\x7e]/g, "_").slice(0, max);

interface UstarFields {
  name: string;
  prefix: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  typeflag: string;
  linkname: string;
  uname: string;
  gname: string;
}

function ustarBlock(f: UstarFields): Uint8Array {
  const block = new Uint8Array(TAR_BLOCK);
  const text = (offset: number, length: number, value: string) => {
    const bytes = encoder.encode(value);
    if (bytes.length > length) throw new RangeError(`tar: ${JSON.stringify(value)} does not fit ${length} bytes`);
    block.set(bytes, offset);
  };
  const octal = (offset: number, length: number, value: number) =>
    text(offset, length, `${value.toString(8).padStart(length - 1, "0")}\0`);
  text(0, 100, f.name);
  octal(100, 8, f.mode);
  octal(108, 8, f.uid);
  octal(116, 8, f.gid);
  octal(124, 12, f.size);
  octal(136, 12, f.mtime);
  text(148, 8, "        ");
  text(156, 1, f.typeflag);
  text(157, 100, f.linkname);
  text(257, 6, "ustar\0");
  text(263, 2, "00");
  text(265, 32, f.uname.slice(0, 31));
  text(297, 32, f.gname.slice(0, 31));
  octal(329, 8, 0);
  octal(337, 8, 0);
  text(345, 155, f.prefix);
  let sum = 0;
  for (const b of block) sum += b;
  text(148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  return block;
}

/** An entry and, for a file, its content: bytes, or a function that opens a stream when the entry is written. */
export interface TarSource {
  entry: TarEntry;
  body?: Uint8Array | (() => AsyncIterable<Uint8Array>) | undefined;
}

export interface WriteTarOptions {
  /** Refuse archives bigger than this many bytes. Default: no limit. */
  maxBytes?: number | undefined;
  /** Stop between entries when aborted. */
  signal?: AbortSignal | undefined;
  /** Bytes collected before a chunk is handed on. Default 64 KiB. */
  chunkBytes?: number | undefined;
}

/**
 * Writes entries as a tar stream, in chunks of about `chunkBytes`. A file whose content is not
 * exactly `entry.size` bytes long (it changed while being read) fails the archive.
 */
export async function* writeTar(
  sources: AsyncIterable<TarSource> | Iterable<TarSource>,
  options: WriteTarOptions = {},
): AsyncGenerator<Uint8Array> {
  const chunkBytes = options.chunkBytes ?? 64 * 1024;
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let total = 0;
  const add = (bytes: Uint8Array) => {
    total += bytes.length;
    if (total > maxBytes) {
      throw new DockerEngineError("payload_too_large", `The archive is bigger than the limit of ${maxBytes} bytes.`, {
        suggestion: "Leave out what the build does not need (a .dockerignore file), or raise the limit.",
      });
    }
    pending.push(bytes);
    pendingBytes += bytes.length;
  };
  const take = (): Uint8Array => {
    const out = pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    return out;
  };

  for await (const { entry, body } of sources) {
    options.signal?.throwIfAborted();
    add(encodeTarHeader(entry));
    const size = entry.type === "file" ? (entry.size ?? 0) : 0;
    if (size > 0 || body) {
      let written = 0;
      const chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> =
        body === undefined ? [] : body instanceof Uint8Array ? [body] : body();
      for await (const chunk of chunks) {
        written += chunk.length;
        if (written > size) break;
        add(chunk);
        if (pendingBytes >= chunkBytes) yield take();
      }
      if (written !== size) {
        throw new DockerEngineError("conflict", `${entry.name} changed while it was being read (${size} bytes expected).`, {
          suggestion: "Try again once nothing writes to the folder.",
        });
      }
      add(tarPadding(size));
    }
    if (pendingBytes >= chunkBytes) yield take();
  }
  add(tarTrailer());
  yield take();
}
