import type { Command } from "commander";
import { createContext } from "../context.ts";
import { formatBytes, formatDuration } from "../format.ts";
import type { Io } from "../io.ts";
import { examples } from "../options.ts";

export function registerSystem(program: Command, io: Io): void {
  program
    .command("system")
    .description("Show the server's version, database, hosts, storage and job counts")
    .addHelpText("after", examples("shipyard system", "shipyard system --json | jq .database"))
    .action(async (_raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const info = await (await ctx.api())("system");
      ctx.out.result(info, () => {
        const c = ctx.out.colors;
        const db = info.database;
        const st = info.storage;
        ctx.out.fields([
          ["Version", info.version],
          ["Node", info.node],
          ["Uptime", formatDuration(info.uptimeSeconds)],
          [
            "Database",
            `${db.kind} ${db.version} at ${db.location} — ${db.status === "ok" ? c.green("ok") : c.red(db.status)}, ${formatBytes(db.sizeBytes)}`,
          ],
          [
            "Storage",
            st.dataDir
              ? `${st.dataDir} — ${formatBytes(st.usedBytes)} used, ${formatBytes(st.freeBytes)} free of ${formatBytes(st.totalBytes)}`
              : "-",
          ],
          ["Jobs", `${info.jobs.queued} queued, ${info.jobs.active} active, ${info.jobs.failed} failed`],
          ["API", info.endpoints.api],
          ["OpenAPI", info.endpoints.openapi],
        ]);
        if (info.hosts.length) {
          ctx.out.line();
          ctx.out.table(
            [
              { header: "HOST", value: (h) => h.name },
              { header: "ROLE", value: (h) => h.role },
              { header: "PLATFORM", value: (h) => h.platform },
              { header: "CPUS", value: (h) => String(h.cpus), align: "right" },
              { header: "MEMORY FREE", value: (h) => `${formatBytes(h.freeMemoryBytes)} / ${formatBytes(h.memoryBytes)}` },
              { header: "LOAD", value: (h) => h.loadAverage.map((l) => l.toFixed(2)).join(" ") },
            ],
            info.hosts,
          );
        }
      });
    });
}
