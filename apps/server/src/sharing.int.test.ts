import { type ApiClient, createClient, type ImageEnrollment, LiveEvent } from "@shipyard/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Backend, backends, failure, startTestServer, type TestServer, tokenFor } from "./testing/harness.ts";

const managed = (name: string): ImageEnrollment => ({
  name,
  kind: "managed",
  image: `ghcr.io/acme/${name}`,
  tags: ["latest"],
  source: { provider: "local", repo: `/src/${name}`, branch: "main", dockerfile: "Dockerfile", context: "." },
  build: { provider: "local", buildArgs: {} },
  rebuild: { auto: true, delay: "1h", window: "30m", priority: 50 },
});

/** Reads a live SSE stream in the background and keeps every event it carried. */
async function openStream(url: string, token: string) {
  const ctl = new AbortController();
  const res = await fetch(`${url}/v1/events`, { headers: { authorization: `Bearer ${token}` }, signal: ctl.signal });
  expect(res.status).toBe(200);
  const events: LiveEvent[] = [];
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  let buffer = "";
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += new TextDecoder().decode(value);
      const blocks = buffer.split("\n\n");
      buffer = blocks.pop() ?? "";
      for (const block of blocks) {
        const data = block.split("\n").find((l) => l.startsWith("data: "));
        if (data) events.push(LiveEvent.parse(JSON.parse(data.slice(6))));
      }
    }
  })();
  return {
    events,
    async waitFor(pred: (e: LiveEvent) => boolean): Promise<LiveEvent> {
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline) {
        const hit = events.find(pred);
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`no matching event; got ${events.map((e) => e.type).join(", ")}`);
    },
    close: () => ctl.abort(),
  };
}

describe.each(backends())("sharing with client organisations and teams on %s", (backend: Backend) => {
  let t: TestServer;
  let api: ApiClient;
  const ids: Record<string, string> = {};
  const clients: Record<string, ApiClient> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer(backend);
    api = t.admin;
    ids.acme = (await api("createOrganization", { body: { slug: "acme", name: "Acme" } })).id;
    ids.globex = (await api("createOrganization", { body: { slug: "globex", name: "Globex" } })).id;
    for (const [name, org] of [
      ["alice", ids.acme],
      ["bob", ids.acme],
      ["carol", ids.globex],
    ] as const) {
      const email = `${name}@${backend}.clients.test`;
      const user = await api("createUser", {
        body: { email, name, role: "client", organizationId: org, password: "client-password-1" },
      });
      ids[name] = user.id;
      tokens[name] = await tokenFor(t.url, email, "client-password-1");
      clients[name] = createClient({ baseUrl: t.url, token: tokens[name] as string });
    }
    await api("enrollImage", { body: managed("img-a") });
    await api("enrollImage", { body: managed("img-b") });
    ids.fnA = (
      await api("createFunction", {
        body: { name: "fn-a", runtime: "node", handler: "index.handler", code: "exports.handler = async () => 1;" },
      })
    ).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const alice = () => clients.alice as ApiClient;
  const bob = () => clients.bob as ApiClient;
  const carol = () => clients.carol as ApiClient;

  it("manages teams inside an organisation, and refuses bad input with the reason", async () => {
    const team = await api("createTeam", { params: { id: ids.acme as string }, body: { slug: "data", name: "Data" } });
    ids.data = team.id;
    expect(team).toMatchObject({ organizationId: ids.acme, slug: "data", memberCount: 0 });
    const dup = await failure(api("createTeam", { params: { id: ids.acme as string }, body: { slug: "data", name: "Again" } }));
    expect(dup.status).toBe(409);
    expect((await failure(api("createTeam", { params: { id: "org_missing" }, body: { slug: "x", name: "X" } }))).status).toBe(
      404,
    );
    const badSlug = await failure(api("createTeam", { params: { id: ids.acme as string }, body: { slug: "Not OK", name: "X" } }));
    expect(badSlug.status).toBe(400);

    const member = await api("addTeamMember", { params: { id: team.id, user_id: ids.alice as string } });
    expect(member.email).toBe(`alice@${backend}.clients.test`);
    // idempotent: adding twice keeps one membership
    await api("addTeamMember", { params: { id: team.id, user_id: ids.alice as string } });
    expect((await api("listTeamMembers", { params: { id: team.id } })).items.map((m) => m.userId)).toEqual([ids.alice]);
    const foreign = await failure(api("addTeamMember", { params: { id: team.id, user_id: ids.carol as string } }));
    expect(foreign.status).toBe(400);
    expect(foreign.problem.message).toMatch(/not in the team's organisation/);

    // users by organisation (the member picker): staff see any organisation's, a client only its own
    const acmeUsers = await api("listUsers", { query: { organizationId: ids.acme as string } });
    expect(acmeUsers.items.map((u) => u.id).sort()).toEqual([ids.alice, ids.bob].sort());
    expect((await alice()("listUsers", { query: { organizationId: ids.globex as string } })).items).toEqual([]);

    // clients see their own organisation's teams, and nothing of another's
    expect((await alice()("listTeams", { params: { id: ids.acme as string } })).items.map((x) => x.slug)).toEqual(["data"]);
    expect((await failure(carol()("listTeams", { params: { id: ids.acme as string } }))).status).toBe(404);
    expect((await failure(carol()("listTeamMembers", { params: { id: team.id } }))).status).toBe(404);
    expect(
      (await failure(alice()("createTeam", { params: { id: ids.acme as string }, body: { slug: "mine", name: "M" } }))).status,
    ).toBe(403);
  });

  it("shows a client nothing until something is shared with it", async () => {
    expect((await alice()("listImages")).items).toEqual([]);
    expect((await alice()("listImages")).total).toBe(0);
    expect((await alice()("listFunctions")).items).toEqual([]);
    expect((await alice()("listVms")).items).toEqual([]);
    expect((await alice()("listContainers")).items).toEqual([]);
    expect((await alice()("listShares")).items).toEqual([]);
    const hidden = await failure(alice()("getImage", { params: { name: "img-a" } }));
    expect(hidden.status).toBe(404);
    // the same answer as for an image that does not exist: names reveal nothing
    expect((await failure(alice()("getImage", { params: { name: "no-such-image" } }))).status).toBe(404);
    expect((await failure(alice()("getFunction", { params: { id: ids.fnA as string } }))).status).toBe(404);
    expect((await failure(alice()("getVm", { params: { id: "vm_anything" } }))).status).toBe(404);
  });

  it("shares with a whole organisation or with one team, and each client sees exactly its part", async () => {
    const stream = await openStream(t.url, tokens.alice as string);
    try {
      const imgShare = await api("createShare", {
        body: { kind: "image", resource: "img-a", organizationId: ids.acme as string },
      });
      expect(imgShare).toMatchObject({ kind: "image", resourceName: "img-a", organizationName: "Acme", teamId: null });
      expect(imgShare.createdByEmail).toBe((await api("me")).user.email);
      // idempotent: sharing again returns the same share
      expect(
        (await api("createShare", { body: { kind: "image", resource: "img-a", organizationId: ids.acme as string } })).id,
      ).toBe(imgShare.id);
      const fnShare = await api("createShare", {
        body: { kind: "function", resource: "fn-a", organizationId: ids.acme as string, teamId: ids.data as string },
      });
      expect(fnShare).toMatchObject({ resourceId: ids.fnA, teamName: "Data" });
      await stream.waitFor((e) => e.type === "share.created" && e.data.id === fnShare.id);

      // alice (acme, team data): the image and the function
      const aliceImages = await alice()("listImages");
      expect(aliceImages.items.map((i) => i.name)).toEqual(["img-a"]);
      expect(aliceImages.total).toBe(1);
      expect((await alice()("getImage", { params: { name: "img-a" } })).name).toBe("img-a");
      expect((await failure(alice()("getImage", { params: { name: "img-b" } }))).status).toBe(404);
      expect((await alice()("listFunctions")).items.map((f) => f.name)).toEqual(["fn-a"]);
      expect((await alice()("getFunction", { params: { id: "fn-a" } })).id).toBe(ids.fnA);
      expect((await alice()("functionStats", { params: { id: ids.fnA as string } })).invocations_24h).toBe(0);
      expect((await alice()("listShares")).items.map((s) => s.kind).sort()).toEqual(["function", "image"]);
      // sharing lets a client look, not act
      expect((await failure(alice()("invokeFunction", { params: { id: "fn-a" }, body: { event: {} } }))).status).toBe(403);
      expect((await failure(alice()("imageGraph"))).status).toBe(403);
      expect(
        (
          await failure(
            alice()("createShare", { body: { kind: "image", resource: "img-b", organizationId: ids.acme as string } }),
          )
        ).status,
      ).toBe(403);

      // bob (acme, no team): the image only
      expect((await bob()("listImages")).items.map((i) => i.name)).toEqual(["img-a"]);
      expect((await bob()("listFunctions")).items).toEqual([]);
      expect((await failure(bob()("getFunction", { params: { id: "fn-a" } }))).status).toBe(404);
      // carol (globex): nothing
      expect((await carol()("listImages")).items).toEqual([]);
      expect((await failure(carol()("getImage", { params: { name: "img-a" } }))).status).toBe(404);
      expect((await carol()("listShares")).items).toEqual([]);

      // live events: alice gets those about what is shared with her, and no others
      await api("analyzeImage", { params: { name: "img-b" }, body: { dockerfile: "FROM debian:12\n" } });
      await api("analyzeImage", { params: { name: "img-a" }, body: { dockerfile: "FROM debian:12\n" } });
      await stream.waitFor((e) => e.type === "image.analyzed" && e.resource.id === "img-a");
      expect(stream.events.some((e) => e.type === "image.analyzed" && e.resource.id === "img-b")).toBe(false);
      expect(stream.events.some((e) => e.type.startsWith("audit."))).toBe(false);

      // pages: newest first, with the total of what matches
      const first = await api("listShares", { query: { limit: 1 } });
      expect(first.total).toBe(2);
      const second = await api("listShares", { query: { limit: 1, cursor: first.nextCursor as string } });
      expect(second.nextCursor).toBeNull();
      const walked = [...first.items, ...second.items].map((x) => x.id);
      expect([...walked].sort()).toEqual([imgShare.id, fnShare.id].sort());
      const oldestFirst = await api("listShares", { query: { order: "asc" } });
      expect(oldestFirst.items.map((x) => x.id)).toEqual([...walked].reverse());
      expect((await failure(api("listShares", { query: { cursor: "garbage" } }))).status).toBe(400);
      expect((await bob()("listShares")).total).toBe(1);

      // staff filter the list of shares
      expect((await api("listShares", { query: { kind: "image", resource: "img-a" } })).items.map((s) => s.id)).toEqual([
        imgShare.id,
      ]);
      expect((await api("listShares", { query: { teamId: ids.data as string } })).items.map((s) => s.id)).toEqual([fnShare.id]);
      const audit = await api("listAudit", { query: { action: "share.create" } });
      expect(audit.items.find((a) => a.targetId === fnShare.id)?.outcome).toBe("success");
      expect(audit.items[0]).toMatchObject({ outcome: "denied", actorEmail: `alice@${backend}.clients.test` });

      // unsharing: alice stops seeing the image and its events
      await api("deleteShare", { params: { id: imgShare.id } });
      await stream.waitFor((e) => e.type === "share.deleted" && e.data.id === imgShare.id);
      expect((await alice()("listImages")).items).toEqual([]);
      expect((await failure(alice()("getImage", { params: { name: "img-a" } }))).status).toBe(404);
      await new Promise((r) => setTimeout(r, 200)); // the stream re-reads alice's shares
      await api("analyzeImage", { params: { name: "img-a" }, body: { dockerfile: "FROM debian:12-slim\n" } });
      // a later event alice does get, so anything before it has arrived
      await api("addTeamMember", { params: { id: ids.data as string, user_id: ids.alice as string } });
      await stream.waitFor((e) => e.type === "share.changed" && e.data.reason === "member added");
      expect(stream.events.filter((e) => e.type === "image.analyzed" && e.resource.id === "img-a")).toHaveLength(1);
    } finally {
      stream.close();
    }
  });

  it("refuses shares of what does not exist, or with a team of another organisation", async () => {
    const missing = await failure(
      api("createShare", { body: { kind: "vm", resource: "no-vm", organizationId: ids.acme as string } }),
    );
    expect(missing.status).toBe(404);
    expect(missing.problem.message).toMatch(/VM no-vm/);
    const wrongTeam = await failure(
      api("createShare", {
        body: { kind: "image", resource: "img-b", organizationId: ids.globex as string, teamId: ids.data as string },
      }),
    );
    expect(wrongTeam.status).toBe(400);
    const badKind = await failure(
      api("createShare", { body: { kind: "host", resource: "x", organizationId: ids.acme as string } } as never),
    );
    expect(badKind.status).toBe(400);
    expect((await failure(api("deleteShare", { params: { id: "shr_missing" } }))).status).toBe(404);
    expect((await failure(api("listShares", { query: { resource: "img-a" } }))).status).toBe(400);
  });

  it("ends a team's shares with the team, and a member's access with the membership", async () => {
    expect((await alice()("listFunctions")).items.map((f) => f.name)).toEqual(["fn-a"]);
    await api("removeTeamMember", { params: { id: ids.data as string, user_id: ids.alice as string } });
    expect((await alice()("listFunctions")).items).toEqual([]);
    await api("addTeamMember", { params: { id: ids.data as string, user_id: ids.alice as string } });
    expect((await alice()("listFunctions")).items.map((f) => f.name)).toEqual(["fn-a"]);
    await api("deleteTeam", { params: { id: ids.data as string } });
    expect((await alice()("listFunctions")).items).toEqual([]);
    expect((await api("listShares", { query: { kind: "function" } })).items).toEqual([]);
    // a deleted resource's share no longer shows to the client
    await api("createShare", { body: { kind: "function", resource: "fn-a", organizationId: ids.acme as string } });
    expect((await bob()("listShares")).items.map((s) => s.resourceName)).toEqual(["fn-a"]);
    await api("deleteFunction", { params: { id: "fn-a" } });
    expect((await bob()("listShares")).items).toEqual([]);
    expect((await api("listShares", { query: { kind: "function" } })).items[0]?.resourceName).toBeNull();
  });
});
