import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import { parse as parseYaml } from "yaml";

/**
 * A local stand-in for the Firecracker API (no Firecracker binary or KVM here). It follows the
 * swagger spec in `/work/shared/conformance/firecracker-swagger.yaml`:
 * - routes, methods and body schemas come from the spec itself (`$ref`s resolved by ajv);
 * - every body is validated; a violation answers 400 `{ fault_message }` and is recorded;
 * - the state rules read from the spec's text are enforced: "Pre-boot only" operations are refused
 *   after InstanceStart, "Post-boot only" ones before it, `/snapshot/create` needs a Paused VM,
 *   `/snapshot/load` only on a fresh process, `/metrics` only once, SMT/huge-page rules of
 *   `/machine-config`.
 * - `/snapshot/create` writes the two files it names (the "microVM state" file holds the configured
 *   devices as JSON, the memory file a few bytes) and `/snapshot/load` reads them back, so a restored
 *   stand-in knows its drives and NICs as Firecracker would.
 *
 * Not from the spec (Firecracker behaviour, marked where used): unknown fields are rejected (serde
 * `deny_unknown_fields`; the spec never says `additionalProperties: false`, so `rejectUnknownFields`
 * can turn this off); the exact fault texts; `/vm` and SendCtrlAltDel need a started VM;
 * SendCtrlAltDel makes the "guest" shut down, which ends the process.
 */

export const SPEC_PATH = fileURLToPath(new URL("../../spec/firecracker-swagger.yaml", import.meta.url));

export const FAULT_AFTER_START = "The requested operation is not supported after starting the microVM.";
export const FAULT_BEFORE_START = "The requested operation is not supported before starting the microVM.";

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  status: number;
  /** Schema violations (empty when the body matched the spec). */
  violations: string[];
  /** Why the request was refused, when it was (schema or state). */
  fault?: string | undefined;
}

interface Operation {
  template: string;
  matcher: RegExp;
  method: string;
  summary: string;
  bodyRequired: boolean;
  validate: ValidateFunction | undefined;
  pathParam: string | undefined;
}

export interface StandInOptions {
  socketPath: string;
  specPath?: string | undefined;
  /** Treat objects without `additionalProperties` as closed (Firecracker's serde behaviour). Default true. */
  rejectUnknownFields?: boolean | undefined;
  /** Delay before a SendCtrlAltDel "guest" exits the process; default 20 ms. */
  shutdownDelayMs?: number | undefined;
}

type SpecSchema = Record<string, unknown>;

/** Compiled spec, cached per file and strictness (compiling takes a while). */
const compiled = new Map<string, Operation[]>();

export function loadSpecOperations(specPath = SPEC_PATH, rejectUnknownFields = true): Operation[] {
  const key = `${specPath}|${rejectUnknownFields}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const spec = parseYaml(readFileSync(specPath, "utf8")) as {
    paths: Record<string, Record<string, { summary?: string; parameters?: SpecSchema[] }>>;
    definitions: Record<string, SpecSchema>;
  };
  const definitions = structuredClone(spec.definitions);
  if (rejectUnknownFields) for (const def of Object.values(definitions)) closeObjects(def);
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) });
  // The spec writes one regular expression as a `format` (MmdsConfig.ipv4_address): check it as one.
  for (const format of collectFormats(definitions)) {
    if (format !== "int64" && format !== "int32") ajv.addFormat(format, new RegExp(`^${format}$`));
  }
  ajv.addSchema({ $id: "firecracker", definitions }, "firecracker");
  const ops: Operation[] = [];
  for (const [template, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters ?? [];
      const bodyParam = params.find((p) => p.in === "body");
      const pathParam = params.find((p) => p.in === "path")?.name as string | undefined;
      let validate: ValidateFunction | undefined;
      if (bodyParam) {
        const schema = rewriteRefs(bodyParam.schema) as SpecSchema;
        validate = ajv.compile({ ...schema });
      }
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "([^/]+)");
      ops.push({
        template,
        matcher: new RegExp(`^${pattern}$`),
        method: method.toUpperCase(),
        summary: op.summary ?? "",
        bodyRequired: bodyParam?.required === true,
        validate,
        pathParam,
      });
    }
  }
  compiled.set(key, ops);
  return ops;
}

/** `#/definitions/X` → `firecracker#/definitions/X` so bodies compile against the shared definitions. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node && typeof node === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `firecracker${v}` : rewriteRefs(v);
    }
    return out;
  }
  return node;
}

function collectFormats(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) collectFormats(n, into);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "format" && typeof v === "string") into.add(v);
      else collectFormats(v, into);
    }
  }
  return into;
}

function closeObjects(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) closeObjects(n);
    return;
  }
  if (!node || typeof node !== "object") return;
  const obj = node as Record<string, unknown>;
  if (obj.properties && typeof obj.properties === "object" && obj.additionalProperties === undefined) {
    obj.additionalProperties = false;
  }
  for (const v of Object.values(obj)) closeObjects(v);
}

type InstanceState = "Not started" | "Running" | "Paused";

/** One fake Firecracker process: the API server plus serial stdio. */
export class FirecrackerStandIn {
  readonly socketPath: string;
  readonly requests: RecordedRequest[] = [];
  /** The guest serial console: what the "guest" writes. */
  readonly stdout = new PassThrough();
  /** Serial input: echoed back on `stdout`. */
  readonly stdin = new PassThrough();
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
  state: InstanceState = "Not started";
  /** Resources configured so far, by kind (`/drives/rootfs` → `drives`). */
  readonly config: Record<string, unknown> = {};
  readonly #server: Server;
  readonly #ops: Operation[];
  readonly #shutdownDelayMs: number;
  #resolveExit!: (v: { code: number | null; signal: string | null }) => void;
  #metricsSet = false;
  #closed = false;

  private constructor(options: StandInOptions) {
    this.socketPath = options.socketPath;
    this.#ops = loadSpecOperations(options.specPath, options.rejectUnknownFields ?? true);
    this.#shutdownDelayMs = options.shutdownDelayMs ?? 20;
    this.exited = new Promise((r) => {
      this.#resolveExit = r;
    });
    this.stdin.on("data", (d: Buffer) => this.stdout.write(d));
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((e: unknown) => send(res, 500, { fault_message: String(e) }));
    });
  }

  static async start(options: StandInOptions): Promise<FirecrackerStandIn> {
    const standIn = new FirecrackerStandIn(options);
    await new Promise<void>((resolve, reject) => {
      standIn.#server.once("error", reject);
      standIn.#server.listen(options.socketPath, () => resolve());
    });
    return standIn;
  }

  /** Requests whose body broke the spec's schema. */
  schemaViolations(): RecordedRequest[] {
    return this.requests.filter((r) => r.violations.length > 0);
  }

  /** Ends the "process": stops answering. The socket file stays behind; cleaning it up is the driver's job. */
  async kill(signal = "SIGKILL"): Promise<void> {
    await this.#exit(null, signal);
  }

  async #exit(code: number | null, signal: string | null): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#server.closeAllConnections();
    await new Promise<void>((r) => this.#server.close(() => r()));
    this.stdout.end();
    this.#resolveExit({ code, signal });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const text = await readBody(req);
    const record: RecordedRequest = { method, path, body: undefined, status: 0, violations: [] };
    this.requests.push(record);
    const reply = (status: number, body?: unknown, fault?: string) => {
      record.status = status;
      record.fault = fault;
      send(res, status, fault === undefined ? body : { fault_message: fault });
    };

    let op: Operation | undefined;
    let param: string | undefined;
    for (const o of this.#ops) {
      const m = o.matcher.exec(path);
      if (m && o.method === method) {
        op = o;
        param = m[1] === undefined ? undefined : decodeURIComponent(m[1]);
        break;
      }
    }
    if (!op) {
      record.violations.push(`${method} ${path} is not an operation of the spec`);
      return reply(400, undefined, "Invalid request method and/or path.");
    }

    if (text.length > 0) {
      try {
        record.body = JSON.parse(text);
      } catch {
        record.violations.push("body is not JSON");
        return reply(400, undefined, "The request body is not valid JSON.");
      }
    }
    if (op.validate) {
      if (record.body === undefined && op.bodyRequired) record.violations.push("body is required");
      else if (record.body !== undefined && !op.validate(record.body)) {
        for (const e of op.validate.errors ?? []) {
          const extra = e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : "";
          record.violations.push(`${e.instancePath || "/"} ${e.message ?? e.keyword}${extra}`);
        }
      }
      if (record.violations.length > 0) return reply(400, undefined, `Invalid body: ${record.violations.join("; ")}`);
    } else if (record.body !== undefined) {
      record.violations.push("this operation takes no body");
      return reply(400, undefined, "This operation takes no body.");
    }

    const body = (record.body ?? {}) as Record<string, unknown>;
    if (op.pathParam && param !== undefined) {
      const idField = op.pathParam === "id" ? "id" : op.pathParam;
      if (body[idField] !== undefined && body[idField] !== param) {
        return reply(400, undefined, "The id from the path does not match the id from the body!");
      }
    }

    const started = this.state !== "Not started";
    if (/Pre-boot only/i.test(op.summary) && started) return reply(400, undefined, FAULT_AFTER_START);
    if (/Post-boot only/i.test(op.summary) && !started) return reply(400, undefined, FAULT_BEFORE_START);

    const fault = this.#apply(op, method, body, param);
    if (fault !== undefined) return reply(400, undefined, fault);
    const result = this.#read(op.template, method);
    return result === undefined ? reply(204) : reply(200, result);
  }

  /** Applies a valid request; answers a fault text when the state forbids it. */
  #apply(op: Operation, method: string, body: Record<string, unknown>, param: string | undefined): string | undefined {
    if (method === "GET") return undefined;
    switch (op.template) {
      case "/actions": {
        const action = body.action_type;
        if (action === "InstanceStart") {
          if (this.state !== "Not started") return FAULT_AFTER_START;
          if (!this.config["boot-source"]) return "Cannot start microvm without kernel configuration.";
          this.state = "Running";
          this.stdout.write("Firecracker stand-in: guest booted\n");
        } else if (action === "SendCtrlAltDel") {
          // Firecracker behaviour: needs a running guest; the guest then shuts down and the VMM exits.
          if (this.state === "Not started") return FAULT_BEFORE_START;
          setTimeout(() => void this.#exit(0, null), this.#shutdownDelayMs);
        } else if (action === "FlushMetrics") {
          // Firecracker writes one JSON object per flush, counters since the last flush. Only the few
          // fields the driver reads are imitated here; the real object has many more.
          const metrics = this.config.metrics as { metrics_path?: string } | undefined;
          if (!metrics?.metrics_path) return "Metrics system is not initialized.";
          const line = { block: { read_bytes: 4096, write_bytes: 512 }, net: { rx_bytes_count: 100, tx_bytes_count: 50 } };
          appendFileSync(metrics.metrics_path, `${JSON.stringify(line)}\n`);
        }
        return undefined;
      }
      case "/vm": {
        // Firecracker behaviour: pausing needs a started VM.
        if (this.state === "Not started") return FAULT_BEFORE_START;
        this.state = body.state === "Paused" ? "Paused" : "Running";
        return undefined;
      }
      case "/snapshot/create": {
        if (this.state !== "Paused") return "Cannot create a snapshot: the microVM is not paused.";
        const { logger: _l, metrics: _m, snapshot: _s, ...devices } = this.config;
        try {
          writeFileSync(body.snapshot_path as string, JSON.stringify({ standIn: "firecracker-vmstate", devices }));
          writeFileSync(body.mem_file_path as string, "stand-in guest memory\n");
        } catch (e) {
          return `Cannot create snapshot: ${(e as Error).message}`;
        }
        return undefined;
      }
      case "/snapshot/load": {
        const configured = Object.keys(this.config).filter((k) => k !== "logger" && k !== "metrics");
        if (configured.length > 0) return "Loading a microVM snapshot not allowed after configuring boot-specific resources.";
        const memFile = body.mem_file_path !== undefined;
        const memBackend = body.mem_backend !== undefined;
        if (memFile === memBackend) return "Exactly one of mem_file_path and mem_backend must be given.";
        const memPath = (body.mem_file_path ??
          (body.mem_backend as { backend_path?: string } | undefined)?.backend_path) as string;
        let saved: { devices?: Record<string, unknown> };
        try {
          saved = JSON.parse(readFileSync(body.snapshot_path as string, "utf8"));
        } catch (e) {
          return `Cannot load microVM state: ${(e as Error).message}`;
        }
        if (!existsSync(memPath)) return `Cannot load guest memory: ${memPath} does not exist.`;
        Object.assign(this.config, structuredClone(saved.devices ?? {}));
        for (const o of (body.network_overrides ?? []) as Array<{ iface_id: string; host_dev_name: string }>) {
          const nics = (this.config["network-interfaces"] ?? {}) as Record<string, Record<string, unknown>>;
          const nic = nics[o.iface_id];
          if (!nic) return `Invalid network override: no interface ${o.iface_id} in the snapshot.`;
          nic.host_dev_name = o.host_dev_name;
        }
        this.state = body.resume_vm === true ? "Running" : "Paused";
        this.config.snapshot = body;
        return undefined;
      }
      case "/metrics":
        if (this.#metricsSet) return "Reinitialization of metrics not allowed.";
        this.#metricsSet = true;
        this.config.metrics = body;
        return undefined;
      case "/machine-config": {
        const merged = { ...(method === "PATCH" ? this.#machineConfig() : {}), ...body } as Record<string, unknown>;
        const vcpus = merged.vcpu_count as number;
        if (merged.smt === true && vcpus !== 1 && vcpus % 2 !== 0) {
          return "The vCPU number is invalid! The vCPU number can only be 1 or an even number when SMT is enabled.";
        }
        if (merged.huge_pages === "2M" && (merged.mem_size_mib as number) % 2 !== 0) {
          return "The memory size (MiB) must be a multiple of 2 when using 2M huge pages.";
        }
        this.config["machine-config"] = merged;
        return undefined;
      }
      default: {
        const kind = op.template.split("/")[1] ?? op.template;
        if (param !== undefined) {
          const byId = (this.config[kind] ?? {}) as Record<string, unknown>;
          if (method === "PATCH" && byId[param] === undefined) return `No ${kind} with id ${param}.`;
          if (kind === "drives" && method === "PUT" && body.is_root_device === true) {
            const otherRoot = Object.entries(byId).some(
              ([id, d]) => id !== param && (d as { is_root_device?: boolean }).is_root_device === true,
            );
            if (otherRoot) return "A root block device already exists!";
          }
          byId[param] = { ...((byId[param] as object | undefined) ?? {}), ...body };
          this.config[kind] = byId;
        } else {
          this.config[kind] = body;
        }
        return undefined;
      }
    }
  }

  #machineConfig(): Record<string, unknown> {
    return (
      (this.config["machine-config"] as Record<string, unknown> | undefined) ?? {
        vcpu_count: 1,
        mem_size_mib: 128,
        smt: false,
        track_dirty_pages: false,
      }
    );
  }

  #read(template: string, method: string): unknown {
    if (method !== "GET") return undefined;
    if (template === "/") return { app_name: "Firecracker", id: "anonymous-instance", state: this.state, vmm_version: "1.16.1" };
    if (template === "/machine-config") return this.#machineConfig();
    if (template === "/version") return { firecracker_version: "1.16.1" };
    if (template === "/vm/config") return this.config;
    return {};
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) }).end(text);
}
