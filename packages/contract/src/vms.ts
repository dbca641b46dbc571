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
  /** Run it on this host (id or name); by default the server places it on a host with room. */
  host_id: z.string().min(1).max(100).optional(),
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

/** A saved VM configuration to deploy from. */
export const TemplateCreate = z.strictObject({
  name: z.string().trim().min(1, "name is required").max(100),
  description: z.string().max(2000).optional(),
  vcpu: VmCreate.shape.vcpu,
  mem_mib: VmCreate.shape.mem_mib,
  kernel_path: VmCreate.shape.kernel_path,
  initrd_path: VmCreate.shape.initrd_path,
  rootfs_path: VmCreate.shape.rootfs_path,
  kernel_args: VmCreate.shape.kernel_args,
});
export type TemplateCreate = z.infer<typeof TemplateCreate>;

export const TemplateUpdate = TemplateCreate.partial().strict();

export const Template = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  vcpu: z.number().int(),
  mem_mib: z.number().int(),
  kernel_path: z.string(),
  initrd_path: z.string().nullable(),
  rootfs_path: z.string().nullable(),
  kernel_args: z.string().nullable(),
  usage_count: z.number().int().describe("VMs created from this template"),
  created_at: z.string().datetime(),
  updated_at: z.string().datetime(),
});
export type Template = z.infer<typeof Template>;

export const TemplateListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  sort: z.enum(["name", "created_at", "usage"]).default("name"),
});

export const TemplateInstantiate = z.strictObject({
  name: VmCreate.shape.name,
  /** Settings that differ from the template. */
  vcpu: VmCreate.shape.vcpu.optional(),
  mem_mib: VmCreate.shape.mem_mib.optional(),
  kernel_args: VmCreate.shape.kernel_args,
  guest_mac: VmCreate.shape.guest_mac,
  start: z.boolean().default(true),
});
