import { z } from "zod";

/** The workload registry: kernels, initrds, root file systems and volumes for VMs (spec field names). */
export const RegistryImageKind = z.enum(["kernel", "initrd", "rootfs", "volume"]);

export const RegistryImage = z.object({
  id: z.string(),
  name: z.string(),
  kind: RegistryImageKind,
  size_bytes: z.number().int(),
  sha256: z.string(),
  project: z.string().nullable(),
  category: z.string().nullable(),
  path: z.string().describe("Where the file is on the server host (use it as a VM's kernel_path, rootfs_path, …)"),
  url: z.string().nullable().describe("Where it was imported from, when it came from a URL"),
  used_by: z.array(z.string()).describe("Names of the VMs that use it"),
  created_at: z.string().datetime(),
});
export type RegistryImage = z.infer<typeof RegistryImage>;

const Name = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, "name is lowercase letters, digits, '.', '_' or '-', at most 63");

export const RegistryImport = z
  .strictObject({
    name: Name,
    kind: RegistryImageKind,
    /** A file on the server host to copy in. */
    source_path: z.string().min(1).max(4096).optional(),
    /** An http(s) URL to download (internal addresses refused unless the server allows them). */
    url: z.string().url().max(4096).optional(),
    project: z.string().max(100).optional(),
    category: z.string().max(100).optional(),
  })
  .refine((i) => Boolean(i.source_path) !== Boolean(i.url), "give exactly one of source_path and url");
export type RegistryImport = z.infer<typeof RegistryImport>;

export const VolumeCreate = z.strictObject({
  name: Name,
  size_mb: z.number().int().min(1, "size_mb must be at least 1").max(1_048_576, "size_mb must be at most 1048576 (1 TiB)"),
  format: z.enum(["ext4", "raw"]).default("ext4"),
  project: z.string().max(100).optional(),
});
export type VolumeCreate = z.infer<typeof VolumeCreate>;
