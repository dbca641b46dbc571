import { ApiError, type AuditEntry, createClient, LiveEvent, Problem } from "@shipyard/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { ADMIN, type Backend, backends, login, startTestServer, type TestServer, tokenFor } from "./testing/harness.ts";

const json = (body: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

async function problemOf(res: Response): Promise<Problem> {
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return Problem.parse(await res.json());
}

describe.each(backends())("API on %s", (backend: Backend) => {
  let t: TestServer;
  let auth: { authorization: string };

  beforeAll(async () => {
    t = await startTestServer(backend);
    auth = { authorization: `Bearer ${t.adminToken}` };
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (path: string, headers: Record<string, string> = auth) => fetch(`${t.url}${path}`, { headers });
  const post = (path: string, body: unknown, headers: Record<string, string> = auth) =>
    body === undefined
      ? fetch(`${t.url}${path}`, { method: "POST", headers })
      : fetch(`${t.url}${path}`, { ...json(body), headers: { ...headers, "content-type": "application/json" } });

  it("serves health, readiness, metrics and the OpenAPI document", async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: { database: string } }).checks.database).toBe("ok");
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toContain("shipyard_http_requests_total");
    // biome-ignore lint/suspicious/noExplicitAny: walking an untyped JSON document
    const doc: any = await (await fetch(`${t.url}/v1/openapi.json`)).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/v1/auth/login", "/v1/tokens", "/v1/tokens/{id}", "/v1/audit"]),
    );
    expect(doc.paths["/v1/tokens"].post.requestBody.content["application/json"].schema.properties.name).toBeDefined();
    const ref = await fetch(`${t.url}/docs/api`);
    expect(await ref.text()).toContain("/v1/audit");
  });

  it("sets security headers and echoes request ids", async () => {
    const res = await fetch(`${t.url}/healthz`, { headers: { "x-request-id": "trace-123" } });
    expect(res.headers.get("x-request-id")).toBe("trace-123");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    const fresh = await fetch(`${t.url}/healthz`);
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("logs in with a session cookie, and refuses a wrong password with an audited failure", async () => {
    const cookie = await login(t.url, ADMIN.email, ADMIN.password);
    const me = (await (await get("/v1/me", { cookie })).json()) as { user: { email: string }; authMethod: string };
    expect(me.user.email).toBe(ADMIN.email);
    expect(me.authMethod).toBe("session");
    const bad = await fetch(`${t.url}/v1/auth/login`, json({ email: ADMIN.email, password: "nope-nope-nope" }));
    expect(bad.status).toBe(401);
    expect((await problemOf(bad)).message).toMatch(/Email or password is wrong/);
    const audit = await t.admin("listAudit", { query: { action: "session.create", outcome: "failure" } });
    expect(audit.items[0]?.actorEmail).toBe(ADMIN.email);
    // logout ends the session
    expect((await post("/v1/auth/logout", undefined, { cookie })).status).toBe(204);
    expect((await get("/v1/me", { cookie })).status).toBe(401);
  });

  it("creates, lists, uses and revokes API tokens; a revoked token is refused with the reason", async () => {
    const created = await t.admin("createToken", { body: { name: "ci-bot", expiresInDays: 30 } });
    expect(created.token).toMatch(/^shp_/);
    const list = await t.admin("listTokens");
    const listed = list.items.find((x) => x.id === created.id);
    expect(listed?.name).toBe("ci-bot");
    expect(JSON.stringify(list)).not.toContain(created.token);
    const bot = createClient({ baseUrl: t.url, token: created.token });
    expect((await bot("me")).authMethod).toBe("token");
    const revoked = await t.admin("revokeToken", { params: { id: created.id } });
    expect(revoked.revokedAt).not.toBeNull();
    const err = await bot("me").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(401);
    expect((err as ApiError).problem.message).toMatch(/revoked/);
    // revoking twice is harmless; someone else's or a missing token is 404
    expect((await t.admin("revokeToken", { params: { id: created.id } })).id).toBe(created.id);
    const missing = await t.admin("revokeToken", { params: { id: "tok_missing" } }).catch((e: ApiError) => e);
    expect((missing as ApiError).status).toBe(404);
  });

  it("rejects bad input with a clear 4xx and changes nothing", async () => {
    const before = (await t.admin("listTokens")).total;
    const cases: [string, RequestInit, number, RegExp][] = [
      ["malformed JSON", { body: '{"name":', headers: { "content-type": "application/json" } }, 400, /not valid JSON/],
      ["wrong type", { body: JSON.stringify({ name: 42 }), headers: { "content-type": "application/json" } }, 400, /name/],
      [
        "unknown field",
        { body: JSON.stringify({ name: "x", admin: true }), headers: { "content-type": "application/json" } },
        400,
        /Unrecognized key/,
      ],
      ["not JSON", { body: "name=x", headers: { "content-type": "text/plain" } }, 415, /must be JSON/],
      [
        "oversized",
        { body: JSON.stringify({ name: "x".repeat(2_000_000) }), headers: { "content-type": "application/json" } },
        413,
        /larger/,
      ],
    ];
    for (const [what, init, status, message] of cases) {
      const res = await fetch(`${t.url}/v1/tokens`, {
        method: "POST",
        ...init,
        headers: { ...auth, ...(init.headers as object) },
      });
      expect(res.status, what).toBe(status);
      const p = await problemOf(res);
      expect(p.message, what).toMatch(message);
      expect(p.requestId, what).toBeTruthy();
    }
    for (const q of ["limit=0", "limit=abc", "limit=1000", "cursor=garbage", "sort=nope", "unknown=1"]) {
      const res = await get(`/v1/audit?${q}`);
      expect(res.status, q).toBe(400);
      expect((await problemOf(res)).suggestion, q).toBeTruthy();
    }
    expect((await t.admin("listTokens")).total).toBe(before);
  });

  it("refuses missing, malformed and expired credentials", async () => {
    expect((await get("/v1/me", {})).status).toBe(401);
    const bogus = await get("/v1/me", { authorization: "Bearer shp_not-a-token" });
    expect(bogus.status).toBe(401);
    expect((await problemOf(bogus)).suggestion).toMatch(/token create/);
    expect((await get("/v1/me", { cookie: "shipyard_session=shs_forged" })).status).toBe(401);
  });

  it("gives a client only what is shared with its organisation, and 403 on admin routes", async () => {
    const org = await t.admin("createOrganization", { body: { slug: `acme-${backend}`, name: "Acme" } });
    const other = await t.admin("createOrganization", { body: { slug: `globex-${backend}`, name: "Globex" } });
    await t.admin("createUser", {
      body: {
        email: `client@${backend}.acme.test`,
        name: "Client",
        role: "client",
        organizationId: org.id,
        password: "client-password-1",
      },
    });
    await t.admin("createUser", {
      body: {
        email: `peer@${backend}.globex.test`,
        name: "Peer",
        role: "client",
        organizationId: other.id,
        password: "client-password-1",
      },
    });
    const clientToken = await tokenFor(t.url, `client@${backend}.acme.test`, "client-password-1");
    const client = createClient({ baseUrl: t.url, token: clientToken });
    const orgs = await client("listOrganizations");
    expect(orgs.items.map((o) => o.id)).toEqual([org.id]);
    const users = await client("listUsers");
    expect(users.items.map((u) => u.email)).toEqual([`client@${backend}.acme.test`]);
    const usersBefore = (await t.admin("listUsers")).total;
    const denied = await client("createUser", {
      body: { email: "evil@x.test", name: "Evil", role: "admin", password: "evil-password-1" },
    }).catch((e: ApiError) => e);
    expect((denied as ApiError).status).toBe(403);
    expect((denied as ApiError).problem.message).toMatch(/client/);
    expect((await t.admin("listUsers")).total).toBe(usersBefore);
    const auditDenied = await t.admin("listAudit", { query: { action: "user.create", outcome: "denied" } });
    expect(auditDenied.items[0]?.actorEmail).toBe(`client@${backend}.acme.test`);
    const auditRead = await client("listAudit").catch((e: ApiError) => e);
    expect((auditRead as ApiError).status).toBe(403);
  });

  it("lets a user change their password and an admin reset one, ending the old sessions", async () => {
    const email = `pw@${backend}.test`;
    const user = await t.admin("createUser", {
      body: { email, name: "Pat", role: "operator", password: "first-password-1" },
    });
    const phone = await login(t.url, email, "first-password-1");
    const laptop = await login(t.url, email, "first-password-1");
    const token = await tokenFor(t.url, email, "first-password-1");
    const change = (cookie: string, body: unknown) => post("/v1/me/password", body, { cookie });

    const wrong = await change(laptop, { currentPassword: "not-my-password", newPassword: "second-password-2" });
    expect(wrong.status).toBe(400);
    expect((await problemOf(wrong)).message).toMatch(/current password is wrong/);
    const short = await change(laptop, { currentPassword: "first-password-1", newPassword: "short" });
    expect(short.status).toBe(400);
    expect((await problemOf(short)).issues?.[0]?.path).toBe("newPassword");
    expect((await get("/v1/me", { cookie: phone })).status).toBe(200); // nothing changed

    expect((await change(laptop, { currentPassword: "first-password-1", newPassword: "second-password-2" })).status).toBe(204);
    expect((await get("/v1/me", { cookie: laptop })).status).toBe(200); // the session that changed it stays
    expect((await get("/v1/me", { cookie: phone })).status).toBe(401); // the others end
    expect((await get("/v1/me", { authorization: `Bearer ${token}` })).status).toBe(200); // API tokens stay
    expect((await fetch(`${t.url}/v1/auth/login`, json({ email, password: "first-password-1" }))).status).toBe(401);

    // an admin resets it: every session ends, and the audit record holds no password
    await t.admin("updateUser", { params: { id: user.id }, body: { password: "reset-password-3" } });
    expect((await get("/v1/me", { cookie: laptop })).status).toBe(401);
    expect((await fetch(`${t.url}/v1/auth/login`, json({ email, password: "reset-password-3" }))).status).toBe(200);
    const audit = await t.admin("listAudit", { query: { action: "user.update" } });
    expect(audit.items[0]?.detail).toEqual({ reset: "password" });
    expect(JSON.stringify(audit.items)).not.toContain("reset-password-3");
    const changed = await t.admin("listAudit", { query: { action: "password.change" } });
    expect(changed.items.map((a) => a.outcome)).toEqual(["success", "failure", "failure"]);
    expect(JSON.stringify(changed.items)).not.toContain("second-password-2");
  });

  it("lets an admin change roles and disable users, but never the last admin", async () => {
    const me = await t.admin("me");
    const lastAdmin = await t
      .admin("updateUser", { params: { id: me.user.id }, body: { role: "operator" } })
      .catch((e: ApiError) => e);
    expect((lastAdmin as ApiError).status).toBe(409);
    expect((lastAdmin as ApiError).problem.suggestion).toMatch(/another user an administrator/);
    const op = await t.admin("createUser", {
      body: { email: `op@${backend}.test`, name: "Op", role: "operator", password: "operator-password-1" },
    });
    const opToken = await tokenFor(t.url, op.email, "operator-password-1");
    const opClient = createClient({ baseUrl: t.url, token: opToken });
    expect((await opClient("me")).user.role).toBe("operator");
    const empty = await t.admin("updateUser", { params: { id: op.id }, body: {} }).catch((e: ApiError) => e);
    expect((empty as ApiError).status).toBe(400);
    await t.admin("updateUser", { params: { id: op.id }, body: { disabled: true } });
    const refused = await opClient("me").catch((e: ApiError) => e);
    expect((refused as ApiError).status).toBe(401);
    expect((refused as ApiError).problem.message).toMatch(/disabled/);
    const relogin = await fetch(`${t.url}/v1/auth/login`, json({ email: op.email, password: "operator-password-1" }));
    expect(relogin.status).toBe(401);
  });

  it("paginates with a cursor, sorts and filters the audit trail", async () => {
    for (let i = 0; i < 12; i++) await t.admin("createToken", { body: { name: `page-${String(i).padStart(2, "0")}` } });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    const totals = new Set<number>();
    do {
      const p = await t.admin("listTokens", { query: { limit: 5, sort: "name", order: "asc", ...(cursor ? { cursor } : {}) } });
      seen.push(...p.items.map((x) => x.name));
      totals.add(p.total);
      cursor = p.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    const pageNames = seen.filter((n) => n.startsWith("page-"));
    expect(pageNames).toEqual([...pageNames].sort());
    expect(pageNames).toHaveLength(12);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBeGreaterThanOrEqual(3);
    // every page reports all matching rows (the first page counts in the same statement as its rows)
    expect([...totals]).toEqual([seen.length]);
    expect(await t.admin("listAudit", { query: { action: "no-such-action." } })).toMatchObject({ items: [], total: 0 });
    const audit = await t.admin("listAudit", { query: { action: "token.", actor: ADMIN.email, limit: 200 } });
    expect(audit.items.every((a) => a.action.startsWith("token.") && a.actorEmail === ADMIN.email)).toBe(true);
    expect(audit.items.filter((a) => a.action === "token.create").length).toBeGreaterThanOrEqual(12);
    const times = audit.items.map((a) => a.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("offers no way to edit the audit trail", async () => {
    const entry = (await t.admin("listAudit", { query: { limit: 1 } })).items[0] as AuditEntry;
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      const res = await fetch(`${t.url}/v1/audit/${entry.id}`, { method, headers: auth });
      expect(res.status).toBe(404);
    }
    const again = (await t.admin("listAudit", { query: { limit: 1 } })).items[0];
    expect(again).toEqual(entry);
  });

  it("runs jobs, shows their status, and rejects unknown jobs and bad payloads", async () => {
    const job = await t.admin("enqueueJob", { body: { name: "system.diagnostic", data: { durationMs: 10 } } });
    expect(job.state).toBe("created");
    let state = job.state;
    for (let i = 0; i < 100 && state !== "completed"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = (await t.admin("getJob", { params: { id: job.id } })).state;
    }
    const done = await t.admin("getJob", { params: { id: job.id } });
    expect(done.state).toBe("completed");
    expect(done.output).toMatchObject({ attempt: 1, recorded: 1 });
    const list = await t.admin("listJobs", { query: { name: "system.diagnostic" } });
    expect(list.items.map((j) => j.id)).toContain(job.id);
    const unknown = await t.admin("enqueueJob", { body: { name: "rm.rf", data: {} } }).catch((e: ApiError) => e);
    expect((unknown as ApiError).status).toBe(404);
    const bad = await t
      .admin("enqueueJob", { body: { name: "system.diagnostic", data: { durationMs: -5 } } })
      .catch((e: ApiError) => e);
    expect((bad as ApiError).status).toBe(400);
    expect(((await t.admin("getJob", { params: { id: "not-a-uuid" } }).catch((e: ApiError) => e)) as ApiError).status).toBe(404);
  });

  it("streams live events over SSE and WebSocket, filtered per caller", async () => {
    const ctl = new AbortController();
    const res = await fetch(`${t.url}/v1/events?types=audit.`, { headers: auth, signal: ctl.signal });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const ws = new WebSocket(`${t.url.replace("http", "ws")}/v1/ws`, { headers: auth });
    const wsMessages: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      ws.on("message", (m) => {
        const msg = JSON.parse(String(m));
        wsMessages.push(msg);
        if (msg.op === "ready") ws.send(JSON.stringify({ op: "subscribe", types: ["audit."] }));
        if (msg.op === "subscribed") resolve();
      });
      ws.on("error", reject);
    });
    const created = await t.admin("createToken", { body: { name: "live-event" } });
    let buffer = "";
    const deadline = Date.now() + 5_000;
    let event: LiveEvent | undefined;
    while (!event && Date.now() < deadline) {
      const { value } = await reader.read();
      buffer += new TextDecoder().decode(value);
      for (const block of buffer.split("\n\n")) {
        const data = block.split("\n").find((l) => l.startsWith("data: "));
        if (!data) continue;
        const e = LiveEvent.parse(JSON.parse(data.slice(6)));
        if ((e.data as { targetId?: string }).targetId === created.id) event = e;
      }
    }
    ctl.abort();
    expect(event?.type).toBe("audit.created");
    await new Promise((r) => setTimeout(r, 200));
    ws.close();
    expect(wsMessages.some((m) => (m as LiveEvent).type === "audit.created")).toBe(true);
    const anon = await fetch(`${t.url}/v1/events`);
    expect(anon.status).toBe(401);
    // a page on another site cannot open a socket with the visitor's session cookie
    const cookie = await login(t.url, ADMIN.email, ADMIN.password);
    const foreign = new WebSocket(`${t.url.replace("http", "ws")}/v1/ws`, {
      headers: { cookie, origin: "https://evil.example" },
    });
    const closed = await new Promise<number>((resolve) => foreign.on("close", (code) => resolve(code)));
    expect(closed).toBe(4401);
  });

  it("keeps preferences per user and validates them", async () => {
    const me = await t.admin("updatePreferences", { body: { theme: "light", timezone: "Europe/Paris" } });
    expect(me.preferences).toMatchObject({ theme: "light", timezone: "Europe/Paris", dateFormat: "relative" });
    const bad = await t.admin("updatePreferences", { body: { timezone: "Mars/Olympus" } }).catch((e: ApiError) => e);
    expect((bad as ApiError).status).toBe(400);
    expect((await t.admin("me")).preferences.timezone).toBe("Europe/Paris");
  });

  it("reports system information", async () => {
    const info = await t.admin("system");
    expect(info.database.kind).toBe(backend);
    expect(info.database.status).toBe("ok");
    expect(info.hosts[0]?.cpus).toBeGreaterThan(0);
    expect(info.endpoints.websocket).toMatch(/^ws:\/\/.*\/v1\/ws$/);
    expect(info.database.location).not.toMatch(/password|@/);
  });
});

describe("rate limiting", () => {
  it("limits password guessing on the login route more tightly than the rest", async () => {
    const t = await startTestServer("pglite");
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++) {
        statuses.push((await fetch(`${t.url}/v1/auth/login`, json({ email: ADMIN.email, password: `guess-${i}` }))).status);
      }
      // 20 a minute from one address (the harness's own login counts too), then 429
      const first429 = statuses.indexOf(429);
      expect(first429).toBeGreaterThanOrEqual(18);
      expect(statuses.slice(0, first429).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(first429).every((s) => s === 429)).toBe(true);
      expect((await fetch(`${t.url}/v1/me`, { headers: { authorization: `Bearer ${t.adminToken}` } })).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("answers 429 with a problem once a client exceeds its budget", async () => {
    const t = await startTestServer("pglite", { SHIPYARD_RATE_LIMIT: "5" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await fetch(`${t.url}/v1/me`, { headers: { authorization: `Bearer ${t.adminToken}` } })).status);
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses.at(-1)).toBe(429);
      const res = await fetch(`${t.url}/v1/me`, { headers: { authorization: `Bearer ${t.adminToken}` } });
      expect((await problemOf(res)).code).toBe("rate_limited");
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
