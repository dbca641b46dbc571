import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type BuildContext, prepareBuildContext } from "./build-context.ts";
import { DockerEngineError } from "./engine-error.ts";
import { type ReadTarEntry, readTar } from "./testing/tar-reader.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "shipyard-context-test-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function files(tree: Record<string, string>, root = dir): void {
  for (const [path, content] of Object.entries(tree)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

async function entries(context: BuildContext): Promise<ReadTarEntry[]> {
  const chunks: Uint8Array[] = [];
  for await (const c of context.tar()) chunks.push(c);
  return readTar(Buffer.concat(chunks));
}

async function failure(p: Promise<unknown>): Promise<DockerEngineError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DockerEngineError);
  return e as DockerEngineError;
}

describe("prepareBuildContext", () => {
  it("tars the folder as docker build sends it: sorted, owned by root, links kept as links", async () => {
    files({ Dockerfile: "FROM scratch\n", "src/b.txt": "b", "src/a.txt": "a" });
    symlinkSync("src/a.txt", join(dir, "link"));
    const context = await prepareBuildContext({ contextDir: dir });
    expect(context.dockerfile).toBe("Dockerfile");
    const got = await entries(context);
    expect(got.map((e) => e.name)).toEqual(["Dockerfile", "link", "src/", "src/a.txt", "src/b.txt"]);
    expect(got.every((e) => e.uid === 0 && e.gid === 0)).toBe(true);
    expect(got.find((e) => e.name === "link")).toMatchObject({ typeflag: "2", linkname: "src/a.txt" });
    expect(new TextDecoder().decode(got.find((e) => e.name === "src/a.txt")?.content)).toBe("a");
  });

  it("applies .dockerignore but always sends the Dockerfile and .dockerignore", async () => {
    files({
      "build/Dockerfile": "FROM scratch\n",
      ".dockerignore": "node_modules\n*.log\nbuild\n.dockerignore\n!build/Dockerfile\n",
      "node_modules/x/index.js": "x",
      "app.log": "log",
      "app.js": "js",
      "build/other": "o",
    });
    const context = await prepareBuildContext({ contextDir: dir, dockerfile: "build/Dockerfile" });
    expect(context.dockerfile).toBe("build/Dockerfile");
    expect((await entries(context)).map((e) => e.name)).toEqual([".dockerignore", "app.js", "build/Dockerfile"]);
  });

  it("adds a Dockerfile from outside the context under a generated name", async () => {
    files({ "ctx/app.txt": "app", "docker/Dockerfile.prod": "FROM scratch\nCOPY app.txt /\n" });
    const context = await prepareBuildContext({ contextDir: join(dir, "ctx"), dockerfile: join(dir, "docker/Dockerfile.prod") });
    expect(context.dockerfile).toMatch(/^\.dockerfile\.[0-9a-f]{20}$/);
    const got = await entries(context);
    expect(got.map((e) => e.name)).toEqual([context.dockerfile, "app.txt"]);
    expect(new TextDecoder().decode(got[0]?.content)).toContain("COPY app.txt");
  });

  it("says clearly when the Dockerfile or the context is missing", async () => {
    files({ "app.txt": "x" });
    const noDockerfile = await failure(prepareBuildContext({ contextDir: dir }));
    expect(noDockerfile.code).toBe("invalid_input");
    expect(noDockerfile.message).toBe(`There is no Dockerfile at ${join(dir, "Dockerfile")}.`);
    const noContext = await failure(prepareBuildContext({ contextDir: join(dir, "nope") }));
    expect(noContext.message).toMatch(/build context .*nope does not exist/);
    const fileAsContext = await failure(prepareBuildContext({ contextDir: join(dir, "app.txt") }));
    expect(fileAsContext.message).toMatch(/is not a folder/);
    mkdirSync(join(dir, "Dockerfile"));
    expect((await failure(prepareBuildContext({ contextDir: dir }))).message).toMatch(/is not a file/);
  });

  it("refuses a context over maxBytes while streaming it", async () => {
    files({ Dockerfile: "FROM scratch\n", big: "x".repeat(20_000) });
    const context = await prepareBuildContext({ contextDir: dir, maxBytes: 10_000 });
    const e = await failure(entries(context));
    expect(e.code).toBe("payload_too_large");
  });
});
