// A port of BuildKit's shell lexer (moby/buildkit frontend/dockerfile/shell/lex.go, Apache-2.0):
// the word splitting, quote removal and variable expansion Dockerfiles use for `FROM ${IMAGE}`,
// ARG defaults and heredoc markers. It follows the Go code branch for branch, including its quirks,
// because a Dockerfile means what BuildKit makes of it.
import { goQuote, isSpace } from "./go-text.ts";

/** Looks a variable up; `undefined` when it is not set (set-but-empty is ""). */
export type EnvLookup = (name: string) => string | undefined;

export interface ShellLexOptions {
  /** Keep quote characters in the output (BuildKit's RawQuotes). */
  rawQuotes?: boolean;
  /** Keep escape characters in the output (BuildKit's RawEscapes). */
  rawEscapes?: boolean;
  /** Treat quotes as ordinary characters (BuildKit's SkipProcessQuotes). */
  skipProcessQuotes?: boolean;
  /** Leave references to unset variables as written (BuildKit's SkipUnsetEnv). */
  skipUnsetEnv?: boolean;
}

export interface ShellWordResult {
  /** The word after quote removal and expansion. */
  result: string;
  /** The word split on unquoted white space, after expansion. */
  words: string[];
  /** Variables that were looked up and set. */
  matched: Set<string>;
  /** Variables that were looked up and not set (including `${X:-default}`). */
  unmatched: Set<string>;
  /**
   * Variables that were not set where their (empty) value went into the result: `$X`, `${X}`,
   * `${X%…}`, `${X#…}`, `${X/…/…}`. Not `${X:-d}`, `${X-d}`, `${X:+a}`, `${X+a}`, which handle unset on purpose.
   */
  unsetUsed: Set<string>;
}

/** A syntax error in a shell word, such as an unterminated quote or `${}`. */
export class ShellLexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ShellLexError";
  }
}

const EOF = -1;
const DOLLAR = 0x24;
const LT = 0x3c;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const COLON = 0x3a;
const SLASH = 0x2f;

const noEnv: EnvLookup = () => undefined;

export class ShellLex {
  readonly escapeToken: number;
  rawQuotes: boolean;
  rawEscapes: boolean;
  skipProcessQuotes: boolean;
  skipUnsetEnv: boolean;

  // state of one run
  private src = "";
  private pos = 0;
  private env: EnvLookup = noEnv;
  private curRawEscapes = false;
  // BuildKit shares one words buffer between nested calls (so `a${x:-b}` splits oddly); so do we.
  private wordsBuffer = "";
  private matched = new Set<string>();
  private unmatched = new Set<string>();
  private unsetUsed = new Set<string>();

  constructor(escapeToken: string, options: ShellLexOptions = {}) {
    this.escapeToken = escapeToken.charCodeAt(0);
    this.rawQuotes = options.rawQuotes ?? false;
    this.rawEscapes = options.rawEscapes ?? false;
    this.skipProcessQuotes = options.skipProcessQuotes ?? false;
    this.skipUnsetEnv = options.skipUnsetEnv ?? false;
  }

  /** Expand one word (BuildKit's ProcessWordWithMatches). Throws ShellLexError. */
  processWord(word: string, env: EnvLookup = noEnv): ShellWordResult {
    this.src = word;
    this.pos = 0;
    this.env = env;
    this.curRawEscapes = this.rawEscapes;
    this.matched = new Set();
    this.unmatched = new Set();
    this.unsetUsed = new Set();
    try {
      const { result, words } = this.processStopOn(EOF, this.rawEscapes);
      return { result, words, matched: this.matched, unmatched: this.unmatched, unsetUsed: this.unsetUsed };
    } catch (e) {
      if (e instanceof ShellLexError) throw new ShellLexError(`failed to process ${goQuote(word)}: ${e.message}`);
      throw e;
    }
  }

  /** Expand and split into words (BuildKit's ProcessWords). Throws ShellLexError. */
  processWords(word: string, env: EnvLookup = noEnv): string[] {
    return this.processWord(word, env).words;
  }

  private processStopOn(stopChar: number, rawEscapes: boolean): { result: string; words: string[] } {
    const src = this.src;
    const esc = this.escapeToken;
    let result = "";
    this.wordsBuffer = "";
    const words: string[] = [];
    let inWord = false;
    const addRawChar = (c: string) => {
      this.wordsBuffer += c;
      inWord = true;
    };
    const addChar = (c: string) => {
      if (isSpace(c.charCodeAt(0))) {
        if (inWord && this.wordsBuffer.length !== 0) {
          words.push(this.wordsBuffer);
          this.wordsBuffer = "";
          inWord = false;
        }
      } else addRawChar(c);
    };
    const getWords = () => {
      if (this.wordsBuffer.length > 0) {
        words.push(this.wordsBuffer);
        this.wordsBuffer = "";
        inWord = false;
      }
      return words;
    };

    const saved = this.curRawEscapes;
    this.curRawEscapes = rawEscapes;
    try {
      while (this.pos < src.length) {
        const ch = src.charCodeAt(this.pos);
        if (stopChar !== EOF && ch === stopChar) {
          this.pos++;
          return { result, words: getWords() };
        }
        if (ch === DOLLAR) {
          const tmp = this.processDollar();
          result += tmp;
          for (let i = 0; i < tmp.length; i++) addChar(tmp.charAt(i));
          continue;
        }
        let tmp: string | undefined;
        if (ch === LT) tmp = this.processPossibleHeredoc();
        else if (!this.skipProcessQuotes && ch === SQUOTE) tmp = this.processSingleQuote();
        else if (!this.skipProcessQuotes && ch === DQUOTE) tmp = this.processDoubleQuote();
        if (tmp !== undefined) {
          result += tmp;
          this.wordsBuffer += tmp;
          inWord = true;
          continue;
        }
        // not special, just add it
        this.pos++;
        let c = src.charAt(this.pos - 1);
        if (ch === esc) {
          if (this.curRawEscapes) {
            addRawChar(c);
            result += c;
          }
          // the escape token escapes the next character, except at the end
          if (this.pos >= src.length) break;
          c = src.charAt(this.pos++);
          addRawChar(c);
        } else addChar(c);
        result += c;
      }
      if (stopChar !== EOF) {
        throw new ShellLexError(`unexpected end of statement while looking for matching ${String.fromCharCode(stopChar)}`);
      }
      return { result, words: getWords() };
    } finally {
      this.curRawEscapes = saved;
    }
  }

  private processSingleQuote(): string {
    // everything between single quotes is literal; a single quote cannot be escaped
    const src = this.src;
    this.pos++;
    let result = this.rawQuotes ? "'" : "";
    const end = src.indexOf("'", this.pos);
    if (end < 0) {
      this.pos = src.length; // consumed to the end, as Go's scanner would be
      throw new ShellLexError("unexpected end of statement while looking for matching single-quote");
    }
    result += src.slice(this.pos, end);
    this.pos = end + 1;
    return this.rawQuotes ? `${result}'` : result;
  }

  private processDoubleQuote(): string {
    // everything up to the next " is literal except $ and the escape token, which escapes " $ and itself
    const src = this.src;
    const esc = this.escapeToken;
    this.pos++;
    let result = this.rawQuotes ? '"' : "";
    for (;;) {
      if (this.pos >= src.length) {
        throw new ShellLexError("unexpected end of statement while looking for matching double-quote");
      }
      const ch = src.charCodeAt(this.pos);
      if (ch === DQUOTE) {
        this.pos++;
        if (this.rawQuotes) result += '"';
        return result;
      }
      if (ch === DOLLAR) {
        result += this.processDollar();
        continue;
      }
      this.pos++;
      let c = src.charAt(this.pos - 1);
      if (ch === esc) {
        if (this.curRawEscapes) result += c;
        if (this.pos >= src.length) continue; // ignore an escape at the end of the word
        const next = src.charCodeAt(this.pos);
        if (next === DQUOTE || next === DOLLAR || next === esc) c = src.charAt(this.pos++);
      }
      result += c;
    }
  }

  private processDollar(): string {
    const src = this.src;
    this.pos++;
    // $xxx
    if (src.charCodeAt(this.pos) !== LBRACE) {
      const name = this.processName();
      if (name === "") return "$";
      const value = this.getEnv(name);
      if (value === undefined) {
        if (this.skipUnsetEnv) return `$${name}`;
        this.unsetUsed.add(name);
        return "";
      }
      return value;
    }
    // ${xxx…}
    this.pos++;
    if (this.pos >= src.length) throw new ShellLexError("syntax error: missing '}'");
    const first = src.charCodeAt(this.pos);
    if (first === LBRACE || first === RBRACE || first === COLON) throw new ShellLexError("syntax error: bad substitution");
    const name = this.processName();
    let ch = this.next();
    let chs = this.runeText(ch);
    let nullIsUnset = false;

    if (ch === RBRACE) {
      const value = this.getEnv(name);
      if (value === undefined) {
        if (this.skipUnsetEnv) return `\${${name}}`;
        this.unsetUsed.add(name);
        return "";
      }
      return value;
    }
    if (ch === COLON) {
      nullIsUnset = true;
      ch = this.next();
      chs += this.runeText(ch);
    }
    if (nullIsUnset || ch === 0x2b || ch === 0x2d || ch === 0x3f || ch === 0x23 || ch === 0x25) {
      const rawEscapes = ch === 0x23 || ch === 0x25;
      if (nullIsUnset && rawEscapes) throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
      let word: string;
      try {
        word = this.processStopOn(RBRACE, rawEscapes).result;
      } catch (e) {
        if (this.pos >= src.length) throw new ShellLexError("syntax error: missing '}'");
        throw e;
      }
      const value = this.getEnv(name);
      const set = value !== undefined;
      if (this.skipUnsetEnv && !set) return `\${${name}${chs}${word}}`;
      switch (ch) {
        case 0x2d: // -
          return !set || (nullIsUnset && value === "") ? word : value;
        case 0x2b: // +
          return !set || (nullIsUnset && value === "") ? "" : word;
        case 0x3f: // ?
          if (!set) throw new ShellLexError(`${name}: ${word !== "" ? word : "is not allowed to be unset"}`);
          if (nullIsUnset && value === "")
            throw new ShellLexError(`${name}: ${word !== "" ? word : "is not allowed to be empty"}`);
          return value;
        case 0x25: // %
        case 0x23: {
          // #: %/# remove the shortest match, %%/## the longest
          if (!set) this.unsetUsed.add(name);
          let greedy = false;
          if (word.length > 0 && word.charCodeAt(0) === ch) {
            greedy = true;
            word = word.slice(1);
          }
          return ch === 0x25 ? trimSuffix(word, value ?? "", greedy) : trimPrefix(word, value ?? "", greedy);
        }
        default:
          throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
      }
    }
    if (ch === SLASH) {
      const replaceAll = src.charCodeAt(this.pos) === SLASH;
      if (replaceAll) this.pos++;
      let pattern: string;
      try {
        pattern = this.processStopOn(SLASH, true).result;
      } catch (e) {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: BuildKit's message, literally
        if (this.pos >= src.length) throw new ShellLexError("syntax error: missing '/' in ${}");
        throw e;
      }
      let replacement: string;
      try {
        replacement = this.processStopOn(RBRACE, true).result;
      } catch (e) {
        if (this.pos >= src.length) throw new ShellLexError("syntax error: missing '}'");
        throw e;
      }
      const value = this.getEnv(name);
      if (value === undefined) {
        if (this.skipUnsetEnv) return `\${${name}/${pattern}/${replacement}}`;
        this.unsetUsed.add(name);
      }
      let re: RegExp;
      try {
        re = shellPatternToRegExp(pattern, true, false, replaceAll);
      } catch (e) {
        throw new ShellLexError(`invalid pattern (${pattern}) in substitution: ${(e as Error).message}`);
      }
      const v = value ?? "";
      // Go's ReplaceAllString expands $name / ${name} / $$ in the replacement; FindStringIndex does not
      if (replaceAll) return v.replace(re, () => expandGoTemplate(replacement));
      const m = re.exec(v);
      return m ? v.slice(0, m.index) + replacement + v.slice(m.index + m[0].length) : v;
    }
    throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
  }

  private next(): number {
    if (this.pos >= this.src.length) return EOF;
    return this.src.charCodeAt(this.pos++);
  }

  /** The character just read by next(), for messages: a whole surrogate pair (Go reads runes), U+FFFD for EOF. */
  private runeText(ch: number): string {
    if (ch === EOF) return "\ufffd";
    if (ch >= 0xd800 && ch <= 0xdbff && this.pos < this.src.length) {
      const lo = this.src.charCodeAt(this.pos);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        this.pos++;
        return String.fromCharCode(ch, lo);
      }
    }
    return String.fromCharCode(ch);
  }

  private processName(): string {
    // a name is letters, digits and _; one starting with a digit is all digits; or one special parameter
    const src = this.src;
    const start = this.pos;
    if (start >= src.length) return "";
    const c0 = src.charCodeAt(start);
    if (isDigitAt(src, start)) {
      while (this.pos < src.length && isDigitAt(src, this.pos)) this.pos += charWidth(src, this.pos);
      return src.slice(start, this.pos);
    }
    if (isSpecialParam(c0)) {
      this.pos++;
      return src.charAt(start);
    }
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === 0x5f || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
        this.pos++;
        continue;
      }
      if (c < 0x80 || !(isLetterAt(src, this.pos) || isDigitAt(src, this.pos))) break;
      this.pos += charWidth(src, this.pos);
    }
    return src.slice(start, this.pos);
  }

  private processPossibleHeredoc(): string {
    const src = this.src;
    this.pos++;
    if (src.charCodeAt(this.pos) !== LT) return "<";
    this.pos++;
    // a heredoc may have white space between << and its word
    const start = this.pos;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (c === 0x09 || c === 0x0d || c === 0x20) this.pos++;
      else break;
    }
    return `<<${src.slice(start, this.pos)}`;
  }

  private getEnv(name: string): string | undefined {
    const v = this.env(name);
    if (v === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return v;
  }
}

function isSpecialParam(c: number): boolean {
  // @ * # ? - $ ! 0
  return c === 0x40 || c === 0x2a || c === 0x23 || c === 0x3f || c === 0x2d || c === 0x24 || c === 0x21 || c === 0x30;
}

const letterRe = /^\p{L}$/u;
const digitRe = /^\p{Nd}$/u;

function charWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return digitRe.test(String.fromCodePoint(s.codePointAt(i) as number));
}

function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return letterRe.test(String.fromCodePoint(s.codePointAt(i) as number));
}

/**
 * BuildKit's convertShellPatternToRegex: `*` any string (shortest unless greedy), `?` one character,
 * backslash escapes `*`, `?` and itself (and is dropped before `}` and `/`). No bracket expressions.
 * Go's `.` matches any character but newline; so does our `[^\n]` in Unicode mode.
 */
export function shellPatternToRegExp(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  const chars = Array.from(pattern);
  let out = anchored ? "^" : "";
  const star = greedy ? "[^\\n]*" : "[^\\n]*?";
  for (let i = 0; i < chars.length; i++) {
    let tok = chars[i] as string;
    switch (tok) {
      case "*":
        out += star;
        continue;
      case "?":
        out += "[^\\n]";
        continue;
      case "\\": {
        const peek = chars[i + 1];
        if (peek === "}" || peek === "/") continue;
        out += "\\";
        i++;
        tok = chars[i] ?? "\ufffd"; // Go prints the missing rune (EOF) as U+FFFD
        if (tok !== "*" && tok !== "?" && tok !== "\\") throw new Error(`invalid escape '\\${tok}'`);
        break;
      }
      case "[":
      case "]":
      case "{":
      case "}":
      case ".":
      case "+":
      case "(":
      case ")":
      case "|":
      case "^":
      case "$":
        out += "\\";
        break;
    }
    out += tok;
  }
  return new RegExp(out, global ? "gu" : "u");
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  let re: RegExp;
  try {
    re = shellPatternToRegExp(pattern, greedy, true);
  } catch (e) {
    throw new ShellLexError(`invalid pattern (${pattern}) in substitution: ${(e as Error).message}`);
  }
  const m = re.exec(value);
  return m ? value.slice(m.index + m[0].length) : value;
}

// reverse a pattern without reversing its escapes: a\*c -> c\*a
function reversePattern(pattern: string): string {
  const runes = Array.from(pattern);
  const out: string[] = new Array(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last; ) {
    const tok = runes[i] as string;
    const o = last - i;
    if (tok === "\\" && i !== last) {
      out[o - 1] = tok;
      out[o] = runes[i + 1] as string;
      i += 2;
    } else {
      out[o] = tok;
      i++;
    }
  }
  return out.join("");
}

function reverseString(s: string): string {
  return Array.from(s).reverse().join("");
}

function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  // a regular expression cannot find the shortest rightmost match: reverse both and trim a prefix
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}

// Go's regexp.Expand for a pattern without groups: $$ is $, $name and ${name} are empty, a lone $ stays.
function expandGoTemplate(template: string): string {
  if (!template.includes("$")) return template;
  return template.replace(/\$(\$|\{[A-Za-z0-9_]+\}|[A-Za-z0-9_]+)/g, (_m, g: string) => (g === "$" ? "$" : ""));
}
