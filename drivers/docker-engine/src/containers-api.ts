import { TextDecoder } from "node:util";
import { DockerEngineError, isDockerEngineError } from "./engine-error.ts";
import type { DockerEngineHttp, EngineQuery, EngineResponse } from "./engine-http.ts";
import { JsonMessageSplitter } from "./json-messages.ts";

/** A JSON object as the engine sends it (`/containers/{id}/json`, `/containers/json`, stats, events). */
export type EngineRecord = Record<string, unknown>;

export type StreamName = "stdin" | "stdout" | "stderr";

export interface StreamFrame {
  stream: StreamName;
  data: Buffer;
}

/** Label filters of `/containers/json` and `/events`: `key=value`, or `key` for "present". */
export type EngineFilters = Record<string, string[]>;

const STREAMS: Record<number, StreamName> = { 0: "stdin", 1: "stdout", 2: "stderr" };
/** Frames bigger than this are not a stdout/stderr stream: the body is probably raw (a TTY). */
const MAX_FRAME = 64 * 1024 * 1024;

/**
 * Demultiplexes the engine's stdout/stderr stream (logs and attach/exec without a TTY): frames of
 * an 8-byte header — stream (0 stdin, 1 stdout, 2 stderr), three zero bytes, big-endian uint32
 * length — and that many bytes. Frames torn across chunks are joined; a stream that ends inside a
 * frame yields what arrived of it. Bytes that are not such frames throw.
 */
export async function* demultiplexStream(body: AsyncIterable<Uint8Array>): AsyncGenerator<StreamFrame> {
  let pending = Buffer.alloc(0);
  for await (const chunk of body) {
    pending = pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([pending, chunk]);
    for (;;) {
      if (pending.length < 8) break;
      const stream = STREAMS[pending[0] ?? -1];
      const size = pending.readUInt32BE(4);
      if (!stream || pending[1] !== 0 || pending[2] !== 0 || pending[3] !== 0 || size > MAX_FRAME) {
        throw new DockerEngineError(
          "internal",
          "The Docker engine sent a log stream that is not multiplexed stdout/stderr frames (is it a TTY container?).",
        );
      }
      if (pending.length < 8 + size) break;
      const data = pending.subarray(8, 8 + size);
      pending = pending.subarray(8 + size);
      if (size > 0) yield { stream, data };
    }
  }
  if (pending.length > 8) {
    const stream = STREAMS[pending[0] ?? -1];
    if (stream) yield { stream, data: pending.subarray(8) };
  }
}

/** Splits frames of several streams into lines per stream (`\n` or `\r\n`); the last unended line of each comes at the end. */
export async function* splitLines(
  frames: AsyncIterable<{ stream: StreamName; data: Uint8Array }>,
): AsyncGenerator<{ stream: StreamName; line: string }> {
  const partial = new Map<StreamName, string>();
  const decoders = new Map<StreamName, TextDecoder>();
  for await (const { stream, data } of frames) {
    let decoder = decoders.get(stream);
    if (!decoder) {
      decoder = new TextDecoder("utf-8");
      decoders.set(stream, decoder);
    }
    const text = (partial.get(stream) ?? "") + decoder.decode(data, { stream: true });
    const lines = text.split("\n");
    partial.set(stream, lines.pop() ?? "");
    for (const line of lines) yield { stream, line: line.endsWith("\r") ? line.slice(0, -1) : line };
  }
  for (const [stream, rest] of partial) {
    const line = rest + (decoders.get(stream)?.decode() ?? "");
    if (line !== "") yield { stream, line };
  }
}

/** Decodes a stream of JSON objects (`/stats?stream=true`, `/events`). */
export async function* readJsonObjects(body: AsyncIterable<Uint8Array>): AsyncGenerator<EngineRecord> {
  const decoder = new TextDecoder("utf-8");
  const splitter = new JsonMessageSplitter();
  for await (const chunk of body) {
    for (const json of splitter.push(decoder.decode(chunk, { stream: true }))) yield parseRecord(json);
  }
  for (const json of splitter.push(decoder.decode())) yield parseRecord(json);
}

function parseRecord(json: string): EngineRecord {
  try {
    const v = JSON.parse(json) as unknown;
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as EngineRecord) : {};
  } catch (e) {
    throw new DockerEngineError("internal", `The Docker engine sent JSON that does not parse: ${json.slice(0, 120)}`, {
      cause: e,
    });
  }
}

export interface EngineLogOptions {
  follow?: boolean | undefined;
  /** Unix seconds (fractions allowed). */
  since?: number | undefined;
  tail?: number | undefined;
  timestamps?: boolean | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * The container endpoints of the Engine API, engine-shaped (`Config`, `HostConfig`, …): the
 * `DockerContainerDriver` maps them to the port's types. Failures are `DockerEngineError`s.
 */
export class ContainersApi {
  private readonly http: DockerEngineHttp;

  constructor(http: DockerEngineHttp) {
    this.http = http;
  }

  /** `POST /containers/create`: returns the new container's id. */
  async create(name: string, body: EngineRecord, signal?: AbortSignal): Promise<{ id: string; warnings: string[] }> {
    const res = await this.http.json<{ Id?: unknown; Warnings?: unknown }>({
      method: "POST",
      path: "/containers/create",
      query: { name },
      json: body,
      signal,
      what: `the creation of container ${name}`,
    });
    if (typeof res?.Id !== "string") throw new DockerEngineError("internal", `The Docker engine created ${name} without an id.`);
    const warnings = Array.isArray(res.Warnings) ? res.Warnings.filter((w): w is string => typeof w === "string") : [];
    return { id: res.Id, warnings };
  }

  async start(id: string, signal?: AbortSignal): Promise<void> {
    await this.http.call({ method: "POST", path: `/containers/${enc(id)}/start`, signal, what: `the start of container ${id}` });
  }

  /** Stops (TERM, KILL after `timeoutS`); a container that is not running is fine (304). */
  async stop(id: string, timeoutS?: number, signal?: AbortSignal): Promise<void> {
    await this.http.call({
      method: "POST",
      path: `/containers/${enc(id)}/stop`,
      query: { t: timeoutS },
      signal,
      timeoutMs: ((timeoutS ?? 10) + 30) * 1000,
      what: `the stop of container ${id}`,
    });
  }

  async restart(id: string, timeoutS?: number, signal?: AbortSignal): Promise<void> {
    await this.http.call({
      method: "POST",
      path: `/containers/${enc(id)}/restart`,
      query: { t: timeoutS },
      signal,
      timeoutMs: ((timeoutS ?? 10) + 30) * 1000,
      what: `the restart of container ${id}`,
    });
  }

  async kill(id: string, signalName = "SIGKILL", signal?: AbortSignal): Promise<void> {
    await this.http.call({
      method: "POST",
      path: `/containers/${enc(id)}/kill`,
      query: { signal: signalName },
      signal,
      what: `the kill of container ${id}`,
    });
  }

  /** `DELETE /containers/{id}` (anonymous volumes too). */
  async remove(id: string, options: { force?: boolean; signal?: AbortSignal } = {}): Promise<void> {
    await this.http.call({
      method: "DELETE",
      path: `/containers/${enc(id)}`,
      query: { force: options.force ?? false, v: true },
      signal: options.signal,
      timeoutMs: 60_000,
      what: `the removal of container ${id}`,
    });
  }

  /** `GET /containers/{id}/json`; `undefined` when there is no such container. */
  async inspect(id: string, signal?: AbortSignal): Promise<EngineRecord | undefined> {
    try {
      return await this.http.json<EngineRecord>({
        method: "GET",
        path: `/containers/${enc(id)}/json`,
        signal,
        what: `the inspection of container ${id}`,
      });
    } catch (e) {
      if (isDockerEngineError(e) && e.status === 404) return undefined;
      throw e;
    }
  }

  /** `GET /containers/json`: summaries. */
  async list(options: { all?: boolean; filters?: EngineFilters; signal?: AbortSignal } = {}): Promise<EngineRecord[]> {
    const res = await this.http.json<unknown>({
      method: "GET",
      path: "/containers/json",
      query: { all: options.all ?? true, filters: filtersQuery(options.filters) },
      signal: options.signal,
      what: "the list of containers",
    });
    return Array.isArray(res) ? res.filter((r): r is EngineRecord => typeof r === "object" && r !== null) : [];
  }

  /** `GET /containers/{id}/logs`: the raw body (multiplexed unless the container has a TTY). Destroy it to stop following. */
  async logs(id: string, options: EngineLogOptions = {}): Promise<EngineResponse> {
    return this.http.send({
      method: "GET",
      path: `/containers/${enc(id)}/logs`,
      query: {
        stdout: true,
        stderr: true,
        follow: options.follow ?? false,
        since: options.since,
        tail: options.tail === undefined ? "all" : options.tail,
        timestamps: options.timestamps ?? false,
      },
      signal: options.signal,
      timeoutMs: 0,
      what: `the logs of container ${id}`,
    });
  }

  /** One stats sample (`stream=false`: the engine waits for a second reading to fill `precpu_stats`). */
  async stats(id: string, signal?: AbortSignal): Promise<EngineRecord> {
    const res = await this.http.json<EngineRecord>({
      method: "GET",
      path: `/containers/${enc(id)}/stats`,
      query: { stream: false },
      signal,
      what: `the stats of container ${id}`,
    });
    return res ?? {};
  }

  /** Stats samples, about one a second, until aborted or the container goes away. */
  async *statsStream(id: string, signal?: AbortSignal): AsyncGenerator<EngineRecord> {
    yield* this.jsonStream({
      method: "GET",
      path: `/containers/${enc(id)}/stats`,
      query: { stream: true },
      signal,
      what: `the stats of container ${id}`,
    });
  }

  /** `GET /events` (JSON objects until `until`, or forever). */
  async *events(
    options: { filters?: EngineFilters; since?: number; until?: number; signal?: AbortSignal } = {},
  ): AsyncGenerator<EngineRecord> {
    yield* this.jsonStream({
      method: "GET",
      path: "/events",
      query: { filters: filtersQuery(options.filters), since: options.since, until: options.until },
      signal: options.signal,
      what: "the engine's events",
    });
  }

  private async *jsonStream(req: {
    method: "GET";
    path: string;
    query: EngineQuery;
    signal: AbortSignal | undefined;
    what: string;
  }): AsyncGenerator<EngineRecord> {
    const res = await this.http.send({ ...req, timeoutMs: 0 });
    try {
      yield* readJsonObjects(res.body);
    } catch (e) {
      if (req.signal?.aborted) return;
      if (e instanceof DockerEngineError) throw e;
      throw new DockerEngineError("unavailable", `The Docker engine stopped answering during ${req.what}.`, { cause: e });
    } finally {
      res.body.destroy();
    }
  }
}

const enc = encodeURIComponent;

function filtersQuery(filters: EngineFilters | undefined): string | undefined {
  if (!filters) return undefined;
  const entries = Object.entries(filters).filter(([, v]) => v.length > 0);
  return entries.length > 0 ? JSON.stringify(Object.fromEntries(entries)) : undefined;
}
