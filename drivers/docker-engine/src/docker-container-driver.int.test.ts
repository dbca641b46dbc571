import { createServer, type Server } from "node:net";
import type { ContainerEvent, ExecOutput, LogLine } from "@shipyard/core";
import { DomainError } from "@shipyard/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerContainerDriver } from "./docker-container-driver.ts";
import { importBusyboxImage } from "./testing/busybox-image.ts";
import { type LocalDockerd, startDockerd } from "./testing/dockerd.ts";

// Against a REAL Docker engine: Debian's dockerd on a private socket (started here, stopped by PID),
// `--bridge=none`, so containers run with network mode "none"; publishing ports needs a bridge and
// is only checked before anything is created. Base image: static busybox imported from a tar.

let dockerd: LocalDockerd;
let driver: DockerContainerDriver;
const IMAGE = "shipyard-test/busybox:1";
const started = new Date();

beforeAll(async () => {
  dockerd = await startDockerd();
  await importBusyboxImage(dockerd.client, { repository: "shipyard-test/busybox", tag: "1" });
  driver = new DockerContainerDriver(dockerd.client, { defaultNetworkMode: "none" });
});

afterAll(async () => {
  await dockerd?.dispose();
});

async function drain<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function failure(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Reads output until `done` says so (or to the end), without closing the session: breaking a for-await would. */
async function readOutput(output: AsyncIterator<ExecOutput>, done?: (text: string) => boolean): Promise<string> {
  let text = "";
  for (;;) {
    const next = await output.next();
    if (next.done) return text;
    text += Buffer.from(next.value.data).toString("utf8");
    if (done?.(text)) return text;
  }
}

describe("DockerContainerDriver against dockerd", () => {
  let id: string;

  it("deploys a container with env and limits, running", async () => {
    const info = await driver.deploy({
      name: "web",
      image: IMAGE,
      command: ["sh", "-c", "echo hello; echo oops-$GREETING >&2; sleep 300"],
      env: { GREETING: "hi there" },
      cpuLimit: 0.5,
      memoryLimitMb: 64,
      restartPolicy: "no",
      labels: { "shipyard.test": "yes" },
    });
    id = info.id;
    expect(info).toMatchObject({ name: "web", image: IMAGE, state: "running", labels: { "shipyard.test": "yes" } });
    expect(info.startedAt).toBeInstanceOf(Date);
    const listed = await drain(driver.list({ labels: { "shipyard.test": "yes" } }));
    expect(listed.map((c) => [c.name, c.state])).toEqual([["web", "running"]]);
  });

  it("streams logs with stdout and stderr told apart", async () => {
    const lines = await until("both log lines", async () => {
      const l = await drain(driver.logs(id));
      return l.length >= 2 ? l : undefined;
    });
    expect(lines.map((l) => [l.stream, l.line])).toEqual(
      expect.arrayContaining([
        ["stdout", "hello"],
        ["stderr", "oops-hi there"],
      ]),
    );
    expect(lines[0]?.at.getTime()).toBeGreaterThan(started.getTime() - 60_000);
    const tail = await drain(driver.logs(id, { tail: 1 }));
    expect(tail).toHaveLength(1);
  });

  it("follows logs until aborted", async () => {
    const controller = new AbortController();
    const seen: LogLine[] = [];
    setTimeout(() => controller.abort(), 500);
    for await (const l of driver.logs(id, { follow: true, signal: controller.signal })) seen.push(l);
    expect(seen.map((l) => l.line)).toContain("hello");
  });

  it("runs a command inside (no TTY) and gives its output and exit code", async () => {
    const session = await driver.exec(id, { cmd: ["sh", "-c", "echo $((6*7)); echo err >&2; exit 5"], stdin: false });
    const chunks: { stream: string; text: string }[] = [];
    for await (const c of session.output) chunks.push({ stream: c.stream, text: Buffer.from(c.data).toString() });
    expect(
      chunks
        .filter((c) => c.stream === "stdout")
        .map((c) => c.text)
        .join(""),
    ).toBe("42\n");
    expect(
      chunks
        .filter((c) => c.stream === "stderr")
        .map((c) => c.text)
        .join(""),
    ).toBe("err\n");
    expect(await session.wait()).toEqual({ exitCode: 5 });
  });

  it("pipes stdin to a command", async () => {
    const session = await driver.exec(id, { cmd: ["cat"] });
    await session.write("through stdin\n");
    session.closeStdin();
    expect(await readOutput(session.output[Symbol.asyncIterator]())).toBe("through stdin\n");
    expect(await session.wait()).toEqual({ exitCode: 0 });
  });

  it("opens an interactive TTY shell that echoes and resizes", async () => {
    const session = await driver.exec(id, { cmd: ["sh"], tty: true });
    const output = session.output[Symbol.asyncIterator]();
    await session.resize({ cols: 100, rows: 30 });
    await session.write("echo tty-$((2+3))\n");
    const text = await readOutput(output, (t) => /tty-5\r\n/.test(t));
    expect(text).toContain("tty-5");
    await session.write("exit 0\n");
    await readOutput(output);
    expect(await session.wait()).toEqual({ exitCode: 0 });
  });

  it("reports stats with memory usage and the limit", async () => {
    const s = await driver.stats(id);
    expect(s.memoryUsedMb).toBeGreaterThan(0);
    expect(s.memoryLimitMb).toBe(64);
    expect(s.cpuPercent).toBeGreaterThanOrEqual(0);
    const controller = new AbortController();
    for await (const sample of driver.statsStream(id, controller.signal)) {
      expect(sample.memoryLimitMb).toBe(64);
      controller.abort();
    }
  });

  it("stops (exited), starts and restarts", async () => {
    await driver.stop(id, 1);
    const stopped = await driver.inspect(id);
    expect(stopped.state).toBe("exited");
    expect(stopped.exitCode).toBe(137);
    expect(stopped.lastOutput).toEqual(expect.arrayContaining(["hello"]));
    await driver.start(id);
    expect((await driver.inspect(id)).state).toBe("running");
    const before = (await driver.inspect(id)).startedAt;
    await driver.restart(id, 1);
    const after = await driver.inspect(id);
    expect(after.state).toBe("running");
    expect(after.startedAt!.getTime()).toBeGreaterThan(before!.getTime());
  });

  it("reports a container whose command fails as exited with its code and last output, never running", async () => {
    const info = await driver.deploy({ name: "fails", image: IMAGE, command: ["sh", "-c", "echo about to fail; exit 3"] });
    const done = await until("the container to exit", async () => {
      const i = await driver.inspect(info.id);
      return i.state === "running" ? undefined : i;
    });
    expect(done).toMatchObject({ state: "exited", exitCode: 3, lastOutput: ["about to fail"] });
    const [listed] = await drain(driver.list({ name: "fails" }));
    expect(listed).toMatchObject({ state: "exited", exitCode: 3 });
    await driver.remove(info.id);
  });

  it("refuses to start a command that does not exist, and leaves nothing behind", async () => {
    const e = await failure(driver.deploy({ name: "nocmd", image: IMAGE, command: ["/no/such/binary"] }));
    expect(e.code).toBe("invalid_input");
    expect(e.message).toMatch(/no such file|not found/i);
    expect(await drain(driver.list({ name: "nocmd" }))).toEqual([]);
  });

  it("tells lifecycle events", async () => {
    const events: ContainerEvent[] = await drain(driver.events({ since: started, until: new Date() }));
    const forWeb = events.filter((e) => e.containerId === id).map((e) => e.type);
    expect(forWeb).toEqual(expect.arrayContaining(["create", "start", "die", "stop", "restart"]));
    const died = events.find((e) => e.name === "fails" && e.type === "die");
    expect(died?.exitCode).toBe(3);
  });

  it("removes (force when running), after which the container is gone", async () => {
    const e = await failure(driver.remove(id));
    expect(e.code).toBe("conflict");
    await driver.remove(id, true);
    expect((await failure(driver.inspect(id))).code).toBe("not_found");
    expect((await failure(driver.start(id))).code).toBe("not_found");
  });

  it("rejects invalid specs before creating anything", async () => {
    const bad = [
      { name: "bad-image", image: "Not A/Valid::ref" },
      { name: "bad-mem", image: IMAGE, memoryLimitMb: 0 },
      { name: "bad-port", image: IMAGE, networkMode: "bridge", ports: [{ container: 80, host: 70_000 }] },
      { name: "bad-restart", image: IMAGE, restartPolicy: "sometimes" as "no" },
    ];
    for (const spec of bad) {
      const e = await failure(driver.deploy(spec));
      expect(e.code).toBe("invalid_input");
      expect(e.issues?.length).toBeGreaterThan(0);
    }
    const mem = await failure(driver.deploy(bad[1]!));
    expect(mem.issues?.[0]?.path).toBe("memoryLimitMb");
    expect(await drain(driver.list({ name: "bad-" }))).toEqual([]);
  });

  it("rejects a host port that is already taken, before creating anything", async () => {
    const server: Server = createServer();
    await new Promise<void>((r) => server.listen(0, "0.0.0.0", r));
    const port = (server.address() as { port: number }).port;
    try {
      const e = await failure(
        driver.deploy({ name: "taken", image: IMAGE, networkMode: "bridge", ports: [{ container: 80, host: port }] }),
      );
      expect(e.code).toBe("conflict");
      expect(e.message).toContain(String(port));
    } finally {
      server.close();
    }
    // With --bridge=none the engine has no bridge: ports cannot be published on this engine at all.
    const none = await failure(driver.deploy({ name: "ports-none", image: IMAGE, ports: [{ container: 80, host: 18080 }] }));
    expect(none.code).toBe("invalid_input");
    expect(await drain(driver.list({ name: "taken" }))).toEqual([]);
  });

  it("gives a clear error for a missing image it cannot pull", async () => {
    const e = await failure(driver.deploy({ name: "nopull", image: "127.0.0.1:1/shipyard/missing:1" }));
    expect(["not_found", "unavailable"]).toContain(e.code);
    expect(e.message).toContain("127.0.0.1:1/shipyard/missing:1");
    expect(await drain(driver.list({ name: "nopull" }))).toEqual([]);
  });
});
