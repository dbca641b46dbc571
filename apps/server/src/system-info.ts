import { statfs } from "node:fs/promises";
import { cpus, freemem, hostname, loadavg, platform, release, totalmem } from "node:os";
import type { SystemInfo } from "@shipyard/contract";
import type { JobQueue } from "@shipyard/core";
import { type Database, describeLocation } from "@shipyard/db";
import type { FastifyRequest } from "fastify";

export interface SystemInfoSource {
  info(req: FastifyRequest): Promise<SystemInfo>;
}

export function createSystemInfo(deps: {
  database: Database;
  jobs: JobQueue;
  version: string;
  startedAt: Date;
  dataDir: string | null;
  publicUrl: string | undefined;
  workloadHosts: () => Promise<{ total: number; online: number }>;
}): SystemInfoSource {
  return {
    async info(req) {
      const { database } = deps;
      let status: "ok" | "down" = "ok";
      let dbVersion = "unknown";
      let sizeBytes: number | null = null;
      try {
        dbVersion = await database.version();
        sizeBytes = await database.sizeBytes();
      } catch {
        status = "down";
      }
      let storage: SystemInfo["storage"] = { dataDir: deps.dataDir, usedBytes: null, freeBytes: null, totalBytes: null };
      if (deps.dataDir) {
        try {
          const s = await statfs(deps.dataDir);
          const total = s.blocks * s.bsize;
          const free = s.bavail * s.bsize;
          storage = { dataDir: deps.dataDir, usedBytes: sizeBytes, freeBytes: free, totalBytes: total };
        } catch {
          // the folder may be gone; report what we know
        }
      }
      const base = deps.publicUrl ?? `${req.protocol}://${req.host}`;
      const wsBase = base.replace(/^http/, "ws");
      return {
        version: deps.version,
        node: process.version,
        startedAt: deps.startedAt.toISOString(),
        uptimeSeconds: Math.round((Date.now() - deps.startedAt.getTime()) / 1000),
        database: {
          kind: database.config.kind,
          status,
          version: dbVersion,
          location: describeLocation(database.config),
          sizeBytes,
        },
        hosts: [
          {
            name: hostname(),
            role: "server",
            platform: `${platform()} ${release()}`,
            cpus: cpus().length,
            memoryBytes: totalmem(),
            freeMemoryBytes: freemem(),
            loadAverage: loadavg(),
          },
        ],
        workloadHosts: await deps.workloadHosts().catch(() => ({ total: 0, online: 0 })),
        storage,
        endpoints: {
          api: `${base}/v1`,
          websocket: `${wsBase}/v1/ws`,
          events: `${base}/v1/events`,
          openapi: `${base}/v1/openapi.json`,
        },
        jobs: await deps.jobs.counts(),
      };
    },
  };
}
