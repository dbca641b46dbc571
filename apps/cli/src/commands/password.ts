import type { PasswordChange } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { type Context, createContext } from "../context.ts";
import { usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import { MIN_PASSWORD } from "./user.ts";

const PasswordOptions = z.object({
  stdin: z.boolean().default(false),
});

const tooShort = () => usageError(`The new password must be at least ${MIN_PASSWORD} characters.`);

/** Two lines from standard input: the current password, then the new one. */
async function readFromStdin(ctx: Context): Promise<PasswordChange> {
  const lines = (await ctx.io.readStdin()).replace(/\r?\n$/, "").split(/\r?\n/);
  const [currentPassword = "", newPassword = ""] = lines;
  if (lines.length !== 2 || !currentPassword || !newPassword) {
    throw usageError(
      "--stdin expects two non-empty lines on standard input: the current password, then the new one.",
      `Example: \`printf '%s\\n%s\\n' "$OLD" "$NEW" | shipyard password --stdin\`.`,
    );
  }
  if (newPassword.length < MIN_PASSWORD) throw tooShort();
  return { currentPassword, newPassword };
}

/** Asks at the terminal, without echo; the new password twice. */
async function readFromTerminal(ctx: Context): Promise<PasswordChange> {
  if (!ctx.io.interactive) {
    throw usageError(
      "No passwords: not at a terminal, and --stdin was not given.",
      `Pipe them, current then new: \`printf '%s\\n%s\\n' "$OLD" "$NEW" | shipyard password --stdin\`.`,
    );
  }
  const currentPassword = await ctx.io.prompt("Current password: ", { hidden: true });
  if (!currentPassword) throw usageError("The current password is empty.");
  const newPassword = await ctx.io.prompt("New password: ", { hidden: true });
  if (newPassword.length < MIN_PASSWORD) throw tooShort();
  const repeated = await ctx.io.prompt("Repeat new password: ", { hidden: true });
  if (repeated !== newPassword) throw usageError("The new passwords do not match.", "Run the command again.");
  return { currentPassword, newPassword };
}

export function registerPassword(program: Command, io: Io): void {
  program
    .command("password")
    .alias("passwd")
    .description("Change your own password (the one you log in with)")
    .option("--stdin", "read two lines from standard input: the current password, then the new one")
    .addHelpText(
      "after",
      `
At a terminal, asks for your current password and the new one (twice); nothing is echoed.
The new password needs at least ${MIN_PASSWORD} characters. Your other console sessions end;
API tokens, including the one this CLI uses, keep working. Forgot it? An admin can reset it
with \`shipyard user update <you> --generate-password\`.
${examples("shipyard password", `printf '%s\\n%s\\n' "$OLD" "$NEW" | shipyard password --stdin --json`)}`,
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(PasswordOptions, raw);
      // not logged in: say so before asking for anything
      await ctx.requireAuth();
      const body = o.stdin ? await readFromStdin(ctx) : await readFromTerminal(ctx);
      const api = await ctx.api();
      await api("changePassword", { body });
      ctx.out.result({ changed: true }, () => {
        ctx.out.success("Password changed.");
        ctx.out.line(ctx.out.colors.dim("Your other console sessions have ended; API tokens keep working."));
      });
    });
}
