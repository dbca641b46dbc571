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
    if (d.root) roots++;
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
  });
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
