import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { OciBlob } from "./oci-image.ts";

/**
 * A stand-in for Docker Hub and GHCR in tests. It is written from the documented APIs, NOT from
 * recorded live traffic:
 * - OCI distribution-spec v1.1.1 (shared/conformance/oci-distribution-spec*.md): manifests by tag or
 *   digest with `Docker-Content-Digest`, tags/list with `n`/`last` and a `Link: <…>; rel="next"`
 *   header, the `{"errors":[{code,message}]}` body;
 * - the Docker/distribution token spec: 401 + `WWW-Authenticate: Bearer realm,service,scope`, and a
 *   token endpoint answering `{token, access_token, expires_in, issued_at}` (GHCR's `/token` and
 *   auth.docker.io follow it);
 * - the Docker Hub API reference, "List repository tags": `GET /v2/namespaces/{namespace}/repositories/{repository}/tags`
 *   with `page` / `page_size` (max 100) answering `{count, next, previous, results: [tag]}`.
 * Real registries differ in details this does not model (Hub's rate-limit headers, GHCR's token lifetime, …).
 */
export interface StandInRegistryOptions {
  /** `bearer`: /v2/ needs a token from /token, as ghcr.io and registry-1.docker.io do. Default `none`. */
  auth?: "none" | "bearer" | undefined;
  /** When given, the token endpoint requires one of these as basic credentials. */
  users?: Record<string, string> | undefined;
  /** `expires_in` of issued tokens, seconds. Default 300. */
  tokenExpiresIn?: number | undefined;
  /** Whether tags/list sends a Link header (older registries did not). Default true. */
  linkHeader?: boolean | undefined;
  /** Largest page tags/list hands out, whatever `n` asks. Default 1000. */
  maxPageSize?: number | undefined;
  /** Clock for token expiry. */
  now?: (() => number) | undefined;
}

interface Fault {
  status: number;
  headers: Record<string, string>;
  body: string;
  times: number;
  path: RegExp | undefined;
}

interface RepoData {
  manifests: Map<string, OciBlob>;
  tags: Map<string, string>;
  /** Push order, for the Hub API's newest-first listing. */
  pushed: Map<string, number>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  search: string;
  authorization: string | undefined;
  accept: string | undefined;
  ifNoneMatch: string | undefined;
}

export class StandInRegistry {
  readonly requests: RecordedRequest[] = [];
  private readonly options: StandInRegistryOptions;
  private readonly repos = new Map<string, RepoData>();
  private readonly tokens = new Map<string, { scopes: Set<string>; expiresAt: number }>();
  private readonly faults: Fault[] = [];
  private seq = 0;

  constructor(options: StandInRegistryOptions = {}) {
    this.options = options;
  }

  /** In-process fetch: the same handler without a socket (unit tests). */
  readonly fetch = (input: string, init?: RequestInit): Promise<Response> => this.handle(new Request(input, init));

  /** Stores a manifest under its digest and, when given, a tag. */
  put(repository: string, manifest: OciBlob, tag?: string): void {
    let repo = this.repos.get(repository);
    if (!repo) {
      repo = { manifests: new Map(), tags: new Map(), pushed: new Map() };
      this.repos.set(repository, repo);
    }
    repo.manifests.set(manifest.digest, manifest);
    if (tag) {
      repo.tags.set(tag, manifest.digest);
      repo.pushed.set(tag, this.seq++);
    }
  }

  /** The next `times` requests whose path matches answer `status` instead. */
  inject(fault: { status: number; headers?: Record<string, string>; body?: string; times?: number; path?: RegExp }): void {
    this.faults.push({
      status: fault.status,
      headers: fault.headers ?? {},
      body: fault.body ?? "",
      times: fault.times ?? 1,
      path: fault.path,
    });
  }

  count(filter: (r: RecordedRequest) => boolean = () => true): number {
    return this.requests.filter(filter).length;
  }

  async handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    this.requests.push({
      method: req.method,
      path: url.pathname,
      search: url.search,
      authorization: req.headers.get("authorization") ?? undefined,
      accept: req.headers.get("accept") ?? undefined,
      ifNoneMatch: req.headers.get("if-none-match") ?? undefined,
    });
    const fault = this.faults.find((f) => f.times > 0 && (!f.path || f.path.test(url.pathname)));
    if (fault) {
      fault.times--;
      return new Response(fault.body || null, { status: fault.status, headers: fault.headers });
    }
    if (url.pathname === "/token") return this.token(req, url);
    const hub = /^\/v2\/namespaces\/([^/]+)\/repositories\/([^/]+)\/tags\/?$/.exec(url.pathname);
    if (hub) return this.hubTags(url, `${decodeURIComponent(hub[1] as string)}/${decodeURIComponent(hub[2] as string)}`);
    if (url.pathname === "/v2/" || url.pathname === "/v2") {
      return this.authorized(req, url, undefined) ?? json(200, {});
    }
    const m = /^\/v2\/(.+)\/(manifests|tags)\/([^/]+)$/.exec(url.pathname);
    if (!m) return errors(404, "UNSUPPORTED", "no such endpoint");
    const name = m[1] as string;
    const denied = this.authorized(req, url, name);
    if (denied) return denied;
    const repo = this.repos.get(name);
    if (m[2] === "tags" && m[3] === "list") {
      if (!repo) return errors(404, "NAME_UNKNOWN", "repository name not known to registry");
      return this.tagsList(url, name, repo);
    }
    if (m[2] !== "manifests" || (req.method !== "GET" && req.method !== "HEAD")) return errors(405, "UNSUPPORTED", "unsupported");
    if (!repo) return errors(404, "NAME_UNKNOWN", "repository name not known to registry");
    const reference = m[3] as string;
    const digest = reference.includes(":") ? reference : repo.tags.get(reference);
    const manifest = digest ? repo.manifests.get(digest) : undefined;
    if (!manifest) return errors(404, "MANIFEST_UNKNOWN", "manifest unknown");
    const headers = {
      "content-type": manifest.mediaType,
      "content-length": String(manifest.bytes.length),
      "docker-content-digest": manifest.digest,
      etag: `"${manifest.digest}"`,
    };
    if (req.headers.get("if-none-match") === headers.etag)
      return new Response(null, { status: 304, headers: { etag: headers.etag } });
    return new Response(req.method === "HEAD" ? null : new Uint8Array(manifest.bytes), { status: 200, headers });
  }

  /** Serves the handler over HTTP on a loopback port (Docker Hub / GHCR client tests point their base URLs here). */
  async listen(): Promise<{ url: string; close(): Promise<void> }> {
    const server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    return {
      url: `http://127.0.0.1:${port}`,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const response = await this.handle(
      new Request(`http://${req.headers.host}${req.url}`, { method: req.method ?? "GET", headers }),
    );
    const body = Buffer.from(await response.arrayBuffer());
    const out: Record<string, string> = {};
    response.headers.forEach((v, k) => {
      out[k] = v;
    });
    if (req.method !== "HEAD" && response.status !== 304) out["content-length"] = String(body.length);
    res.writeHead(response.status, out);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private token(req: Request, url: URL): Response {
    if (this.options.users) {
      const auth = req.headers.get("authorization");
      const [user, ...pass] = auth?.startsWith("Basic ") ? Buffer.from(auth.slice(6), "base64").toString("utf8").split(":") : [];
      if (!user || this.options.users[user] !== pass.join(":"))
        return errors(401, "UNAUTHORIZED", "incorrect username or password");
    }
    const token = randomBytes(12).toString("hex");
    const expiresIn = this.options.tokenExpiresIn ?? 300;
    this.tokens.set(token, { scopes: new Set(url.searchParams.getAll("scope")), expiresAt: this.now() + expiresIn * 1000 });
    return json(200, { token, access_token: token, expires_in: expiresIn, issued_at: new Date(this.now()).toISOString() });
  }

  /** `undefined` when the request may proceed, else the 401 to answer. */
  private authorized(req: Request, url: URL, name: string | undefined): Response | undefined {
    if (this.options.auth !== "bearer") return undefined;
    const scope = name ? `repository:${name}:pull` : undefined;
    const header = req.headers.get("authorization");
    const grant = header?.startsWith("Bearer ") ? this.tokens.get(header.slice(7)) : undefined;
    if (grant && grant.expiresAt > this.now() && (!scope || grant.scopes.has(scope))) return undefined;
    const challenge = `Bearer realm="${url.origin}/token",service="stand-in"${scope ? `,scope="${scope}"` : ""}`;
    return errors(401, "UNAUTHORIZED", "authentication required", { "www-authenticate": challenge });
  }

  private tagsList(url: URL, name: string, repo: RepoData): Response {
    const all = [...repo.tags.keys()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || (a < b ? -1 : 1));
    const nParam = url.searchParams.get("n");
    const last = url.searchParams.get("last");
    const start = last === null ? 0 : all.findIndex((t) => t.toLowerCase().localeCompare(last.toLowerCase()) > 0);
    const rest = start < 0 ? [] : all.slice(start);
    const limit = Math.min(nParam === null ? rest.length : Number(nParam), this.options.maxPageSize ?? 1000);
    const page = rest.slice(0, limit);
    const headers: Record<string, string> = {};
    if (page.length > 0 && rest.length > page.length && (this.options.linkHeader ?? true)) {
      headers.link = `</v2/${name}/tags/list?n=${limit}&last=${encodeURIComponent(page[page.length - 1] as string)}>; rel="next"`;
    }
    return json(200, { name, tags: page }, headers);
  }

  private hubTags(url: URL, repository: string): Response {
    const repo = this.repos.get(repository);
    if (!repo) return json(404, { message: "object not found", errinfo: {} });
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
    const size = Math.min(100, Math.max(1, Number(url.searchParams.get("page_size") ?? 10)));
    const newestFirst = [...repo.tags.keys()].sort((a, b) => (repo.pushed.get(b) ?? 0) - (repo.pushed.get(a) ?? 0));
    const slice = newestFirst.slice((page - 1) * size, page * size);
    const link = (p: number) => {
      const u = new URL(url);
      u.searchParams.set("page", String(p));
      u.searchParams.set("page_size", String(size));
      return u.toString();
    };
    return json(200, {
      count: newestFirst.length,
      next: page * size < newestFirst.length ? link(page + 1) : null,
      previous: page > 1 ? link(page - 1) : null,
      results: slice.map((name, i) => ({
        creator: 1234,
        id: 10_000 + i,
        images: [],
        last_updated: new Date(Date.UTC(2026, 0, 1) + (repo.pushed.get(name) ?? 0) * 1000).toISOString(),
        last_updater: 1234,
        last_updater_username: "shipyard",
        name,
        repository: 5678,
        full_size: 0,
        v2: true,
        tag_status: "active",
        tag_last_pulled: null,
        tag_last_pushed: new Date(Date.UTC(2026, 0, 1) + (repo.pushed.get(name) ?? 0) * 1000).toISOString(),
        digest: repo.tags.get(name),
      })),
    });
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

function errors(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return json(status, { errors: [{ code, message, detail: null }] }, headers);
}
