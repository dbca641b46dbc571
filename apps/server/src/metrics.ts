import type { ImageCatalogRepository, StoredHost } from "@shipyard/core";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

export type Metrics = ReturnType<typeof createMetrics>;

/** Prometheus metrics, served at /metrics. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "shipyard_" });
  return {
    registry,
    requests: new Counter({
      name: "shipyard_http_requests_total",
      help: "HTTP requests by method, route and status",
      labelNames: ["method", "route", "status"] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: "shipyard_http_request_duration_seconds",
      help: "HTTP request duration by method and route",
      labelNames: ["method", "route"] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    streams: new Gauge({
      name: "shipyard_event_streams",
      help: "Open live event streams by kind (sse, ws)",
      labelNames: ["kind"] as const,
      registers: [registry],
    }),
    events: new Counter({
      name: "shipyard_events_published_total",
      help: "Live events seen on the bus by type prefix",
      labelNames: ["type"] as const,
      registers: [registry],
    }),
    imageUpdates: new Counter({
      name: "shipyard_image_updates_total",
      help: "New digests seen on watched tags",
      registers: [registry],
    }),
    registryChecks: new Counter({
      name: "shipyard_registry_checks_total",
      help: "Registry checks by the watcher, by outcome (ok, degraded)",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    analyses: new Counter({
      name: "shipyard_dockerfile_analyses_total",
      help: "Dockerfile analyses, by outcome (ok, errors)",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    builds: new Counter({
      name: "shipyard_builds_total",
      help: "Finished builds by status (succeeded, failed, cancelled) and trigger (auto, manual, emergency)",
      labelNames: ["status", "trigger"] as const,
      registers: [registry],
    }),
    buildDuration: new Histogram({
      name: "shipyard_build_duration_seconds",
      help: "Build duration from start to finish, by provider",
      labelNames: ["provider"] as const,
      buckets: [10, 30, 60, 120, 300, 600, 1200, 1800, 3600],
      registers: [registry],
    }),
    jobs: new Gauge({
      name: "shipyard_jobs",
      help: "Background jobs by state (queued, active, failed)",
      labelNames: ["state"] as const,
      registers: [registry],
    }),
  };
}

/** Catalog gauges, computed when Prometheus scrapes: images by kind and watch state, and staleness. */
export function registerImageGauges(metrics: Metrics, catalog: ImageCatalogRepository) {
  new Gauge({
    name: "shipyard_images",
    help: "Active images in the catalog by kind and watch state",
    labelNames: ["kind", "watch"] as const,
    registers: [metrics.registry],
    async collect() {
      this.reset();
      for (const i of await catalog.active()) this.inc({ kind: i.kind, watch: i.state.watch });
    },
  });
  new Gauge({
    name: "shipyard_image_staleness_seconds",
    help: "Seconds since each watched image was last checked against its registry (-1: never)",
    labelNames: ["image"] as const,
    registers: [metrics.registry],
    async collect() {
      this.reset();
      const now = Date.now();
      for (const i of await catalog.active()) {
        const at = i.state.lastCheckedAt ? (now - new Date(i.state.lastCheckedAt).getTime()) / 1000 : -1;
        this.set({ image: i.name }, at);
      }
    },
  });
}

/** Hosts by status, and each online host's load from its last heartbeat. */
export function registerHostGauges(metrics: Metrics, hosts: { list(): Promise<StoredHost[]> }) {
  new Gauge({
    name: "shipyard_hosts",
    help: "Hosts that run workloads, by status",
    labelNames: ["status"] as const,
    registers: [metrics.registry],
    async collect() {
      this.reset();
      this.set({ status: "online" }, 0);
      this.set({ status: "lost" }, 0);
      for (const h of await hosts.list()) this.inc({ status: h.status });
    },
  });
  const perHost = (name: string, help: string, value: (h: StoredHost) => number | undefined) =>
    new Gauge({
      name,
      help,
      labelNames: ["host"] as const,
      registers: [metrics.registry],
      async collect() {
        this.reset();
        for (const h of await hosts.list()) {
          const v = h.status === "online" ? value(h) : undefined;
          if (v !== undefined) this.set({ host: h.name }, v);
        }
      },
    });
  perHost("shipyard_host_cpu_percent", "CPU use of each online host (last heartbeat)", (h) => h.metrics?.cpuPercent);
  perHost("shipyard_host_memory_used_bytes", "Memory in use on each online host", (h) =>
    h.metrics ? h.metrics.memoryUsedMb * 2 ** 20 : undefined,
  );
  perHost("shipyard_host_heartbeat_age_seconds", "Seconds since each online host's last heartbeat", (h) =>
    Math.max(0, (Date.now() - new Date(h.lastHeartbeatAt).getTime()) / 1000),
  );
}
