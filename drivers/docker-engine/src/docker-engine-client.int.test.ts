import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalRegistry, startLocalRegistry } from "../../registry/src/testing/local-registry.ts";
import type { BuildEvent } from "./build-api.ts";
import { DockerEngineError } from "./engine-error.ts";
import type { PushEvent } from "./images-api.ts";
import { type TarSource, writeTar } from "./tar-writer.ts";
import { importBusyboxImage } from "./testing/busybox-image.ts";
import { type LocalDockerd, startDockerd } from "./testing/dockerd.ts";

// Against a REAL Docker engine: Debian's dockerd on a private socket, data root and exec root,
// started for this file and stopped by PID at the end; a real docker-registry to push to. The
// base image is a static busybox imported from a tar (no registry, no internet).

let registry: LocalRegistry;
let dockerd: LocalDockerd;
const BASE = { repository: "shipyard-test/busybox", tag: "1" };

beforeAll(async () => {
  registry = await startLocalRegistry();
  dockerd = await startDockerd({ insecureRegistries: [registry.host] });
  await importBusyboxImage(dockerd.client, BASE);
});

afterAll(async () => {
  await dockerd?.dispose();
  await registry?.dispose();
});

const utf8 = new TextEncoder();
const context = (files: Record<string, string>) =>
  writeTar(
    Object.entries(files).map(([name, content]): TarSource => {
      const body = utf8.encode(content);
      return { entry: { name, type: "file", size: body.length }, body };
    }),
  );

async function drain<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function failure(p: Promise<unknown>): Promise<DockerEngineError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DockerEngineError);
  return e as DockerEngineError;
}

describe("DockerEngineClient against dockerd", () => {
  it("speaks Engine API 1.41 or newer", async () => {
    const version = await dockerd.client.system.version();
    expect(version.os).toBe("linux");
    expect(Number(version.apiVersion.split(".")[1])).toBeGreaterThanOrEqual(41);
  });

  it("builds from a tar stream, tags, pushes with the registry's digest, and removes", async () => {
    const name = { repository: `${registry.host}/engine/app`, tag: "1" };
    const events: BuildEvent[] = await drain(
      dockerd.client.builds.build(
        context({
          Dockerfile: `FROM ${BASE.repository}:${BASE.tag}\nARG WHO\nRUN echo "hi $WHO" > /hello\nCOPY a.txt /a.txt\n`,
          "a.txt": "A",
        }),
        { tags: [`${name.repository}:${name.tag}`], buildArgs: { WHO: "there" }, networkMode: "none" },
      ),
    );
    const built = events.at(-1);
    expect(built?.type).toBe("built");
    const logs = events.flatMap((e) => (e.type === "log" ? [e.text] : [])).join("");
    expect(logs).toContain('Step 3/4 : RUN echo "hi $WHO" > /hello');

    const image = await dockerd.client.images.inspect(`${name.repository}:${name.tag}`);
    expect(image?.id).toBe(built?.type === "built" ? built.imageId : "");
    expect(image?.repoTags).toContain(`${name.repository}:${name.tag}`);

    await dockerd.client.images.tag(`${name.repository}:${name.tag}`, { repository: name.repository, tag: "2" });
    const pushed: PushEvent[] = await drain(dockerd.client.images.push({ repository: name.repository, tag: "2" }));
    const last = pushed.at(-1);
    expect(last).toMatchObject({ type: "pushed", tag: "2" });
    const head = await fetch(`${registry.url}/v2/engine/app/manifests/2`, {
      method: "HEAD",
      headers: { accept: "application/vnd.docker.distribution.manifest.v2+json" },
    });
    expect(head.headers.get("docker-content-digest")).toBe(last?.type === "pushed" ? last.digest : "");
    expect((await dockerd.client.images.inspect(`${name.repository}:2`))?.repoDigests).toContain(
      `${name.repository}@${last?.type === "pushed" ? last.digest : ""}`,
    );

    const removed = await dockerd.client.images.remove(`${name.repository}:2`);
    expect(removed.untagged).toContain(`${name.repository}:2`);
    expect(await dockerd.client.images.inspect(`${name.repository}:2`)).toBeUndefined();
    expect((await failure(dockerd.client.images.remove(`${name.repository}:2`))).code).toBe("not_found");
  });

  it("a failing RUN throws the engine's words and exit code after streaming the step's output", async () => {
    const logs: string[] = [];
    const e = await failure(
      (async () => {
        for await (const ev of dockerd.client.builds.build(
          context({ Dockerfile: `FROM ${BASE.repository}:${BASE.tag}\nRUN echo boom >&2; exit 3\n` }),
          { tags: ["engine/fails:1"], networkMode: "none" },
        )) {
          if (ev.type === "log") logs.push(ev.text);
        }
      })(),
    );
    expect(e.code).toBe("invalid_input");
    expect(e.exitCode).toBe(3);
    expect(e.message).toBe("The command '/bin/sh -c echo boom >&2; exit 3' returned a non-zero code: 3");
    expect(logs.join("")).toContain("boom");
  });

  it("a Dockerfile missing from the context is invalid_input with the engine's words", async () => {
    const e = await failure(
      drain(dockerd.client.builds.build(context({ "a.txt": "A" }), { tags: ["engine/none:1"], dockerfile: "Nope" })),
    );
    expect(e.code).toBe("invalid_input");
    expect(e.message).toContain("Cannot locate specified Dockerfile: Nope");
  });

  it("pushing an image the engine does not have, or to a registry that is down, fails with the engine's words", async () => {
    const missing = await failure(drain(dockerd.client.images.push({ repository: `${registry.host}/engine/missing`, tag: "1" })));
    expect(missing.code).toBe("not_found");
    await dockerd.client.images.tag(`${BASE.repository}:${BASE.tag}`, { repository: "127.0.0.1:1/engine/app", tag: "1" });
    const down = await failure(drain(dockerd.client.images.push({ repository: "127.0.0.1:1/engine/app", tag: "1" })));
    expect(down.code).toBe("unavailable");
    expect(down.message).toMatch(/connection refused/);
  });

  it("aborting a build mid-step stops it and the engine removes the step's container", async () => {
    const controller = new AbortController();
    const reason = new Error("stop");
    const started = Date.now();
    const run = (async () => {
      for await (const ev of dockerd.client.builds.build(
        context({ Dockerfile: `FROM ${BASE.repository}:${BASE.tag}\nRUN sleep 30\n` }),
        {
          tags: ["engine/slow:1"],
          networkMode: "none",
          signal: controller.signal,
        },
      )) {
        if (ev.type === "log" && ev.text.includes("Running in")) controller.abort(reason);
      }
    })();
    await expect(run).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(10_000);
    let containers: unknown[] = [];
    for (let i = 0; i < 100; i++) {
      containers = await dockerd.client.http.json<unknown[]>({
        method: "GET",
        path: "/containers/json",
        query: { all: true },
        what: "containers",
      });
      if (containers.length === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(containers).toEqual([]);
  });
});
