import { z } from "zod";

/** MicroVMs, with the field names of the workloads spec (snake_case). */
export const VmCreate = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "name is lowercase letters, digits and '-', at most 63"),
  vcpu: z.number().int().min(1, "vcpu must be at least 1").max(32, "vcpu must be at most 32"),
  mem_mib: z.number().int().min(16, "mem_mib must be at least 16").max(32_768, "mem_mib must be at most 32768"),
  kernel_path: z.string().min(1).max(4096),
  initrd_path: z.string().min(1).max(4096).optional(),
  rootfs_path: z.string().min(1).max(4096).optional(),
  kernel_args: z.string().max(4096).optional(),
  guest_mac: z
    .string()
    .regex(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i, "guest_mac must look like 52:54:00:12:34:56")
    .optional(),
  /** Start it right away (default), or only create it. */
  start: z.boolean().default(true),
});
export type VmCreate = z.infer<typeof VmCreate>;

export const Vm = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(["created", "running", "paused", "stopped", "error"]),
  host_id: z.string(),
  host_addr: z.string(),
  vcpu: z.number().int(),
  mem_mib: z.number().int(),
  kernel_path: z.string(),
  initrd_path: z.string().nullable(),
  rootfs_path: z.string().nullable(),
  guest_mac: z.string().nullable(),
  guest_ip: z.string().nullable(),
  last_output: z.string().nullable().describe("The console's last lines when the VM is not running"),
  created_at: z.string().datetime(),
  updated_at: z.string().datetime(),
});
export type Vm = z.infer<typeof Vm>;

export const VmMetricsSample = z.object({
  at: z.string().datetime(),
  cpu_percent: z.number(),
  memory_used_mb: z.number(),
  memory_limit_mb: z.number(),
  uptime_seconds: z.number(),
  disk_read_bytes: z.number().nullable(),
  disk_write_bytes: z.number().nullable(),
});
