import { z } from "zod";

/** MicroVMs, with the field names of the workloads spec (snake_case). */

const Bucket = z.strictObject({
  size: z.number().int().min(1, "size must be at least 1").describe("Tokens: bytes for bandwidth, operations for ops"),
  refill_time: z.number().int().min(1, "refill_time must be at least 1").describe("Milliseconds to refill the bucket"),
  one_time_burst: z.number().int().min(0).optional().describe("Extra tokens available once"),
});

/** Firecracker's token-bucket rate limiter (QEMU maps drive limits onto its throttling). */
export const RateLimiter = z.strictObject({ bandwidth: Bucket.optional(), ops: Bucket.optional() });
export type RateLimiter = z.infer<typeof RateLimiter>;

const DeviceId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "use 1–64 letters, digits, '-', '_' or '.'");
const Mac = z.string().regex(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i, "must look like 52:54:00:12:34:56");
const HostDevice = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,14}$/, "a host device name has at most 15 characters");

export const VmDrive = z.strictObject({
  drive_id: DeviceId,
  path_on_host: z.string().min(1).max(4096).describe("An image under the server's VM image folders"),
  is_root_device: z.boolean().default(false),
  is_read_only: z.boolean().default(false),
  rate_limiter: RateLimiter.optional(),
});
export type VmDrive = z.infer<typeof VmDrive>;
export const VmDriveUpdate = z.strictObject({
  path_on_host: VmDrive.shape.path_on_host.optional(),
  is_root_device: z.boolean().optional(),
  is_read_only: z.boolean().optional(),
  rate_limiter: RateLimiter.nullable().optional().describe("null removes the limit"),
});

export const VmNic = z
  .strictObject({
    iface_id: DeviceId,
    guest_mac: Mac.optional().describe("Generated from the VM id when absent"),
    host_dev_name: HostDevice.optional().describe("A tap device on the host; absent means user-mode networking (NAT in QEMU)"),
    bridge: HostDevice.optional().describe("Bridge the tap device joins"),
    rx_rate_limiter: RateLimiter.optional(),
    tx_rate_limiter: RateLimiter.optional(),
  })
  .refine((n) => !n.bridge || n.host_dev_name, {
    message: "bridge needs host_dev_name: a tap device on the host is what joins the bridge",
    path: ["bridge"],
  });
export type VmNic = z.infer<typeof VmNic>;
export const VmNicUpdate = z.strictObject({
  guest_mac: Mac.optional(),
  host_dev_name: HostDevice.nullable().optional(),
  bridge: HostDevice.nullable().optional(),
  rx_rate_limiter: RateLimiter.nullable().optional(),
  tx_rate_limiter: RateLimiter.nullable().optional(),
});

export const VmCredentialsInput = z.strictObject({
  username: z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/, "username is lowercase letters, digits, '_' or '-', at most 32"),
  password: z.string().min(8, "password must have at least 8 characters").max(200),
});

export const VmCreate = z
  .strictObject({
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
    /** Drives besides rootfs_path (which becomes drive `rootfs`, the root device). */
    drives: z.array(VmDrive).max(16).optional(),
    /** Network interfaces; default one user-mode NIC `eth0` with guest_mac. */
    nics: z.array(VmNic).max(8).optional(),
    /** A console login for the guest (the password is kept encrypted; GET /v1/vms/:id/shell shows it). */
    credentials: VmCredentialsInput.optional(),
  })
  .refine((v) => !(v.guest_mac && v.nics), {
    message: "guest_mac is the shorthand for the default NIC; with nics, set nics[].guest_mac instead",
    path: ["guest_mac"],
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
  drives: z.array(
    z.object({
      drive_id: z.string(),
      path_on_host: z.string(),
      is_root_device: z.boolean(),
      is_read_only: z.boolean(),
      rate_limiter: RateLimiter.nullable(),
    }),
  ),
  nics: z.array(
    z.object({
      iface_id: z.string(),
      guest_mac: z.string(),
      host_dev_name: z.string().nullable(),
      bridge: z.string().nullable(),
      rx_rate_limiter: RateLimiter.nullable(),
      tx_rate_limiter: RateLimiter.nullable(),
    }),
  ),
  shell_username: z.string().nullable().describe("Console login user; null when the console opens a root shell"),
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

export const VmShell = z.object({
  username: z.string(),
  password: z.string().nullable().describe("null: the console opens a shell without a login"),
  console_ws: z.string().describe("The WebSocket of the serial console"),
});

export const SnapshotCreate = z.strictObject({});

export const Snapshot = z.object({
  id: z.string(),
  vm_id: z.string(),
  vm_name: z.string(),
  host_id: z.string(),
  snapshot_type: z.enum(["Full", "Diff"]),
  snapshot_path: z.string().describe("Folder on the host"),
  mem_file_path: z.string().nullable(),
  size_bytes: z.number(),
  created_at: z.string().datetime(),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const SnapshotInstantiate = z.strictObject({
  name: VmCreate.shape.name,
});
