/**
 * A strict tar reader for tests: reads what `writeTar` writes (ustar, PAX `x` headers) and what
 * the engine puts in image layers, and checks every header checksum on the way.
 */

export interface ReadTarEntry {
  name: string;
  /** ustar type flag: `0` file, `5` directory, `2` symlink, … */
  typeflag: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  linkname: string;
  magic: string;
  content: Uint8Array;
  /** PAX records that applied to the entry. */
  pax: Record<string, string>;
}

const decoder = new TextDecoder();

const cstring = (block: Uint8Array, offset: number, length: number): string => {
  const slice = block.subarray(offset, offset + length);
  const end = slice.indexOf(0);
  return decoder.decode(end >= 0 ? slice.subarray(0, end) : slice);
};

const octal = (block: Uint8Array, offset: number, length: number): number => {
  const text = cstring(block, offset, length).trim();
  return text ? Number.parseInt(text, 8) : 0;
};

export function parsePaxRecords(data: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space < 0) throw new Error(`PAX record without a length at ${pos}`);
    const len = Number(decoder.decode(data.subarray(pos, space)));
    if (!Number.isInteger(len) || len <= 0) throw new Error(`bad PAX record length at ${pos}`);
    const record = data.subarray(space + 1, pos + len);
    if (record[record.length - 1] !== 0x0a) throw new Error(`PAX record at ${pos} does not end its length with a newline`);
    const text = decoder.decode(record.subarray(0, record.length - 1));
    const eq = text.indexOf("=");
    out[text.slice(0, eq)] = text.slice(eq + 1);
    pos += len;
  }
  return out;
}

/** Reads a whole archive. Throws on a bad checksum, a truncated entry or a missing end. */
export function readTar(archive: Uint8Array): ReadTarEntry[] {
  const entries: ReadTarEntry[] = [];
  let pos = 0;
  let pax: Record<string, string> = {};
  for (;;) {
    if (pos + 512 > archive.length) throw new Error(`archive ends at ${pos} without two zero blocks`);
    const block = archive.subarray(pos, pos + 512);
    if (block.every((b) => b === 0)) {
      const next = archive.subarray(pos + 512, pos + 1024);
      if (next.length !== 512 || !next.every((b) => b === 0)) throw new Error(`one zero block at ${pos}, not two`);
      return entries;
    }
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] as number);
    const stored = octal(block, 148, 8);
    if (sum !== stored) throw new Error(`bad header checksum at ${pos}: stored ${stored}, computed ${sum}`);
    const typeflag = String.fromCharCode(block[156] as number);
    let size = octal(block, 124, 12);
    if (pax.size !== undefined) size = Number(pax.size);
    const dataStart = pos + 512;
    const dataEnd = dataStart + size;
    if (dataEnd > archive.length) throw new Error(`entry at ${pos} is cut short`);
    const content = archive.subarray(dataStart, dataEnd);
    pos = dataStart + Math.ceil(size / 512) * 512;
    if (typeflag === "x") {
      pax = { ...pax, ...parsePaxRecords(content) };
      continue;
    }
    if (typeflag === "g") continue;
    const prefix = cstring(block, 345, 155);
    const name = pax.path ?? (prefix ? `${prefix}/${cstring(block, 0, 100)}` : cstring(block, 0, 100));
    entries.push({
      name,
      typeflag,
      mode: octal(block, 100, 8),
      uid: octal(block, 108, 8),
      gid: octal(block, 116, 8),
      size,
      mtime: octal(block, 136, 12),
      linkname: pax.linkpath ?? cstring(block, 157, 100),
      magic: cstring(block, 257, 6),
      content,
      pax,
    });
    pax = {};
  }
}
