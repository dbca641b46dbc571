import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const consoleDir = join(repoRoot, "apps/console/out");
export const adminEmail = "admin@e2e.shipyard.test";
export const adminPassword = "e2e-admin-password-123";

export interface HarnessState {
  pid: number;
  dataDir: string;
  baseURL: string;
  logFile: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

export function ensureConsoleBuilt() {
  if (existsSync(join(consoleDir, "index.html"))) return;
  execFileSync("npm", ["run", "build", "-w", "@shipyard/console"], { cwd: repoRoot, stdio: "inherit" });
}

async function waitForReady(baseURL: string, child: ChildProcess, logFile: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`The Shipyard server exited with code ${exited} before it was ready:\n${readFileSync(logFile, "utf8")}`);
    }
    try {
      const res = await fetch(`${baseURL}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The Shipyard server was not ready after ${timeoutMs} ms:\n${readFileSync(logFile, "utf8")}`);
}

/** Starts `shipyard serve` on a free port with a fresh data folder and a first admin. */
export async function startServer(): Promise<HarnessState> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "shipyard-e2e-"));
  const logFile = join(dataDir, "server.log");
  const out = openSync(logFile, "a");
  const child = spawn(
    process.execPath,
    [join(repoRoot, "apps/cli/src/main.ts"), "serve", "--port", String(port), "--data-dir", join(dataDir, "data")],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        SHIPYARD_ADMIN_EMAIL: adminEmail,
        SHIPYARD_ADMIN_PASSWORD: adminPassword,
        SHIPYARD_CONSOLE_DIR: consoleDir,
        // every test logs in as the same admin from 127.0.0.1; the default 20 a minute would throttle the suite
        SHIPYARD_LOGIN_RATE_LIMIT: "1000",
      },
      stdio: ["ignore", out, out],
    },
  );
  closeSync(out);
  if (!child.pid) throw new Error("Could not start the Shipyard server");
  const baseURL = `http://127.0.0.1:${port}`;
  const state: HarnessState = { pid: child.pid, dataDir, baseURL, logFile };
  try {
    await waitForReady(baseURL, child, logFile, 90_000);
  } catch (e) {
    await stopServer(state);
    throw e;
  }
  child.unref();
  return state;
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the server by its PID (TERM, then KILL after 5 s) and removes its data folder. */
export async function stopServer(state: HarnessState) {
  if (alive(state.pid)) {
    process.kill(state.pid, "SIGTERM");
    const deadline = Date.now() + 5_000;
    while (alive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (alive(state.pid)) process.kill(state.pid, "SIGKILL");
  }
  rmSync(state.dataDir, { recursive: true, force: true });
}
