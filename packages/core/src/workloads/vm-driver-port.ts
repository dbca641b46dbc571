import type { Duplex } from "node:stream";
import type { ProblemIssue } from "@shipyard/contract";
import { DomainError } from "../shared/errors.ts";

/**
 * The `VmDriver` port: how the platform runs micro-VMs on a host. No I/O here; `drivers/qemu`
 * implements it (Firecracker may follow). Failures are `DomainError`s: `invalid_input` for a bad
 * spec, `not_found` for an unknown VM, `conflict` for a wrong state, `unsupported` for a feature the
 * implementation lacks (see `capabilities()`), `unavailable`/`timeout` when the hypervisor misbehaves.
 */

export const VM_LIMITS = {
  maxVcpus: 32,
  minMemoryMb: 16,
  maxMemoryMb: 32_768,
} as const;

/** A token bucket (Firecracker's rate limiter shape; QEMU maps it to throttling groups). */
export interface VmTokenBucket {
  /** Tokens the bucket holds (bytes for bandwidth, operations for ops). */
  size: number;
  /** Milliseconds to refill a full bucket. */
  refillTimeMs: number;
  /** Extra tokens available once at start. */
  oneTimeBurst?: number | undefined;
}

export interface VmRateLimit {
  bandwidth?: VmTokenBucket | undefined;
  ops?: VmTokenBucket | undefined;
}

export interface VmDriveSpec {
  id: string;
  /** Path of the image file on the host. */
  path: string;
  readOnly: boolean;
  /** The root device; at most one drive may be root. */
  root: boolean;
  /** Needs `capabilities().driveRateLimits`. */
  rateLimit?: VmRateLimit | undefined;
}

export interface VmNicSpec {
  id: string;
  /** `user`: NAT inside the hypervisor, no host setup. `tap`: a host tap device, optionally enslaved to a bridge. */
  mode: "user" | "tap";
  /** Unicast, locally administered or not, `aa:bb:cc:dd:ee:ff`. */
  mac: string;
  tap?: string | undefined;
  bridge?: string | undefined;
  /** Need `capabilities().nicRateLimits`. */
  rxRateLimit?: VmRateLimit | undefined;
  txRateLimit?: VmRateLimit | undefined;
}

/** Login credentials for the guest's serial console (the guest must honour `shipyard.user`/`shipyard.pwhash`). */
export interface VmCredentials {
  /** `^[a-z_][a-z0-9_-]{0,31}$`. */
  username: string;
  /** A crypt(3) hash in modular format, e.g. SHA-512 `$6$salt$…` from `openssl passwd -6`; never the password. */
  passwordHash: string;
}

export interface VmSpec {
  /** Becomes part of host paths: letters, digits, `-`, `_`, `.`; at most 64 characters. */
  id: string;
  vcpus: number;
  memoryMb: number;
  kernel: string;
  initrd?: string | undefined;
  /** Kernel command line; the driver appends what it needs (console, timing hints). */
  kernelArgs?: string | undefined;
  drives: VmDriveSpec[];
  nics: VmNicSpec[];
  /** The serial console is always wired; `true` documents that. */
  console: true;
  /**
   * A user the guest creates at boot; its console then asks to log in instead of opening a root shell.
   * The QEMU driver passes it on the kernel command line (`shipyard.user=… shipyard.pwhash=…`), so the
   * hash is visible to the guest and in the host's process list: never put a password here, only its hash.
   */
  credentials?: VmCredentials | undefined;
}

export type VmState = "created" | "running" | "paused" | "stopped" | "error";

export interface VmHandle {
  id: string;
  state: VmState;
}

export interface VmStatus {
  id: string;
  state: VmState;
  /** PID of the hypervisor process while it runs. */
  pid?: number | undefined;
  /** Tail of the serial console / hypervisor output, for a person reading why a VM failed. */
  lastOutput?: string | undefined;
}

export interface VmMetrics {
  /** CPU time of the hypervisor process since the previous `metrics()` call (or since start), in percent of one core. */
  cpuPercent: number;
  /** Resident memory of the hypervisor process. */
  memoryUsedMb: number;
  memoryLimitMb: number;
  /** Seconds since the hypervisor process started. */
  uptimeSeconds: number;
  threads: number;
  diskReadBytes?: number | undefined;
  diskWriteBytes?: number | undefined;
}

export interface VmDriverCapabilities {
  driveRateLimits: boolean;
  nicRateLimits: boolean;
  snapshots: boolean;
  tapNetworking: boolean;
  userNetworking: boolean;
  /** Re-attach to VMs that outlived the agent. */
  adopt: boolean;
  ctrlAltDel: boolean;
}

export type VmFeature = keyof VmDriverCapabilities;

/** Whether the driver can run VMs on this host at all (binary present, device usable …). */
export interface VmDriverAvailability {
  available: boolean;
  reason?: string | undefined;
}

export interface VmStopOptions {
  /** How long to wait for the guest to power off before forcing it; default 10 000 ms. */
  timeoutMs?: number | undefined;
}

export interface VmStopResult {
  /** `graceful` when the guest powered off on request, `forced` when the driver killed it. */
  how: "graceful" | "forced" | "already-stopped";
}

/** What `snapshot` saved. */
export interface VmSnapshotInfo {
  /** The snapshot folder (absolute). */
  dir: string;
  /** The guest memory and device state file inside `dir`. */
  memoryFile: string;
  /** Bytes of everything written into `dir` (memory and device state, drive copies, manifest). */
  sizeBytes: number;
  /** ISO 8601. */
  createdAt: string;
  /** The VM's spec when the snapshot was taken (drive paths are the original ones). */
  spec: VmSpec;
}

/** `<dir>/snapshot.json`: how a driver finds its way back from a snapshot folder. Paths inside `dir` are relative. */
export interface VmSnapshotManifest {
  format: "shipyard-vm-snapshot";
  version: 1;
  /** The driver that took it (`capabilities()` of another driver cannot load it). */
  driver: string;
  createdAt: string;
  spec: VmSpec;
  /** Memory (and, for QEMU, device) state, relative to the snapshot folder. */
  memoryFile: string;
  /** Device state, where the hypervisor keeps it apart from memory (Firecracker). */
  stateFile?: string | undefined;
  /** Every drive of `spec`: `file` (relative) when it was copied, absent when the original is referenced (read-only). */
  drives: Array<{ id: string; file?: string | undefined }>;
}

/** The new VM a snapshot is restored into. Everything else (vCPUs, memory, devices, MACs) is the snapshot's. */
export interface VmRestoreSpec {
  /** The new VM's id; the same rules as `VmSpec.id`, and it must not exist yet. */
  id: string;
  /** Host-side NIC changes by NIC id: a restored VM cannot share the original's tap device. */
  nics?: Array<{ id: string; tap?: string | undefined; bridge?: string | undefined }> | undefined;
}

export interface VmDriver {
  readonly name: string;
  capabilities(): VmDriverCapabilities;
  available(): Promise<VmDriverAvailability>;
  /** Validates the spec, checks the files exist, prepares host state; starts nothing. */
  create(spec: VmSpec): Promise<VmHandle>;
  start(id: string): Promise<void>;
  /** Asks the guest to power off (ACPI power button), then forces it after the timeout. */
  stop(id: string, options?: VmStopOptions): Promise<VmStopResult>;
  pause(id: string): Promise<void>;
  resume(id: string): Promise<void>;
  /** Sends Ctrl-Alt-Del to the guest (`unsupported` where the machine has no keyboard path). */
  ctrlAltDel(id: string): Promise<void>;
  /**
   * Replaces the whole spec (drives, NICs, vCPUs, memory, kernel, credentials) of a VM that is created or
   * stopped; validated like `create`. The next `start` uses it, and it survives an agent restart.
   * `conflict` while the VM runs or is paused (micro-VM devices cannot be hot-plugged).
   */
  reconfigure(id: string, spec: VmSpec): Promise<void>;
  /**
   * Saves a full snapshot of a running or paused VM into `dir` (created; must be empty or absent):
   * memory and device state, a copy of every writable drive (read-only drives are referenced, not
   * copied) and `snapshot.json` (a `VmSnapshotManifest`). The VM is paused meanwhile and then returns
   * to the state it had. Needs `capabilities().snapshots`. The folder belongs to the caller.
   */
  snapshot(id: string, dir: string): Promise<VmSnapshotInfo>;
  /**
   * Creates a new VM `spec.id` from a snapshot folder and runs it from the saved state: its writable
   * drives are copies of the snapshot's, in the new VM's own host state (gone with `delete`). The VM
   * the snapshot came from is not touched, and the snapshot folder stays usable.
   */
  restore(snapshotDir: string, spec: VmRestoreSpec): Promise<VmHandle>;
  status(id: string): Promise<VmStatus>;
  metrics(id: string): Promise<VmMetrics>;
  /** The serial console as a byte stream; ends when the VM stops. Close it to detach. */
  console(id: string): Promise<Duplex>;
  /** Stops the VM if it runs and removes every process, socket and file the driver made for it. */
  delete(id: string): Promise<void>;
  /** Re-attaches to a VM whose hypervisor outlived the agent; `not_found` when nothing is left of it. */
  adopt(id: string): Promise<VmHandle>;
  list(): AsyncIterable<VmHandle>;
}

export const unsupportedVmFeature = (driver: string, feature: VmFeature, suggestion?: string) =>
  new DomainError("unsupported", `The ${driver} VM driver does not support ${feature}.`, {
    suggestion: suggestion ?? "Use a driver whose capabilities() lists it, or leave the feature out of the spec.",
  });

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;
const DEVICE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,14}$/;
const USERNAME = /^[a-z_][a-z0-9_-]{0,31}$/;
/** Modular crypt format (`$id$…`): crypt's alphabet plus the `$`, `=` and `,` of its parameters; no spaces, quotes or `:`. */
const CRYPT_HASH = /^\$[A-Za-z0-9]+\$[A-Za-z0-9./$=,+-]+$/;

/** The issues of one rate limit (`path` prefixes each issue's path). */
export const vmRateLimitIssues = (limit: VmRateLimit, path: string): ProblemIssue[] => {
  const issues: ProblemIssue[] = [];
  for (const kind of ["bandwidth", "ops"] as const) {
    const b = limit[kind];
    if (b === undefined) continue;
    const at = `${path}.${kind}`;
    if (!Number.isSafeInteger(b.size) || b.size < 1)
      issues.push({ path: `${at}.size`, message: `A bucket size is a whole number of tokens of at least 1; got ${b.size}.` });
    if (!Number.isSafeInteger(b.refillTimeMs) || b.refillTimeMs < 1)
      issues.push({
        path: `${at}.refillTimeMs`,
        message: `The refill time is a whole number of milliseconds of at least 1; got ${b.refillTimeMs}.`,
      });
    if (b.oneTimeBurst !== undefined && (!Number.isSafeInteger(b.oneTimeBurst) || b.oneTimeBurst < 0))
      issues.push({
        path: `${at}.oneTimeBurst`,
        message: `A one-time burst is a whole number of tokens, 0 or more; got ${b.oneTimeBurst}.`,
      });
  }
  return issues;
};

/** The issues of guest credentials; empty when they are usable on a kernel command line and in /etc/shadow. */
export const vmCredentialsIssues = (credentials: VmCredentials, path = "credentials"): ProblemIssue[] => {
  const issues: ProblemIssue[] = [];
  if (typeof credentials.username !== "string" || !USERNAME.test(credentials.username))
    issues.push({
      path: `${path}.username`,
      message: "A user name is 1–32 lower-case letters, digits, '_' or '-', starting with a letter or '_'.",
    });
  const hash = credentials.passwordHash;
  if (typeof hash !== "string" || hash.length === 0)
    issues.push({ path: `${path}.passwordHash`, message: "A password hash is required." });
  else if (/\s/.test(hash)) issues.push({ path: `${path}.passwordHash`, message: "A password hash cannot contain spaces." });
  else if (hash.length > 512 || !CRYPT_HASH.test(hash))
    issues.push({
      path: `${path}.passwordHash`,
      message:
        "Give a crypt(3) hash such as $6$salt$… (openssl passwd -6), at most 512 characters of letters, digits and . / $ = , + -; never the password itself.",
    });
  return issues;
};

/** The issues of a spec; empty when it is valid. Pure: file existence is the driver's check. */
export const vmSpecIssues = (spec: VmSpec): ProblemIssue[] => {
  const issues: ProblemIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (!ID.test(spec.id)) add("id", "Use 1–64 letters, digits, '-', '_' or '.', starting with a letter or digit.");
  if (!Number.isInteger(spec.vcpus) || spec.vcpus < 1 || spec.vcpus > VM_LIMITS.maxVcpus)
    add("vcpus", `A VM needs a whole number of vCPUs from 1 to ${VM_LIMITS.maxVcpus}; got ${spec.vcpus}.`);
  if (!Number.isInteger(spec.memoryMb) || spec.memoryMb < VM_LIMITS.minMemoryMb || spec.memoryMb > VM_LIMITS.maxMemoryMb)
    add(
      "memoryMb",
      `Memory must be a whole number of MiB from ${VM_LIMITS.minMemoryMb} to ${VM_LIMITS.maxMemoryMb}; got ${spec.memoryMb}.`,
    );
  if (!spec.kernel) add("kernel", "A kernel image path is required.");
  if (spec.kernelArgs !== undefined && /[\n\r\0]/.test(spec.kernelArgs)) add("kernelArgs", "Kernel arguments must be one line.");
  const seen = new Set<string>();
  let roots = 0;
  spec.drives.forEach((d, i) => {
    if (!ID.test(d.id)) add(`drives.${i}.id`, "Use 1–64 letters, digits, '-', '_' or '.'.");
    if (seen.has(`drive:${d.id}`)) add(`drives.${i}.id`, `Drive id ${d.id} is used twice.`);
    seen.add(`drive:${d.id}`);
    if (!d.path) add(`drives.${i}.path`, "A drive needs a host path.");
    else if (seen.has(`path:${d.path}`))
      add(`drives.${i}.path`, `${d.path} is attached twice; two drives on one file corrupt it. Clone the image instead.`);
    seen.add(`path:${d.path}`);
    if (d.root) roots++;
    if (d.rateLimit) issues.push(...vmRateLimitIssues(d.rateLimit, `drives.${i}.rateLimit`));
  });
  if (roots > 1) add("drives", "At most one drive can be the root device.");
  const macs = new Set<string>();
  spec.nics.forEach((n, i) => {
    if (!ID.test(n.id)) add(`nics.${i}.id`, "Use 1–64 letters, digits, '-', '_' or '.'.");
    if (seen.has(`nic:${n.id}`)) add(`nics.${i}.id`, `NIC id ${n.id} is used twice.`);
    seen.add(`nic:${n.id}`);
    if (!MAC.test(n.mac)) add(`nics.${i}.mac`, `"${n.mac}" is not a MAC address like 52:54:00:12:34:56.`);
    else if ((Number.parseInt(n.mac.slice(0, 2), 16) & 1) === 1)
      add(`nics.${i}.mac`, `${n.mac} is a multicast address; the first octet must be even.`);
    else if (macs.has(n.mac.toLowerCase())) add(`nics.${i}.mac`, `MAC ${n.mac} is used twice.`);
    macs.add(n.mac.toLowerCase());
    if (n.mode !== "user" && n.mode !== "tap") add(`nics.${i}.mode`, `Mode must be "user" or "tap".`);
    if (n.mode === "tap" && (!n.tap || !DEVICE.test(n.tap)))
      add(`nics.${i}.tap`, "A tap NIC needs a host device name of at most 15 characters.");
    if (n.bridge !== undefined && !DEVICE.test(n.bridge)) add(`nics.${i}.bridge`, "A bridge name has at most 15 characters.");
    if (n.rxRateLimit) issues.push(...vmRateLimitIssues(n.rxRateLimit, `nics.${i}.rxRateLimit`));
    if (n.txRateLimit) issues.push(...vmRateLimitIssues(n.txRateLimit, `nics.${i}.txRateLimit`));
  });
  if (spec.credentials !== undefined) issues.push(...vmCredentialsIssues(spec.credentials));
  return issues;
};

/** Throws `invalid_input` listing every issue of the spec. */
export const assertValidVmSpec = (spec: VmSpec): void => {
  const issues = vmSpecIssues(spec);
  if (issues.length === 0) return;
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join(" ");
  throw new DomainError("invalid_input", `Invalid VM spec ${spec.id}: ${summary}`, {
    issues,
    suggestion: "Fix the listed fields and create the VM again.",
  });
};

/** Throws `unsupported` for the first feature the spec uses that the capabilities lack. */
export const assertVmSpecSupported = (driver: string, caps: VmDriverCapabilities, spec: VmSpec): void => {
  if (spec.drives.some((d) => d.rateLimit) && !caps.driveRateLimits) throw unsupportedVmFeature(driver, "driveRateLimits");
  if (spec.nics.some((n) => n.rxRateLimit || n.txRateLimit) && !caps.nicRateLimits)
    throw unsupportedVmFeature(driver, "nicRateLimits");
  if (spec.nics.some((n) => n.mode === "tap") && !caps.tapNetworking) throw unsupportedVmFeature(driver, "tapNetworking");
  if (spec.nics.some((n) => n.mode === "user") && !caps.userNetworking) throw unsupportedVmFeature(driver, "userNetworking");
};

/** The issues of a restore request against the snapshot's spec; empty when it is valid. */
export const vmRestoreSpecIssues = (restore: VmRestoreSpec, snapshot: VmSpec): ProblemIssue[] => {
  const issues: ProblemIssue[] = [];
  if (typeof restore.id !== "string" || !ID.test(restore.id))
    issues.push({ path: "id", message: "Use 1–64 letters, digits, '-', '_' or '.', starting with a letter or digit." });
  const seen = new Set<string>();
  (restore.nics ?? []).forEach((o, i) => {
    const nic = snapshot.nics.find((n) => n.id === o.id);
    if (!nic) issues.push({ path: `nics.${i}.id`, message: `The snapshot has no NIC ${o.id}.` });
    else if (nic.mode !== "tap")
      issues.push({ path: `nics.${i}.id`, message: `NIC ${o.id} uses user networking; there is no host device to change.` });
    if (seen.has(o.id)) issues.push({ path: `nics.${i}.id`, message: `NIC ${o.id} is named twice.` });
    seen.add(o.id);
    if (o.tap !== undefined && !DEVICE.test(o.tap))
      issues.push({ path: `nics.${i}.tap`, message: "A tap device name has at most 15 characters." });
    if (o.bridge !== undefined && !DEVICE.test(o.bridge))
      issues.push({ path: `nics.${i}.bridge`, message: "A bridge name has at most 15 characters." });
  });
  return issues;
};

/** The spec of the VM a snapshot is restored into: the snapshot's, with the new id and NIC overrides. Drive paths are the driver's to re-point. */
export const restoredVmSpec = (restore: VmRestoreSpec, snapshot: VmSpec): VmSpec => {
  const issues = vmRestoreSpecIssues(restore, snapshot);
  if (issues.length > 0) {
    throw new DomainError(
      "invalid_input",
      `Cannot restore into VM ${restore.id}: ${issues.map((i) => `${i.path}: ${i.message}`).join(" ")}`,
      {
        issues,
        suggestion: "Fix the listed fields and restore again.",
      },
    );
  }
  return {
    ...structuredClone(snapshot),
    id: restore.id,
    nics: snapshot.nics.map((n) => {
      const o = restore.nics?.find((x) => x.id === n.id);
      return o
        ? { ...n, ...(o.tap !== undefined ? { tap: o.tap } : {}), ...(o.bridge !== undefined ? { bridge: o.bridge } : {}) }
        : { ...n };
    }),
  };
};

/** The file in a snapshot folder that describes the snapshot. */
export const VM_SNAPSHOT_MANIFEST = "snapshot.json";

/**
 * The manifest of snapshot folder `dir` from the manifest file's text (or the error reading it),
 * checked to be a snapshot the `driver` VM driver wrote; `invalid_input` otherwise.
 */
export function vmSnapshotManifestOf(text: string | Error, dir: string, driver: string): VmSnapshotManifest {
  const file = `${dir}/${VM_SNAPSHOT_MANIFEST}`;
  let raw: unknown;
  try {
    if (text instanceof Error) throw text;
    raw = JSON.parse(text);
  } catch (e) {
    throw new DomainError("invalid_input", `${dir} holds no readable ${VM_SNAPSHOT_MANIFEST}.`, {
      cause: e,
      issues: [{ path: "snapshotDir", message: `${file} is missing or not JSON.` }],
      suggestion: "Point restore at a folder written by snapshot().",
    });
  }
  const manifest = parseVmSnapshotManifest(raw, dir);
  if (manifest.driver !== driver) {
    throw new DomainError("invalid_input", `${dir} was written by the ${manifest.driver} VM driver, not ${driver}.`, {
      suggestion: `Restore it with the ${manifest.driver} driver.`,
    });
  }
  return manifest;
}

/** Reads a parsed `snapshot.json`; `invalid_input` when it is not one this code wrote. */
export const parseVmSnapshotManifest = (value: unknown, where: string): VmSnapshotManifest => {
  const m = value as Partial<VmSnapshotManifest> | null;
  const bad = (why: string) =>
    new DomainError("invalid_input", `${where} is not a Shipyard VM snapshot: ${why}.`, {
      suggestion: "Point restore at a folder written by snapshot().",
    });
  if (!m || typeof m !== "object" || m.format !== "shipyard-vm-snapshot") throw bad("no shipyard-vm-snapshot manifest");
  if (m.version !== 1) throw bad(`manifest version ${String(m.version)} is not supported`);
  if (typeof m.driver !== "string" || typeof m.memoryFile !== "string" || !m.spec || !Array.isArray(m.drives))
    throw bad("the manifest lacks driver, memoryFile, spec or drives");
  const relative = (f: unknown) => typeof f === "string" && f.length > 0 && !f.startsWith("/") && !f.split("/").includes("..");
  if (!relative(m.memoryFile) || (m.stateFile !== undefined && !relative(m.stateFile)))
    throw bad("a state file lies outside the folder");
  for (const d of m.drives) if (d.file !== undefined && !relative(d.file)) throw bad(`drive ${d.id} lies outside the folder`);
  const issues = vmSpecIssues(m.spec as VmSpec);
  if (issues.length > 0) throw bad(`its spec is invalid (${issues.map((i) => `${i.path}: ${i.message}`).join(" ")})`);
  const spec = m.spec as VmSpec;
  if (m.drives.length !== spec.drives.length || spec.drives.some((d) => !m.drives?.some((x) => x.id === d.id)))
    throw bad("its drive list does not match its spec");
  return m as VmSnapshotManifest;
};
