import { resolve } from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { createContext } from "../context.ts";
import { serverFailure, usageError } from "../errors.ts";
import type { Io, Signal } from "../io.ts";
import { examples, parseOptions } from "../options.ts";

export const AgentFlags = z.object({
  joinToken: z.string().min(8, "is too short to be a join token").optional(),
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{0,62}$/, "must be lowercase letters, digits, '.' and '-'")
    .optional(),
  listen: z
    .string()
    .regex(/^[^:]+:\d{1,5}$/, "must be host:port, e.g. 0.0.0.0:7301")
    .default("127.0.0.1:7301"),
  advertise: z.string().url("must be the URL the server reaches this agent at").optional(),
  dataDir: z.string().min(1).default(".shipyard-agent"),
  vcpus: z.coerce.number().int().min(1).max(4096).optional(),
  memoryMb: z.coerce.number().int().min(16).optional(),
});

const vmDriverFrom = (v: string | undefined) => {
  if (v === undefined || v === "") return undefined;
  if (v === "auto" || v === "qemu" || v === "firecracker") return v;
  throw usageError(`SHIPYARD_VM_DRIVER is "${v}"; use auto, qemu or firecracker.`);
};

export function registerAgent(program: Command, io: Io): void {
  program
    .command("agent")
    .description("Run this machine as a host: register with a server and run its VMs, containers and functions")
    .option("--join-token <token>", "join token, needed the first time (env SHIPYARD_AGENT_TOKEN)")
    .option("--name <name>", "host name (default: this machine's hostname)")
    .option("--listen <host:port>", "where the server calls the agent", "127.0.0.1:7301")
    .option("--advertise <url>", "the URL the server reaches this agent at (default http://<listen>)")
    .option("--data-dir <dir>", "agent state: its credential and VM folders", ".shipyard-agent")
    .option("--vcpus <n>", "vCPUs offered to workloads (default: all)")
    .option("--memory-mb <n>", "memory offered to workloads (default: all)")
    .addHelpText(
      "after",
      `
The server is the global --server (or SHIPYARD_URL, or the one you logged in to).
The agent keeps its credential in <data-dir>/agent.json after the first registration, so a restart
is the same host: its VMs and containers keep running and are adopted again.
Environment: SHIPYARD_DOCKER_HOST (engine socket), SHIPYARD_CONTAINER_NETWORK,
SHIPYARD_VM_DRIVER (auto: Firecracker where it and KVM are usable, else QEMU; qemu; firecracker).
${examples(
  "shipyard host token create rack-1   # on a machine logged in as admin",
  "shipyard agent --server http://10.0.0.5:7300 --join-token syj_… --listen 0.0.0.0:7301 --advertise http://10.0.0.9:7301",
)}`,
    )
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const f = parseOptions(AgentFlags, raw);
      const server = await ctx.server();
      const [listenHost, listenPort] = f.listen.split(":") as [string, string];
      const mod = await io.loadServer();
      let agent: Awaited<ReturnType<typeof mod.startAgent>>;
      try {
        agent = await mod.startAgent({
          server,
          token: f.joinToken ?? io.env.SHIPYARD_AGENT_TOKEN,
          name: f.name,
          listenHost,
          listenPort: Number(listenPort),
          advertise: f.advertise,
          dataDir: resolve(process.cwd(), f.dataDir),
          dockerHost: io.env.SHIPYARD_DOCKER_HOST,
          containerNetwork: io.env.SHIPYARD_CONTAINER_NETWORK,
          vmDriver: vmDriverFrom(io.env.SHIPYARD_VM_DRIVER),
          capacity: { vcpus: f.vcpus, memoryMb: f.memoryMb },
          log: (line) => io.stderr.write(`${line}\n`),
        });
      } catch (e) {
        throw serverFailure(e, "The agent could not start", "agent_failed");
      }
      ctx.out.event({ event: "registered", host_id: agent.hostId, url: agent.url }, () =>
        ctx.out.line(
          `Agent running as host ${ctx.out.colors.bold(agent.hostId)}, serving ${agent.url}. Ctrl+C stops it (workloads keep running).`,
        ),
      );
      const signal = await new Promise<Signal>((res) => {
        const off = io.onSignal(["SIGINT", "SIGTERM"], (s) => {
          off();
          res(s);
        });
      });
      await agent.close();
      ctx.out.event({ event: "stopped", signal }, () => ctx.out.line("Agent stopped."));
    });
}
