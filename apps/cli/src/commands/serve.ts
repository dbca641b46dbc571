import { resolve } from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { type Context, createContext } from "../context.ts";
import { CliError, ExitCode, serverFailure } from "../errors.ts";
import type { Io, Signal } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { ServerOverrides } from "../server-module.ts";

export const ServeOptions = z.object({
  port: z.coerce
    .number({ error: "must be a port number between 0 and 65535" })
    .int("must be a port number between 0 and 65535")
    .min(0, "must be a port number between 0 and 65535")
    .max(65535, "must be a port number between 0 and 65535")
    .optional(),
  dataDir: z.string().min(1, "must not be empty").optional(),
  host: z.string().min(1, "must not be empty").optional(),
});
export type ServeOptions = z.infer<typeof ServeOptions>;

/** Flags that were given, as `loadConfig` overrides (flags win over env). */
export function serverOverrides(options: ServeOptions, cwd: string): ServerOverrides {
  return {
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.dataDir !== undefined ? { dataDir: resolve(cwd, options.dataDir) } : {}),
    ...(options.host !== undefined ? { host: options.host } : {}),
  };
}

/** A failed start as a clear CLI error (exit 1), keeping the server's code and suggestion. */
export function startFailure(error: unknown, overrides: ServerOverrides): CliError {
  const inUse = (error as { code?: unknown } | null)?.code === "EADDRINUSE";
  return serverFailure(
    error,
    "Shipyard could not start",
    "start_failed",
    inUse ? `Another process is using port ${overrides.port ?? "7300"}: stop it, or pass --port.` : undefined,
  );
}

type Mode = "serve" | "up";

async function runInForeground(ctx: Context, mode: Mode, options: ServeOptions): Promise<void> {
  const { io, out } = ctx;
  let env = io.env;
  if (mode === "up" && env.DATABASE_URL) {
    out.warn(
      "DATABASE_URL is set, but `shipyard up` uses the embedded database in the data folder. Use `shipyard serve` for PostgreSQL.",
    );
    env = { ...env, DATABASE_URL: undefined };
  }
  const overrides = serverOverrides(options, process.cwd());

  let signalCount = 0;
  let requestStop: (signal: Signal) => void = () => undefined;
  let forceStop: (error: CliError) => void = () => undefined;
  const stopRequested = new Promise<Signal>((res) => {
    requestStop = res;
  });
  const forced = new Promise<never>((_, rej) => {
    forceStop = rej;
  });
  forced.catch(() => undefined);
  const off = io.onSignal(["SIGINT", "SIGTERM"], (signal) => {
    signalCount++;
    if (signalCount === 1) requestStop(signal);
    else
      forceStop(
        new CliError(
          "forced_stop",
          ExitCode.failure,
          `Received ${signal} again; stopped without waiting for the server to close.`,
        ),
      );
  });

  try {
    const mod = await io.loadServer();
    let server: Awaited<ReturnType<typeof mod.startServer>>;
    let config: unknown;
    try {
      config = mod.loadConfig(env, overrides);
      // In --json mode stdout carries JSON lines only; the server's notes for people go to stderr.
      server = await mod.startServer(config, out.json ? { print: (line) => io.stderr.write(`${line}\n`) } : {});
    } catch (error) {
      throw startFailure(error, overrides);
    }
    const dataDir = (config as { dataDir?: unknown } | null)?.dataDir;
    out.event({ event: "listening", url: server.url }, () => {
      out.line(`Shipyard listening on ${out.colors.bold(server.url)}`);
      if (mode === "up") {
        if (typeof dataDir === "string") out.line(out.colors.dim(`Data folder: ${dataDir}`));
        out.line(out.colors.dim("Open the URL in a browser for the console. Press Ctrl+C to stop."));
      }
    });
    const signal = await stopRequested;
    out.note(`Received ${signal}; shutting down…`);
    await Promise.race([server.close(), forced]);
    out.event({ event: "stopped", signal }, () => out.line("Shipyard stopped."));
  } finally {
    off();
  }
}

export function registerServe(program: Command, io: Io): void {
  const addServerOptions = (cmd: Command) =>
    cmd
      .option("-p, --port <port>", "port to listen on (env SHIPYARD_PORT, default 7300; 0 picks a free one)")
      .option("--data-dir <dir>", "data folder for the embedded database (env SHIPYARD_DATA_DIR, default ./.shipyard)")
      .option("--host <host>", "address to listen on (env SHIPYARD_HOST)");

  addServerOptions(program.command("serve"))
    .description("Run the Shipyard server in the foreground (DATABASE_URL selects PostgreSQL)")
    .addHelpText(
      "after",
      `
Stops cleanly on Ctrl+C (SIGINT) or SIGTERM. Configured by flags, then environment variables
(SHIPYARD_PORT, SHIPYARD_HOST, SHIPYARD_DATA_DIR, DATABASE_URL, SHIPYARD_ADMIN_EMAIL, …).
${examples("shipyard serve", "shipyard serve --port 8080 --data-dir /var/lib/shipyard", "DATABASE_URL=postgres://shipyard@db/shipyard shipyard serve --host 0.0.0.0")}`,
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await runInForeground(ctx, "serve", parseOptions(ServeOptions, raw));
    });

  addServerOptions(program.command("up"))
    .description("First run: start Shipyard with the embedded database, the console and a local agent")
    .addHelpText(
      "after",
      `
Everything in one process, nothing else to install: the database lives in the data folder.
On the very first run the server creates an admin account and prints its password once.
${examples("shipyard up", "shipyard up --port 8080 --data-dir ~/shipyard-data")}`,
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await runInForeground(ctx, "up", parseOptions(ServeOptions, raw));
    });
}
