import cluster, { type Worker } from "node:cluster";
import { DomainError } from "@shipyard/core";
import type { RunningServer } from "./bootstrap.ts";
import type { ServerConfig } from "./config.ts";
import { AesGcmSecretBox } from "./security.ts";

type Start = (
  config: ServerConfig,
  options: { validateResponses?: boolean; print?: (line: string) => void },
) => Promise<RunningServer>;

const ROLE = "SHIPYARD_CLUSTER_ROLE";

/**
 * Several server processes on one port (node:cluster), for when one Node process is the limit
 * (`SHIPYARD_HTTP_PROCESSES`, PostgreSQL only). The first worker is the main one: it migrates,
 * creates the first admin, runs the job workers and the local agent, and serves the agent API on a
 * loopback port so the others reach this machine's workloads. The rest answer API requests only;
 * all of them share the event bus through PostgreSQL. The primary process only forks, restarts a
 * worker that dies, and stops them all.
 */
export async function startCluster(
  config: ServerConfig,
  options: { validateResponses?: boolean; print?: (line: string) => void },
  start: Start,
): Promise<RunningServer> {
  if (cluster.isWorker) {
    const main = process.env[ROLE] === "main";
    const print = (line: string) => process.send?.({ shipyardPrint: line });
    const server = await start(
      { ...config, workers: config.workers && main, localAgent: config.localAgent && main, clusterMain: main },
      { ...options, print: main ? print : () => undefined },
    );
    // the API port (a worker may listen on others too: the main one serves the agent API)
    process.send?.({ shipyardListening: server.port });
    return server;
  }
  if (config.database.kind !== "postgresql") {
    throw new DomainError("invalid_input", "SHIPYARD_HTTP_PROCESSES above 1 needs PostgreSQL (DATABASE_URL).", {
      suggestion: "The embedded database lives in one process; set DATABASE_URL, or leave SHIPYARD_HTTP_PROCESSES at 1.",
    });
  }
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  // made before any worker starts, so they cannot race to create different keys
  if (!config.secretKey) AesGcmSecretBox.fromConfig(undefined, config.dataDir);
  // workers' own stdout carries the CLI's lines for a single server: quiet, errors still show
  cluster.setupPrimary({ stdio: ["ignore", "ignore", "inherit", "ipc"] });

  let stopping = false;
  const workers = new Set<Worker>();
  const fork = (role: "main" | "api") =>
    new Promise<{ worker: Worker; port: number }>((resolve, reject) => {
      const worker = cluster.fork({ [ROLE]: role });
      workers.add(worker);
      let ready = false;
      worker.on("message", (m: { shipyardPrint?: string; shipyardListening?: number }) => {
        if (typeof m?.shipyardPrint === "string") print(m.shipyardPrint);
        if (typeof m?.shipyardListening === "number") {
          ready = true;
          resolve({ worker, port: m.shipyardListening });
        }
      });
      worker.once("exit", (code) => {
        workers.delete(worker);
        if (stopping) return;
        if (!ready) return reject(new Error(`a ${role} server process exited with ${code} while starting`));
        // one that dies later is replaced: the others keep serving meanwhile
        setTimeout(() => void fork(role).catch(() => undefined), 500).unref();
      });
    });

  try {
    // the main process first: it migrates and bootstraps before the others open the database
    const { port } = await fork("main");
    await Promise.all(Array.from({ length: config.httpProcesses - 1 }, () => fork("api")));
    const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
    let closed: Promise<void> | undefined;
    return {
      url: `http://${host}:${port}`,
      port,
      bootstrap: undefined,
      close: () => {
        closed ??= stopAll();
        return closed;
      },
    };
  } catch (e) {
    await stopAll();
    throw e;
  }

  async function stopAll() {
    stopping = true;
    await Promise.all(
      [...workers].map(
        (w) =>
          new Promise<void>((done) => {
            if (w.isDead()) return done();
            w.once("exit", () => done());
            w.process.kill("SIGTERM");
          }),
      ),
    );
  }
}
