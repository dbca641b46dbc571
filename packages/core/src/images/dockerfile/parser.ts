// The Dockerfile parser: text in, instructions out, exactly as BuildKit's
// (moby/buildkit frontend/dockerfile/parser, Apache-2.0) would parse them — including its quirks —
// so that what we analyse is what `docker build` builds. `dump()` prints BuildKit's `Node.Dump()`
// format, which the upstream conformance files are written in.
//
// Pure: no I/O. Line numbers are 1-based.
import { DomainError } from "../../shared/errors.ts";
import { fromByteString, goQuote, isSpace, splitBlank, toByteString, trimLeftSpace, trimSpace, utf8Length } from "./go-text.ts";
import { ShellLex } from "./shell-lex.ts";

/** A heredoc attached to RUN, COPY or ADD (`<<EOF`, `<<-EOF`, `<<'EOF'`, `3<<EOF`). */
export interface DockerfileHeredoc {
  /** The delimiter word, quotes removed. */
  name: string;
  /** `3<<EOF` gives 3; 0 when not given. */
  fileDescriptor: number;
  /** False when any part of the delimiter was quoted: the content is then not variable-expanded. */
  expand: boolean;
  /** `<<-`: leading tabs are stripped from the content (and the delimiter may be indented by tabs). */
  chomp: boolean;
  /** The lines between the instruction and the delimiter, with their line endings, tabs not yet stripped. */
  content: string;
}

export interface DockerfileInstruction {
  /** The instruction keyword, lower-cased (`from`, `run`, …; unknown keywords too). */
  name: string;
  /** The keyword as written. */
  keyword: string;
  /** The instruction's text after joining continuation lines and dropping comments. */
  original: string;
  /** Builder flags as written after the keyword, quotes removed: `--from=build`, `--platform=linux/amd64`. */
  flags: string[];
  /**
   * Arguments as BuildKit's parser leaves them: JSON arrays decoded; ENV and LABEL as triples
   * key, value, separator ("=" or "" for the legacy `ENV k v`); quotes otherwise kept.
   * For ONBUILD: the trigger's keyword followed by its arguments.
   */
  args: string[];
  /** The arguments were a JSON array (exec form). */
  json: boolean;
  heredocs: DockerfileHeredoc[];
  startLine: number;
  endLine: number;
  /** ONBUILD's instruction. */
  trigger?: DockerfileInstruction;
}

export interface DockerfileDirective {
  name: "syntax" | "escape" | "check";
  value: string;
  line: number;
}

export interface DockerfileWarning {
  line: number;
  message: string;
}

export interface DockerfileAst {
  instructions: DockerfileInstruction[];
  /** `\` unless an `# escape=` directive chose the backtick. */
  escapeToken: "\\" | "`";
  directives: DockerfileDirective[];
  warnings: DockerfileWarning[];
}

/** A Dockerfile BuildKit would refuse to parse. */
export class DockerfileSyntaxError extends DomainError {
  readonly line: number;
  readonly endLine: number;
  readonly reason: string;

  constructor(reason: string, line: number, endLine = line) {
    super("invalid_input", `Dockerfile line ${line}: ${reason}`, {
      suggestion: "Fix the Dockerfile at that line; `docker build` would reject it too.",
    });
    this.name = "DockerfileSyntaxError";
    this.line = line;
    this.endLine = Math.max(line, endLine);
    this.reason = reason;
  }
}

// Go's bufio.Scanner refuses lines longer than this.
const MAX_LINE_BYTES = 64 * 1024;

const HASH = 0x23;
const ESC_BACKSLASH = 0x5c;

interface Directives {
  escape: number;
  done: boolean;
  seen: Set<string>;
  found: DockerfileDirective[];
}

/** Parse a Dockerfile. Throws DockerfileSyntaxError where BuildKit's parser returns an error. */
export function parseDockerfile(text: string): DockerfileAst {
  const d: Directives = { escape: ESC_BACKSLASH, done: false, seen: new Set(), found: [] };
  const instructions: DockerfileInstruction[] = [];
  const warnings: DockerfileWarning[] = [];
  let pos = 0;
  let currentLine = 0;

  // Go's scanLines: each line with its line ending; the last may have none.
  const nextRaw = (): string | null => {
    if (pos >= text.length) return null;
    const nl = text.indexOf("\n", pos);
    const raw = nl < 0 ? text.slice(pos) : text.slice(pos, nl + 1);
    pos = nl < 0 ? text.length : nl + 1;
    if (raw.length > MAX_LINE_BYTES / 3) {
      const bytes = utf8Length(raw);
      if (bytes > MAX_LINE_BYTES || (nl < 0 && bytes >= MAX_LINE_BYTES)) {
        throw new DockerfileSyntaxError(
          `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`,
          currentLine + 1,
        );
      }
    }
    return raw;
  };

  for (let raw = nextRaw(); raw !== null; raw = nextRaw()) {
    if (currentLine === 0 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1); // byte-order mark
    const first = processLine(d, raw, true, currentLine + 1);
    currentLine++;
    const startLine = currentLine;
    let [bytesRead, isEndOfLine] = trimContinuation(first, d.escape);
    if (isEndOfLine && bytesRead.length === 0) continue;

    let line = bytesRead;
    let emptyContinuation = false;
    while (!isEndOfLine) {
      const next = nextRaw();
      if (next === null) break;
      const processed = processLine(d, next, false, currentLine + 1);
      currentLine++;
      if (isComment(next)) continue;
      if (trimLeftSpace(processed).length === 0) {
        emptyContinuation = true;
        continue;
      }
      [bytesRead, isEndOfLine] = trimContinuation(processed, d.escape);
      line += bytesRead;
    }
    if (emptyContinuation) {
      warnings.push({ line: startLine, message: `Empty continuation line found in: ${line}` });
    }

    let node: DockerfileInstruction;
    try {
      node = newNodeFromLine(line, d.escape, startLine);
    } catch (e) {
      if (e instanceof ParseFailure) throw new DockerfileSyntaxError(e.message, startLine, currentLine);
      throw e;
    }

    if (canContainHeredoc(node) && line.includes("<<")) {
      let heredocs: DockerfileHeredoc[];
      try {
        heredocs = heredocsFromLine(line);
      } catch (e) {
        throw new DockerfileSyntaxError((e as Error).message, startLine, currentLine);
      }
      for (const heredoc of heredocs) {
        let terminated = false;
        let content = "";
        for (let body = nextRaw(); body !== null; body = nextRaw()) {
          currentLine++;
          let candidate = trimNewline(body);
          if (heredoc.chomp) candidate = trimLeadingTabs(candidate);
          if (candidate === heredoc.name) {
            terminated = true;
            break;
          }
          content += body;
        }
        if (!terminated) throw new DockerfileSyntaxError("unterminated heredoc", startLine, currentLine);
        heredoc.content = content;
        node.heredocs.push(heredoc);
      }
    }

    node.startLine = startLine;
    node.endLine = currentLine;
    if (node.trigger) {
      node.trigger.startLine = startLine;
      node.trigger.endLine = currentLine;
    }
    instructions.push(node);
  }

  if (instructions.length === 0) {
    throw new DockerfileSyntaxError("file with no instructions", Math.max(1, currentLine));
  }
  return { instructions, escapeToken: d.escape === ESC_BACKSLASH ? "\\" : "`", directives: d.found, warnings };
}

/** BuildKit's `Node.Dump()` of a parsed Dockerfile: one `(instruction "arg" …)` per line. */
export function dump(ast: DockerfileAst): string {
  let out = "";
  for (const i of ast.instructions) out += `(${dumpInstruction(i)})\n`;
  return trimSpace(out);
}

/** One instruction in BuildKit's dump format, without the surrounding parentheses. */
export function dumpInstruction(i: DockerfileInstruction): string {
  let s = i.keyword.toLowerCase();
  if (i.flags.length > 0) s += ` [${i.flags.map(goQuote).join(" ")}]`;
  if (i.trigger) s += ` (${dumpInstruction(i.trigger)})`;
  else for (const a of i.args) s += ` ${goQuote(a)}`;
  return trimSpace(s);
}

// ---------------------------------------------------------------------------------------------
// lines

class ParseFailure extends Error {}

function trimNewline(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c !== 0x0a && c !== 0x0d) break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

function trimLeadingTabs(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === 0x09) i++;
  return i === 0 ? s : s.slice(i);
}

function isComment(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) return c === HASH;
  }
  return false;
}

/** Strip the line ending, maybe leading space; look for a parser directive; drop a comment. */
function processLine(d: Directives, raw: string, stripLeftWhitespace: boolean, lineNo: number): string {
  let token = trimNewline(raw);
  if (stripLeftWhitespace) token = trimLeftSpace(token);
  if (!d.done) possibleParserDirective(d, token, lineNo);
  return isComment(token) ? "" : token;
}

// Go: ^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$ where \s is [\t\n\f\r ] and . is anything but \n.
const directiveRe = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/;

function possibleParserDirective(d: Directives, line: string, lineNo: number): void {
  // Directives must come first: the first line that is not one ends the search.
  if (line.charCodeAt(0) !== HASH) {
    d.done = true;
    return;
  }
  const m = directiveRe.exec(trimLeftSpace(line.slice(1)));
  const key = m?.[1]?.toLowerCase();
  if (!m || (key !== "syntax" && key !== "escape" && key !== "check")) {
    d.done = true;
    return;
  }
  if (d.seen.has(key)) throw new DockerfileSyntaxError(`only one ${key} parser directive can be used`, lineNo);
  d.seen.add(key);
  const value = m[2] as string;
  if (key === "escape") {
    if (value !== "`" && value !== "\\") {
      throw new DockerfileSyntaxError(`invalid escape token '${value}' does not match \` or \\`, lineNo);
    }
    d.escape = value.charCodeAt(0);
  }
  d.found.push({ name: key, value, line: lineNo });
}

/**
 * BuildKit's line-continuation regex `([^\\])\\[ \t]*$|^\\[ \t]*$`: the escape token as the last
 * non-blank character, not itself escaped, continues the line. Returns the line without it and
 * whether the instruction ends here.
 */
function trimContinuation(line: string, esc: number): [string, boolean] {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09) break;
    end--;
  }
  if (end === 0 || line.charCodeAt(end - 1) !== esc) return [line, true];
  if (end === 1) return ["", false];
  if (line.charCodeAt(end - 2) === esc) return [line, true];
  return [line.slice(0, end - 1), false];
}

// ---------------------------------------------------------------------------------------------
// instructions

function newInstruction(keyword: string, original: string, flags: string[]): DockerfileInstruction {
  return {
    name: keyword.toLowerCase(),
    keyword,
    original,
    flags,
    args: [],
    json: false,
    heredocs: [],
    startLine: 0,
    endLine: 0,
  };
}

function newNodeFromLine(line: string, esc: number, lineNo: number): DockerfileInstruction {
  const [cmd, flags, rest] = splitCommand(line, esc);
  const node = newInstruction(cmd, line, flags);
  switch (node.name) {
    case "add":
    case "copy":
    case "volume":
      parseMaybeJSONToList(node, rest);
      break;
    case "cmd":
    case "entrypoint":
    case "run":
    case "shell":
      parseMaybeJSON(node, rest);
      break;
    case "arg":
      node.args = parseWords(rest, esc);
      break;
    case "env":
      parseNameVal(node, rest, "ENV", esc);
      break;
    case "label":
      parseNameVal(node, rest, "LABEL", esc);
      break;
    case "expose":
    case "from":
      if (rest !== "") node.args = splitBlank(rest, -1);
      break;
    case "healthcheck":
      parseHealthConfig(node, rest);
      break;
    case "maintainer":
    case "stopsignal":
    case "user":
    case "workdir":
      if (rest !== "") node.args = [rest];
      break;
    case "onbuild":
      if (rest !== "") {
        const trigger = newNodeFromLine(rest, esc, lineNo);
        node.trigger = trigger;
        node.args = [trigger.keyword, ...trigger.args];
      }
      break;
    default:
      // BuildKit keeps unknown instructions with one empty argument; the build rejects them later.
      node.args = [""];
  }
  return node;
}

/** The keyword, the builder flags and the rest (BuildKit's splitCommand). */
function splitCommand(line: string, esc: number): [string, string[], string] {
  const cmdline = splitBlank(trimSpace(line), 2);
  const cmd = cmdline[0] as string;
  if (cmdline.length < 2) return [cmd, [], ""];
  const [args, flags] = extractBuilderFlags(cmdline[1] as string, esc);
  return [cmd, flags, trimSpace(args)];
}

/**
 * Leading `--name[=value]` words (BuildKit's extractBuilderFlags). Go walks the line byte by byte,
 * treating each byte as a character, so we do the same on a byte string.
 */
function extractBuilderFlags(input: string, esc: number): [string, string[]] {
  const line = toByteString(input);
  const words: string[] = [];
  const IN_SPACES = 0;
  const IN_WORD = 1;
  const IN_QUOTE = 2;
  let phase = IN_SPACES;
  let word = "";
  let quote = 0;
  let blankOK = false;
  let ch = 0;
  for (let pos = 0; pos <= line.length; pos++) {
    if (pos !== line.length) ch = line.charCodeAt(pos);
    if (phase === IN_SPACES) {
      if (pos === line.length) break;
      if (isSpace(ch)) continue;
      // only keep going if the next word starts with --
      if (ch !== 0x2d || pos + 1 === line.length || line.charCodeAt(pos + 1) !== 0x2d) {
        return [fromByteString(line.slice(pos)), words];
      }
      phase = IN_WORD;
    }
    if (pos === line.length) {
      if (word !== "--" && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === IN_WORD) {
      if (isSpace(ch)) {
        phase = IN_SPACES;
        if (word === "--") return [fromByteString(line.slice(pos)), words];
        if (blankOK || word.length > 0) words.push(word);
        word = "";
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = IN_QUOTE;
        continue;
      }
      if (ch === esc) {
        if (pos + 1 === line.length) continue; // skip an escape at the end
        pos++;
        ch = line.charCodeAt(pos);
      }
      word += String.fromCharCode(ch);
      continue;
    }
    // IN_QUOTE
    if (ch === quote) {
      phase = IN_WORD;
      continue;
    }
    if (ch === esc) {
      if (pos + 1 === line.length) {
        phase = IN_WORD;
        continue;
      }
      pos++;
      ch = line.charCodeAt(pos);
    }
    word += String.fromCharCode(ch);
  }
  return ["", words];
}

/** Space-separated words, quotes and escapes kept (BuildKit's parseWords). */
function parseWords(rest: string, esc: number): string[] {
  const words: string[] = [];
  const IN_SPACES = 0;
  const IN_WORD = 1;
  const IN_QUOTE = 2;
  let phase = IN_SPACES;
  let quote = 0;
  let blankOK = false;
  let word = "";
  const n = rest.length;
  for (let pos = 0; pos <= n; pos++) {
    const ch = pos < n ? rest.charCodeAt(pos) : -1;
    if (phase === IN_SPACES) {
      if (pos === n) break;
      if (isSpace(ch)) continue;
      phase = IN_WORD;
    }
    if (pos === n) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === IN_WORD) {
      if (isSpace(ch)) {
        phase = IN_SPACES;
        if (blankOK || word.length > 0) words.push(word);
        word = "";
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = IN_QUOTE;
      }
      if (ch === esc) {
        if (pos + 1 === n) continue; // skip an escape at the end of the line
        // unquoted: keep the escape and the next character, even a quote
        word += rest.charAt(pos);
        pos++;
        word += rest.charAt(pos);
        continue;
      }
      word += rest.charAt(pos);
      continue;
    }
    // IN_QUOTE
    if (ch === quote) phase = IN_WORD;
    // the escape token escapes inside double quotes, not inside single quotes
    if (ch === esc && quote !== 0x27) {
      if (pos + 1 === n) {
        phase = IN_WORD;
        continue;
      }
      word += rest.charAt(pos);
      pos++;
    }
    word += rest.charAt(pos);
  }
  return words;
}

/** ENV and LABEL: `key=value …` or the legacy `key value` (BuildKit's parseNameVal). */
function parseNameVal(node: DockerfileInstruction, rest: string, key: string, esc: number): void {
  const words = parseWords(rest, esc);
  if (words.length === 0) return;
  if (!(words[0] as string).includes("=")) {
    const parts = splitBlank(rest, 2);
    if (parts.length < 2) throw new ParseFailure(`${key} must have two arguments`);
    node.args = [parts[0] as string, parts[1] as string, ""];
    return;
  }
  const args: string[] = [];
  for (const word of words) {
    const eq = word.indexOf("=");
    if (eq < 0) {
      throw new ParseFailure(`Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`);
    }
    args.push(word.slice(0, eq), word.slice(eq + 1), "=");
  }
  node.args = args;
}

/** HEALTHCHECK: a type word (CMD, NONE, …) then a command like CMD's (BuildKit's parseHealthConfig). */
function parseHealthConfig(node: DockerfileInstruction, rest: string): void {
  // Go scans bytes here too
  const bytes = toByteString(rest);
  let sep = 0;
  while (sep < bytes.length && !isSpace(bytes.charCodeAt(sep))) sep++;
  let next = sep;
  while (next < bytes.length && isSpace(bytes.charCodeAt(next))) next++;
  if (sep === 0) return;
  const cmd = newInstruction("", "", []);
  parseMaybeJSON(cmd, fromByteString(bytes.slice(next)));
  node.args = [fromByteString(bytes.slice(0, sep)), ...cmd.args];
  node.json = cmd.json;
}

const NOT_JSON = 0;
const NOT_STRING_ARRAY = 1;

/** A JSON array of strings, or why not (BuildKit's parseJSON, with Go's encoding/json). */
function parseJSON(rest: string): string[] | typeof NOT_JSON | typeof NOT_STRING_ARRAY {
  const s = trimLeftSpace(rest);
  if (s.charCodeAt(0) !== 0x5b) return NOT_JSON;
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch {
    return NOT_JSON;
  }
  const arr = value as unknown[];
  let allStrings = true;
  for (const v of arr) {
    if (typeof v !== "string") {
      allStrings = false;
      break;
    }
  }
  if (allStrings) return (arr as string[]).map(wellFormed);
  // Go's decoder fails (rather than producing a non-string) on a number that overflows float64;
  // BuildKit then falls back to the shell form.
  let overflow = false;
  JSON.parse(s, (_k, v) => {
    if (typeof v === "number" && !Number.isFinite(v)) overflow = true;
    return v;
  });
  return overflow ? NOT_JSON : NOT_STRING_ARRAY;
}

// Go's JSON decoder turns lone UTF-16 surrogates into U+FFFD.
function wellFormed(s: string): string {
  if (!/[\ud800-\udfff]/.test(s)) return s;
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

const notStringArray = "when using JSON array syntax, arrays must be comprised of strings only";

/** CMD, ENTRYPOINT, RUN, SHELL: a JSON array, or else the whole rest as one string. */
function parseMaybeJSON(node: DockerfileInstruction, rest: string): void {
  if (rest === "") return;
  const r = parseJSON(rest);
  if (r === NOT_STRING_ARRAY) throw new ParseFailure(notStringArray);
  if (r === NOT_JSON) {
    node.args = [rest];
    return;
  }
  node.args = r;
  node.json = true;
}

/** ADD, COPY, VOLUME: a JSON array, or else the rest split on white space. */
function parseMaybeJSONToList(node: DockerfileInstruction, rest: string): void {
  const r = parseJSON(rest);
  if (r === NOT_STRING_ARRAY) throw new ParseFailure(notStringArray);
  if (r === NOT_JSON) {
    if (rest !== "") node.args = splitBlank(rest, -1);
    return;
  }
  node.args = r;
  node.json = true;
}

// ---------------------------------------------------------------------------------------------
// heredocs

function canContainHeredoc(node: DockerfileInstruction): boolean {
  const n = node.name === "onbuild" && node.trigger ? node.trigger : node;
  return (n.name === "run" || n.name === "copy" || n.name === "add") && !n.json;
}

// Go: ^(\d*)<<(-?)\s*([^<]*)$
const heredocRe = /^([0-9]*)<<(-?)[\t\n\f\r ]*([^<]*)$/;

/**
 * Whether a word is a heredoc marker (`<<EOF`, `<<-"EOF"`, `2<<EOF`), and which (BuildKit's ParseHeredoc).
 * Throws when the marker's quoting is broken (`<<'EOF`).
 */
export function parseHeredocMarker(src: string): DockerfileHeredoc | null {
  const m = heredocRe.exec(src);
  if (!m) return null;
  const rest = m[3] as string;
  if (rest.length === 0) return null;
  const lex = new ShellLex("\\", { skipUnsetEnv: true });
  // Lex with and without quotes: a difference in quote count means part of the word was quoted.
  const words = lex.processWords(rest);
  if (words.length !== 1) return null;
  lex.rawQuotes = true;
  const wordsRaw = lex.processWords(rest);
  if (wordsRaw.length !== words.length) {
    throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`);
  }
  const word = words[0] as string;
  const wordRaw = wordsRaw[0] as string;
  const fd = m[1] ? Number.parseInt(m[1], 10) : 0;
  return {
    name: word,
    fileDescriptor: Number.isSafeInteger(fd) ? fd : 0,
    expand: countQuotes(word) === countQuotes(wordRaw),
    chomp: m[2] === "-",
    content: "",
  };
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x27 || c === 0x22) n++;
  }
  return n;
}

function heredocsFromLine(line: string): DockerfileHeredoc[] {
  const lex = new ShellLex("\\", { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true });
  let words: string[];
  try {
    words = lex.processWords(line);
  } catch {
    words = []; // BuildKit ignores a lexing error here: no heredocs
  }
  const docs: DockerfileHeredoc[] = [];
  for (const word of words) {
    const heredoc = parseHeredocMarker(word);
    if (heredoc) docs.push(heredoc);
  }
  return docs;
}

/** Strip leading tabs from every line of a `<<-` heredoc's content (BuildKit's ChompHeredocContent). */
export function chompHeredocContent(content: string): string {
  // Go's (?m)^ follows only "\n"; JavaScript's m flag would also start a line after "\r"
  return content.replace(/(^|\n)\t+/g, "$1");
}
