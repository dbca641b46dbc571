import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import websocket from "@fastify/websocket";
import type { HostConnection } from "@shipyard/core";
import Fastify from "fastify";
import { version as shipyardVersion } from "../config.ts";
import { registerAgentApi } from "./agent-api.ts";
import { toWireCapacity, toWireMetrics } from "./host-wire.ts";
import { openLocalHost } from "./local-host.ts";

export interface AgentOptions {
  /** The server's base URL, e.g. http://10.0.0.5:7300. */
  server: string;
  /** A join token; needed until the agent has registered once (then its saved credential is used). */
  token?: string | undefined;
  /** Host name shown in the console; default the machine's hostname. */
  name?: string | undefined;
  /** Where the agent listens for the server. */
  listenHost?: string | undefined;
  listenPort?: number | undefined;
  /** The URL the server calls the agent at; default http://<listen host>:<port>. */
  advertise?: string | undefined;
  /** Agent state (credential, VM folders). */
  dataDir: string;
  dockerHost?: string | undefined;
  containerNetwork?: string | undefined;
  vmDriver?: "auto" | "qemu" | "firecracker" | undefined;
  labels?: Record<string, string> | undefined;
  /** What this host offers to workloads, when less than the machine has (e.g. to keep room for other things). */
  capacity?: { vcpus?: number | undefined; memoryMb?: number | undefined } | undefined;
  log?: (line: string) => void;
}

export interface RunningAgent {
  hostId: string;
  url: string;
  close(): Promise<void>;
}

interface SavedIdentity {
  server: string;
  hostId: string;
  secret: string;
}

const definedOnly = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Reads agent.json; undefined when the agent never registered (or registered with another server). */
async function loadIdentity(file: string, server: string): Promise<SavedIdentity | undefined> {
  try {
    const saved = JSON.parse(await readFile(file, "utf8")) as SavedIdentity;
    return saved.server === server ? saved : undefined;
  } catch {
    return undefined;
  }
}

async function saveIdentity(file: string, identity: SavedIdentity) {
  const tmp = `${file}.tmp`;
  await writeFile(tmp, JSON.stringify(identity, null, 2), { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, file);
}

/**
 * `shipyard agent`: runs this machine's drivers, serves them to the server (agent-api.ts), registers
 * with a join token (then with its saved credential, so a restart is the same host), and heartbeats
 * with live metrics. VMs and containers keep running across agent restarts and are re-adopted.
 */
export async function startAgent(options: AgentOptions): Promise<RunningAgent> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const server = options.server.replace(/\/+$/, "");
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const identityFile = join(dataDir, "agent.json");
  let identity = await loadIdentity(identityFile, server);
  if (!identity && !options.token) {
    throw new Error(
      `This agent has not registered with ${server} yet: pass a join token (--token or SHIPYARD_AGENT_TOKEN; an admin creates one with \`shipyard host token create\`).`,
    );
  }

  const host = await openLocalHost({
    dataDir,
    dockerHost: options.dockerHost,
    containerNetwork: options.containerNetwork,
    vmDriver: options.vmDriver,
  });
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
  await app.register(websocket);
  registerAgentApi(app, { connection: host.connection, secret: () => identity?.secret });
  app.get("/healthz", async () => ({ status: "ok" }));
  const listenHost = options.listenHost ?? "127.0.0.1";
  await app.listen({ host: listenHost, port: options.listenPort ?? 7301 });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : (options.listenPort ?? 7301);
  const url = options.advertise ?? `http://${listenHost === "0.0.0.0" ? hostname() : listenHost}:${port}`;

  const post = async (path: string, body: unknown, bearer: string) => {
    const res = await fetch(`${server}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (!res.ok) {
      const err = new Error(`${res.status} ${String(json.message ?? json.title ?? "")} ${String(json.suggestion ?? "")}`.trim());
      (err as Error & { status: number }).status = res.status;
      throw err;
    }
    return json;
  };

  let heartbeatSeconds = 5;
  const register = async () => {
    const body = {
      name:
        options.name ??
        hostname()
          .toLowerCase()
          .replace(/[^a-z0-9.-]/g, "-")
          .slice(0, 63),
      address: url,
      capacity: toWireCapacity({ ...(await host.capacity()), ...definedOnly(options.capacity ?? {}) }),
      runtimes: await host.runtimes(),
      labels: options.labels,
      agent_version: shipyardVersion,
      ...(identity ? { host_id: identity.hostId } : {}),
    };
    const res = await post("/v1/agents/register", body, identity?.secret ?? (options.token as string));
    identity = { server, hostId: String(res.host_id), secret: String(res.secret) };
    heartbeatSeconds = Number(res.heartbeat_seconds) || heartbeatSeconds;
    await saveIdentity(identityFile, identity);
    return identity;
  };

  try {
    await register();
  } catch (e) {
    await app.close();
    await host.close();
    throw new Error(`Registering with ${server} failed: ${(e as Error).message}`);
  }
  log(`agent: registered as host ${identity?.hostId} at ${url}; heartbeat every ${heartbeatSeconds}s`);

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastRuntimes = JSON.stringify(await host.runtimes());
  const beat = async () => {
    if (stopped || !identity) return;
    try {
      const runtimes = await host.runtimes();
      const changed = JSON.stringify(runtimes) !== lastRuntimes;
      await post(
        `/v1/agents/${encodeURIComponent(identity.hostId)}/heartbeat`,
        { metrics: toWireMetrics(await host.metrics()), ...(changed ? { runtimes } : {}) },
        identity.secret,
      );
      if (changed) lastRuntimes = JSON.stringify(runtimes);
    } catch (e) {
      const status = (e as { status?: number }).status;
      if ((status === 401 || status === 404) && options.token) {
        // the server forgot this host (an admin deleted it): join again as a new host
        identity = undefined;
        await register().catch((r) => log(`agent: registering again failed: ${(r as Error).message}`));
      } else log(`agent: heartbeat failed: ${(e as Error).message}`);
    }
    if (!stopped) timer = setTimeout(() => void beat(), heartbeatSeconds * 1000);
  };
  await beat();

  return {
    hostId: identity?.hostId as string,
    url,
    async close() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await app.close();
      await host.close();
    },
  };
}

/**
 * The agent API for this process's drivers on a loopback port, with a fresh credential: how the
 * other processes of a cluster-mode server reach the machine's VMs, containers and functions.
 */
export async function serveAgentApi(
  connection: HostConnection,
): Promise<{ url: string; secret: string; close(): Promise<void> }> {
  const secret = randomBytes(32).toString("base64url");
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
  await app.register(websocket);
  registerAgentApi(app, { connection, secret: () => secret });
  // exclusive: in a cluster worker, not a handle shared through the primary with the API port
  await app.listen({ host: "127.0.0.1", port: 0, exclusive: true });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, secret, close: () => app.close() };
}
