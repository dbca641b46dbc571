import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DockerEngineClient } from "../docker-engine-client.ts";

/** Debian's `docker.io` package (`apt-get install -y docker.io`; scripts/test.sh does). */
export const DOCKERD_BINARY = "/usr/sbin/dockerd";

/** The most open files a test may ask for on this kind of machine. */
const MAX_NOFILE = 20_000;

export interface LocalDockerdOptions {
  /** Registries the engine may reach over plain HTTP (`127.0.0.1:5000`). Loopback registries need it too on some engines. */
  insecureRegistries?: readonly string[] | undefined;
  /** How long to wait for `/_ping`. Default 20 s. */
  startTimeoutMs?: number | undefined;
}

export interface LocalDockerd {
  /** The engine's private socket. */
  socketPath: string;
  pid: number;
  /** Everything the engine writes: data root, exec root, socket, log. */
  dir: string;
  logPath: string;
  /** A client on the socket. */
  client: DockerEngineClient;
  /** The last `bytes` of the engine's log (for failure messages). */
  logTail(bytes?: number): string;
  /** Stops the engine by its PID (TERM, then KILL after 15 s) and waits for it to exit. Keeps the folder. */
  stop(): Promise<void>;
  /** Stops the engine (if running), unmounts what it left mounted and removes its folder. */
  dispose(): Promise<void>;
}

/**
 * Starts a private Docker engine for a test: its own socket, data root, exec root and containerd
 * namespace in a temp folder, no iptables, no bridge (so build `RUN` steps need `networkmode=none`),
 * open files capped at 20000. Installs nothing; waits until `/_ping` answers.
 */
export async function startDockerd(options: LocalDockerdOptions = {}): Promise<LocalDockerd> {
  if (!existsSync(DOCKERD_BINARY)) {
    throw new Error(`${DOCKERD_BINARY} is missing: install it with \`apt-get install -y docker.io\` (scripts/test.sh does).`);
  }
  const dir = mkdtempSync(join(tmpdir(), "shipyard-dockerd-"));
  const dataRoot = join(dir, "data");
  const execRoot = join(dir, "exec");
  mkdirSync(dataRoot);
  mkdirSync(execRoot);
  const socketPath = join(dir, "docker.sock");
  const pidfile = join(dir, "docker.pid");
  const logPath = join(dir, "dockerd.log");
  const configPath = join(dir, "daemon.json");
  const nofile = Math.min(MAX_NOFILE, hardNofileLimit() ?? MAX_NOFILE);
  // Our own config file, so /etc/docker/daemon.json (if any) does not apply.
  writeFileSync(configPath, JSON.stringify({ "default-ulimits": { nofile: { Name: "nofile", Hard: nofile, Soft: nofile } } }));
  // A containerd namespace of our own: when a system containerd runs, dockerd uses it instead of starting one.
  const namespace = `shipyard-${randomBytes(4).toString("hex")}`;
  const args = [
    "--config-file",
    configPath,
    "--data-root",
    dataRoot,
    "--exec-root",
    execRoot,
    "-H",
    `unix://${socketPath}`,
    "--pidfile",
    pidfile,
    "--iptables=false",
    "--ip-forward=false",
    "--ip-masq=false",
    "--bridge=none",
    "--userland-proxy=false",
    "--containerd-namespace",
    namespace,
    "--containerd-plugins-namespace",
    `${namespace}-plugins`,
    ...(options.insecureRegistries ?? []).flatMap((r) => ["--insecure-registry", r]),
  ];
  const logFd = openSync(logPath, "a");
  const child: ChildProcess = spawn(DOCKERD_BINARY, args, { stdio: ["ignore", logFd, logFd] });
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error("dockerd did not start");
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const logTail = (bytes = 3000) => {
    try {
      return readFileSync(logPath, "utf8").slice(-bytes);
    } catch {
      return "";
    }
  };

  const stop = async () => {
    if (exited) return;
    process.kill(pid, "SIGTERM");
    const timer = setTimeout(() => {
      if (!exited) process.kill(pid, "SIGKILL");
    }, 15_000);
    await exit;
    clearTimeout(timer);
    killManagedContainerd(execRoot);
  };

  const client = new DockerEngineClient({ socketPath });
  const deadline = Date.now() + (options.startTimeoutMs ?? 20_000);
  for (;;) {
    if (exited) {
      const tail = logTail();
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`dockerd exited at start:\n${tail}`);
    }
    const up = await client.system.ping(AbortSignal.timeout(1000)).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      const tail = logTail();
      await stop();
      cleanup(dir);
      throw new Error(`dockerd did not answer on ${socketPath} within ${options.startTimeoutMs ?? 20_000} ms:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    socketPath,
    pid,
    dir,
    logPath,
    client,
    logTail,
    stop,
    dispose: async () => {
      await stop();
      cleanup(dir);
    },
  };
}

/** The hard limit of open files of this process (what children inherit), from /proc. */
function hardNofileLimit(): number | undefined {
  try {
    const line = readFileSync("/proc/self/limits", "utf8")
      .split("\n")
      .find((l) => l.startsWith("Max open files"));
    const hard = line?.trim().split(/\s+/)[4];
    return hard && /^\d+$/.test(hard) ? Number(hard) : undefined;
  } catch {
    return undefined;
  }
}

/** dockerd stops the containerd it started; after a KILL that one may live on. */
function killManagedContainerd(execRoot: string): void {
  const pidfile = join(execRoot, "containerd", "containerd.pid");
  if (!existsSync(pidfile)) return;
  const pid = Number(readFileSync(pidfile, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 1) return;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmdline.includes(execRoot)) process.kill(pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** Unmounts whatever is still mounted under `dir` (overlay layers, the data root's own bind mount), deepest first, then removes it. */
function cleanup(dir: string): void {
  for (let attempt = 0; attempt < 3; attempt++) {
    const mounts = mountsUnder(dir);
    for (const mount of mounts) spawnSync("umount", ["-l", mount], { stdio: "ignore" });
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
      return;
    } catch {
      // Busy: unmount again and retry.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

function mountsUnder(dir: string): string[] {
  try {
    return readFileSync("/proc/self/mountinfo", "utf8")
      .split("\n")
      .map((l) => l.split(" ")[4])
      .filter((m): m is string => m !== undefined && (m === dir || m.startsWith(`${dir}/`)))
      .map((m) => m.replace(/\\040/g, " "))
      .sort((a, b) => b.length - a.length);
  } catch {
    return [];
  }
}
