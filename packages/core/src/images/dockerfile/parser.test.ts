import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { conformanceDir } from "../../../../../test-support/conformance.ts";
import { DomainError } from "../../shared/errors.ts";
import {
  chompHeredocContent,
  type DockerfileHeredoc,
  DockerfileSyntaxError,
  dump,
  dumpInstruction,
  parseDockerfile,
  parseHeredocMarker,
} from "./parser.ts";

// <repo>/../shared/conformance/buildkit-parser: BuildKit's parser test files, unchanged
const conformance = conformanceDir("buildkit-parser");
const index = JSON.parse(readFileSync(join(conformance, "index.json"), "utf8")) as {
  cases: string[];
  negative_cases: string[];
};
const read = (...p: string[]) => readFileSync(join(conformance, ...p), "utf8");

const parseError = (text: string): DockerfileSyntaxError => {
  try {
    parseDockerfile(text);
  } catch (e) {
    if (e instanceof DockerfileSyntaxError) return e;
    throw e;
  }
  throw new Error("expected a DockerfileSyntaxError");
};

describe("BuildKit parser conformance", () => {
  it("covers every case directory upstream ships", () => {
    expect(readdirSync(join(conformance, "testfiles")).sort()).toEqual([...index.cases].sort());
    expect(readdirSync(join(conformance, "testfiles-negative")).sort()).toEqual([...index.negative_cases].sort());
    expect(index.cases).toHaveLength(33);
    expect(index.negative_cases).toHaveLength(4);
  });

  it.each(index.cases)("%s: dump is byte-for-byte BuildKit's", (name) => {
    const ast = parseDockerfile(read("testfiles", name, "Dockerfile"));
    expect(`${dump(ast)}\n`).toBe(read("testfiles", name, "result"));
  });

  it.each(index.negative_cases)("%s: rejected with a line number", (name) => {
    const e = parseError(read("testfiles-negative", name, "Dockerfile"));
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe("invalid_input");
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.message).toMatch(/^Dockerfile line \d+: /);
  });

  it("says why each negative case fails, at the right line", () => {
    const why = (name: string) => {
      const e = parseError(read("testfiles-negative", name, "Dockerfile"));
      return [e.line, e.reason];
    };
    expect(why("env_no_value")).toEqual([3, "ENV must have two arguments"]);
    expect(why("shykes-nested-json")).toEqual([1, "when using JSON array syntax, arrays must be comprised of strings only"]);
    expect(why("empty_dockerfile")).toEqual([1, "file with no instructions"]);
    expect(why("only_comments")[1]).toBe("file with no instructions");
  });
});

describe("instructions", () => {
  it("gives each instruction its name, keyword, flags, args and the original joined line", () => {
    const [from, copy, run] = parseDockerfile(
      'from --platform=linux/arm64 node:20 AS Build\nCOPY --from=build --chown=1:1 a b\nRUN ["echo", "hi"]\n',
    ).instructions;
    expect(from).toMatchObject({
      name: "from",
      keyword: "from",
      flags: ["--platform=linux/arm64"],
      args: ["node:20", "AS", "Build"],
      json: false,
    });
    expect(copy).toMatchObject({ name: "copy", flags: ["--from=build", "--chown=1:1"], args: ["a", "b"] });
    expect(run).toMatchObject({ name: "run", args: ["echo", "hi"], json: true, original: 'RUN ["echo", "hi"]' });
  });

  it("reads ENV and LABEL as key/value/separator triples, legacy form included", () => {
    const [a, b, c] = parseDockerfile('ENV A=1 B="two words"\nENV PATH /usr/bin:/bin\nLABEL x=y').instructions;
    expect(a?.args).toEqual(["A", "1", "=", "B", '"two words"', "="]);
    expect(b?.args).toEqual(["PATH", "/usr/bin:/bin", ""]);
    expect(c?.args).toEqual(["x", "y", "="]);
    expect(parseError("ENV A=1 B").reason).toBe('Syntax error - can\'t find = in "B". Must be of the form: name=value');
  });

  it("nests ONBUILD's instruction and keeps its flags", () => {
    const [i] = parseDockerfile("ONBUILD COPY --from=x a b").instructions;
    expect(i?.trigger).toMatchObject({ name: "copy", flags: ["--from=x"], args: ["a", "b"] });
    expect(i?.args).toEqual(["COPY", "a", "b"]);
    expect(dumpInstruction(i!)).toBe('onbuild (copy ["--from=x"] "a" "b")');
  });

  it("keeps unknown instructions with BuildKit's empty argument", () => {
    expect(dump(parseDockerfile("FROM a\nFOO bar"))).toBe('(from "a")\n(foo "")');
  });

  it("falls back to the shell form for JSON BuildKit's Go decoder rejects, and errors on non-strings", () => {
    expect(parseDockerfile("CMD [1e999]").instructions[0]).toMatchObject({ args: ["[1e999]"], json: false });
    expect(parseError("CMD [1]").reason).toBe("when using JSON array syntax, arrays must be comprised of strings only");
    expect(parseDockerfile('CMD ["\\ud800x"]').instructions[0]?.args).toEqual(["\ufffdx"]);
  });

  it("treats flag bytes as Go does: a UTF-8 byte is one character", () => {
    // BuildKit walks flags byte by byte, so é (C3 A9) comes out as "Ã©"
    expect(parseDockerfile("COPY --chown=é a b").instructions[0]?.flags).toEqual(["--chown=Ã©"]);
    expect(parseDockerfile('COPY --from="a b" -- --x y').instructions[0]).toMatchObject({
      flags: ["--from=a b"],
      args: ["--x", "y"],
    });
  });

  it("rejects a line longer than Go's scanner allows", () => {
    const e = parseError(`FROM image\nLABEL test=${"a".repeat(65536)}\n`);
    expect(e.reason).toBe("dockerfile line greater than max allowed size of 65535");
  });

  it("quotes non-printable characters the way Go's strconv.Quote does", () => {
    expect(dump(parseDockerfile('CMD ["a\\u0007\\u007f\\u00a0\\u2028é😀"]'))).toBe('(cmd "a\\a\\x7f\\u00a0\\u2028é😀")');
  });
});

describe("line numbers", () => {
  it("spans continuation lines, comments and blank lines (upstream's testfile-line)", () => {
    const text = [
      "# ESCAPE=\\",
      "",
      "",
      "",
      "FROM brimstone/ubuntu:14.04",
      "",
      "",
      "# TORUN -v /var/run/docker.sock:/var/run/docker.sock",
      "",
      "",
      "ENV GOPATH \\",
      "/go",
      "",
      "",
      "",
      "# Install the packages we need, clean up after them and us",
      "RUN apt-get update \\",
      "\t&& dpkg -l | awk '/^ii/ {print $2}' > /tmp/dpkg.clean \\",
      "",
      "",
      "    && apt-get --no-install-recommends install -y git golang ca-certificates \\",
      "    && apt-get clean \\",
      "    && rm -rf /var/lib/apt/lists \\",
      "",
      "\t&& go get -v github.com/brimstone/consuldock \\",
      "    && mv $GOPATH/bin/consuldock /usr/local/bin/consuldock \\",
      "",
      "\t&& dpkg -l | awk '/^ii/ {print $2}' > /tmp/dpkg.dirty \\",
      "\t&& apt-get remove --purge -y $(diff /tmp/dpkg.clean /tmp/dpkg.dirty | awk '/^>/ {print $2}') \\",
      "\t&& rm /tmp/dpkg.* \\",
      "\t&& rm -rf $GOPATH",
      "",
      "",
      "",
      "",
    ].join("\n");
    const ast = parseDockerfile(text);
    expect(ast.instructions.map((i) => [i.startLine, i.endLine])).toEqual([
      [5, 5],
      [11, 12],
      [17, 31],
    ]);
    expect(ast.directives).toEqual([{ name: "escape", value: "\\", line: 1 }]);
  });

  it("counts heredoc bodies into the instruction", () => {
    const ast = parseDockerfile("FROM a\nRUN <<EOF\necho 1\necho 2\nEOF\nCMD x\n");
    expect(ast.instructions.map((i) => [i.name, i.startLine, i.endLine])).toEqual([
      ["from", 1, 1],
      ["run", 2, 5],
      ["cmd", 6, 6],
    ]);
  });

  it("warns about empty continuation lines, as BuildKit does", () => {
    const ast = parseDockerfile("FROM a\nRUN something \\\n\n    following\nRUN a \\\n# comment\n  b\n");
    expect(ast.warnings).toEqual([{ line: 2, message: "Empty continuation line found in: RUN something     following" }]);
    expect(ast.instructions[2]?.args).toEqual(["a   b"]);
  });
});

describe("parser directives", () => {
  it("switches the escape token to the backtick, names case-insensitive", () => {
    const ast = parseDockerfile("# Escape = `\nFROM image\nRUN dir c:\\ `\n  && echo ok\n");
    expect(ast.escapeToken).toBe("`");
    expect(ast.instructions[1]?.args).toEqual(["dir c:\\   && echo ok"]);
  });

  it("reads directives only before anything else: after a comment or an instruction they are comments", () => {
    expect(parseDockerfile("# hello\n# escape=`\nFROM a").escapeToken).toBe("\\");
    expect(parseDockerfile("\n# escape=`\nFROM a").escapeToken).toBe("\\");
    expect(parseDockerfile("FROM a\n# escape=`\nRUN b").escapeToken).toBe("\\");
    const ast = parseDockerfile("# syntax=docker/dockerfile:1.7\n# check=skip=all\n#escape=`\nFROM a");
    expect(ast.directives.map((d) => [d.name, d.value, d.line])).toEqual([
      ["syntax", "docker/dockerfile:1.7", 1],
      ["check", "skip=all", 2],
      ["escape", "`", 3],
    ]);
  });

  it("rejects a repeated directive and an escape token other than \\ or `", () => {
    expect(parseError("# escape=`\n# escape=\\\nFROM a")).toMatchObject({
      line: 2,
      reason: "only one escape parser directive can be used",
    });
    expect(parseError("# escape=x\nFROM a")).toMatchObject({
      line: 1,
      reason: "invalid escape token 'x' does not match ` or \\",
    });
  });

  it("ignores a byte-order mark", () => {
    expect(parseDockerfile("\ufeff# escape=`\nFROM a").escapeToken).toBe("`");
  });
});

describe("CRLF line endings", () => {
  it("parses a CRLF file exactly like its LF twin", () => {
    for (const name of ["brimstone-consuldock", "continueIndent", "escape", "env", "lk4d4-the-edge-case-generator"]) {
      const lf = read("testfiles", name, "Dockerfile");
      const crlf = lf.replace(/\n/g, "\r\n");
      const a = parseDockerfile(crlf);
      expect(`${dump(a)}\n`, name).toBe(read("testfiles", name, "result"));
      expect(a.instructions.map((i) => [i.startLine, i.endLine])).toEqual(
        parseDockerfile(lf).instructions.map((i) => [i.startLine, i.endLine]),
      );
    }
  });

  it("keeps CRLF inside heredoc content but finds the terminator", () => {
    const [, run] = parseDockerfile("FROM a\r\nRUN <<EOF\r\necho hi\r\nEOF\r\n").instructions;
    expect(run?.heredocs).toEqual([{ name: "EOF", fileDescriptor: 0, expand: true, chomp: false, content: "echo hi\r\n" }]);
  });
});

describe("heredocs", () => {
  // upstream parser_heredoc_test.go TestParseExtractsHeredoc
  const dockerfile = `
FROM alpine:3.6

ENV NAME=me

RUN ls

USER <<INVALID
INVALID

RUN <<EMPTY
EMPTY

RUN 3<<EMPTY2
EMPTY2

RUN "<<NOHEREDOC"

RUN <<INDENT
	foo
	bar
INDENT

RUN <<-UNINDENT
	baz
	quux
UNINDENT

RUN <<-UNINDENT2
	baz
	quux
	UNINDENT2

RUN <<-EXPAND
	expand $NAME
EXPAND

RUN <<-'NOEXPAND'
	don't expand $NAME
NOEXPAND

RUN <<COPY
echo hello world
echo foo bar
COPY

RUN <<COMMENT
# internal comment
echo hello world
echo foo bar # trailing comment
COMMENT

RUN --mount=type=cache,target=/foo <<MOUNT
echo hello
MOUNT

COPY <<FILE1 <<FILE2 /dest
content 1
FILE1
content 2
FILE2

COPY <<EOF /quotes
"foo"
'bar'
EOF

COPY <<X <<Y /dest
Y
X
X
Y

RUN <<COMPLEX python3
print('hello world')
COMPLEX

COPY <<file.txt /dest
hello world
file.txt

RUN <<eo'f'
echo foo
eof

RUN <<eo\\'f
echo foo
eo'f

RUN <<'e'o\\'f
echo foo
eo'f

RUN <<'one two'
echo bar
one two

RUN <<$EOF
$EOF

RUN <<  EOF
EOF

RUN <<  EOF  > foo
EOF
	`;
  const h = (name: string, content: string, more: Partial<DockerfileHeredoc> = {}): DockerfileHeredoc => ({
    name,
    content,
    expand: true,
    chomp: false,
    fileDescriptor: 0,
    ...more,
  });
  const expected: DockerfileHeredoc[][] = [
    [], // ENV
    [], // RUN ls
    [], // USER <<INVALID
    [], // INVALID (an unknown instruction)
    [h("EMPTY", "")],
    [h("EMPTY2", "", { fileDescriptor: 3 })],
    [], // RUN "<<NOHEREDOC"
    [h("INDENT", "\tfoo\n\tbar\n")],
    [h("UNINDENT", "\tbaz\n\tquux\n", { chomp: true })],
    [h("UNINDENT2", "\tbaz\n\tquux\n", { chomp: true })],
    [h("EXPAND", "\texpand $NAME\n", { chomp: true })],
    [h("NOEXPAND", "\tdon't expand $NAME\n", { chomp: true, expand: false })],
    [h("COPY", "echo hello world\necho foo bar\n")],
    [h("COMMENT", "# internal comment\necho hello world\necho foo bar # trailing comment\n")],
    [h("MOUNT", "echo hello\n")],
    [h("FILE1", "content 1\n"), h("FILE2", "content 2\n")],
    [h("EOF", "\"foo\"\n'bar'\n")],
    [h("X", "Y\n"), h("Y", "X\n")],
    [h("COMPLEX", "print('hello world')\n")],
    [h("file.txt", "hello world\n")],
    [h("eof", "echo foo\n", { expand: false })],
    [h("eo'f", "echo foo\n")],
    [h("eo'f", "echo foo\n", { expand: false })],
    [h("one two", "echo bar\n", { expand: false })],
    [h("$EOF", "")],
    [h("EOF", "")],
    [h("EOF", "")],
  ];

  it("extracts every heredoc of upstream's test, with content, quoting, chomping and fd", () => {
    const ast = parseDockerfile(dockerfile);
    expect(ast.instructions.slice(1).map((i) => i.heredocs)).toEqual(expected);
  });

  it("does not look for heredocs in JSON form", () => {
    const ast = parseDockerfile('FROM alpine:3.6\nRUN ["whoami"]\nRUN ["<<EOF"]\nRUN ["<<\'EOF\'"]\n');
    for (const i of ast.instructions) expect(i.heredocs).toEqual([]);
  });

  it("recognises heredoc markers as upstream's helpers do", () => {
    for (const src of ["<<EOF", "<<'EOF'", '<<"EOF"', "<<-EOF", "<<-'EOF'", '<<-"EOF"', '<<EO"F"', "<< EOF", "<<- EOF"]) {
      expect(parseHeredocMarker(src)?.name, src).toBe("EOF");
    }
    for (const src of ["", "EOF", "<<", "<<-", "<EOF", "<<<EOF", "<<EOF sh"]) {
      expect(parseHeredocMarker(src), src).toBeNull();
    }
    for (const src of ["<<'EOF", '<<"EOF', "<<EOF'", '<<EOF"']) expect(() => parseHeredocMarker(src), src).toThrow();
  });

  it("finds several markers on a line, and none inside quotes", () => {
    const names = (text: string) => parseDockerfile(text).instructions[0]?.heredocs.map((d) => d.name);
    expect(names("RUN <<EOF <<EOF2\nEOF\nEOF2\n")).toEqual(["EOF", "EOF2"]);
    expect(names("RUN << -EOF\n-EOF\n")).toEqual(["-EOF"]);
    expect(names("RUN 4<<EOF\nEOF\n")).toEqual(["EOF"]);
    expect(names("RUN '<<EOF'")).toEqual([]);
    expect(names('RUN "<<EOF"')).toEqual([]);
  });

  it("supports COPY <<EOF /file and heredocs inside ONBUILD", () => {
    const [copy, onbuild] = parseDockerfile("COPY <<EOF /etc/motd\nhello\nEOF\nONBUILD RUN <<X\nmake\nX\n").instructions;
    expect(copy).toMatchObject({ args: ["<<EOF", "/etc/motd"], heredocs: [h("EOF", "hello\n")], endLine: 3 });
    expect(onbuild).toMatchObject({ heredocs: [h("X", "make\n")], startLine: 4, endLine: 6 });
  });

  it("rejects an unterminated heredoc, with the instruction's lines", () => {
    expect(parseError("FROM a\nRUN <<EOF\necho\n")).toMatchObject({ line: 2, endLine: 3, reason: "unterminated heredoc" });
  });

  it("like BuildKit, reads a line whose quotes do not close as having no heredoc", () => {
    expect(parseDockerfile("FROM a\nRUN <<'EOF\n").instructions[1]?.heredocs).toEqual([]);
  });

  it("chomps leading tabs of <<- content", () => {
    expect(chompHeredocContent("\thello\n\tworld\n")).toBe("hello\nworld\n");
  });
});
