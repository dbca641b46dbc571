import type { ApiTokenCreated, Me } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { createApi } from "../api.ts";
import { writeConfig } from "../config.ts";
import { type Context, createContext } from "../context.ts";
import { CliError, ExitCode, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";

const SESSION_COOKIE = "shipyard_session";

const LoginOptions = z.object({
  email: z.string().trim().min(1, "must not be empty").optional(),
  passwordStdin: z.boolean().default(false),
});

/** `shipyard_session=…` from a response's set-cookie headers, ready to send back as a cookie header. */
export function sessionCookie(setCookies: readonly string[]): string | undefined {
  for (const header of setCookies) {
    const pair = header.split(";", 1)[0]?.trim() ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0 && pair.slice(0, eq) === SESSION_COOKIE && pair.length > eq + 1) return pair;
  }
  return undefined;
}

async function readPassword(ctx: Context, passwordStdin: boolean): Promise<string> {
  if (passwordStdin) {
    const text = (await ctx.io.readStdin()).replace(/\r?\n$/, "");
    if (!text) throw usageError("--password-stdin was given but standard input was empty.");
    return text;
  }
  if (ctx.io.env.SHIPYARD_PASSWORD) return ctx.io.env.SHIPYARD_PASSWORD;
  if (!ctx.io.interactive) {
    throw usageError(
      "No password: not at a terminal, and neither --password-stdin nor SHIPYARD_PASSWORD was given.",
      'Pipe it: `printf %s "$PW" | shipyard login --email you@example.com --password-stdin`.',
    );
  }
  const password = await ctx.io.prompt("Password: ", { hidden: true });
  if (!password) throw usageError("The password is empty.");
  return password;
}

async function readEmail(ctx: Context, given: string | undefined, passwordStdin: boolean): Promise<string> {
  if (given) return given;
  if (ctx.io.env.SHIPYARD_EMAIL) return ctx.io.env.SHIPYARD_EMAIL;
  if (!ctx.io.interactive || passwordStdin) {
    throw usageError("No email: pass --email (or set SHIPYARD_EMAIL).", "Example: `shipyard login --email ada@example.com`.");
  }
  const email = (await ctx.io.prompt("Email: ")).trim();
  if (!email) throw usageError("The email is empty.");
  return email;
}

const tokenName = (hostname: string) => `cli@${hostname || "unknown"}`.slice(0, 80);

async function loginWithPassword(ctx: Context, server: string, email: string, password: string) {
  let setCookies: string[] = [];
  const anonymous = createApi({
    server,
    fetch: ctx.io.fetch,
    onResponse: (res) => {
      setCookies = res.headers.getSetCookie();
    },
  });
  await anonymous("login", { body: { email, password } });
  const cookie = sessionCookie(setCookies);
  if (!cookie) {
    throw new CliError(
      "no_session",
      ExitCode.failure,
      `The server at ${server} accepted the login but set no ${SESSION_COOKIE} cookie.`,
      "Check that --server points at a Shipyard server (not a proxy that strips cookies).",
    );
  }
  const session = createApi({ server, fetch: ctx.io.fetch, headers: { cookie } });
  const created = await session("createToken", { body: { name: tokenName(ctx.io.hostname()) } });
  // The CLI keeps the token, not the session: end the session so it does not linger.
  await session("logout").catch(() => undefined);
  const me = await createApi({ server, token: created.token, fetch: ctx.io.fetch })("me");
  return { me, created };
}

function report(
  ctx: Context,
  server: string,
  me: Me,
  token: Pick<ApiTokenCreated, "id" | "name" | "prefix" | "expiresAt"> | null,
) {
  ctx.out.result({ server, configPath: ctx.configPath, user: me.user, token }, () => {
    const c = ctx.out.colors;
    ctx.out.success(`Logged in to ${c.bold(server)} as ${c.bold(me.user.email)} (${me.user.role}).`);
    ctx.out.line(c.dim(`${token ? `API token "${token.name}" (${token.prefix}…)` : "Token"} saved to ${ctx.configPath}.`));
  });
}

export function registerLogin(program: Command, io: Io): void {
  program
    .command("login")
    .description("Log in and store an API token for this server in the config file")
    .option("--email <email>", "account email (else SHIPYARD_EMAIL, else asked at the terminal)")
    .option("--password-stdin", "read the password from standard input (else SHIPYARD_PASSWORD, else asked)")
    .addHelpText(
      "after",
      `
Logs in with your email and password, creates a personal API token named cli@<hostname>,
and stores the server URL and the token in the config file (mode 0600). With --token,
stores a token you already have after checking it with the server.
${examples(
  "shipyard login --server http://localhost:7300",
  'printf %s "$PW" | shipyard login --email ada@example.com --password-stdin',
  "SHIPYARD_PASSWORD=… shipyard login --email ada@example.com --json",
  "shipyard login --server https://shipyard.example.com --token sy_…",
)}`,
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const options = parseOptions(LoginOptions, raw);
      const server = await ctx.server();
      if (ctx.globals.token) {
        const me = await createApi({ server, token: ctx.globals.token, fetch: io.fetch })("me");
        await writeConfig(ctx.configPath, { server, token: ctx.globals.token });
        report(ctx, server, me, null);
        return;
      }
      const email = await readEmail(ctx, options.email, options.passwordStdin);
      const password = await readPassword(ctx, options.passwordStdin);
      const { me, created } = await loginWithPassword(ctx, server, email, password);
      await writeConfig(ctx.configPath, { server, token: created.token });
      report(ctx, server, me, { id: created.id, name: created.name, prefix: created.prefix, expiresAt: created.expiresAt });
    });
}
