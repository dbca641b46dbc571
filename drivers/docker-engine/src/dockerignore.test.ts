import { describe, expect, it } from "vitest";
import { DockerignoreMatcher, parseDockerignore } from "./dockerignore.ts";

const ignores = (content: string, path: string) => new DockerignoreMatcher(parseDockerignore(content)).ignores(path);

describe(".dockerignore", () => {
  it("reads patterns: comments and blank lines skipped, paths cleaned, leading / dropped", () => {
    expect(parseDockerignore("# comment\n\n  node_modules  \n/dist/\n!keep.txt\n./a/../b\r\n!\n")).toEqual([
      "node_modules",
      "dist",
      "!keep.txt",
      "b",
    ]);
  });

  it("leaves out a folder with everything in it", () => {
    expect(ignores("node_modules", "node_modules")).toBe(true);
    expect(ignores("node_modules", "node_modules/a/b.js")).toBe(true);
    expect(ignores("node_modules", "src/node_modules")).toBe(false);
    expect(ignores("node_modules", "node_modules_x")).toBe(false);
  });

  it("* and ? stay within one segment; ** crosses any number, also none", () => {
    expect(ignores("*.log", "a.log")).toBe(true);
    expect(ignores("*.log", "dir/a.log")).toBe(false);
    expect(ignores("*/*.log", "dir/a.log")).toBe(true);
    expect(ignores("**/*.log", "a.log")).toBe(true);
    expect(ignores("**/*.log", "x/y/z/a.log")).toBe(true);
    expect(ignores("a/**/b", "a/b")).toBe(true);
    expect(ignores("a/**/b", "a/x/y/b")).toBe(true);
    expect(ignores("a/**", "a/x/y")).toBe(true);
    expect(ignores("file?.txt", "file1.txt")).toBe(true);
    expect(ignores("file?.txt", "file10.txt")).toBe(false);
    expect(ignores("[ab].txt", "a.txt")).toBe(true);
    expect(ignores("[!ab].txt", "a.txt")).toBe(false);
    expect(ignores("[!ab].txt", "c.txt")).toBe(true);
    expect(ignores("\\*.txt", "*.txt")).toBe(true);
    expect(ignores("\\*.txt", "a.txt")).toBe(false);
    expect(ignores("a.b", "axb")).toBe(false);
  });

  it("the last matching pattern decides; ! brings files back", () => {
    const content = "*.md\n!README.md\nREADME-secret.md";
    expect(ignores(content, "CHANGES.md")).toBe(true);
    expect(ignores(content, "README.md")).toBe(false);
    expect(ignores(content, "README-secret.md")).toBe(true);
    expect(ignores("docs\n!docs/keep.md", "docs/keep.md")).toBe(false);
    expect(ignores("docs\n!docs/keep.md", "docs/other.md")).toBe(true);
  });

  it("knows when a left-out folder may hold something a ! pattern brings back", () => {
    const m = new DockerignoreMatcher(parseDockerignore("docs\nvendor\n!docs/keep.md\n!**/LICENSE"));
    expect(m.mayReinclude("docs")).toBe(true);
    expect(m.mayReinclude("vendor")).toBe(true); // **/LICENSE may be anywhere
    const plain = new DockerignoreMatcher(parseDockerignore("docs\nvendor\n!docs/keep.md"));
    expect(plain.mayReinclude("vendor")).toBe(false);
    expect(plain.mayReinclude("docs")).toBe(true);
  });
});
