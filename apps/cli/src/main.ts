import { Command, Option } from "commander";
import packageJson from "../package.json" with { type: "json" };
import { registerAgent } from "./commands/agent.ts";
import { registerAudit } from "./commands/audit.ts";
import { registerBuilds } from "./commands/builds.ts";
import { registerCtr } from "./commands/ctr.ts";
import { registerFn } from "./commands/fn.ts";
import { registerHost } from "./commands/host.ts";
import { registerImages } from "./commands/images.ts";
import { registerJobs } from "./commands/jobs.ts";
import { registerLogin } from "./commands/login.ts";
import { registerLogout } from "./commands/logout.ts";
import { registerMigrate } from "./commands/migrate.ts";
import { registerOrg } from "./commands/org.ts";
import { registerPassword } from "./commands/password.ts";
import { registerRegistry } from "./commands/registry.ts";
import { registerResources } from "./commands/resources.ts";
import { registerServe } from "./commands/serve.ts";
import { registerShare } from "./commands/share.ts";
import { registerSystem } from "./commands/system.ts";
import { registerTeam } from "./commands/team.ts";
import { registerTemplate } from "./commands/template.ts";
import { registerToken } from "./commands/token.ts";
import { registerUser } from "./commands/user.ts";
import { registerVm } from "./commands/vm.ts";
import { registerWhoami } from "./commands/whoami.ts";
import { exitCodeHelp, toFailure } from "./errors.ts";
import { createProcessIo, type Io } from "./io.ts";
import { examples } from "./options.ts";
import { colorEnabled, createOutput } from "./output.ts";

/** The `shipyard` command tree, writing through `io`. Errors are thrown to `run`, not printed. */
export function createProgram(io: Io): Command {
  const program = new Command("shipyard")
    .description("Shipyard — build images, run workloads, ship deployments, watch health and stand up AI stacks")
    .version(packageJson.version, "-V, --version", "print the version")
    .addOption(
      new Option("--server <url>", "Shipyard server URL (env SHIPYARD_URL; default: config file, else http://localhost:7300)"),
    )
    .addOption(new Option("--token <token>", "API token (env SHIPYARD_TOKEN; default: the config file's token for this server)"))
    .option("--json", "machine-readable JSON on stdout; errors as JSON on stderr")
    .option("--no-color", "no colours (also NO_COLOR=1)")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // `run` prints every error once, in the chosen format.
      outputError: () => undefined,
    })
    .exitOverride()
    .addHelpText(
      "after",
      `${examples(
        "shipyard up                                   # first run: server, console and embedded database",
        "shipyard login --server http://localhost:7300",
        "shipyard whoami",
        "shipyard token create --name ci --expires-in-days 90",
        "shipyard share add image web --org acme",
        "shipyard audit --since 1h --json",
      )}
Configuration: --server/--token, then SHIPYARD_URL/SHIPYARD_TOKEN, then the config file
($SHIPYARD_CONFIG, else $XDG_CONFIG_HOME/shipyard/config.json, else ~/.config/shipyard/config.json).

${exitCodeHelp}
`,
    );

  registerCommands(program, io);
  return program;
}

function registerCommands(program: Command, io: Io): void {
  registerServe(program, io);
  registerMigrate(program, io);
  registerLogin(program, io);
  registerLogout(program, io);
  registerWhoami(program, io);
  registerPassword(program, io);
  registerToken(program, io);
  registerOrg(program, io);
  registerUser(program, io);
  registerTeam(program, io);
  registerShare(program, io);
  registerAudit(program, io);
  registerJobs(program, io);
  registerSystem(program, io);
  registerImages(program, io);
  registerBuilds(program, io);
  registerResources(program, io);
  registerFn(program, io);
  registerCtr(program, io);
  registerVm(program, io);
  registerTemplate(program, io);
  registerRegistry(program, io);
  registerHost(program, io);
  registerAgent(program, io);
}

/** Runs `shipyard` with `argv` (without node and script), returning the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    const failure = toFailure(error);
    if (failure.exitCode !== 0) {
      const opts = program.opts<{ json?: boolean; color?: boolean }>();
      const json = opts.json === true || argv.includes("--json");
      const color = opts.color !== false && !argv.includes("--no-color");
      createOutput(io, { json, color: colorEnabled(io.stderr, io.env, color) }).failure(failure);
    }
    return failure.exitCode;
  }
}

if (import.meta.main) {
  // `shipyard audit --all | head` closes stdout early: stop quietly, like other Unix tools.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const code = await run(process.argv.slice(2), createProcessIo());
  // Let stdout drain, then exit even if a library left a handle open (e.g. after the server closed).
  process.stdout.write("", () => process.exit(code));
}
