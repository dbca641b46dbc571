import type { ApiClient } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { createApi } from "./api.ts";
import { type CliConfig, configPath, DEFAULT_SERVER, readConfig, sameServer } from "./config.ts";
import { notLoggedIn, usageError } from "./errors.ts";
import type { Io } from "./io.ts";
import { colorEnabled, createOutput, type Output } from "./output.ts";

/** Options every command accepts (declared on the root command). */
export const GlobalOptions = z.object({
  server: z.string().optional(),
  token: z.string().optional(),
  json: z.boolean().default(false),
  color: z.boolean().default(true),
});
export type GlobalOptions = z.infer<typeof GlobalOptions>;

export type TokenSource = "flag" | "env" | "config";

export interface Auth {
  server: string;
  token: string;
  source: TokenSource;
}

/** What a command needs: io, output, and the server/token resolved from flags, env and config file. */
export interface Context {
  io: Io;
  out: Output;
  globals: GlobalOptions;
  configPath: string;
  config(): Promise<CliConfig>;
  /** `--server`, else `SHIPYARD_URL`, else the config file, else http://localhost:7300. */
  server(): Promise<string>;
  /** The token for `server()`: `--token`, else `SHIPYARD_TOKEN`, else the config file's if it is for the same server. */
  auth(): Promise<Auth | undefined>;
  /** `auth()`, or a "not logged in" error (exit 3). */
  requireAuth(): Promise<Auth>;
  /** The typed API client, authenticated. */
  api(): Promise<ApiClient>;
}

export function parseServerUrl(value: string, source: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`${source} must be a URL like http://localhost:7300, not "${value}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw usageError(`${source} must be an http:// or https:// URL, not "${value}".`);
  }
  return url.href.replace(/\/+$/, "");
}

export function createContext(command: Command, io: Io): Context {
  const globals = GlobalOptions.parse(command.optsWithGlobals());
  const out = createOutput(io, { json: globals.json, color: colorEnabled(io.stdout, io.env, globals.color) });
  const path = configPath(io.env);
  let configMemo: Promise<CliConfig> | undefined;
  const config = () => {
    configMemo ??= readConfig(path);
    return configMemo;
  };
  const server = async () => {
    if (globals.server) return parseServerUrl(globals.server, "--server");
    if (io.env.SHIPYARD_URL) return parseServerUrl(io.env.SHIPYARD_URL, "SHIPYARD_URL");
    return (await config()).server ?? DEFAULT_SERVER;
  };
  const auth = async (): Promise<Auth | undefined> => {
    const s = await server();
    if (globals.token) return { server: s, token: globals.token, source: "flag" };
    if (io.env.SHIPYARD_TOKEN) return { server: s, token: io.env.SHIPYARD_TOKEN, source: "env" };
    const c = await config();
    if (c.token && c.server && sameServer(c.server, s)) return { server: s, token: c.token, source: "config" };
    return undefined;
  };
  const requireAuth = async () => {
    const a = await auth();
    if (!a) throw notLoggedIn(await server());
    return a;
  };
  return {
    io,
    out,
    globals,
    configPath: path,
    config,
    server,
    auth,
    requireAuth,
    async api() {
      const a = await requireAuth();
      return createApi({ server: a.server, token: a.token, fetch: io.fetch });
    },
  };
}
