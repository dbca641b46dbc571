import type { AgentOptions, RunningAgent } from "@shipyard/server";

/** The part of `@shipyard/server` the CLI drives. Method syntax keeps the config type the server's own. */
export interface ServerOverrides {
  port?: number;
  dataDir?: string;
  host?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ServerModule {
  loadConfig(env: Record<string, string | undefined>, overrides: ServerOverrides): unknown;
  /** `print` receives lines meant for the operator, e.g. a generated first-admin password. */
  startServer(config: unknown, options?: { print?: (line: string) => void }): Promise<RunningServer>;
  migrate(config: unknown): Promise<{ applied: number }>;
  startAgent(options: AgentOptions): Promise<RunningAgent>;
}

/** Imported lazily: most commands only talk HTTP and should not pay for loading the server. */
export async function loadServerModule(): Promise<ServerModule> {
  const mod: ServerModule = await import("@shipyard/server");
  return mod;
}
