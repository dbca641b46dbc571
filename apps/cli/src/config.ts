import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { z } from "zod";
import { CliError, ExitCode } from "./errors.ts";

export const DEFAULT_SERVER = "http://localhost:7300";

/** The CLI's config file: which server to talk to and the API token for it. */
export const CliConfig = z.object({
  server: z.url({ protocol: /^https?$/, error: "server must be an http(s) URL" }).optional(),
  token: z.string().min(1).optional(),
});
export type CliConfig = z.infer<typeof CliConfig>;

/** `$SHIPYARD_CONFIG`, else `$XDG_CONFIG_HOME/shipyard/config.json`, else `~/.config/shipyard/config.json`. */
export function configPath(env: Record<string, string | undefined>): string {
  if (env.SHIPYARD_CONFIG) return env.SHIPYARD_CONFIG;
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "shipyard", "config.json");
}

const corrupt = (path: string, why: string) =>
  new CliError(
    "config_invalid",
    ExitCode.failure,
    `The config file ${path} is not valid: ${why}.`,
    `Fix it, or delete it and run \`shipyard login\` again (rm ${path}).`,
  );

/** Reads the config file; a missing file is an empty config, a corrupt one a clear error. */
export async function readConfig(path: string): Promise<CliConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new CliError(
      "config_unreadable",
      ExitCode.failure,
      `Cannot read the config file ${path}: ${(error as Error).message}.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw corrupt(path, "it is not JSON");
  }
  const parsed = CliConfig.safeParse(json);
  if (!parsed.success) {
    throw corrupt(
      path,
      parsed.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; "),
    );
  }
  return parsed.data;
}

/** Writes the config atomically, readable by its owner only (0600; the folder 0700). */
export async function writeConfig(path: string, config: CliConfig): Promise<void> {
  const data = CliConfig.parse(config);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
}

/** Same server, ignoring a trailing slash and the case of scheme and host. */
export function sameServer(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      return new URL(u).href.replace(/\/+$/, "");
    } catch {
      return u.replace(/\/+$/, "");
    }
  };
  return norm(a) === norm(b);
}
