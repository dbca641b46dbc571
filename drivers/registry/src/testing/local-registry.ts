import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's `docker-registry` package: Docker's distribution registry v2 (`apt-get install -y docker-registry`). */
export const REGISTRY_BINARY = "/usr/bin/docker-registry";

export interface LocalRegistryOptions {
  /** Token authentication (distribution's `auth.token`): the registry trusts JWTs signed by `rootCertBundle`. */
  token?: { realm: string; service: string; issuer: string; rootCertBundle: string } | undefined;
}

export interface LocalRegistry {
  /** `127.0.0.1:<port>`: what image references use as the registry. */
  host: string;
  /** `http://127.0.0.1:<port>` */
  url: string;
  pid: number;
  dir: string;
  /** Stops the process by its PID and waits for it to exit. Keeps the data folder. */
  stop(): Promise<void>;
  /** Stops the process (if running) and removes its data folder. */
  dispose(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts a private `docker-registry serve` on a free loopback port with its own config (filesystem
 * storage in a temp folder, no htpasswd) and waits until `/v2/` answers.
 */
export async function startLocalRegistry(options: LocalRegistryOptions = {}): Promise<LocalRegistry> {
  if (!existsSync(REGISTRY_BINARY)) {
    throw new Error(
      `${REGISTRY_BINARY} is missing: install it with \`apt-get install -y docker-registry\` (scripts/test.sh does).`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "shipyard-registry-"));
  const port = await freePort();
  const auth = options.token
    ? [
        "auth:",
        "  token:",
        `    realm: ${options.token.realm}`,
        `    service: ${options.token.service}`,
        `    issuer: ${options.token.issuer}`,
        `    rootcertbundle: ${options.token.rootCertBundle}`,
      ]
    : [];
  const config = [
    "version: 0.1",
    "log:",
    "  level: warn",
    "  accesslog:",
    "    disabled: true",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${join(dir, "data")}`,
    "  delete:",
    "    enabled: true",
    "http:",
    `  addr: 127.0.0.1:${port}`,
    "  secret: shipyard-test-secret",
    ...auth,
    "",
  ].join("\n");
  const configPath = join(dir, "config.yml");
  writeFileSync(configPath, config);
  const logPath = join(dir, "registry.log");
  const logFd = openSync(logPath, "a");
  const child: ChildProcess = spawn(REGISTRY_BINARY, ["serve", configPath], { stdio: ["ignore", logFd, logFd] });
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error("docker-registry did not start");
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exited) throw new Error(`docker-registry exited at start:\n${readFileSync(logPath, "utf8").slice(-2000)}`);
    const status = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200 || status === 401) break;
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      throw new Error(`docker-registry did not answer on ${url} within 10 s`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }

  const stop = async () => {
    if (exited) return;
    process.kill(pid, "SIGTERM");
    const timer = setTimeout(() => !exited && process.kill(pid, "SIGKILL"), 5000);
    await exit;
    clearTimeout(timer);
  };
  return {
    host: `127.0.0.1:${port}`,
    url,
    pid,
    dir,
    stop,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
