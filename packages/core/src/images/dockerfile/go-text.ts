// Small ports of the Go standard-library text functions BuildKit's Dockerfile parser relies on.
// They exist so our parser gives byte-for-byte the same answers as BuildKit's, which is written in Go:
// Go's idea of "space" (unicode.IsSpace) and its quoting (strconv.Quote) differ from JavaScript's.

/** Go's unicode.IsSpace, for one UTF-16 code unit (no space character lies outside the BMP). */
export function isSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  return (
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Go's strings.TrimSpace. */
export function trimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Go's strings.TrimLeftFunc(s, unicode.IsSpace). */
export function trimLeftSpace(s: string): string {
  let start = 0;
  while (start < s.length && isSpace(s.charCodeAt(start))) start++;
  return start === 0 ? s : s.slice(start);
}

/** The characters of Go's regexp `[\t\v\f\r ]` (BuildKit's reWhitespace). */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d;
}

/** Go's `regexp.MustCompile("[\t\v\f\r ]+").Split(s, n)` for n = -1 (all) or n = 2. */
export function splitBlank(s: string, n: number): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    if (!isBlank(s.charCodeAt(i))) {
      i++;
      continue;
    }
    if (n > 0 && out.length === n - 1) break;
    out.push(s.slice(start, i));
    while (i < s.length && isBlank(s.charCodeAt(i))) i++;
    start = i;
  }
  out.push(s.slice(start));
  return out;
}

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const plainAscii = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** Go's strconv.Quote: a double-quoted Go string literal. */
export function goQuote(s: string): string {
  if (plainAscii.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    switch (c) {
      case 0x22:
        out += '\\"';
        continue;
      case 0x5c:
        out += "\\\\";
        continue;
      case 0x07:
        out += "\\a";
        continue;
      case 0x08:
        out += "\\b";
        continue;
      case 0x0c:
        out += "\\f";
        continue;
      case 0x0a:
        out += "\\n";
        continue;
      case 0x0d:
        out += "\\r";
        continue;
      case 0x09:
        out += "\\t";
        continue;
      case 0x0b:
        out += "\\v";
        continue;
    }
    if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c >= 0xdc80 && c <= 0xdcff) {
      out += `\\x${(c - 0xdc00).toString(16)}`; // a byte that is not UTF-8 (see fromByteString)
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += "\ufffd"; // another lone surrogate: Go would hold U+FFFD there
    } else if (printable.test(ch)) out += ch;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return `${out}"`;
}

const encoder = new TextEncoder();
const nonAscii = /[\u0080-\uffff]/;

/**
 * Some BuildKit loops walk a Go string byte by byte and treat each byte as a rune (`rune(line[pos])`).
 * For such code we work on "byte strings": one JS char per UTF-8 byte. ASCII text is its own byte string.
 */
export function toByteString(s: string): string {
  if (!nonAscii.test(s)) return s;
  // TextDecoder("latin1") is windows-1252 per the WHATWG spec; map bytes one to one instead.
  const bytes = encoder.encode(s);
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] as number);
  return out;
}

/**
 * The inverse of toByteString: decode a byte string as UTF-8. Go keeps bytes that are not valid
 * UTF-8 (a slice can cut a character in two); we keep each such byte as the lone surrogate
 * U+DC80+byte ("surrogateescape"), which goQuote prints as Go does: `\xNN`.
 */
export function fromByteString(s: string): string {
  if (!nonAscii.test(s)) return s;
  let out = "";
  const n = s.length;
  const b = (k: number) => (k < n ? s.charCodeAt(k) : -1);
  const cont = (k: number) => {
    const c = b(k);
    return c >= 0x80 && c <= 0xbf;
  };
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += s.charAt(i++);
      continue;
    }
    let cp = -1;
    let len = 0;
    if (c >= 0xc2 && c <= 0xdf && cont(i + 1)) {
      cp = ((c & 0x1f) << 6) | (b(i + 1) & 0x3f);
      len = 2;
    } else if (c >= 0xe0 && c <= 0xef && cont(i + 1) && cont(i + 2)) {
      cp = ((c & 0x0f) << 12) | ((b(i + 1) & 0x3f) << 6) | (b(i + 2) & 0x3f);
      len = 3;
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) cp = -1; // overlong, or a surrogate
    } else if (c >= 0xf0 && c <= 0xf4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
      cp = ((c & 0x07) << 18) | ((b(i + 1) & 0x3f) << 12) | ((b(i + 2) & 0x3f) << 6) | (b(i + 3) & 0x3f);
      len = 4;
      if (cp < 0x10000 || cp > 0x10ffff) cp = -1;
    }
    if (cp < 0) {
      out += String.fromCharCode(0xdc00 + c); // an invalid byte, kept
      i++;
    } else {
      out += String.fromCodePoint(cp);
      i += len;
    }
  }
  return out;
}

/** Whether a string has any non-ASCII character. */
export function hasNonAscii(s: string): boolean {
  return nonAscii.test(s);
}

/** Length of a string in UTF-8 bytes. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
