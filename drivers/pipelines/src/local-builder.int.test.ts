import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { OciRegistryClient } from "@shipyard/driver-registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBusyboxImage } from "../../docker-engine/src/testing/busybox-image.ts";
import { type LocalDockerd, startDockerd } from "../../docker-engine/src/testing/dockerd.ts";
import { type ReadTarEntry, readTar } from "../../docker-engine/src/testing/tar-reader.ts";
import { type LocalRegistry, startLocalRegistry } from "../../registry/src/testing/local-registry.ts";
import { type LocalBuilderConfig, LocalBuilderPipeline } from "./local-builder.ts";
import { runPipelineProviderSuite } from "./pipeline-provider.case.ts";
import { type BuildRequest, type BuildStatus, isTerminalBuildState, PipelineError, type PipelineRun } from "./port.ts";

// Against a REAL Docker engine and a REAL registry: a private dockerd (own socket, data root,
// exec root; no bridge, so RUN steps get networkmode=none) and Debian's docker-registry, both
// started for this file and stopped by PID. The base image is a static busybox imported from a
// tar; builds push to the registry and the registry is asked what it holds.

const BASE = "shipyard-test/busybox:1";
let registry: LocalRegistry;
let dockerd: LocalDockerd;
let sources: string;
let ready: Promise<void> | undefined;
const started = () => {
  ready ??= (async () => {
    registry = await startLocalRegistry();
    dockerd = await startDockerd({ insecureRegistries: [registry.host] });
    await importBusyboxImage(dockerd.client, { repository: "shipyard-test/busybox", tag: "1" });
    sources = mkdtempSync(join(tmpdir(), "shipyard-sources-"));
  })();
  return ready;
};

afterAll(async () => {
  await dockerd?.dispose();
  await registry?.dispose();
  if (sources) rmSync(sources, { recursive: true, force: true });
});

/** Writes a source folder under the builder's source root. */
function source(name: string, files: Record<string, string>): string {
  const dir = join(sources, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function request(repo: string, overrides: Partial<BuildRequest> = {}): BuildRequest {
  const name = (repo.split("/").pop() as string).toLowerCase();
  return {
    image: name,
    buildId: `b-${name}-${Math.random().toString(36).slice(2, 8)}`,
    repository: `${registry.host}/shipyard/${name}`,
    tag: "1",
    source: { provider: "local", repo, branch: "main", dockerfile: "Dockerfile", context: "." },
    pipeline: { provider: "local", buildArgs: {} },
    reason: "test",
    ...overrides,
  };
}

const builder = (config: Partial<LocalBuilderConfig> = {}) =>
  new LocalBuilderPipeline({ engine: dockerd.client, sourceRoots: [sources], ...config });

async function untilTerminal(provider: LocalBuilderPipeline, run: PipelineRun, timeoutMs = 30_000): Promise<BuildStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await provider.status(run);
    if (isTerminalBuildState(s.state)) return s;
    if (Date.now() > deadline) throw new Error(`run still ${s.state}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function logsOf(provider: LocalBuilderPipeline, run: PipelineRun): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of provider.logs(run)) lines.push(line);
  return lines;
}

async function layerFiles(repository: string, digest: string): Promise<Map<string, ReadTarEntry>> {
  const manifest = await new OciRegistryClient().getManifest({ registry: registry.host, repository, digest });
  const layers = (manifest.manifest.layers ?? []) as { digest: string }[];
  const files = new Map<string, ReadTarEntry>();
  for (const layer of layers) {
    const blob = await fetch(`${registry.url}/v2/${repository}/blobs/${layer.digest}`);
    for (const entry of readTar(gunzipSync(Buffer.from(await blob.arrayBuffer())))) files.set(entry.name, entry);
  }
  return files;
}

const SLOW_DOCKERFILE = `FROM ${BASE}\nRUN sleep 30\n`;

runPipelineProviderSuite("LocalBuilderPipeline on a private dockerd, pushing to docker-registry", async () => {
  await started();
  const ok = source("suite-ok", { Dockerfile: `FROM ${BASE}\nRUN echo ok > /ok\n` });
  const bad = source("suite-bad", { Dockerfile: `FROM ${BASE}\nRUN echo no; exit 3\n` });
  const provider = builder();
  return {
    provider,
    succeeding: request(ok),
    failing: request(bad),
    failureMessage: /returned a non-zero code: 3/,
    unknownRun: { provider: "local", runId: "local-unknown" },
    skip: { badCredentials: "the local builder has no credentials of its own: a Docker engine socket does not authenticate" },
    pollIntervalMs: 25,
    close: () => provider.close(),
  };
});

describe("LocalBuilderPipeline", () => {
  beforeAll(started);

  it("builds a real Dockerfile, pushes it, and the registry serves the tag at the digest the builder reported", async () => {
    const repo = source("app", {
      Dockerfile: [
        `FROM ${BASE}`,
        "ARG GREETING=unset",
        'RUN echo hi > /hello && echo "$GREETING" > /greeting',
        "COPY app.txt /app/app.txt",
        "",
      ].join("\n"),
      "app.txt": "the app\n",
      "secret.txt": "do not send\n",
      ".dockerignore": "secret.txt\n",
    });
    const provider = builder();
    const req = request(repo, {
      pipeline: { provider: "local", buildArgs: { GREETING: "from the pipeline" } },
      buildArgs: { GREETING: "from the request" },
    });
    const run = await provider.trigger(req);
    const status = await untilTerminal(provider, run);
    expect(status).toMatchObject({ state: "succeeded", digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(Date.parse(status.finishedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(status.startedAt ?? ""));

    const head = await new OciRegistryClient().headManifest({ registry: registry.host, repository: "shipyard/app", tag: "1" });
    expect(head?.digest).toBe(status.digest);

    const files = await layerFiles("shipyard/app", status.digest as string);
    const text = (name: string) => new TextDecoder().decode(files.get(name)?.content);
    expect(text("hello")).toBe("hi\n");
    expect(text("greeting")).toBe("from the request\n");
    expect(text("app/app.txt")).toBe("the app\n");
    expect(files.has("bin/busybox")).toBe(true);
    expect([...files.keys()].some((n) => n.includes("secret"))).toBe(false);

    const lines = await logsOf(provider, run);
    expect(lines).toContain('Step 3/4 : RUN echo hi > /hello && echo "$GREETING" > /greeting');
    expect(lines.at(-1)).toBe(`Pushed ${req.repository}:1@${status.digest}`);
  });

  it("a failing RUN ends failed with the engine's message, and the step's output is in the log", async () => {
    const repo = source("fails", { Dockerfile: `FROM ${BASE}\nRUN echo boom >&2; exit 3\n` });
    const provider = builder();
    const run = await provider.trigger(request(repo));
    const status = await untilTerminal(provider, run);
    expect(status.state).toBe("failed");
    expect(status.message).toBe("The command '/bin/sh -c echo boom >&2; exit 3' returned a non-zero code: 3");
    const lines = await logsOf(provider, run);
    expect(lines).toContain("boom");
    expect(lines.at(-1)).toBe(`ERROR: ${status.message}`);
  });

  it("a missing Dockerfile is refused at trigger, naming the path", async () => {
    const repo = source("no-dockerfile", { "app.txt": "x" });
    const err = await builder()
      .trigger(
        request(repo, { source: { provider: "local", repo, branch: "main", dockerfile: "docker/Dockerfile", context: "." } }),
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PipelineError);
    expect(err).toMatchObject({ code: "invalid_input", provider: "local" });
    expect((err as PipelineError).message).toBe(`There is no Dockerfile at ${join(repo, "docker/Dockerfile")}.`);
  });

  it("a Dockerfile outside the context (repository-relative paths) builds", async () => {
    const repo = source("split", {
      "docker/app.Dockerfile": `FROM ${BASE}\nCOPY main.txt /main.txt\n`,
      "app/main.txt": "main\n",
    });
    const provider = builder();
    const run = await provider.trigger(
      request(repo, { source: { provider: "local", repo, branch: "main", dockerfile: "docker/app.Dockerfile", context: "app" } }),
    );
    expect(await untilTerminal(provider, run)).toMatchObject({ state: "succeeded" });
  });

  it("cancel mid-build ends cancelled quickly and leaves no container behind", async () => {
    const repo = source("slow", { Dockerfile: SLOW_DOCKERFILE });
    const provider = builder();
    const run = await provider.trigger(request(repo));
    for (let i = 0; i < 200; i++) {
      if ((await logsOf(provider, run)).some((l) => l.includes("Running in"))) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect((await provider.status(run)).state).toBe("running");
    const t0 = Date.now();
    await provider.cancel(run);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(await provider.status(run)).toMatchObject({ state: "cancelled", message: "Cancelled." });
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

  it("builds beyond maxConcurrentBuilds wait as queued, and a queued build can be cancelled", async () => {
    const repo = source("queue", { Dockerfile: SLOW_DOCKERFILE });
    const provider = builder({ maxConcurrentBuilds: 1 });
    const first = await provider.trigger(request(repo));
    const second = await provider.trigger(request(repo));
    expect((await provider.status(second)).state).toBe("queued");
    await provider.cancel(second);
    expect((await provider.status(second)).state).toBe("cancelled");
    await provider.cancel(first);
    expect((await provider.status(first)).state).toBe("cancelled");
  });

  it("a registry that cannot be reached fails the run at the push, saying so", async () => {
    const repo = source("unreachable", { Dockerfile: `FROM ${BASE}\n` });
    const provider = builder();
    const run = await provider.trigger(request(repo, { repository: "127.0.0.1:1/shipyard/unreachable" }));
    const status = await untilTerminal(provider, run);
    expect(status.state).toBe("failed");
    expect(status.message).toMatch(/127\.0\.0\.1:1.*connection refused/);
  });

  it("refuses sources outside its source roots, paths that climb out, and non-local sources", async () => {
    const provider = builder();
    const outside = mkdtempSync(join(tmpdir(), "shipyard-outside-"));
    try {
      writeFileSync(join(outside, "Dockerfile"), `FROM ${BASE}\n`);
      await expect(provider.trigger(request(outside))).rejects.toMatchObject({ code: "forbidden" });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    const repo = source("climb", { Dockerfile: `FROM ${BASE}\n` });
    // A context that is a symlink out of the source folder would send the host's files.
    symlinkSync("/etc", join(repo, "etc-link"));
    await expect(
      provider.trigger(
        request(repo, { source: { provider: "local", repo, branch: "main", dockerfile: "Dockerfile", context: "etc-link" } }),
      ),
    ).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringMatching(/context path etc-link leaves the source folder/),
    });
    await expect(
      provider.trigger(
        request(repo, { source: { provider: "local", repo, branch: "main", dockerfile: "../../etc/Dockerfile", context: "." } }),
      ),
    ).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/leaves the source folder/) });
    await expect(
      provider.trigger(
        request(repo, {
          source: { provider: "github", repo: "acme/app", branch: "main", dockerfile: "Dockerfile", context: "." },
        }),
      ),
    ).rejects.toMatchObject({ code: "unsupported" });
    await expect(provider.trigger(request(repo, { repository: "127.0.0.1:5000/UPPER" }))).rejects.toMatchObject({
      code: "invalid_input",
    });
  });
});
