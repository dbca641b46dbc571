import { DockerEngineError } from "./engine-error.ts";

/**
 * One message of the engine's progress streams (`/build`, `/images/{name}/push`, `/images/create`):
 * the `jsonmessage` shape of moby. Only the fields we read are typed.
 */
export interface EngineMessage {
  /** Build output: step headers, `RUN` output, `Successfully built …`. */
  stream?: string | undefined;
  /** Pull/push progress: `Preparing`, `Pushing`, `Pushed`, `<tag>: digest: sha256:… size: …`. */
  status?: string | undefined;
  id?: string | undefined;
  progress?: string | undefined;
  progressDetail?: { current?: number | undefined; total?: number | undefined } | undefined;
  /** Side data: `{ID}` of a built image, `{Tag, Digest, Size}` of a push. */
  aux?: Record<string, unknown> | undefined;
  error?: string | undefined;
  errorDetail?: { code?: number | undefined; message?: string | undefined } | undefined;
}

/** What a message means, for code that follows a stream. */
export type EngineEvent =
  | { type: "log"; text: string }
  | {
      type: "status";
      status: string;
      id?: string | undefined;
      progress?: string | undefined;
      current?: number | undefined;
      total?: number | undefined;
    }
  | { type: "aux"; aux: Record<string, unknown> }
  | { type: "error"; message: string; code?: number | undefined };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** Reads one decoded JSON value as an `EngineMessage`, keeping only well-typed fields. */
export function toEngineMessage(value: unknown): EngineMessage {
  if (!isRecord(value)) return {};
  const msg: EngineMessage = {};
  const stream = str(value.stream);
  if (stream !== undefined) msg.stream = stream;
  const status = str(value.status);
  if (status !== undefined) msg.status = status;
  const id = str(value.id);
  if (id !== undefined) msg.id = id;
  const progress = str(value.progress);
  if (progress !== undefined) msg.progress = progress;
  if (isRecord(value.progressDetail)) {
    msg.progressDetail = { current: num(value.progressDetail.current), total: num(value.progressDetail.total) };
  }
  if (isRecord(value.aux)) msg.aux = value.aux;
  const error = str(value.error);
  if (error !== undefined) msg.error = error;
  if (isRecord(value.errorDetail)) {
    msg.errorDetail = { code: num(value.errorDetail.code), message: str(value.errorDetail.message) };
  }
  return msg;
}

/** Turns a message into the one event it carries; an error wins over everything else on the line. */
export function toEngineEvent(msg: EngineMessage): EngineEvent | undefined {
  const errorText = msg.errorDetail?.message || msg.error;
  if (errorText !== undefined || msg.errorDetail) {
    return { type: "error", message: errorText || "the engine reported an error without words", code: msg.errorDetail?.code };
  }
  if (msg.aux) return { type: "aux", aux: msg.aux };
  if (msg.stream !== undefined) return { type: "log", text: msg.stream };
  if (msg.status !== undefined) {
    return {
      type: "status",
      status: msg.status,
      id: msg.id,
      progress: msg.progress,
      current: msg.progressDetail?.current,
      total: msg.progressDetail?.total,
    };
  }
  return undefined;
}

export interface JsonMessageSplitterOptions {
  /** Longest single message accepted, in characters. Default 1 MiB. */
  maxMessageChars?: number | undefined;
}

/**
 * Splits a stream of concatenated JSON objects into the objects' texts. The engine writes one
 * object per line (`\r\n`), but like moby's own decoder this does not depend on it: objects are
 * found by balancing braces outside strings, so `{…}{…}`, `{…}\n{…}` and objects torn across
 * chunks all work. Anything between objects other than whitespace is an error.
 */
export class JsonMessageSplitter {
  private readonly max: number;
  /** Pieces of the object not finished yet (kept apart: joining on every push would rescan them). */
  private parts: string[] = [];
  private partsChars = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(options: JsonMessageSplitterOptions = {}) {
    this.max = options.maxMessageChars ?? 1024 * 1024;
  }

  /** Feeds more text; returns the complete objects it finished. */
  push(text: string): string[] {
    const out: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.depth === 0) {
        if (c === 0x7b /* { */) {
          start = i;
          this.depth = 1;
          continue;
        }
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
        throw new DockerEngineError(
          "internal",
          `The Docker engine sent a progress stream that is not JSON objects: ${JSON.stringify(text.slice(i, i + 80))}`,
        );
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c /* \ */) this.escaped = true;
        else if (c === 0x22 /* " */) this.inString = false;
        continue;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b) this.depth++;
      else if (c === 0x7d /* } */) {
        this.depth--;
        if (this.depth === 0) {
          const piece = text.slice(start, i + 1);
          out.push(this.parts.length > 0 ? this.parts.join("") + piece : piece);
          this.parts = [];
          this.partsChars = 0;
        }
      }
    }
    if (this.depth > 0) {
      const piece = text.slice(start);
      this.parts.push(piece);
      this.partsChars += piece.length;
      if (this.partsChars > this.max) {
        throw new DockerEngineError("internal", `The Docker engine sent a progress message longer than ${this.max} characters.`);
      }
    }
    return out;
  }

  /** Call at the end of the stream: throws when it stopped inside an object. */
  end(): void {
    if (this.depth !== 0) {
      throw new DockerEngineError("unavailable", "The Docker engine's progress stream ended in the middle of a message.", {
        suggestion: "The engine may have restarted: try again.",
      });
    }
  }
}

/** Decodes a progress stream (bytes as they arrive) into messages. */
export async function* readEngineMessages(
  body: AsyncIterable<Uint8Array | string>,
  options: JsonMessageSplitterOptions = {},
): AsyncGenerator<EngineMessage> {
  const decoder = new TextDecoder("utf-8");
  const splitter = new JsonMessageSplitter(options);
  for await (const chunk of body) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    for (const json of splitter.push(text)) yield parse(json);
  }
  const rest = decoder.decode();
  for (const json of splitter.push(rest)) yield parse(json);
  splitter.end();
}

function parse(json: string): EngineMessage {
  try {
    return toEngineMessage(JSON.parse(json));
  } catch (e) {
    throw new DockerEngineError(
      "internal",
      `The Docker engine sent a progress message that is not valid JSON: ${json.slice(0, 120)}`,
      {
        cause: e,
      },
    );
  }
}
