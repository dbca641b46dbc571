import type { Command } from "commander";
import { createContext } from "../context.ts";
import type { Io } from "../io.ts";
import { examples } from "../options.ts";

export function registerWhoami(program: Command, io: Io): void {
  program
    .command("whoami")
    .description("Show the user the current token belongs to")
    .addHelpText("after", examples("shipyard whoami", "shipyard whoami --json | jq -r .user.role"))
    .action(async (_raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const auth = await ctx.requireAuth();
      const me = await (await ctx.api())("me");
      ctx.out.result({ server: auth.server, ...me }, () => {
        const c = ctx.out.colors;
        ctx.out.fields([
          ["Email", c.bold(me.user.email)],
          ["Name", me.user.name],
          ["Role", me.user.role],
          ["Organization", me.user.organizationId ?? "-"],
          ["Server", auth.server],
          [
            "Signed in with",
            `${me.authMethod} (${auth.source === "config" ? "config file" : auth.source === "env" ? "SHIPYARD_TOKEN" : "--token"})`,
          ],
          ["Permissions", me.permissions.join(", ") || "-"],
        ]);
      });
    });
}
