import type { Container } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { type Context, createContext } from "../context.ts";
import { formatBytes, formatDuration } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Colors, Column } from "../output.ts";
import { attachTerminal, followSocket } from "../terminal.ts";
import { KeyValues, repeatable } from "./fn.ts";

export interface PortMapping {
  host?: number;
  container: number;
  protocol: "tcp" | "udp";
}

const PORT = /^(?:(\d{1,5}):)?(\d{1,5})(?:\/(tcp|udp))?$/;
const validPort = (n: number) => n >= 1 && n <= 65535;

/** `--port host:container[/udp]` (or just `container`): the host side may be left to the engine. */
export const PortFlag = z
  .string()
  .refine((s) => {
    const m = PORT.exec(s);
    return Boolean(m && validPort(Number(m[2])) && (m[1] === undefined || validPort(Number(m[1]))));
  }, "must be host:container[/tcp|/udp] with ports 1-65535, e.g. 8080:80 or 53:53/udp")
  .transform((s): PortMapping => {
    const m = PORT.exec(s) as RegExpExecArray;
    return {
      ...(m[1] !== undefined ? { host: Number(m[1]) } : {}),
      container: Number(m[2]),
      protocol: m[3] === "udp" ? "udp" : "tcp",
    };
  });

export interface VolumeMount {
  host: string;
  container: string;
  read_only: boolean;
}

const VOLUME = /^([^:]+):(\/[^:]*)(?::(ro|rw))?$/;

/** `--volume host:container[:ro]`: a host path or named volume, mounted at an absolute path. */
export const VolumeFlag = z
  .string()
  .regex(VOLUME, "must be host:/container/path[:ro], e.g. ./data:/data or pgdata:/var/lib/postgresql/data:ro")
  .transform((s): VolumeMount => {
    const m = VOLUME.exec(s) as RegExpExecArray;
    return { host: m[1] as string, container: m[2] as string, read_only: m[3] === "ro" };
  });

export const DeployFlags = z.object({
  image: z.string({ error: "is required" }).min(1, "must not be empty"),
  cmd: z.string().min(1, "must not be empty").optional(),
  env: KeyValues.default({}),
  port: z.array(PortFlag).default([]),
  volume: z.array(VolumeFlag).default([]),
  memory: z.coerce
    .number({ error: "must be a whole number of MB (at least 6)" })
    .int("must be a whole number of MB (at least 6)")
    .min(6, "must be a whole number of MB (at least 6)")
    .optional(),
  cpus: z.coerce.number({ error: "must be a number of CPU cores" }).positive("must be a number of CPU cores").optional(),
  restart: z
    .string()
    .regex(/^(no|always|unless-stopped|on-failure(:\d{1,4})?)$/, "must be no, always, unless-stopped, on-failure or on-failure:N")
    .optional(),
  network: z.string().min(1).optional(),
});

const statusColor = (colors: Colors, s: string) =>
  s === "running" ? colors.green(s) : s === "error" ? colors.red(s) : s === "restarting" ? colors.yellow(s) : colors.dim(s);

export const formatPorts = (c: Pick<Container, "port_mappings">) =>
  c.port_mappings.map((p) => `${p.host ?? ""}${p.host ? ":" : ""}${p.container}${p.protocol === "udp" ? "/udp" : ""}`).join(", ");

export function containerColumns(colors: Colors): Column<Container>[] {
  return [
    { header: "ID", value: (c) => c.id },
    { header: "NAME", value: (c) => c.name },
    { header: "IMAGE", value: (c) => c.image },
    { header: "STATUS", value: (c) => c.status, color: (s) => statusColor(colors, s) },
    { header: "PORTS", value: (c) => formatPorts(c) || "-" },
    { header: "UPTIME", value: (c) => (c.uptime_seconds === null ? "-" : formatDuration(c.uptime_seconds)) },
  ];
}

function showContainer(ctx: Context, c: Container): void {
  const colors = ctx.out.colors;
  const env = Object.entries(c.env_vars).map(([k, v]) => `${k}=${v}`);
  ctx.out.fields([
    ["Container", colors.bold(c.name)],
    ["ID", c.id],
    ["Image", c.image],
    ["Status", `${statusColor(colors, c.status)}${c.health ? ` (${c.health})` : ""}`],
    ...(c.error ? ([["Error", colors.red(c.error)]] as const) : []),
    ...(c.exit_code !== null ? ([["Exit code", String(c.exit_code)]] as const) : []),
    ["Uptime", c.uptime_seconds === null ? "-" : formatDuration(c.uptime_seconds)],
    ["Command", c.command ? [...c.command, ...(c.args ?? [])].join(" ") : "(image default)"],
    ["Ports", formatPorts(c) || "-"],
    ["Volumes", c.volumes.map((v) => `${v.host}:${v.container}${v.read_only ? ":ro" : ""}`).join(", ") || "-"],
    ["Env", env.join(" ") || "-"],
    ["Memory limit", c.memory_limit_mb === null ? "-" : `${c.memory_limit_mb} MB`],
    ["Restart", c.restart_policy],
    ["Created", c.created_at],
    ["Started", c.started_at ?? "-"],
  ]);
  if (c.last_output.length) {
    ctx.out.line(colors.dim("Last output:"));
    for (const l of c.last_output) ctx.out.line(`  ${l}`);
  }
}

interface LogLine {
  stream: "stdout" | "stderr";
  line: string;
  at: string;
}

const printLogLine = (ctx: Context, l: LogLine) =>
  ctx.out.event(l, () => ctx.out.line(l.stream === "stderr" ? ctx.out.colors.yellow(l.line) : l.line));

export function registerCtr(program: Command, io: Io): void {
  const ctr = program
    .command("ctr")
    .description("Containers: deploy, control, follow and shell into them")
    .addHelpText(
      "after",
      examples(
        "shipyard ctr deploy web --image nginx:1.27 --port 8080:80",
        "shipyard ctr logs web --follow",
        "shipyard ctr exec web",
      ),
    );

  ctr
    .command("list")
    .description("List the containers Shipyard deployed")
    .addHelpText("after", examples("shipyard ctr list", "shipyard ctr list --json"))
    .action(async (_raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const r = await (await ctx.api())("listContainers");
      ctx.out.result(r, () => ctx.out.table(containerColumns(ctx.out.colors), r.items, "No containers yet."));
    });

  ctr
    .command("show")
    .description("Show one container")
    .argument("<c>", "container name or id")
    .addHelpText("after", examples("shipyard ctr show web"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const c = await (await ctx.api())("getContainer", { params: { id } });
      ctx.out.result(c, () => showContainer(ctx, c));
    });

  ctr
    .command("deploy")
    .description("Deploy a container (the image is pulled when not present)")
    .argument("<name>", "lowercase letters, digits, '.', '_' or '-'")
    .option("--image <ref>", "image reference, e.g. nginx:1.27 or ghcr.io/acme/api@sha256:…")
    .option("--cmd <command>", "replace the image's command with a shell command (run by sh -c)")
    .option("--env <KEY=VALUE>", "an environment variable (repeatable)", repeatable)
    .option("--port <host:container[/udp]>", "publish a port (repeatable)", repeatable)
    .option("--volume <host:container[:ro]>", "mount a host path or named volume (repeatable)", repeatable)
    .option("--memory <mb>", "memory limit in MB")
    .option("--cpus <n>", "CPU limit in cores, e.g. 0.5")
    .option("--restart <policy>", "no, always, unless-stopped, on-failure or on-failure:N (default no)")
    .option("--network <mode>", "network mode, e.g. bridge, host or a network name")
    .addHelpText(
      "after",
      examples(
        "shipyard ctr deploy web --image nginx:1.27 --port 8080:80 --restart unless-stopped",
        "shipyard ctr deploy dns --image coredns/coredns --port 53:53/udp --volume ./Corefile:/Corefile:ro",
        "shipyard ctr deploy worker --image alpine --cmd 'while true; do date; sleep 5; done' --env MODE=prod --memory 64 --cpus 0.5",
      ),
    )
    .action(async (name: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(DeployFlags, raw);
      const c = await (await ctx.api())("deployContainer", {
        body: {
          name,
          image: o.image,
          ...(o.cmd ? { command: o.cmd } : {}),
          env_vars: o.env,
          port_mappings: o.port,
          volumes: o.volume,
          ...(o.restart ? { restart_policy: o.restart } : {}),
          ...(o.memory !== undefined ? { memory_limit_mb: o.memory } : {}),
          ...(o.cpus !== undefined ? { cpu_limit: o.cpus } : {}),
          ...(o.network ? { network_mode: o.network } : {}),
        },
      });
      ctx.out.result(c, () => ctx.out.success(`Deployed ${c.name} (${c.id}) from ${c.image}: ${c.status}.`));
    });

  const actions = [
    ["start", "startContainer", "Start a container", "Started"],
    ["stop", "stopContainer", "Stop a container (SIGTERM, then SIGKILL after 10 s)", "Stopped"],
    ["restart", "restartContainer", "Restart a container", "Restarted"],
  ] as const;
  for (const [verb, route, description, done] of actions) {
    ctr
      .command(verb)
      .description(description)
      .argument("<c>", "container name or id")
      .addHelpText("after", examples(`shipyard ctr ${verb} web`))
      .action(async (id: string, _raw: unknown, cmd: Command) => {
        const ctx = createContext(cmd, io);
        const c = await (await ctx.api())(route, { params: { id } });
        ctx.out.result(c, () => ctx.out.success(`${done} ${c.name}: ${statusColor(ctx.out.colors, c.status)}.`));
      });
  }

  ctr
    .command("rm")
    .description("Stop and remove a container")
    .argument("<c>", "container name or id")
    .addHelpText("after", examples("shipyard ctr rm web"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("deleteContainer", { params: { id } });
      ctx.out.result({ deleted: id }, () => ctx.out.success(`Removed container ${id}.`));
    });

  ctr
    .command("logs")
    .description("Print a container's output; --follow streams it (stderr lines in yellow)")
    .argument("<c>", "container name or id")
    .option("-f, --follow", "keep streaming new output (starts with the last 100 lines; Ctrl-C to stop)")
    .option("--tail <n>", "how many of the last lines (1-10000, default 200; not with --follow)")
    .addHelpText(
      "after",
      examples(
        "shipyard ctr logs web --tail 50",
        "shipyard ctr logs web --follow",
        "shipyard ctr logs web --json | jq -r '.lines[].line'",
      ),
    )
    .action(async (id: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(
        z.object({
          follow: z.boolean().default(false),
          tail: z.coerce
            .number({ error: "must be a whole number 1-10000" })
            .int("must be a whole number 1-10000")
            .min(1, "must be a whole number 1-10000")
            .max(10_000, "must be a whole number 1-10000")
            .optional(),
        }),
        raw,
      );
      if (o.follow) {
        if (o.tail !== undefined) ctx.out.warn("--tail is ignored with --follow: the stream starts with the last 100 lines.");
        await followSocket(ctx, `/v1/containers/${encodeURIComponent(id)}/logs/ws`, (m) => printLogLine(ctx, m as LogLine));
        return;
      }
      const r = await (await ctx.api())("containerLogs", { params: { id }, query: { tail: o.tail ?? 200 } });
      ctx.out.result(r, () => {
        for (const l of r.lines) printLogLine(ctx, l);
      });
    });

  ctr
    .command("stats")
    .description("One sample of CPU, memory, network and block I/O")
    .argument("<c>", "container name or id")
    .addHelpText("after", examples("shipyard ctr stats web", "shipyard ctr stats web --json"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const s = await (await ctx.api())("containerStats", { params: { id } });
      ctx.out.result(s, () =>
        ctx.out.fields([
          ["CPU", `${s.cpu_percent.toFixed(1)}%`],
          ["Memory", `${s.memory_used_mb.toFixed(1)} / ${s.memory_limit_mb.toFixed(0)} MB`],
          ["Network", `rx ${formatBytes(s.net_rx_bytes)}, tx ${formatBytes(s.net_tx_bytes)}`],
          ["Block I/O", `read ${formatBytes(s.block_read_bytes)}, write ${formatBytes(s.block_write_bytes)}`],
          ["At", s.at],
        ]),
      );
    });

  ctr
    .command("exec")
    .description("Attach an interactive shell in a running container to this terminal (Ctrl-] detaches)")
    .argument("<c>", "container name or id")
    .addHelpText("after", examples("shipyard ctr exec web"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await attachTerminal(ctx, `/v1/containers/${encodeURIComponent(id)}/shell/ws`, {
        resize: true,
        what: `a shell in ${id}`,
      });
    });
}
