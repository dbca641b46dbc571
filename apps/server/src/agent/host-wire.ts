import type { HostMetrics as WireMetrics } from "@shipyard/contract";
import type { HostCapacity, HostMetrics } from "@shipyard/core";

/** Host facts between the domain's names and the API's snake_case. */
export const toWireCapacity = (c: HostCapacity) => ({ vcpus: c.vcpus, memory_mb: c.memoryMb, disk_gb: c.diskGb });

export const toWireMetrics = (m: HostMetrics): WireMetrics => ({
  at: m.at,
  cpu_percent: m.cpuPercent,
  load1: m.load1,
  memory_used_mb: m.memoryUsedMb,
  memory_total_mb: m.memoryTotalMb,
  disk_used_gb: m.diskUsedGb,
  disk_total_gb: m.diskTotalGb,
  uptime_seconds: m.uptimeSeconds,
});

export const fromWireMetrics = (m: WireMetrics): HostMetrics => ({
  at: m.at,
  cpuPercent: m.cpu_percent,
  load1: m.load1,
  memoryUsedMb: m.memory_used_mb,
  memoryTotalMb: m.memory_total_mb,
  diskUsedGb: m.disk_used_gb,
  diskTotalGb: m.disk_total_gb,
  uptimeSeconds: m.uptime_seconds,
});
