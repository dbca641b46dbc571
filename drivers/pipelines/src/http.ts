import { PipelineError, type PipelineErrorDetails } from "./port.ts";

/** The part of `fetch` the drivers use; tests and proxies can hand in their own. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

type Provider = PipelineErrorDetails["provider"];

export interface SendOptions {
  provider: Provider;
  /** Who we talked to, for messages (`GitHub`, `gitlab.example.com`). */
  label: string;
  fetch: FetchLike;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/**
 * Sends one request. Answers every HTTP status as a `Response` (callers map statuses to errors);
 * throws a `PipelineError` only when there was no answer: `timeout` after `timeoutMs`,
 * `unavailable` for a network failure. When the caller's own signal aborts, its reason is thrown
 * unchanged.
 */
export async function send(url: string, init: RequestInit, options: SendOptions): Promise<Response> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    return await options.fetch(url, { ...init, signal });
  } catch (e) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) {
      throw new PipelineError(
        "timeout",
        `${options.label} did not answer ${init.method ?? "GET"} ${pathOf(url)} within ${options.timeoutMs} ms.`,
        {
          provider: options.provider,
          suggestion: `Check that ${options.label} is reachable from Shipyard and not overloaded; the request can be retried.`,
          cause: e,
        },
      );
    }
    throw new PipelineError(
      "unavailable",
      `Could not reach ${options.label} (${init.method ?? "GET"} ${pathOf(url)}): ${errorText(e)}.`,
      {
        provider: options.provider,
        suggestion: `Check the base URL and the network between Shipyard and ${options.label}.`,
        cause: e,
      },
    );
  }
}

const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

const errorText = (e: unknown): string => {
  if (e instanceof Error) {
    const cause = e.cause instanceof Error ? `: ${e.cause.message}` : "";
    return `${e.message}${cause}`;
  }
  return String(e);
};

/** The body as JSON, or `undefined` when it is empty or not JSON. */
export async function readJson(res: Response): Promise<unknown> {
  const text = await res.text().catch(() => "");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads the body as the JSON object or array the API documents; anything else is `unavailable`. */
export async function expectJson<T>(res: Response, label: string, provider: Provider, what: string): Promise<T> {
  const body = await readJson(res);
  if (body === undefined || typeof body !== "object" || body === null) {
    throw new PipelineError("unavailable", `${label} answered ${what} with HTTP ${res.status} but no JSON body.`, {
      provider,
      status: res.status,
      suggestion: `Check that the base URL points at the ${label} API (a proxy or login page may be answering instead).`,
    });
  }
  return body as T;
}

/**
 * Milliseconds to wait before retrying, from `Retry-After` (seconds or an HTTP date), else a reset
 * time in epoch seconds (`x-ratelimit-reset` on GitHub, `RateLimit-Reset` on GitLab).
 */
export function retryAfterMs(headers: Headers, nowMs: number): number | undefined {
  const value = headers.get("retry-after")?.trim();
  if (value) {
    if (/^\d+$/.test(value)) return Number(value) * 1000;
    const at = Date.parse(value);
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs);
  }
  for (const name of ["x-ratelimit-reset", "ratelimit-reset"]) {
    const reset = headers.get(name)?.trim();
    if (reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - nowMs);
  }
  return undefined;
}

/** The `rel="next"` target of a `Link` header (RFC 8288), resolved against the request URL. */
export function linkNext(header: string | null, base: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!m) continue;
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(m[2] as string);
    if ((rel?.[1] ?? rel?.[2] ?? "").split(/\s+/).includes("next")) return new URL(m[1] as string, base).toString();
  }
  return undefined;
}

/** `a few seconds`, `3 min`: how long to wait, for messages. */
export function formatWait(ms: number | undefined): string {
  if (ms === undefined) return "a while";
  if (ms < 60_000) return `${Math.max(1, Math.ceil(ms / 1000))} s`;
  return `${Math.ceil(ms / 60_000)} min`;
}

/** Waits `ms`, or throws the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * A log body as lines, as it streams in: CRLF and lone CR handled (a CR inside a line means the
 * terminal overwrote what came before it, so only the text after the last CR is kept), ANSI
 * escape sequences removed.
 */
export async function* responseLines(res: Response): AsyncIterable<string> {
  if (!res.body) return;
  const decoder = new TextDecoder();
  let rest = "";
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    rest += decoder.decode(chunk, { stream: true });
    const parts = rest.split("\n");
    rest = parts.pop() ?? "";
    for (const part of parts) yield cleanLogLine(part);
  }
  rest += decoder.decode();
  if (rest !== "") yield cleanLogLine(rest);
}

// CSI sequences (colours, erase-line) and OSC sequences (titles, hyperlinks).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal escape sequences is the point
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

export function cleanLogLine(line: string): string {
  const withoutEscapes = line.replace(ANSI, "");
  const trimmed = withoutEscapes.endsWith("\r") ? withoutEscapes.slice(0, -1) : withoutEscapes;
  const cr = trimmed.lastIndexOf("\r");
  return cr === -1 ? trimmed : trimmed.slice(cr + 1);
}

/**
 * Whether `text` names `id` as a whole token (so build `b1` is not found in `b10`): the characters
 * around it must not be letters, digits, `-` or `_`.
 */
export function mentionsId(text: string | null | undefined, id: string): boolean {
  if (!text || !id) return false;
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|[^A-Za-z0-9_-])${escaped}(?:$|[^A-Za-z0-9_-])`).test(text);
}

/**
 * The image digest a pipeline reports with the marker `shipyard-digest=sha256:<hex>` (in a step
 * name on GitHub, in a job log on GitLab). `SHIPYARD_DIGEST=` and `:` instead of `=` also count.
 */
export function findDigestMarker(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  return /shipyard[-_]digest\s*[=:]\s*(sha256:[a-f0-9]{64})\b/i.exec(text)?.[1]?.toLowerCase();
}
