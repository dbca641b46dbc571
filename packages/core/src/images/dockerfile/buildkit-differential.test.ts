// Replays random Dockerfiles and shell words that BuildKit's own parser and lexer answered
// (testdata/buildkit-differential.json, see testdata/README.md): the same dump, line numbers,
// heredocs, escape token and error message for every one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DockerfileSyntaxError, dump, parseDockerfile } from "./parser.ts";
import { ShellLex, ShellLexError } from "./shell-lex.ts";

interface ParserCase {
  text: string;
  error?: string;
  dump?: string;
  escape?: string;
  lines?: [number, number][];
  heredocs?: { name: string; fileDescriptor: number; expand: boolean; chomp: boolean; content: string }[][];
}

interface LexerCase {
  word: string;
  env: Record<string, string>;
  escape: string;
  rawQuotes: boolean;
  rawEscapes: boolean;
  skipUnset: boolean;
  error?: string;
  result?: string;
  words?: string[];
  matched?: string[];
  unmatched?: string[];
}

const data = JSON.parse(readFileSync(join(import.meta.dirname, "testdata", "buildkit-differential.json"), "utf8")) as {
  parser: ParserCase[];
  lexer: LexerCase[];
};

describe("agreement with BuildKit on random input", () => {
  it(`parses ${data.parser.length} random Dockerfiles exactly as BuildKit does`, () => {
    expect(data.parser.length).toBeGreaterThanOrEqual(500);
    for (const c of data.parser) {
      const where = JSON.stringify(c.text);
      if (c.error !== undefined) {
        let reason: string | undefined;
        try {
          parseDockerfile(c.text);
        } catch (e) {
          if (!(e instanceof DockerfileSyntaxError)) throw e;
          reason = e.reason;
        }
        expect(reason, where).toBe(c.error);
        continue;
      }
      const ast = parseDockerfile(c.text);
      expect(dump(ast), where).toBe(c.dump);
      expect(ast.escapeToken, where).toBe(c.escape);
      expect(
        ast.instructions.map((i) => [i.startLine, i.endLine]),
        where,
      ).toEqual(c.lines);
      expect(
        ast.instructions.map((i) => i.heredocs),
        where,
      ).toEqual(c.heredocs);
    }
  });

  it(`expands ${data.lexer.length} random shell words exactly as BuildKit does`, () => {
    expect(data.lexer.length).toBeGreaterThanOrEqual(1000);
    for (const c of data.lexer) {
      const where = JSON.stringify(c);
      const lex = new ShellLex(c.escape, { rawQuotes: c.rawQuotes, rawEscapes: c.rawEscapes, skipUnsetEnv: c.skipUnset });
      const env = (name: string) => (Object.hasOwn(c.env, name) ? c.env[name] : undefined);
      if (c.error !== undefined) {
        let message: string | undefined;
        try {
          lex.processWord(c.word, env);
        } catch (e) {
          if (!(e instanceof ShellLexError)) throw e;
          message = e.message;
        }
        expect(message, where).toBe(c.error);
        continue;
      }
      const r = lex.processWord(c.word, env);
      expect(r.result, where).toBe(c.result);
      expect([...r.matched].sort(), where).toEqual(c.matched);
      expect([...r.unmatched].sort(), where).toEqual(c.unmatched);
      expect(lex.processWords(c.word, env), where).toEqual(c.words);
    }
  });
});
