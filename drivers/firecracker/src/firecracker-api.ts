import { request } from "node:http";
import { DomainError } from "@shipyard/core";

/**
 * A typed client for the Firecracker HTTP API on its unix socket (spec: firecracker v1.16.1
 * swagger, `/work/shared/conformance/firecracker-swagger.yaml`). The wire types below are
 * Firecracker's own (snake_case); they stay inside this package and never cross the `VmDriver` port.
 * Every failure is a `DomainError`.
 */

export interface FcTokenBucket {
  size: number;
  refill_time: number;
  one_time_burst?: number;
}

export interface FcRateLimiter {
  bandwidth?: FcTokenBucket;
  ops?: FcTokenBucket;
}

export interface FcBootSource {
  kernel_image_path: string;
  boot_args?: string;
  initrd_path?: string;
}

export interface FcDrive {
  drive_id: string;
  is_root_device: boolean;
  is_read_only?: boolean;
  path_on_host?: string;
  partuuid?: string;
  cache_type?: "Unsafe" | "Writeback";
  io_engine?: "Sync" | "Async";
  rate_limiter?: FcRateLimiter;
}

export interface FcPartialDrive {
  drive_id: string;
  path_on_host?: string;
  rate_limiter?: FcRateLimiter;
}

export interface FcNetworkInterface {
  iface_id: string;
  host_dev_name: string;
  guest_mac?: string;
  mtu?: number;
  rx_rate_limiter?: FcRateLimiter;
  tx_rate_limiter?: FcRateLimiter;
}

export interface FcMachineConfiguration {
  vcpu_count: number;
  mem_size_mib: number;
  smt?: boolean;
  track_dirty_pages?: boolean;
  huge_pages?: "None" | "2M";
  cpu_template?: string;
}

export type FcActionType = "InstanceStart" | "SendCtrlAltDel" | "FlushMetrics";

export interface FcSnapshotCreateParams {
  snapshot_path: string;
  mem_file_path: string;
  snapshot_type?: "Full" | "Diff";
}

export interface FcSnapshotLoadParams {
  snapshot_path: string;
  mem_backend?: { backend_type: "File" | "Uffd"; backend_path: string };
  track_dirty_pages?: boolean;
  resume_vm?: boolean;
  network_overrides?: { iface_id: string; host_dev_name: string }[];
}

export type FcInstanceState = "Not started" | "Running" | "Paused";

export interface FcInstanceInfo {
  app_name: string;
  id: string;
  state: FcInstanceState;
  vmm_version: string;
}

export interface FcLogger {
  log_path?: string;
  level?: "Error" | "Warning" | "Info" | "Debug" | "Trace" | "Off";
  show_level?: boolean;
  show_log_origin?: boolean;
  module?: string;
}

export interface FcMetrics {
  metrics_path: string;
}

export interface FirecrackerApiOptions {
  socketPath: string;
  /** Per request; default 5000 ms. */
  timeoutMs?: number | undefined;
}

/** Firecracker's fault text when a pre-boot-only resource is touched after InstanceStart (and the reverse). */
const AFTER_START = /not supported after starting/i;
const BEFORE_START = /not supported before starting/i;

export class FirecrackerApi {
  readonly socketPath: string;
  readonly #timeoutMs: number;

  constructor(options: FirecrackerApiOptions) {
    this.socketPath = options.socketPath;
    this.#timeoutMs = options.timeoutMs ?? 5000;
  }

  describeInstance(): Promise<FcInstanceInfo> {
    return this.#call<FcInstanceInfo>("GET", "/");
  }

  getMachineConfig(): Promise<FcMachineConfiguration> {
    return this.#call<FcMachineConfiguration>("GET", "/machine-config");
  }

  async putMachineConfig(body: FcMachineConfiguration): Promise<void> {
    await this.#call("PUT", "/machine-config", body);
  }

  async putBootSource(body: FcBootSource): Promise<void> {
    await this.#call("PUT", "/boot-source", body);
  }

  async putDrive(body: FcDrive): Promise<void> {
    await this.#call("PUT", `/drives/${encodeURIComponent(body.drive_id)}`, body);
  }

  /** Post-boot only: swap the backing file or change the rate limiter of a drive. */
  async patchDrive(body: FcPartialDrive): Promise<void> {
    await this.#call("PATCH", `/drives/${encodeURIComponent(body.drive_id)}`, body);
  }

  async putNetworkInterface(body: FcNetworkInterface): Promise<void> {
    await this.#call("PUT", `/network-interfaces/${encodeURIComponent(body.iface_id)}`, body);
  }

  async action(actionType: FcActionType): Promise<void> {
    await this.#call("PUT", "/actions", { action_type: actionType });
  }

  async setVmState(state: "Paused" | "Resumed"): Promise<void> {
    await this.#call("PATCH", "/vm", { state });
  }

  async createSnapshot(body: FcSnapshotCreateParams): Promise<void> {
    await this.#call("PUT", "/snapshot/create", body);
  }

  async loadSnapshot(body: FcSnapshotLoadParams): Promise<void> {
    await this.#call("PUT", "/snapshot/load", body);
  }

  async putLogger(body: FcLogger): Promise<void> {
    await this.#call("PUT", "/logger", body);
  }

  async putMetrics(body: FcMetrics): Promise<void> {
    await this.#call("PUT", "/metrics", body);
  }

  #call<T>(method: "GET" | "PUT" | "PATCH", path: string, body?: unknown): Promise<T> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const what = `${method} ${path}`;
    return new Promise<T>((resolve, reject) => {
      const req = request(
        {
          socketPath: this.socketPath,
          method,
          path,
          headers: {
            accept: "application/json",
            ...(payload ? { "content-type": "application/json", "content-length": payload.length } : {}),
          },
          timeout: this.#timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("error", (e) => reject(transportError(what, this.socketPath, e)));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              if (text.trim() === "") return resolve(undefined as T);
              try {
                resolve(JSON.parse(text) as T);
              } catch (e) {
                reject(new DomainError("internal", `Firecracker answered ${what} with invalid JSON.`, { cause: e }));
              }
              return;
            }
            reject(faultToError(what, status, faultMessage(text)));
          });
        },
      );
      req.on("timeout", () => {
        req.destroy();
        reject(
          new DomainError("timeout", `Firecracker did not answer ${what} within ${this.#timeoutMs} ms.`, {
            suggestion: "Check that the Firecracker process is alive and not stuck; its log says more.",
          }),
        );
      });
      req.on("error", (e) => reject(transportError(what, this.socketPath, e)));
      req.end(payload);
    });
  }
}

function faultMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { fault_message?: unknown };
    if (typeof parsed.fault_message === "string") return parsed.fault_message;
  } catch {
    // not JSON: use the raw text
  }
  return text.trim() || "no fault message";
}

/** Maps a Firecracker error response (`{ fault_message }`) to a DomainError. */
export function faultToError(what: string, status: number, fault: string): DomainError {
  const message = `Firecracker refused ${what}: ${fault}`;
  if (status === 400 && AFTER_START.test(fault)) {
    return new DomainError("conflict", message, {
      suggestion: "This setting can only be changed before the VM first starts: stop and delete the VM, then create it again.",
    });
  }
  if (status === 400 && BEFORE_START.test(fault)) {
    return new DomainError("conflict", message, { suggestion: "Start the VM first." });
  }
  if (status === 400) return new DomainError("invalid_input", message);
  if (status === 404) return new DomainError("not_found", message);
  return new DomainError("internal", message, { suggestion: "Firecracker failed internally; its log says more." });
}

function transportError(what: string, socketPath: string, e: Error & { code?: string }): DomainError {
  const gone = e.code === "ENOENT" || e.code === "ECONNREFUSED" || e.code === "ECONNRESET" || e.code === "EPIPE";
  return new DomainError("unavailable", `Could not reach Firecracker at ${socketPath} for ${what}: ${e.message}`, {
    cause: e,
    suggestion: gone ? "The Firecracker process is not running (or has exited)." : undefined,
  });
}
