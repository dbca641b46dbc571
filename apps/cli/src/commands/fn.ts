import type { FunctionInvocation, FunctionUpdate, LiveEvent, ServerlessFunction } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { collect } from "../api.ts";
import { type Context, createContext } from "../context.ts";
import { CliError, ExitCode, usageError } from "../errors.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Colors, Column } from "../output.ts";
import { followSocket } from "../terminal.ts";

/** Commander collector for options given more than once (`--env A=1 --env B=2`). */
export const repeatable = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** `KEY=VALUE` flags → a record; the key must be a valid environment variable name. */
export const KeyValues = z
  .array(
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*=/, "must be KEY=VALUE with KEY letters, digits and _ (not starting with a digit)"),
  )
  .transform((pairs) => {
    const out: Record<string, string> = {};
    for (const pair of pairs) {
      const at = pair.indexOf("=");
      out[pair.slice(0, at)] = pair.slice(at + 1);
    }
    return out;
  });

const positiveNumber = (what: string) => z.coerce.number({ error: `must be ${what}` }).positive(`must be ${what}`);
const wholeNumber = (what: string) =>
  z.coerce
    .number({ error: `must be ${what}` })
    .int(`must be ${what}`)
    .positive(`must be ${what}`);

const FunctionFlags = z.object({
  runtime: z.enum(["node", "python", "go", "rust"], { error: "must be node, python, go or rust" }).optional(),
  handler: z
    .string()
    .regex(/^[A-Za-z0-9_][A-Za-z0-9_/-]*\.[A-Za-z_$][A-Za-z0-9_$]*$/, "must be <file>.<export>, e.g. index.handler")
    .optional(),
  codeFile: z.string().min(1).optional(),
  file: z.array(z.string().min(1)).default([]),
  timeout: positiveNumber("a number of seconds").optional(),
  memory: wholeNumber("a whole number of MB").optional(),
  env: KeyValues.optional(),
  secret: KeyValues.optional(),
});

const CreateFlags = FunctionFlags.extend({
  runtime: FunctionFlags.shape.runtime.unwrap(),
  handler: FunctionFlags.shape.handler.unwrap(),
  codeFile: z.string({ error: "is required" }).min(1),
});
const UpdateFlags = FunctionFlags.extend({ draft: z.boolean().default(false) });

/** The name a `--file` is stored under: the path as given when relative, else its base name. */
export function bundlePath(path: string): string {
  const p = path.replaceAll("\\", "/").replace(/^\.\//, "");
  if (p.startsWith("/") || p.startsWith("../")) return p.slice(p.lastIndexOf("/") + 1);
  return p;
}

async function readLocal(io: Io, path: string, flag: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw usageError(`${flag} ${path}: ${(error as Error).message}`);
  }
}

async function readFiles(io: Io, paths: string[]): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const p of paths) files[bundlePath(p)] = await readLocal(io, p, "--file");
  return files;
}

/** The fields that `fn create` and `fn update` share, from parsed flags (only those given). */
async function functionBody(io: Io, o: z.output<typeof FunctionFlags>): Promise<FunctionUpdate> {
  return {
    ...(o.runtime ? { runtime: o.runtime } : {}),
    ...(o.handler ? { handler: o.handler } : {}),
    ...(o.codeFile ? { code: await readLocal(io, o.codeFile, "--code-file") } : {}),
    ...(o.file.length ? { files: await readFiles(io, o.file) } : {}),
    ...(o.timeout !== undefined ? { timeout_seconds: o.timeout } : {}),
    ...(o.memory !== undefined ? { memory_mb: o.memory } : {}),
    ...(o.env ? { env_vars: o.env } : {}),
    ...(o.secret ? { secret_env_vars: o.secret } : {}),
  };
}

function functionOptions(cmd: Command, create: boolean): Command {
  return cmd
    .option(`--runtime <runtime>`, `node, python, go or rust${create ? "" : " (default: unchanged)"}`)
    .option("--handler <file.export>", "the entry point, e.g. index.handler")
    .option("--code-file <path>", "the main file (the one the handler names)")
    .option("--file <path>", "an extra file of the bundle (repeatable)", repeatable)
    .option("--timeout <seconds>", "time limit of one invocation (default 30)")
    .option("--memory <mb>", "memory limit in MB, 128-3072 (default 256)")
    .option("--env <KEY=VALUE>", "an environment variable (repeatable; replaces all of them)", repeatable)
    .option("--secret <KEY=VALUE>", "an encrypted environment variable (repeatable; replaces all of them)", repeatable);
}

export function functionColumns(now: Date): Column<ServerlessFunction>[] {
  return [
    { header: "ID", value: (f) => f.id },
    { header: "NAME", value: (f) => f.name },
    { header: "RUNTIME", value: (f) => f.runtime },
    { header: "HANDLER", value: (f) => f.handler },
    { header: "VERSION", value: (f) => `v${f.version}${f.draft_version ? ` (draft v${f.draft_version})` : ""}` },
    { header: "LAST INVOKED", value: (f) => (f.last_invoked_at ? formatRelative(f.last_invoked_at, now) : "never") },
  ];
}

const statusColor = (colors: Colors, s: string) =>
  s === "success" ? colors.green(s) : s === "error" || s === "timeout" ? colors.red(s) : s;

function showFunction(ctx: Context, f: ServerlessFunction): void {
  const env = Object.entries(f.env_vars).map(([k, v]) => `${k}=${v}`);
  ctx.out.fields([
    ["Function", ctx.out.colors.bold(f.name)],
    ["ID", f.id],
    ["Runtime", f.runtime],
    ["Handler", f.handler],
    ["Version", `v${f.version}${f.draft_version ? ` (draft v${f.draft_version} not deployed)` : ""}`],
    ["Timeout", `${f.timeout_seconds} s`],
    ["Memory", `${f.memory_mb} MB`],
    ["Concurrency", String(f.concurrency)],
    ["Files", Object.keys(f.files).join(", ") || "-"],
    ["Env", env.length ? env.join(" ") : "-"],
    ["Secrets", f.secret_env_names.length ? f.secret_env_names.join(", ") : "-"],
    ["Created", f.created_at],
    ["Updated", f.updated_at],
    ["Last invoked", f.last_invoked_at ?? "never"],
  ]);
}

const InvokeFlags = z.object({
  event: z.string().optional(),
  eventFile: z.string().optional(),
  fnVersion: wholeNumber("a whole version number").optional(),
});

function parseEvent(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw usageError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Prints an invocation; an error or timeout status is a failure (exit 1) carrying the function's error. */
export function reportInvocation(ctx: Context, inv: FunctionInvocation): void {
  ctx.out.result(inv, () => {
    const c = ctx.out.colors;
    ctx.out.note(
      `${inv.status} in ${Math.round(inv.duration_ms)} ms · v${inv.version}${inv.cold_start ? " · cold start" : ""} · ${inv.request_id}`,
    );
    for (const l of inv.logs) ctx.io.stderr.write(`${c.dim("│")} ${l}\n`);
    if (inv.response !== undefined)
      ctx.out.line(typeof inv.response === "string" ? inv.response : JSON.stringify(inv.response, null, 2));
  });
  if (inv.status !== "success") {
    throw new CliError(
      `invocation_${inv.status}`,
      ExitCode.failure,
      `The invocation ended with ${inv.status}${inv.error ? `: ${inv.error}` : "."}`,
      `Its logs: shipyard fn logs ${inv.function_id}`,
    );
  }
}

export function registerFn(program: Command, io: Io): void {
  const fn = program
    .command("fn")
    .description("Serverless functions: create, update, invoke and watch them")
    .addHelpText(
      "after",
      examples(
        "shipyard fn create hello --runtime node --handler index.handler --code-file index.js",
        'shipyard fn invoke hello --event \'{"name":"Ada"}\'',
        "shipyard fn logs hello --follow",
      ),
    );

  fn.command("list")
    .description("List functions")
    .option("-q, --query <text>", "only functions whose name contains this")
    .option("--runtime <runtime>", "only this runtime")
    .addHelpText("after", examples("shipyard fn list", "shipyard fn list --runtime python --json"))
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(
        z.object({
          query: z.string().optional(),
          runtime: z.enum(["node", "python", "go", "rust"], { error: "must be node, python, go or rust" }).optional(),
        }),
        raw,
      );
      const api = await ctx.api();
      const page = await collect(
        (cursor) =>
          api("listFunctions", {
            query: { limit: 200, ...(o.query ? { q: o.query } : {}), ...(o.runtime ? { runtime: o.runtime } : {}), cursor },
          }),
        { all: true },
      );
      ctx.out.result(page, () => ctx.out.table(functionColumns(io.now()), page.items, "No functions yet."));
    });

  fn.command("show")
    .description("Show one function (its deployed version)")
    .argument("<fn>", "function name or id")
    .addHelpText("after", examples("shipyard fn show hello", "shipyard fn show hello --json | jq -r .code"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const f = await (await ctx.api())("getFunction", { params: { id } });
      ctx.out.result(f, () => showFunction(ctx, f));
    });

  fn.command("runtimes")
    .description("Which runtimes this server can run")
    .addHelpText("after", examples("shipyard fn runtimes"))
    .action(async (_raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const r = await (await ctx.api())("functionRuntimes");
      const c = ctx.out.colors;
      ctx.out.result(r, () =>
        ctx.out.table(
          [
            { header: "RUNTIME", value: (x) => x.runtime },
            {
              header: "AVAILABLE",
              value: (x) => (x.available ? "yes" : "no"),
              color: (s) => (s === "yes" ? c.green(s) : c.red(s)),
            },
            { header: "VERSION", value: (x) => x.version ?? "-" },
            { header: "REASON", value: (x) => x.reason ?? "" },
          ],
          r.items,
        ),
      );
    });

  functionOptions(fn.command("create"), true)
    .description("Create a function (version 1, deployed)")
    .argument("<name>", "lowercase letters, digits and '-'")
    .addHelpText(
      "after",
      examples(
        "shipyard fn create hello --runtime node --handler index.handler --code-file index.js",
        "shipyard fn create etl --runtime python --handler main.handler --code-file main.py --file lib/util.py --env MODE=prod --secret DB_PASSWORD=s3cret --timeout 60 --memory 512",
      ),
    )
    .action(async (name: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(CreateFlags, raw);
      const body = await functionBody(io, o);
      const f = await (await ctx.api())("createFunction", {
        body: { ...body, name, runtime: o.runtime, handler: o.handler, code: body.code ?? "" },
      });
      ctx.out.result(f, () => ctx.out.success(`Created function ${f.name} (${f.id}), v${f.version} deployed.`));
    });

  functionOptions(fn.command("update"), false)
    .description("Save a new version: deployed, or kept as a draft with --draft")
    .argument("<fn>", "function name or id")
    .option("--draft", "save as a draft: invocations keep using the deployed version")
    .addHelpText(
      "after",
      examples(
        "shipyard fn update hello --code-file index.js",
        "shipyard fn update hello --code-file index.js --draft && shipyard fn invoke hello --fn-version 2",
        "shipyard fn update hello --timeout 120 --env MODE=debug",
      ),
    )
    .action(async (id: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(UpdateFlags, raw);
      const body = await functionBody(io, o);
      if (Object.keys(body).length === 0)
        throw usageError(
          "Nothing to update.",
          "Pass at least one of --code-file, --handler, --runtime, --file, --timeout, --memory, --env or --secret.",
        );
      const f = await (await ctx.api())("updateFunction", {
        params: { id },
        body: { ...body, ...(o.draft ? { draft: true } : {}) },
      });
      ctx.out.result(f, () =>
        ctx.out.success(
          o.draft && f.draft_version
            ? `Saved draft v${f.draft_version} of ${f.name}; v${f.version} stays deployed.`
            : `Deployed v${f.version} of ${f.name}.`,
        ),
      );
    });

  fn.command("invoke")
    .description("Run a function with an event and print its response (exit 1 on error or timeout)")
    .argument("<fn>", "function name or id")
    .option("--event <json>", "the event, as JSON (default {})")
    .option("--event-file <path>", "read the event from a JSON file")
    // not --version: the root command owns that flag wherever it appears
    .option("--fn-version <n>", "invoke this version of the function (e.g. a draft) instead of the deployed one")
    .addHelpText(
      "after",
      examples(
        "shipyard fn invoke hello",
        'shipyard fn invoke hello --event \'{"name":"Ada"}\'',
        "shipyard fn invoke hello --event-file event.json --fn-version 3 --json",
      ),
    )
    .action(async (id: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(InvokeFlags, raw);
      if (o.event !== undefined && o.eventFile !== undefined) throw usageError("Pass --event or --event-file, not both.");
      const event =
        o.event !== undefined
          ? parseEvent(o.event, "--event")
          : o.eventFile !== undefined
            ? parseEvent(await readLocal(io, o.eventFile, "--event-file"), `--event-file ${o.eventFile}`)
            : {};
      const inv = await (await ctx.api())("invokeFunction", {
        params: { id },
        body: { event, ...(o.fnVersion !== undefined ? { version: o.fnVersion } : {}) },
      });
      reportInvocation(ctx, inv);
    });

  fn.command("logs")
    .description("Recent invocations with their logs; --follow streams live log lines")
    .argument("<fn>", "function name or id")
    .option("-f, --follow", "stream log lines and invocation results as they happen (Ctrl-C to stop)")
    .option("--limit <n>", "how many recent invocations (1-200, default 20)")
    .option("--status <status>", "only success, error or timeout")
    .addHelpText(
      "after",
      examples(
        "shipyard fn logs hello",
        "shipyard fn logs hello --status error --limit 5",
        "shipyard fn logs hello --follow --json",
      ),
    )
    .action(async (id: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(
        z.object({
          follow: z.boolean().default(false),
          limit: z.coerce
            .number({ error: "must be 1-200" })
            .int("must be 1-200")
            .min(1, "must be 1-200")
            .max(200, "must be 1-200")
            .default(20),
          status: z.enum(["success", "error", "timeout"], { error: "must be success, error or timeout" }).optional(),
        }),
        raw,
      );
      const c = ctx.out.colors;
      if (o.follow) {
        ctx.out.note(`Following ${id}… (Ctrl-C to stop)`);
        await followSocket(ctx, `/v1/functions/${encodeURIComponent(id)}/logs/ws`, (m) => {
          const e = m as LiveEvent;
          ctx.out.event(e, () => {
            const d = e.data ?? {};
            if (e.type === "function.log") ctx.out.line(`${c.dim(`v${String(d.version)}`)} ${String(d.line)}`);
            else if (e.type === "function.invoked")
              ctx.out.line(
                c.dim(`── ${String(d.id)} `) +
                  statusColor(c, String(d.status)) +
                  c.dim(` ${Math.round(Number(d.duration_ms))} ms v${String(d.version)}`),
              );
          });
        });
        return;
      }
      const page = await (await ctx.api())("functionLogs", {
        params: { id },
        query: { limit: o.limit, ...(o.status ? { status: o.status } : {}) },
      });
      ctx.out.result(page, () => {
        if (page.items.length === 0) ctx.out.line(c.dim("No invocations yet."));
        for (const inv of [...page.items].reverse()) {
          ctx.out.line(
            `${c.dim(inv.invoked_at)} ${inv.id} ${statusColor(c, inv.status)} ${Math.round(inv.duration_ms)} ms v${inv.version}${inv.error ? ` ${c.red(inv.error)}` : ""}`,
          );
          for (const l of inv.logs) ctx.out.line(`  ${l}`);
        }
      });
    });

  fn.command("stats")
    .description("Invocations, success rate and latency over the last 24 hours")
    .argument("<fn>", "function name or id")
    .addHelpText("after", examples("shipyard fn stats hello", "shipyard fn stats hello --json"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const s = await (await ctx.api())("functionStats", { params: { id } });
      const ms = (v: number | null) => (v === null ? "-" : `${Math.round(v)} ms`);
      ctx.out.result(s, () =>
        ctx.out.fields([
          ["Invocations (24h)", String(s.invocations_24h)],
          ["Success rate", s.success_rate === null ? "-" : `${(s.success_rate * 100).toFixed(1)}%`],
          ["Errors", String(s.errors_24h)],
          ["Timeouts", String(s.timeouts_24h)],
          ["p50", ms(s.p50_ms)],
          ["p95", ms(s.p95_ms)],
          ["p99", ms(s.p99_ms)],
        ]),
      );
    });

  fn.command("rm")
    .description("Delete a function, its versions and invocation records")
    .argument("<fn>", "function name or id")
    .addHelpText("after", examples("shipyard fn rm hello"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("deleteFunction", { params: { id } });
      ctx.out.result({ deleted: id }, () => ctx.out.success(`Deleted function ${id}.`));
    });
}
