// The server process on its own: `node apps/server/src/main.ts` (configured by environment; see README).
import { isDomainError } from "@shipyard/core";
import { startServer } from "./bootstrap.ts";
import { loadConfig } from "./config.ts";

try {
  const server = await startServer(loadConfig(process.env));
  process.stdout.write(`Shipyard listening on ${server.url}\n`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (e) {
  if (isDomainError(e)) {
    process.stderr.write(`shipyard: ${e.message}\n${e.suggestion ? `  ${e.suggestion}\n` : ""}`);
  } else {
    process.stderr.write(`shipyard: failed to start: ${(e as Error).stack ?? String(e)}\n`);
  }
  process.exit(1);
}
