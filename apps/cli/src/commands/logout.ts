import { ApiError, type ApiToken } from "@shipyard/contract";
import type { Command } from "commander";
import { collect, createApi } from "../api.ts";
import { writeConfig } from "../config.ts";
import { createContext } from "../context.ts";
import type { Io } from "../io.ts";
import { examples } from "../options.ts";

/** The token record for `secret`: its prefix matches; among several, the one used last (by this very call). */
export function findTokenRecord(tokens: readonly ApiToken[], secret: string): ApiToken | undefined {
  return tokens
    .filter((t) => !t.revokedAt && t.prefix.length > 0 && secret.startsWith(t.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length || (b.lastUsedAt ?? "").localeCompare(a.lastUsedAt ?? ""))[0];
}

export function registerLogout(program: Command, io: Io): void {
  program
    .command("logout")
    .description("Revoke the stored API token on the server and remove it from the config file")
    .addHelpText("after", examples("shipyard logout", "shipyard logout --json"))
    .action(async (_raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const auth = await ctx.auth();
      if (!auth) {
        ctx.out.result({ server: await ctx.server(), revoked: null, removedFromConfig: false }, () =>
          ctx.out.line("Not logged in; nothing to do."),
        );
        return;
      }
      const api = createApi({ server: auth.server, token: auth.token, fetch: io.fetch });
      let revoked: ApiToken | null = null;
      let alreadyInvalid = false;
      try {
        const tokens = await collect((cursor) => api("listTokens", { query: { limit: 200, cursor } }), { all: true });
        const record = findTokenRecord(tokens.items, auth.token);
        if (record) revoked = await api("revokeToken", { params: { id: record.id } });
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
        alreadyInvalid = true;
      }
      const config = await ctx.config();
      const removedFromConfig = config.token === auth.token;
      if (removedFromConfig) await writeConfig(ctx.configPath, { ...config, token: undefined });

      ctx.out.result({ server: auth.server, revoked: revoked?.id ?? null, removedFromConfig }, () => {
        if (revoked) ctx.out.success(`Revoked API token "${revoked.name}" (${revoked.prefix}…) on ${auth.server}.`);
        else if (alreadyInvalid) ctx.out.line(`The token was no longer valid on ${auth.server} (expired or revoked).`);
        else ctx.out.line(`The server did not list this token; nothing revoked on ${auth.server}.`);
        if (removedFromConfig) ctx.out.success(`Removed it from ${ctx.configPath}.`);
        else
          ctx.out.note(
            `The token came from ${auth.source === "flag" ? "--token" : "SHIPYARD_TOKEN"}; the config file was not changed.`,
          );
      });
    });
}
