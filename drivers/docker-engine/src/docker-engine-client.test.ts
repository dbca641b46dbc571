import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DockerEngineClient, socketPathFromDockerHost } from "./docker-engine-client.ts";
import { DockerEngineError } from "./engine-error.ts";
import { MAX_API_VERSION } from "./engine-http.ts";
import { decodeRegistryHeader } from "./registry-auth.ts";

// An in-process stand-in for the engine on a unix socket: answers what each test tells it and
// records the requests (method, path with query, headers, body).

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}
type Handler = (req: Seen, res: ServerResponse) => void;

let dir: string;
let socketPath: string;
let server: Server;
let seen: Seen[];
let handler: Handler;
let apiVersion: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "shipyard-engine-test-"));
  socketPath = join(dir, "engine.sock");
  seen = [];
  apiVersion = "1.41";
  handler = (_req, res) => {
    res.statusCode = 404;
    res.end(JSON.stringify({ message: "page not found" }));
  };
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const s = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) };
      seen.push(s);
      res.setHeader("Api-Version", apiVersion);
      if (s.url === "/_ping") {
        res.end("OK");
        return;
      }
      handler(s, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
});

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

const lines = (res: ServerResponse, messages: unknown[]) => {
  res.setHeader("content-type", "application/json");
  res.end(messages.map((m) => `${JSON.stringify(m)}\r\n`).join(""));
};

async function failure(p: Promise<unknown>): Promise<DockerEngineError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DockerEngineError);
  return e as DockerEngineError;
}

async function drain<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const DIGEST = `sha256:${"ab".repeat(32)}`;

describe("DockerEngineClient over a unix socket", () => {
  it("negotiates the API version once with /_ping and puts it in every path", async () => {
    apiVersion = "1.43";
    handler = (_req, res) => res.end(JSON.stringify({ Version: "24.0.7", ApiVersion: "1.43", Os: "linux", Arch: "amd64" }));
    const client = new DockerEngineClient({ socketPath });
    await client.system.version();
    await client.system.version();
    expect(seen.map((s) => s.url)).toEqual(["/_ping", "/v1.43/version", "/v1.43/version"]);
  });

  it("asks newer engines for the newest version it knows, and refuses engines older than 1.41", async () => {
    apiVersion = "1.52";
    handler = (_req, res) => res.end("{}");
    await new DockerEngineClient({ socketPath }).system.version();
    expect(seen.at(-1)?.url).toBe(`/v${MAX_API_VERSION}/version`);
    apiVersion = "1.40";
    const e = await failure(new DockerEngineClient({ socketPath }).system.version());
    expect(e.code).toBe("unsupported");
    expect(e.suggestion).toMatch(/Upgrade/);
  });

  it("maps the engine's error answers to domain errors with its words", async () => {
    handler = (req, res) => {
      res.statusCode = req.url.includes("busy") ? 409 : 404;
      res.end(
        JSON.stringify({
          message: req.url.includes("busy") ? "image is being used by running container" : "No such image: nope:1",
        }),
      );
    };
    const client = new DockerEngineClient({ socketPath });
    expect(await client.images.inspect("nope:1")).toBeUndefined();
    const missing = await failure(client.images.remove("nope:1"));
    expect(missing).toMatchObject({ code: "not_found", status: 404, engineMessage: "No such image: nope:1" });
    expect(missing.message).toBe("Docker engine refused the removal of nope:1: No such image: nope:1");
    const busy = await failure(client.images.remove("busy:1"));
    expect(busy.code).toBe("conflict");
  });

  it("says which socket has no engine behind it", async () => {
    const e = await failure(new DockerEngineClient({ socketPath: join(dir, "missing.sock") }).system.ping());
    expect(e.code).toBe("unavailable");
    expect(e.message).toContain("missing.sock");
    expect(e.suggestion).toMatch(/Start the Docker engine/);
  });

  it("lets a caller's abort through unchanged and turns its own timeout into `timeout`", async () => {
    handler = () => {
      // Never answers.
    };
    const client = new DockerEngineClient({ socketPath, timeoutMs: 100 });
    await client.http.apiVersion();
    const timedOut = await failure(client.system.version());
    expect(timedOut.code).toBe("timeout");
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    setTimeout(() => controller.abort(reason), 20);
    await expect(client.images.inspect("x", controller.signal)).rejects.toBe(reason);
  });

  it("encodes image names in paths and sends tag and removal options", async () => {
    handler = (_req, res) => {
      res.statusCode = 200;
      res.end(_req.method === "DELETE" ? JSON.stringify([{ Untagged: "a" }, { Deleted: "sha256:1" }]) : "");
    };
    const client = new DockerEngineClient({ socketPath });
    await client.images.tag("127.0.0.1:5000/team/app:1", { repository: "127.0.0.1:5000/team/app", tag: "2" });
    expect(await client.images.remove("127.0.0.1:5000/team/app:1", { force: true })).toEqual({
      untagged: ["a"],
      deleted: ["sha256:1"],
    });
    expect(seen.slice(1).map((s) => `${s.method} ${s.url}`)).toEqual([
      "POST /v1.41/images/127.0.0.1%3A5000/team/app%3A1/tag?repo=127.0.0.1%3A5000%2Fteam%2Fapp&tag=2",
      "DELETE /v1.41/images/127.0.0.1%3A5000/team/app%3A1?force=1",
    ]);
  });
});

describe("builds", () => {
  it("streams the context and sends the build's options as the engine reads them", async () => {
    handler = (_req, res) =>
      lines(res, [
        { stream: "Step 1/1 : FROM base\n" },
        { aux: { ID: `sha256:${"cd".repeat(32)}` } },
        { stream: "Successfully built cdcdcdcdcdcd\n" },
      ]);
    const client = new DockerEngineClient({ socketPath });
    const context = (async function* () {
      yield Buffer.from("tar-part-1|");
      yield Buffer.from("tar-part-2");
    })();
    const events = await drain(
      client.builds.build(context, {
        tags: ["127.0.0.1:5000/app:1"],
        dockerfile: "build/Dockerfile",
        buildArgs: { VERSION: "1.2" },
        networkMode: "none",
        registryConfig: { "ghcr.io": { username: "u", password: "p" } },
      }),
    );
    expect(events).toEqual([
      { type: "log", text: "Step 1/1 : FROM base\n" },
      { type: "log", text: "Successfully built cdcdcdcdcdcd\n" },
      { type: "built", imageId: `sha256:${"cd".repeat(32)}` },
    ]);
    const req = seen.at(-1)!;
    expect(req.body.toString()).toBe("tar-part-1|tar-part-2");
    expect(req.headers["content-type"]).toBe("application/x-tar");
    expect(decodeRegistryHeader(String(req.headers["x-registry-config"]))).toEqual({
      "ghcr.io": { username: "u", password: "p", serveraddress: "ghcr.io" },
    });
    const query = new URL(req.url, "http://engine").searchParams;
    expect(Object.fromEntries(query)).toEqual({
      t: "127.0.0.1:5000/app:1",
      dockerfile: "build/Dockerfile",
      buildargs: '{"VERSION":"1.2"}',
      networkmode: "none",
      rm: "1",
      forcerm: "1",
    });
  });

  it("a failed step throws the engine's words with the step's exit code, after the log", async () => {
    handler = (_req, res) =>
      lines(res, [
        { stream: "Step 2/2 : RUN exit 3\n" },
        { errorDetail: { code: 3, message: "The command '/bin/sh -c exit 3' returned a non-zero code: 3" }, error: "…" },
      ]);
    const client = new DockerEngineClient({ socketPath });
    const logged: unknown[] = [];
    const e = await failure(
      (async () => {
        for await (const ev of client.builds.build("tar", { tags: ["x:1"] })) logged.push(ev);
      })(),
    );
    expect(logged).toEqual([{ type: "log", text: "Step 2/2 : RUN exit 3\n" }]);
    expect(e).toMatchObject({
      code: "invalid_input",
      exitCode: 3,
      message: "The command '/bin/sh -c exit 3' returned a non-zero code: 3",
    });
  });

  it("a missing Dockerfile (the engine's 500) is the caller's mistake", async () => {
    handler = (_req, res) => {
      res.statusCode = 500;
      res.end(JSON.stringify({ message: "Cannot locate specified Dockerfile: Nope" }));
    };
    const e = await failure(
      drain(new DockerEngineClient({ socketPath }).builds.build("tar", { tags: ["x:1"], dockerfile: "Nope" })),
    );
    expect(e.code).toBe("invalid_input");
    expect(e.message).toContain("Cannot locate specified Dockerfile: Nope");
  });

  it("a context that fails to read is the error reported, not the broken connection", async () => {
    handler = (_req, res) => lines(res, [{ stream: "never\n" }]);
    const context = (async function* () {
      yield Buffer.from("part");
      throw new DockerEngineError("conflict", "app.js changed while it was being read (10 bytes expected).");
    })();
    const e = await failure(drain(new DockerEngineClient({ socketPath }).builds.build(context, { tags: ["x:1"] })));
    expect(e.message).toMatch(/app.js changed/);
  });
});

describe("pushes", () => {
  it("sends X-Registry-Auth ({} when anonymous) and ends with the digest the registry answered", async () => {
    handler = (_req, res) =>
      lines(res, [
        { status: "The push refers to repository [127.0.0.1:5000/app]" },
        { status: "Pushing", progressDetail: { current: 1, total: 2 }, progress: "[==>  ]", id: "abc" },
        { status: `1: digest: ${DIGEST} size: 942` },
        { progressDetail: {}, aux: { Tag: "1", Digest: DIGEST, Size: 942 } },
      ]);
    const client = new DockerEngineClient({ socketPath });
    const events = await drain(client.images.push({ repository: "127.0.0.1:5000/app", tag: "1" }));
    expect(events.at(-1)).toEqual({ type: "pushed", tag: "1", digest: DIGEST, size: 942 });
    expect(events[1]).toMatchObject({ type: "status", status: "Pushing", id: "abc", current: 1, total: 2 });
    expect(seen.at(-1)?.url).toBe("/v1.41/images/127.0.0.1%3A5000/app/push?tag=1");
    expect(decodeRegistryHeader(String(seen.at(-1)?.headers["x-registry-auth"]))).toEqual({});
    await drain(client.images.push({ repository: "r/app", tag: "1" }, { auth: { username: "bot", password: "pw" } }));
    expect(decodeRegistryHeader(String(seen.at(-1)?.headers["x-registry-auth"]))).toEqual({ username: "bot", password: "pw" });
  });

  it("a registry that cannot be reached, or refuses, is an error with the engine's words", async () => {
    let answer = "";
    handler = (_req, res) =>
      lines(res, [{ status: "The push refers to repository [x]" }, { errorDetail: { message: answer }, error: answer }]);
    const client = new DockerEngineClient({ socketPath });
    const cases: [string, string][] = [
      ['Get "http://127.0.0.1:1/v2/": dial tcp 127.0.0.1:1: connect: connection refused', "unavailable"],
      ["unauthorized: authentication required", "unauthenticated"],
      ["denied: requested access to the resource is denied", "forbidden"],
      ["An image does not exist locally with the tag: 127.0.0.1:5000/nope", "not_found"],
    ];
    for (const [words, code] of cases) {
      answer = words;
      const e = await failure(drain(client.images.push({ repository: "x", tag: "1" })));
      expect([e.code, e.message]).toEqual([code, words]);
    }
  });

  it("a push stream that ends without a digest is an error, not a success", async () => {
    handler = (_req, res) => lines(res, [{ status: "Pushed", id: "abc" }]);
    const e = await failure(drain(new DockerEngineClient({ socketPath }).images.push({ repository: "x", tag: "1" })));
    expect(e.message).toMatch(/without a digest/);
  });
});

describe("socketPathFromDockerHost", () => {
  it("reads unix:// hosts and refuses other transports", () => {
    expect(socketPathFromDockerHost(undefined)).toBe("/var/run/docker.sock");
    expect(socketPathFromDockerHost("unix:///run/user/1000/docker.sock")).toBe("/run/user/1000/docker.sock");
    expect(() => socketPathFromDockerHost("tcp://10.0.0.1:2375")).toThrow(/not a unix socket/);
  });
});
