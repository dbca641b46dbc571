import type { z } from "zod";
import { Problem } from "./problem.ts";
import { type RouteDef, type RouteName, type Routes, routes } from "./routes.ts";

type Input<R> = (R extends { params: z.ZodType } ? { params: z.input<R["params"]> } : { params?: undefined }) &
  (R extends { query: z.ZodType } ? { query?: Partial<z.input<R["query"]>> } : { query?: undefined }) &
  (R extends { body: z.ZodType } ? { body: z.input<R["body"]> } : { body?: undefined });

export type RouteInput<N extends RouteName> = Input<Routes[N]>;
export type RouteOutput<N extends RouteName> = Routes[N] extends { response: z.ZodType }
  ? z.output<Routes[N]["response"]>
  : undefined;

/** A failed API call, carrying the server's problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.message);
    this.name = "ApiError";
    this.status = problem.status;
    this.problem = problem;
  }
}

export interface ClientOptions {
  /** Base URL of the server, e.g. http://localhost:7300. Empty for same-origin (console). */
  baseUrl: string;
  /** API token, sent as a bearer token. Omit to rely on the session cookie. */
  token?: string | undefined;
  fetch?: typeof fetch;
}

/** Builds the URL of a route from its path template, params and query. */
export function routeUrl(baseUrl: string, path: string, params?: Record<string, unknown>, query?: Record<string, unknown>) {
  const filled = path.replace(/:([A-Za-z_]+)/g, (_, k: string) => encodeURIComponent(String(params?.[k] ?? "")));
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== "") qs.set(k, String(v));
  const q = qs.toString();
  return `${baseUrl.replace(/\/$/, "")}${filled}${q ? `?${q}` : ""}`;
}

/** Typed client for the Shipyard API, driven by the route table. Used by the CLI and the console. */
export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? fetch;
  return async function call<N extends RouteName>(name: N, input?: RouteInput<N>): Promise<RouteOutput<N>> {
    const route: RouteDef = (routes as Record<string, RouteDef>)[name as string] as RouteDef;
    type Loose = { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
    const i: Loose = (input as unknown as Loose | undefined) ?? {};
    const headers: Record<string, string> = { accept: "application/json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (i.body !== undefined) headers["content-type"] = "application/json";
    const res = await doFetch(routeUrl(options.baseUrl, route.path, i.params, i.query), {
      method: route.method,
      headers,
      body: i.body === undefined ? undefined : JSON.stringify(i.body),
      credentials: "same-origin",
    });
    if (res.status === 204) return undefined as RouteOutput<N>;
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const parsed = Problem.safeParse(json);
      throw new ApiError(
        parsed.success
          ? parsed.data
          : {
              type: "about:blank",
              title: res.statusText || "Request failed",
              status: res.status,
              code: res.status >= 500 ? "internal" : "invalid_input",
              message: `The server answered ${res.status} ${res.statusText} without a problem description.`,
            },
      );
    }
    return json as RouteOutput<N>;
  };
}

export type ApiClient = ReturnType<typeof createClient>;
