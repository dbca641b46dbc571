import type { ApiToken, AuditEntry, Me, Organization, Problem, Share, Team, TeamMember, User } from "@shipyard/contract";

export interface FakeRequest {
  method: string;
  url: URL;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export interface FakeResponse {
  status?: number;
  body?: unknown;
  headers?: [string, string][];
}

export type FakeHandler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

/**
 * A fetch that answers from handlers keyed "METHOD /path" (for unit tests only; the integration
 * test runs the real server). Records every request; unknown routes answer a 404 problem.
 */
export function fakeApi(handlers: Record<string, FakeHandler>) {
  const requests: FakeRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? "GET";
    const req: FakeRequest = {
      method,
      url,
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init?.headers),
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    };
    requests.push(req);
    const handler = handlers[`${method} ${url.pathname}`];
    const res = handler
      ? await handler(req)
      : { status: 404, body: problem(404, "not_found", `No route ${method} ${url.pathname}`) };
    const headers = new Headers(res.headers ?? []);
    if (res.body !== undefined) headers.set("content-type", "application/json");
    const status = res.status ?? 200;
    return new Response(res.body === undefined || status === 204 ? null : JSON.stringify(res.body), { status, headers });
  };
  return { fetch, requests };
}

export const problem = (status: number, code: Problem["code"], message: string, suggestion?: string): Problem => ({
  type: "about:blank",
  title: message,
  status,
  code,
  message,
  ...(suggestion ? { suggestion } : {}),
});

/** A network failure as undici reports it. */
export const connectionRefused = (): typeof fetch => async () => {
  throw Object.assign(new TypeError("fetch failed"), {
    cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
  });
};

export const sampleMe = (overrides: Partial<Me["user"]> = {}): Me => ({
  user: {
    id: "usr_1",
    email: "ada@example.com",
    name: "Ada Lovelace",
    role: "admin",
    organizationId: null,
    createdAt: "2025-05-01T10:00:00.000Z",
    disabled: false,
    ...overrides,
  },
  preferences: { theme: "dark", timezone: "UTC", dateFormat: "relative" },
  authMethod: "token",
  permissions: ["tokens:own", "audit:read"],
});

export const sampleToken = (overrides: Partial<ApiToken> = {}): ApiToken => ({
  id: "tok_1",
  name: "cli@devbox",
  prefix: "shp_abc123",
  createdAt: "2025-06-01T11:00:00.000Z",
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  ...overrides,
});

export const sampleAudit = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id: "aud_1",
  at: "2025-06-01T11:58:00.000Z",
  actorId: "usr_1",
  actorEmail: "ada@example.com",
  action: "token.create",
  targetKind: "token",
  targetId: "tok_1",
  outcome: "success",
  requestId: "req_1",
  ip: "127.0.0.1",
  detail: {},
  ...overrides,
});

export const sampleOrg = (overrides: Partial<Organization> = {}): Organization => ({
  id: "org_1",
  slug: "acme",
  name: "Acme Corp",
  createdAt: "2025-05-01T12:00:00.000Z",
  ...overrides,
});

export const sampleUser = (overrides: Partial<User> = {}): User => ({
  id: "usr_2",
  email: "carol@acme.test",
  name: "Carol",
  role: "client",
  organizationId: "org_1",
  createdAt: "2025-05-25T12:00:00.000Z",
  disabled: false,
  ...overrides,
});

export const sampleTeam = (overrides: Partial<Team> = {}): Team => ({
  id: "team_1",
  organizationId: "org_1",
  slug: "data",
  name: "Data",
  memberCount: 2,
  createdAt: "2025-05-31T12:00:00.000Z",
  ...overrides,
});

export const sampleMember = (overrides: Partial<TeamMember> = {}): TeamMember => ({
  userId: "usr_2",
  email: "carol@acme.test",
  name: "Carol",
  role: "client",
  addedAt: "2025-06-01T11:00:00.000Z",
  ...overrides,
});

export const sampleShare = (overrides: Partial<Share> = {}): Share => ({
  id: "shr_1",
  kind: "image",
  resourceId: "img_1",
  resourceName: "web",
  organizationId: "org_1",
  organizationName: "Acme Corp",
  teamId: null,
  teamName: null,
  createdBy: "usr_1",
  createdByEmail: "admin@shipyard.local",
  createdAt: "2025-06-01T11:00:00.000Z",
  ...overrides,
});
