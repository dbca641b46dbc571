import { type ApiClient, createClient, type Page } from "@shipyard/contract";
import { UnreachableError } from "./errors.ts";

export const REQUEST_TIMEOUT_MS = 30_000;

const reasons: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  ECONNRESET: "connection reset",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_SOCKET: "connection closed unexpectedly",
};

function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `no answer within ${Math.ceil(timeoutMs / 1000)} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  if (code && reasons[code]) return reasons[code];
  if (cause?.message === "bad port") return "fetch refuses this port (it is on the WHATWG list of unsafe ports); use another one";
  return cause?.message || (error instanceof Error ? error.message : String(error));
}

/**
 * Wraps fetch so that a server that cannot be reached becomes an UnreachableError naming `server`,
 * every request has a timeout, and optional extra headers (e.g. a session cookie) are sent.
 */
export function reachableFetch(
  doFetch: typeof fetch,
  server: string,
  options: { timeoutMs?: number; headers?: Record<string, string>; onResponse?: (res: Response) => void } = {},
): typeof fetch {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    for (const [k, v] of Object.entries(options.headers ?? {})) headers.set(k, v);
    let res: Response;
    try {
      res = await doFetch(input, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new UnreachableError(server, networkReason(error, timeoutMs));
    }
    options.onResponse?.(res);
    return res;
  };
}

export interface ApiOptions {
  server: string;
  token?: string | undefined;
  fetch: typeof fetch;
  headers?: Record<string, string>;
  onResponse?: (res: Response) => void;
}

/** The typed contract client, talking to `server` with `token`. */
export function createApi(options: ApiOptions): ApiClient {
  return createClient({
    baseUrl: options.server,
    token: options.token,
    fetch: reachableFetch(options.fetch, options.server, {
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.onResponse ? { onResponse: options.onResponse } : {}),
    }),
  });
}

/** Follows `nextCursor` page by page, yielding each page; only the first page unless `all`. */
export async function* pages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  options: { all: boolean },
): AsyncGenerator<Page<T>> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield page;
    cursor = page.nextCursor ?? undefined;
  } while (options.all && cursor);
}

/** All items of a paginated list (or the first page only when `all` is false). */
export async function collect<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  options: { all: boolean },
): Promise<Page<T>> {
  const items: T[] = [];
  let last: Page<T> = { items: [], nextCursor: null, total: 0 };
  for await (const page of pages(fetchPage, options)) {
    items.push(...page.items);
    last = page;
  }
  return { items, nextCursor: last.nextCursor, total: last.total };
}
