import { randomBytes } from "node:crypto";
import { type ApiClient, type Organization, Role, type User } from "@shipyard/contract";
import { type Command, Option } from "commander";
import { z } from "zod";
import { collect } from "../api.ts";
import { type Context, createContext } from "../context.ts";
import { CliError, ExitCode, usageError } from "../errors.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Colors, Column } from "../output.ts";
import { findOrg, listOrgs, nameOption } from "./org.ts";

const email = z.string().trim().toLowerCase().email("must be an email address like ada@example.com").max(254);
const orgRef = z.string().trim().min(1, "must not be empty");

const ListOptions = z.object({
  role: Role.optional(),
  search: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").optional(),
  all: z.boolean().default(false),
});

const CreateOptions = z.object({
  email,
  name: nameOption,
  role: Role,
  org: orgRef.optional(),
  passwordStdin: z.boolean().default(false),
});

const UpdateOptions = z.object({
  name: nameOption.optional(),
  role: Role.optional(),
  // --org <org> gives a string, --no-org gives false
  org: z.union([orgRef, z.literal(false)]).optional(),
  disable: z.boolean().optional(),
  enable: z.boolean().optional(),
  passwordStdin: z.boolean().default(false),
  generatePassword: z.boolean().default(false),
});

/** The shortest password the server accepts. */
export const MIN_PASSWORD = 12;

/** A random password for a new user or a reset: 24 URL-safe characters (144 bits). */
export const generatePassword = () => randomBytes(18).toString("base64url");

/**
 * A user id as given, or the id of the user with this email (looked up through the list endpoint).
 * An email no user has is a not-found error (exit 5).
 */
export async function resolveUser(api: ApiClient, ref: string): Promise<{ id: string; email?: string }> {
  const wanted = ref.trim();
  if (!wanted.includes("@")) return { id: wanted };
  const address = wanted.toLowerCase();
  const page = await collect((cursor) => api("listUsers", { query: { limit: 200, q: address, cursor } }), { all: true });
  const user = page.items.find((u) => u.email.toLowerCase() === address);
  if (user) return user;
  throw new CliError(
    "not_found",
    ExitCode.notFound,
    `No user with email "${ref}".`,
    `Check the address; \`shipyard user list --search ${address.split("@")[0] || address}\` lists similar users.`,
  );
}

const orgLabel = (id: string | null, orgs: readonly Organization[]) =>
  id === null ? "-" : (orgs.find((o) => o.id === id)?.slug ?? id);

export const userStatus = (u: User) => (u.disabled ? "disabled" : "active");

export function userColumns(now: Date, orgs: readonly Organization[], colors: Colors): Column<User>[] {
  return [
    { header: "ID", value: (u) => u.id },
    { header: "EMAIL", value: (u) => u.email },
    { header: "NAME", value: (u) => u.name },
    { header: "ROLE", value: (u) => u.role },
    { header: "ORGANISATION", value: (u) => orgLabel(u.organizationId, orgs) },
    { header: "CREATED", value: (u) => formatRelative(u.createdAt, now) },
    { header: "STATUS", value: userStatus, color: (s) => (s === "active" ? colors.green(s) : colors.dim(s)) },
  ];
}

function printUser(ctx: Context, u: User, orgs: readonly Organization[]) {
  ctx.out.fields([
    ["Email", ctx.out.colors.bold(u.email)],
    ["Name", u.name],
    ["ID", u.id],
    ["Role", u.role],
    ["Organisation", orgLabel(u.organizationId, orgs)],
    ["Status", userStatus(u)],
    ["Created", formatRelative(u.createdAt, ctx.io.now())],
  ]);
}

async function readNewPassword(ctx: Context): Promise<string> {
  const text = (await ctx.io.readStdin()).replace(/\r?\n$/, "");
  if (!text) throw usageError("--password-stdin was given but standard input was empty.");
  if (text.length < MIN_PASSWORD)
    throw usageError(`The password from standard input must be at least ${MIN_PASSWORD} characters.`);
  return text;
}

const roleOption = (description: string) => new Option("--role <role>", description).choices(Role.options);

export function registerUser(program: Command, io: Io): void {
  const user = program
    .command("user")
    .description("User accounts: staff (admin, operator) and clients of an organisation (admin)")
    .addHelpText(
      "after",
      examples(
        "shipyard user list --role client",
        "shipyard user create --email carol@acme.test --name Carol --role client --org acme",
        "shipyard user update carol@acme.test --disable",
        "shipyard user update carol@acme.test --generate-password",
      ),
    );

  user
    .command("list")
    .description("List users (clients see their own organisation's)")
    .addOption(roleOption("only users with this role"))
    .option("--search <text>", "only users whose email or name contains this")
    .option("--all", "follow every page (default: the first 200 users)")
    .addHelpText(
      "after",
      examples("shipyard user list", "shipyard user list --role client --search acme", "shipyard user list --all --json"),
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(ListOptions, raw);
      const api = await ctx.api();
      const page = await collect(
        (cursor) =>
          api("listUsers", {
            query: { limit: 200, sort: "email", order: "asc", role: o.role, q: o.search, cursor },
          }),
        { all: o.all },
      );
      // the table names each user's organisation by its slug
      const orgs = !ctx.out.json && page.items.some((u) => u.organizationId) ? await listOrgs(api) : [];
      ctx.out.result(page, () => {
        ctx.out.table(userColumns(io.now(), orgs, ctx.out.colors), page.items, "No users match.");
        if (page.nextCursor) ctx.out.note(`Showing ${page.items.length} of ${page.total}. Add --all for every user.`);
      });
    });

  user
    .command("create")
    .description("Create a user; without --password-stdin a password is generated and printed once")
    .requiredOption("--email <email>", "login email")
    .requiredOption("--name <name>", "display name")
    .addOption(roleOption("the user's role").makeOptionMandatory())
    .option("--org <org>", "organisation id or slug (required for clients)")
    .option("--password-stdin", `read the password (at least ${MIN_PASSWORD} characters) from standard input`)
    .addHelpText(
      "after",
      `
Without --password-stdin, a random password is generated and printed once (in --json output as
"password"); pass it on securely.
${examples(
  "shipyard user create --email carol@acme.test --name Carol --role client --org acme",
  'printf %s "$PW" | shipyard user create --email op@example.com --name Ops --role operator --password-stdin',
  "shipyard user create --email dan@acme.test --name Dan --role client --org acme --json | jq -r .password",
)}`,
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(CreateOptions, raw);
      if (o.role === "client" && !o.org) {
        throw usageError(
          "A client user must belong to an organisation: pass --org.",
          "List organisations with `shipyard org list`.",
        );
      }
      const password = o.passwordStdin ? await readNewPassword(ctx) : undefined;
      const api = await ctx.api();
      const orgs = o.org ? await listOrgs(api) : [];
      const org = o.org ? findOrg(orgs, o.org) : undefined;
      const generated = password === undefined ? generatePassword() : undefined;
      const created = await api("createUser", {
        body: {
          email: o.email,
          name: o.name,
          role: o.role,
          ...(org ? { organizationId: org.id } : {}),
          password: password ?? (generated as string),
        },
      });
      ctx.out.result(generated ? { ...created, password: generated } : created, () => {
        const c = ctx.out.colors;
        ctx.out.success(`Created ${created.role} ${created.email} (${created.id})${org ? ` in ${org.slug}` : ""}.`);
        if (generated) {
          ctx.out.line(`${c.bold("Password:")} ${generated}`);
          ctx.out.line(c.dim("Shown once; pass it on securely."));
        }
      });
    });

  user
    .command("update")
    .description("Change a user's name, role or organisation, reset their password, or disable / enable them")
    .argument("<user>", "user id or email")
    .option("--name <name>", "new display name")
    .addOption(roleOption("new role"))
    .option("--org <org>", "move into this organisation (id or slug)")
    .option("--no-org", "take out of their organisation (not for clients)")
    .option("--disable", "disable: they can neither log in nor use their tokens")
    .option("--enable", "enable a disabled user again")
    .option("--password-stdin", `reset the password: read the new one (at least ${MIN_PASSWORD} characters) from standard input`)
    .option("--generate-password", "reset the password to a generated one, printed once")
    .addHelpText(
      "after",
      `
A password reset (--password-stdin or --generate-password) ends the user's console sessions;
their API tokens keep working (\`--disable\` stops those too). A generated password is printed
once (in --json output as "password"); pass it on securely.
${examples(
  "shipyard user update carol@acme.test --role operator --no-org",
  "shipyard user update carol@acme.test --org globex",
  "shipyard user update usr_123 --disable --json",
  "shipyard user update carol@acme.test --generate-password",
  'printf %s "$PW" | shipyard user update carol@acme.test --password-stdin',
)}`,
    )
    .action(async (ref: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(UpdateOptions, raw);
      if (o.disable && o.enable) throw usageError("--disable and --enable cannot be used together.");
      if (o.passwordStdin && o.generatePassword) {
        throw usageError("--password-stdin and --generate-password cannot be used together.");
      }
      const resetsPassword = o.passwordStdin || o.generatePassword;
      if (o.name === undefined && o.role === undefined && o.org === undefined && !o.disable && !o.enable && !resetsPassword) {
        throw usageError(
          "Nothing to change.",
          "Pass at least one of --name, --role, --org, --no-org, --disable, --enable, --password-stdin or --generate-password (see --help).",
        );
      }
      const password = o.passwordStdin ? await readNewPassword(ctx) : undefined;
      const generated = o.generatePassword ? generatePassword() : undefined;
      const api = await ctx.api();
      const orgs = await listOrgs(api);
      const org = typeof o.org === "string" ? findOrg(orgs, o.org) : undefined;
      const { id } = await resolveUser(api, ref);
      const updated = await api("updateUser", {
        params: { id },
        body: {
          ...(o.name !== undefined ? { name: o.name } : {}),
          ...(o.role ? { role: o.role } : {}),
          ...(o.org === false ? { organizationId: null } : org ? { organizationId: org.id } : {}),
          ...(o.disable ? { disabled: true } : o.enable ? { disabled: false } : {}),
          ...(resetsPassword ? { password: password ?? (generated as string) } : {}),
        },
      });
      ctx.out.result(generated ? { ...updated, password: generated } : updated, () => {
        const c = ctx.out.colors;
        ctx.out.success(`Updated ${updated.email} (${updated.id})${resetsPassword ? "; password reset" : ""}.`);
        printUser(ctx, updated, orgs);
        if (generated) {
          ctx.out.line(`${c.bold("Password:")} ${generated}`);
          ctx.out.line(c.dim("Shown once; pass it on securely."));
        }
        if (resetsPassword) ctx.out.note("Their console sessions have ended; their API tokens keep working.");
      });
    });
}
