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
    jobs: new Gauge({
      name: "shipyard_jobs",
      help: "Background jobs by state (queued, active, failed)",
      labelNames: ["state"] as const,
      registers: [registry],
    }),
  };
}
