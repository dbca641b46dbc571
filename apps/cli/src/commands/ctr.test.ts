import { EventEmitter } from "node:events";
import { PassThrough } from "node:stream";
import type { Container } from "@shipyard/contract";
import { Command } from "commander";
import { afterEach, describe, expect, it } from "vitest";
import { createContext } from "../context.ts";
import { run } from "../main.ts";
import { attachTerminal, sockets } from "../terminal.ts";
import { fakeApi } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";
import { PortFlag, VolumeFlag } from "./ctr.ts";

const container = (overrides: Partial<Container> = {}): Container => ({
  id: "ctr_1",
  name: "web",
  image: "nginx:1.27",
  status: "running",
  exit_code: null,
  error: null,
  last_output: [],
  uptime_seconds: 125,
  health: null,
  memory_limit_mb: 64,
  port_mappings: [{ host: 8080, container: 80, protocol: "tcp" }],
  env_vars: { MODE: "prod" },
  volumes: [],
  command: null,
  args: null,
  restart_policy: "no",
  host_id: "local",
  host_addr: "local",
  created_at: "2025-06-01T10:00:00.000Z",
  started_at: "2025-06-01T11:58:00.000Z",
  ...overrides,
});

const originalOpen = sockets.open;
afterEach(() => {
  sockets.open = originalOpen;
});

const runWith = async (argv: string[], fetch: typeof globalThis.fetch) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

describe("ctr option parsing", () => {
  it.each([
    ["8080:80", { host: 8080, container: 80, protocol: "tcp" }],
    ["53:53/udp", { host: 53, container: 53, protocol: "udp" }],
    ["443/tcp", { container: 443, protocol: "tcp" }],
  ])("parses --port %s", (text, expected) => {
    expect(PortFlag.parse(text)).toEqual(expected);
  });

  it.each(["0:80", "8080:70000", "a:b", "80:80/sctp", ""])("rejects --port %j", (text) => {
    expect(PortFlag.safeParse(text).success).toBe(false);
  });

  it.each([
    ["./data:/data", { host: "./data", container: "/data", read_only: false }],
    ["pgdata:/var/lib/pg:ro", { host: "pgdata", container: "/var/lib/pg", read_only: true }],
    ["/srv:/srv:rw", { host: "/srv", container: "/srv", read_only: false }],
  ])("parses --volume %s", (text, expected) => {
    expect(VolumeFlag.parse(text)).toEqual(expected);
  });

  it.each(["data", "data:relative", "a:/b:rx"])("rejects --volume %j", (text) => {
    expect(VolumeFlag.safeParse(text).success).toBe(false);
  });
});

describe("ctr", () => {
  it("lists containers", async () => {
    const a = fakeApi({ "GET /v1/containers": () => ({ body: { items: [container()] } }) });
    const r = await runWith(["ctr", "list"], a.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[1]).toBe("ctr_1  web   nginx:1.27  running  8080:80  2m 5s");
  });

  it("shows one container, with its last output; exit 5 when missing", async () => {
    const a = fakeApi({
      "GET /v1/containers/web": () => ({
        body: container({ status: "error", error: "exit code 1", exit_code: 1, last_output: ["panic"] }),
      }),
    });
    const r = await runWith(["ctr", "show", "web"], a.fetch);
    expect(r.stdout).toContain("Error         exit code 1");
    expect(r.stdout).toContain("  panic");
    expect((await runWith(["ctr", "show", "nope"], a.fetch)).code).toBe(5);
  });

  it("deploys with every flag", async () => {
    const a = fakeApi({ "POST /v1/containers": () => ({ status: 201, body: container() }) });
    const r = await runWith(
      [
        "ctr",
        "deploy",
        "web",
        "--image",
        "nginx:1.27",
        "--cmd",
        "nginx -g 'daemon off;'",
        "--env",
        "A=1",
        "--port",
        "8080:80",
        "--port",
        "53:53/udp",
        "--volume",
        "./html:/usr/share/nginx/html:ro",
        "--memory",
        "64",
        "--cpus",
        "0.5",
        "--restart",
        "on-failure:3",
        "--network",
        "bridge",
      ],
      a.fetch,
    );
    expect(r.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({
      name: "web",
      image: "nginx:1.27",
      command: "nginx -g 'daemon off;'",
      env_vars: { A: "1" },
      port_mappings: [
        { host: 8080, container: 80, protocol: "tcp" },
        { host: 53, container: 53, protocol: "udp" },
      ],
      volumes: [{ host: "./html", container: "/usr/share/nginx/html", read_only: true }],
      memory_limit_mb: 64,
      cpu_limit: 0.5,
      restart_policy: "on-failure:3",
      network_mode: "bridge",
    });
    expect(r.stdout).toContain("Deployed web (ctr_1) from nginx:1.27: running.");
  });

  it.each([
    [["--port", "80:99999"]],
    [["--volume", "x:y"]],
    [["--env", "=x"]],
    [["--restart", "sometimes"]],
    [["--memory", "1"]],
    [["--cpus", "none"]],
  ])("rejects bad deploy flags %j with exit 2", async (extra) => {
    const r = await runWith(["ctr", "deploy", "web", "--image", "nginx", ...extra], fakeApi({}).fetch);
    expect(r.code).toBe(2);
  });

  it("deploy needs --image", async () => {
    expect((await runWith(["ctr", "deploy", "web"], fakeApi({}).fetch)).code).toBe(2);
  });

  it("starts, stops, restarts and removes", async () => {
    const a = fakeApi({
      "POST /v1/containers/web/start": () => ({ body: container() }),
      "POST /v1/containers/web/stop": () => ({ body: container({ status: "stopped" }) }),
      "POST /v1/containers/web/restart": () => ({ body: container() }),
      "DELETE /v1/containers/web": () => ({ status: 204 }),
    });
    expect((await runWith(["ctr", "start", "web"], a.fetch)).stdout).toContain("Started web: running.");
    expect((await runWith(["ctr", "stop", "web"], a.fetch)).stdout).toContain("Stopped web: stopped.");
    expect((await runWith(["ctr", "restart", "web"], a.fetch)).code).toBe(0);
    expect((await runWith(["ctr", "rm", "web"], a.fetch)).stdout).toContain("Removed container web.");
  });

  it("prints logs with --tail", async () => {
    const a = fakeApi({
      "GET /v1/containers/web/logs": () => ({
        body: { lines: [{ stream: "stdout", line: "GET /", at: "2025-06-01T11:59:00.000Z" }] },
      }),
    });
    const r = await runWith(["ctr", "logs", "web", "--tail", "5"], a.fetch);
    expect(a.requests[0]?.query.get("tail")).toBe("5");
    expect(r.stdout).toBe("GET /\n");
    expect((await runWith(["ctr", "logs", "web", "--tail", "0"], a.fetch)).code).toBe(2);
  });

  it("follows logs over the WebSocket, one JSON line each with --json", async () => {
    let url = "";
    sockets.open = (u, _t, h) => {
      url = u;
      setTimeout(() => {
        h.message(Buffer.from('{"op":"ready"}'), false);
        h.message(Buffer.from('{"stream":"stderr","line":"warn","at":"2025-06-01T12:00:00.000Z"}'), false);
        h.close(1000, "end of logs");
      }, 0);
      return { send: () => undefined, close: () => undefined };
    };
    const r = await runWith(["ctr", "logs", "web", "--follow", "--json"], fakeApi({}).fetch);
    expect(r.code).toBe(0);
    expect(url).toBe("ws://localhost:7300/v1/containers/web/logs/ws");
    expect(r.stdout).toBe('{"stream":"stderr","line":"warn","at":"2025-06-01T12:00:00.000Z"}\n');
  });

  it("shows stats", async () => {
    const a = fakeApi({
      "GET /v1/containers/web/stats": () => ({
        body: {
          at: "2025-06-01T12:00:00.000Z",
          cpu_percent: 1.25,
          memory_used_mb: 12.5,
          memory_limit_mb: 64,
          net_rx_bytes: 2048,
          net_tx_bytes: 0,
          block_read_bytes: 0,
          block_write_bytes: 0,
        },
      }),
    });
    const r = await runWith(["ctr", "stats", "web"], a.fetch);
    expect(r.stdout).toContain("Network    rx 2.0 KiB, tx 0 B");
  });
});

describe("attachTerminal", () => {
  it("forwards stdin as binary frames, writes output, sends resize, and detaches on Ctrl-]", async () => {
    const io = createTestIo({ env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
    const ctx = createContext(new Command(), io);
    const stdin = Object.assign(new PassThrough(), { isTTY: true, rawModes: [] as boolean[] });
    const raw = (mode: boolean) => stdin.rawModes.push(mode);
    const written: string[] = [];
    const stdout = Object.assign(new EventEmitter(), {
      columns: 120,
      rows: 40,
      write: (d: Buffer | string) => written.push(String(d)),
    });
    const sent: (string | Uint8Array)[] = [];
    let closed = false;
    sockets.open = (url, _t, h) => {
      expect(url).toBe("ws://localhost:7300/v1/containers/web/shell/ws");
      setTimeout(() => {
        h.open?.();
        h.message(Buffer.from("$ "), true);
        stdin.write(Buffer.from("ls\r"));
        setTimeout(() => stdin.write(Buffer.from([0x61, 0x1d])), 5);
      }, 0);
      return {
        send: (d) => sent.push(d),
        close: () => {
          closed = true;
        },
      };
    };
    await attachTerminal(
      ctx,
      "/v1/containers/web/shell/ws",
      { resize: true, what: "web" },
      {
        stdin: Object.assign(stdin, { setRawMode: raw }),
        stdout: stdout as never,
        stderr: { write: () => true },
      },
    );
    expect(stdin.rawModes).toEqual([true, false]);
    expect(sent[0]).toBe('{"op":"resize","cols":120,"rows":40}');
    expect(sent.slice(1).map((d) => Buffer.from(d).toString())).toEqual(["ls\r", "a"]);
    expect(written).toEqual(["$ "]);
    expect(closed).toBe(true);
  });
});
