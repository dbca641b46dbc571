import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ImageSource } from "@shipyard/contract";
import { DomainError } from "@shipyard/core";
import { afterAll, describe, expect, it } from "vitest";
import { GitHubSourceReader, GitLabSourceReader, LocalSourceReader, RoutingSourceReader } from "./source-readers.ts";

const src = (over: Partial<ImageSource> = {}): ImageSource => ({
  provider: "github",
  repo: "acme/web",
  branch: "main",
  dockerfile: "Dockerfile",
  context: ".",
  ...over,
});

const answering = (status: number, body = "") => {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetch = async (url: string, init?: RequestInit) => {
    calls.push({ url, headers: init?.headers as Record<string, string> });
    return new Response(body, { status });
  };
  return { fetch, calls };
};

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: DomainError) => e.code,
  );

describe("GitHub and GitLab source readers", () => {
  it("ask GitHub's contents API for the raw file at the branch, with the token", async () => {
    const f = answering(200, "FROM node:22\n");
    const text = await new GitHubSourceReader({ token: "t0k", baseUrl: "http://gh.test", fetch: f.fetch }).readFile(
      src({ branch: "release/1" }),
      "docker/Dockerfile",
    );
    expect(text).toBe("FROM node:22\n");
    expect(f.calls[0]?.url).toBe("http://gh.test/repos/acme/web/contents/docker/Dockerfile?ref=release%2F1");
    expect(f.calls[0]?.headers).toMatchObject({ accept: "application/vnd.github.raw+json", authorization: "Bearer t0k" });
  });
  it("ask GitLab's files API with the project path encoded", async () => {
    const f = answering(200, "FROM alpine\n");
    await new GitLabSourceReader({ token: "glpat", baseUrl: "http://gl.test", fetch: f.fetch }).readFile(
      src({ provider: "gitlab", repo: "grp/sub/proj" }),
      "a/Dockerfile",
    );
    expect(f.calls[0]?.url).toBe("http://gl.test/api/v4/projects/grp%2Fsub%2Fproj/repository/files/a%2FDockerfile/raw?ref=main");
    expect(f.calls[0]?.headers).toMatchObject({ "private-token": "glpat" });
  });
  it("map missing files, refused credentials and outages to clear errors", async () => {
    const gh = (status: number) => new GitHubSourceReader({ fetch: answering(status).fetch }).readFile(src(), "Dockerfile");
    expect(await codeOf(gh(404))).toBe("not_found");
    expect(await codeOf(gh(401))).toBe("unauthenticated");
    expect(await codeOf(gh(502))).toBe("unavailable");
    const down = new GitHubSourceReader({
      fetch: async () => {
        throw new Error("ECONNREFUSED");
      },
    });
    expect(await codeOf(down.readFile(src(), "Dockerfile"))).toBe("unavailable");
  });
});

describe("local source reader", () => {
  const root = mkdtempSync(join(tmpdir(), "shipyard-src-"));
  const outside = mkdtempSync(join(tmpdir(), "shipyard-outside-"));
  mkdirSync(join(root, "app"));
  writeFileSync(join(root, "app", "Dockerfile"), "FROM scratch\n");
  writeFileSync(join(outside, "Dockerfile"), "FROM evil\n");
  symlinkSync(outside, join(root, "app", "escape"));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const reader = new LocalSourceReader([root]);

  it("reads files inside the allowed roots", async () => {
    expect(await reader.readFile(src({ provider: "local", repo: join(root, "app") }), "Dockerfile")).toBe("FROM scratch\n");
  });
  it("refuses paths that climb out, directly or through a symlink", async () => {
    expect(await codeOf(reader.readFile(src({ provider: "local", repo: join(root, "app") }), "../../../etc/passwd"))).toMatch(
      /forbidden|not_found/,
    );
    expect(await codeOf(reader.readFile(src({ provider: "local", repo: join(root, "app") }), "escape/Dockerfile"))).toBe(
      "forbidden",
    );
    expect(await codeOf(reader.readFile(src({ provider: "local", repo: outside }), "Dockerfile"))).toBe("forbidden");
  });
  it("says when a provider is not configured", async () => {
    const r = new RoutingSourceReader({ local: reader });
    expect(() => r.readFile(src(), "Dockerfile")).toThrow(DomainError);
  });
});
