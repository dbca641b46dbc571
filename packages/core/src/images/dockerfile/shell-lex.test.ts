// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile text is full of ${VAR} written as plain strings
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type EnvLookup, ShellLex, ShellLexError, shellPatternToRegExp } from "./shell-lex.ts";

const testdata = join(import.meta.dirname, "testdata");
const envOf =
  (vars: Record<string, string>): EnvLookup =>
  (name) =>
    Object.hasOwn(vars, name) ? vars[name] : undefined;

describe("shell lexer: BuildKit's own tables", () => {
  it("expands every line of envVarTest as upstream expects", () => {
    const lex = new ShellLex("\\");
    const env = envOf({ PWD: "/home", SHELL: "bash", KOREAN: "한국어", NULL: "" });
    let checked = 0;
    for (const raw of readFileSync(join(testdata, "shell-env-var-test.txt"), "utf8").split("\n")) {
      if (raw.startsWith("#")) continue;
      const line = raw.trim();
      if (line === "") continue;
      const [platform, source, expected] = line.split("|").map((s) => s.trim()) as [string, string, string];
      if (platform === "W") continue; // Windows-only expectations
      if (expected === "error") {
        expect(() => lex.processWord(source, env), source).toThrow(ShellLexError);
      } else {
        expect(lex.processWord(source, env).result, source).toBe(expected);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it("splits every line of wordsTest as upstream expects", () => {
    // (upstream's second pass, with raw quotes, reads the already-exhausted file and so checks nothing)
    const lines = readFileSync(join(testdata, "shell-words-test.txt"), "utf8").split("\n");
    const envs: Record<string, string> = {};
    const lex = new ShellLex("\\");
    let checked = 0;
    for (const line of lines) {
      if (line === "" || line.startsWith("#")) continue;
      if (line.startsWith("ENV ")) {
        const kv = line.slice(3).replace(/^ +/, "");
        const eq = kv.indexOf("=");
        envs[kv.slice(0, eq)] = kv.slice(eq + 1);
        continue;
      }
      const [test, want] = line.split("|") as [string, string];
      const expected = want.replace(/^ +/, "").split(",");
      let result: string[];
      try {
        result = lex.processWords(test.trim(), envOf(envs));
      } catch {
        result = ["error"];
      }
      expect(result, test).toEqual(expected);
      checked++;
    }
    expect(checked).toBe(24);
  });
});

describe("shell lexer: ${} forms", () => {
  const lex = new ShellLex("\\");
  const env = envOf({ FOO: "xxx", BAR: "" });
  it.each([
    ["${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", "xxx  ccc"],
    ["${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}", "xxx bbb ccc"],
    ["${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}", "aaa bbb "],
    ["${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}", "aaa  "],
    ["${FOO?aaa}", "xxx"],
    ["${BAR?bbb}", ""],
  ])("%s → %s", (input, expected) => {
    expect(lex.processWord(input, env).result).toBe(expected);
  });

  it.each([["${BAZ?ccc}"], ["${BAR:?bbb}"], ["${FOO=aaa}"], ["${FOO:#}"], ["${FOO//}"]])("%s is an error", (input) => {
    expect(() => lex.processWord(input, env)).toThrow(ShellLexError);
  });

  it.each([
    ["${FOO#()[]{\\}^$.\\*\\?|\\\\}", { FOO: "()[]{}^$.*?|\\x" }, "x"],
    ["${FOO%%\\**}", { FOO: "xx**" }, "xx"],
    ["${FOO#*x*y}", { FOO: "xxyy" }, "y"],
    ["${FOO##*x}", { FOO: "xxyy" }, "yy"],
    ["${FOO#?\\?}", { FOO: "???y" }, "?y"],
    ["${FOO%%\\**\\*}", { FOO: "a***yy*" }, "a"],
    ["${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}", { FOO: "/foo*/*/*.txt", NEEDLE: "\\*/" }, "/foo.*/*.txt - /foo..*.txt"],
    ["${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}", { FOO: "/tmp/tmp/bar.txt", NEEDLE: "/tmp" }, "/tmp/bar.txt - /bar.txt"],
    ["${FOO//\\//\\/}", { FOO: "/tmp/foo.txt" }, "\\/tmp\\/foo.txt"],
    ["${FOO/$BAR/ww}", { FOO: "xxyy", BAR: "" }, "wwxxyy"],
    ["${FOO///}", { FOO: "xxyy" }, "xxyy"],
  ])("trims and replaces with shell patterns: %s", (input, vars, expected) => {
    expect(lex.processWord(input, envOf(vars)).result).toBe(expected);
  });

  it("tells which variables were set, unset, and unset where their emptiness was used", () => {
    const r = lex.processWord("${ABC:-.}${FOO%x}$GONE${ABC:+y}", envOf({ FOO: "xxyy" }));
    expect(r.result).toBe(".xxyy");
    expect([...r.matched]).toEqual(["FOO"]);
    expect([...r.unmatched].sort()).toEqual(["ABC", "GONE"]);
    expect([...r.unsetUsed]).toEqual(["GONE"]);
  });

  it("builds the same shell-pattern regular expressions as upstream", () => {
    expect(shellPatternToRegExp("*", true, true).source).toBe("^[^\\n]*");
    expect(shellPatternToRegExp("?", true, true).source).toBe("^[^\\n]");
    expect(shellPatternToRegExp("\\*", true, true).source).toBe("^\\*");
    for (const bad of ["\\", "\\x", "\\\\\\"]) expect(() => shellPatternToRegExp(bad, true, true)).toThrow();
  });

  it("expands the release-file example with and without a variant", () => {
    const release = "something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz";
    const base = { VERSION: "v1.2.3", TARGETOS: "linux" };
    expect(lex.processWord(release, envOf({ ...base, TARGETARCH: "arm", TARGETVARIANT: "v7" })).result).toBe(
      "something-v1.2.3.linux-arm-v7.tar.gz",
    );
    expect(lex.processWord(release, envOf({ ...base, TARGETARCH: "arm64" })).result).toBe("something-v1.2.3.linux-arm64.tar.gz");
  });

  it("uses the backtick as escape token when told to", () => {
    const tick = new ShellLex("`");
    expect(tick.processWord("a`$b\\c", envOf({ b: "B" })).result).toBe("a$b\\c");
  });
});
