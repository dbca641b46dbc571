import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { clip, DockerEngineError, engineErrorFromStatus } from "./engine-error.ts";
import { type EngineMessage, readEngineMessages } from "./json-messages.ts";

/** Where a Docker engine listens on Linux unless told otherwise. */
export const DEFAULT_DOCKER_SOCKET = "/var/run/docker.sock";

/** Oldest Engine API we speak (Docker 20.10); what we ask for when the engine offers more. */
export const MIN_API_VERSION = "1.41";
export const MAX_API_VERSION = "1.47";

export interface DockerEngineHttpOptions {
  /** Unix socket of the engine. Default `/var/run/docker.sock`. */
  socketPath?: string | undefined;
  /**
   * Engine API version to put in paths (`1.41`). Default: negotiated once with `/_ping` — the
   * engine's version, capped at `MAX_API_VERSION`; an engine older than `MIN_API_VERSION` is refused.
   */
  apiVersion?: string | undefined;
  /** Default timeout of requests that are not streams, in milliseconds. Default 30 s. */
  timeoutMs?: number | undefined;
  /** Largest non-stream answer read into memory. Default 16 MiB. */
  maxBodyBytes?: number | undefined;
  userAgent?: string | undefined;
}

export type EngineQuery = Readonly<Record<string, string | number | boolean | undefined>>;

/** A request body: bytes, text, or a stream of bytes (a build context). */
export type EngineBody = Uint8Array | string | AsyncIterable<Uint8Array>;

export interface EngineRequest {
  method: "GET" | "HEAD" | "POST" | "PUT" | "DELETE";
  /** Path below the version prefix, already encoded (`/images/foo/json`). See `imagePath`. */
  path: string;
  query?: EngineQuery | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  body?: EngineBody | undefined;
  /** Sent as `application/json` (instead of `body`). */
  json?: unknown;
  signal?: AbortSignal | undefined;
  /** Milliseconds until the answer of a plain request must be complete; `0` means no limit. Default: the client's `timeoutMs`. Streams have none. */
  timeoutMs?: number | undefined;
  /** What the request does, for error messages (`the push of 127.0.0.1:5000/app:1`). */
  what: string;
}

export interface EngineResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
  /** Why a streamed upload stopped after the answer began, if it did (a build context that failed to read). */
  uploadError(): unknown;
}

/** Encodes an image name for a path (`/images/{name}/json`): slashes stay, everything else is escaped. */
export const imagePath = (name: string): string => name.split("/").map(encodeURIComponent).join("/");

/** `1.41` < `1.47`: compares `major.minor` API versions. */
export function compareApiVersions(a: string, b: string): number {
  const [amaj = 0, amin = 0] = a.split(".").map((n) => Number.parseInt(n, 10) || 0);
  const [bmaj = 0, bmin = 0] = b.split(".").map((n) => Number.parseInt(n, 10) || 0);
  return amaj - bmaj || amin - bmin;
}

/**
 * HTTP to the Docker Engine API over its unix socket (node:http; one connection per request, which
 * is what the engine expects for hijacked and streamed endpoints). Every failure is a
 * `DockerEngineError`, except a caller's abort, which passes through as the signal's reason.
 */
export class DockerEngineHttp {
  readonly socketPath: string;
  private readonly fixedVersion: string | undefined;
  private readonly timeoutMs: number;
  private readonly maxBodyBytes: number;
  private readonly userAgent: string;
  private negotiated: Promise<string> | undefined;

  constructor(options: DockerEngineHttpOptions = {}) {
    this.socketPath = options.socketPath ?? DEFAULT_DOCKER_SOCKET;
    this.fixedVersion = options.apiVersion;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxBodyBytes = options.maxBodyBytes ?? 16 * 1024 * 1024;
    this.userAgent = options.userAgent ?? "shipyard-docker-engine";
  }

  /** `GET /_ping` (unversioned): resolves the API version the engine offers, throws when it does not answer. */
  async ping(signal?: AbortSignal): Promise<{ apiVersion: string | undefined; osType: string | undefined }> {
    const req: EngineRequest = { method: "GET", path: "/_ping", signal, what: "a ping" };
    const bounded = withTimeout(signal, this.timeoutMs);
    try {
      const res = await this.open({ ...req, signal: bounded }, undefined);
      const text = await this.readText(res, bounded, "a ping");
      if (res.status !== 200) throw engineErrorFromStatus(res.status, text, "a ping");
      const header = (name: string) => {
        const v = res.headers[name];
        return typeof v === "string" ? v : undefined;
      };
      return { apiVersion: header("api-version"), osType: header("ostype") };
    } catch (e) {
      throw this.timedOut(e, req, bounded, this.timeoutMs);
    }
  }

  /** The API version this client puts in paths (negotiated on first use unless configured). */
  apiVersion(signal?: AbortSignal): Promise<string> {
    if (this.fixedVersion) return Promise.resolve(this.fixedVersion);
    // Not tied to the first caller's signal: others may be waiting for the same answer.
    this.negotiated ??= this.ping().then(({ apiVersion }) => {
      const offered = apiVersion ?? MIN_API_VERSION;
      if (compareApiVersions(offered, MIN_API_VERSION) < 0) {
        throw new DockerEngineError(
          "unsupported",
          `The Docker engine at ${this.socketPath} speaks Engine API ${offered}; Shipyard needs ${MIN_API_VERSION} or newer.`,
          { suggestion: "Upgrade the Docker engine to 20.10 or newer." },
        );
      }
      return compareApiVersions(offered, MAX_API_VERSION) > 0 ? MAX_API_VERSION : offered;
    });
    const negotiated = this.negotiated;
    // A failed negotiation (engine down) is tried again on the next request.
    negotiated.catch(() => {
      if (this.negotiated === negotiated) this.negotiated = undefined;
    });
    if (!signal) return negotiated;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<string>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      negotiated.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
    });
  }

  /**
   * Sends a request and resolves once the answer's headers are in. An error status is read and
   * thrown as a `DockerEngineError`; a success leaves the body for the caller to read.
   */
  async send(req: EngineRequest): Promise<EngineResponse> {
    const version = await this.apiVersion(req.signal);
    const res = await this.open(req, version);
    if (res.status >= 400) {
      const text = await this.readText(res, req.signal, req.what).catch(() => "");
      throw engineErrorFromStatus(res.status, engineMessageOf(text), req.what);
    }
    return res;
  }

  /** A plain request whose answer is JSON (or empty: `undefined`). */
  async json<T>(req: EngineRequest): Promise<T> {
    const timeoutMs = req.timeoutMs ?? this.timeoutMs;
    const signal = withTimeout(req.signal, timeoutMs);
    try {
      const res = await this.send({ ...req, signal, timeoutMs: 0 });
      const text = await this.readText(res, signal, req.what);
      if (!text.trim()) return undefined as T;
      try {
        return JSON.parse(text) as T;
      } catch (e) {
        throw new DockerEngineError("internal", `The Docker engine answered ${req.what} with something that is not JSON.`, {
          status: res.status,
          cause: e,
        });
      }
    } catch (e) {
      throw this.timedOut(e, req, signal, timeoutMs);
    }
  }

  /** A plain request whose answer does not matter beyond its status. */
  async call(req: EngineRequest): Promise<void> {
    await this.json<unknown>(req);
  }

  /**
   * A streamed request (`/build`, `/images/{name}/push`): the engine's progress messages as they
   * come. No timeout of its own (a build step may be quiet for long): the caller's signal bounds it.
   * Stopping the iteration early closes the connection, which makes the engine stop the work.
   */
  async *messages(req: EngineRequest): AsyncGenerator<EngineMessage> {
    const res = await this.send({ ...req, timeoutMs: 0 });
    try {
      yield* readEngineMessages(res.body);
      const uploadError = res.uploadError();
      if (uploadError) throw uploadError;
    } catch (e) {
      if (req.signal?.aborted) throw req.signal.reason ?? e;
      const uploadError = res.uploadError();
      if (uploadError) throw uploadError;
      if (e instanceof DockerEngineError) throw e;
      throw new DockerEngineError("unavailable", `The Docker engine stopped answering during ${req.what}: ${errorWords(e)}.`, {
        cause: e,
        suggestion: "The engine may have restarted: check it and try again.",
      });
    } finally {
      res.body.destroy();
    }
  }

  private open(req: EngineRequest, version: string | undefined): Promise<EngineResponse> {
    const { signal } = req;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const headers: Record<string, string> = { "user-agent": this.userAgent, ...req.headers };
    let body: EngineBody | undefined = req.body;
    if (req.json !== undefined) {
      body = JSON.stringify(req.json);
      headers["content-type"] = "application/json";
    }
    const path = `${version ? `/v${version}` : ""}${req.path}${queryString(req.query)}`;
    return new Promise<EngineResponse>((resolve, reject) => {
      let settled = false;
      let uploadError: unknown;
      const fail = (e: unknown) => {
        if (settled) return;
        settled = true;
        reject(signal?.aborted ? (signal.reason ?? e) : (uploadError ?? this.connectionError(e, req.what)));
      };
      const r = httpRequest(
        { socketPath: this.socketPath, method: req.method, path, headers, signal },
        (res: IncomingMessage) => {
          settled = true;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, uploadError: () => uploadError });
        },
      );
      r.on("error", fail);
      if (body === undefined) r.end();
      else if (typeof body === "string" || body instanceof Uint8Array) r.end(body);
      else {
        const source = Readable.from(body, { objectMode: false });
        source.once("error", (e: unknown) => {
          // The body itself failed (a file of a build context could not be read): that is the error
          // to report, not the broken connection it leads to.
          uploadError =
            e instanceof DockerEngineError
              ? e
              : new DockerEngineError("invalid_input", `Could not send ${req.what}: ${errorWords(e)}.`, { cause: e });
        });
        // An engine that answers early (an error) may close while we still write: the answer says
        // what went wrong, so a broken upload only matters while no answer has come.
        pipeline(source, r).catch((e: unknown) => {
          fail(e);
          r.destroy();
        });
      }
    });
  }

  private async readText(res: EngineResponse, signal: AbortSignal | undefined, what: string): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > this.maxBodyBytes) {
          res.body.destroy();
          throw new DockerEngineError(
            "internal",
            `The Docker engine answered ${what} with more than ${this.maxBodyBytes} bytes.`,
          );
        }
        chunks.push(chunk);
      }
    } catch (e) {
      if (signal?.aborted) throw signal.reason ?? e;
      if (e instanceof DockerEngineError) throw e;
      throw this.connectionError(e, what);
    }
    return Buffer.concat(chunks).toString("utf8");
  }

  private connectionError(e: unknown, what: string): unknown {
    if (e instanceof DockerEngineError) return e;
    const code = (e as { code?: string } | undefined)?.code;
    const where = `the Docker engine at ${this.socketPath}`;
    if (code === "ENOENT") {
      return new DockerEngineError("unavailable", `No Docker engine listens on ${this.socketPath} (the socket does not exist).`, {
        cause: e,
        suggestion: "Start the Docker engine (dockerd), or point Shipyard at the socket it listens on.",
      });
    }
    if (code === "EACCES" || code === "EPERM") {
      return new DockerEngineError("forbidden", `No permission to use ${where}.`, {
        cause: e,
        suggestion: "Run Shipyard as root or as a user in the socket's group (usually `docker`).",
      });
    }
    if (code === "ECONNREFUSED") {
      return new DockerEngineError("unavailable", `${capitalise(where)} refused the connection (${what}).`, {
        cause: e,
        suggestion: "The engine is not running: start it and try again.",
      });
    }
    return new DockerEngineError("unavailable", `${capitalise(where)} could not be reached for ${what}: ${errorWords(e)}.`, {
      cause: e,
      suggestion: "Check that the engine is running and healthy.",
    });
  }

  /** A request that ran out of time is `timeout`; a caller's abort and other errors pass through. */
  private timedOut(e: unknown, req: EngineRequest, signal: AbortSignal | undefined, timeoutMs: number): unknown {
    if (req.signal?.aborted) return req.signal.reason ?? e;
    if (signal?.aborted && timeoutMs > 0) {
      return new DockerEngineError("timeout", `The Docker engine did not finish ${req.what} within ${timeoutMs} ms.`, {
        cause: e,
        suggestion: "The engine may be overloaded: try again.",
      });
    }
    return e;
  }
}

function withTimeout(signal: AbortSignal | undefined, timeoutMs: number): AbortSignal | undefined {
  if (!(timeoutMs > 0)) return signal;
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

function queryString(query: EngineQuery | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    params.set(k, typeof v === "boolean" ? (v ? "1" : "0") : String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The `message` of an engine error answer, or the raw text when it is not JSON. */
function engineMessageOf(text: string): string | undefined {
  if (!text.trim()) return undefined;
  try {
    const body = JSON.parse(text) as { message?: unknown };
    if (typeof body.message === "string") return body.message;
  } catch {
    // Plain text (old engines, proxies).
  }
  return clip(text.trim(), 500);
}

const errorWords = (e: unknown): string =>
  (e as { code?: string } | undefined)?.code ?? (e instanceof Error ? e.message : String(e));

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
