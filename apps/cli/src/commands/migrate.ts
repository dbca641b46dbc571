import type { Command } from "commander";
import { z } from "zod";
import { createContext } from "../context.ts";
import { serverFailure } from "../errors.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import { serverOverrides } from "./serve.ts";

const MigrateOptions = z.object({ dataDir: z.string().min(1, "must not be empty").optional() });

export function registerMigrate(program: Command, io: Io): void {
  program
    .command("migrate")
    .description("Apply database migrations (the embedded database, or DATABASE_URL) and exit")
    .option("--data-dir <dir>", "data folder of the embedded database (env SHIPYARD_DATA_DIR, default ./.shipyard)")
    .addHelpText("after", examples("shipyard migrate", "DATABASE_URL=postgres://shipyard@db/shipyard shipyard migrate --json"))
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const options = parseOptions(MigrateOptions, raw);
      const mod = await io.loadServer();
      let result: { applied: number };
      try {
        result = await mod.migrate(mod.loadConfig(io.env, serverOverrides(options, process.cwd())));
      } catch (error) {
        throw serverFailure(error, "Migrations failed", "migrate_failed");
      }
      ctx.out.result(result, () =>
        ctx.out.success(
          result.applied === 0
            ? "The database is up to date; no migrations to apply."
            : `Applied ${result.applied} migration${result.applied === 1 ? "" : "s"}.`,
        ),
      );
    });
}
