import { createClient, LiveEvent } from "@shipyard/contract";
import { describe, expect, it } from "vitest";
import { startServer } from "./bootstrap.ts";
import { loadConfig } from "./config.ts";
import { ADMIN, freshDatabase, tokenFor } from "./testing/harness.ts";

// Without PostgreSQL this fails loudly, unless the run opted out with SHIPYARD_REQUIRE_PG=0.
const optedOut = !process.env.SHIPYARD_TEST_PG_URL && process.env.SHIPYARD_REQUIRE_PG === "0";

describe.skipIf(optedOut)("several replicas on one PostgreSQL", () => {
  it("share users, tokens and the audit trail, and fan live events out across replicas", async () => {
    const db = await freshDatabase("postgresql");
    const env = {
      ...db.env,
      SHIPYARD_ADMIN_EMAIL: ADMIN.email,
      SHIPYARD_ADMIN_PASSWORD: ADMIN.password,
      SHIPYARD_LOG_LEVEL: "silent",
    };
    const [a, b] = await Promise.all([
      startServer(loadConfig(env, { port: 0, host: "127.0.0.1", dataDir: db.dataDir }), { print: () => undefined }),
      startServer(loadConfig(env, { port: 0, host: "127.0.0.1", dataDir: db.dataDir }), { print: () => undefined }),
    ]);
    try {
      const urlA = `http://127.0.0.1:${a.port}`;
      const urlB = `http://127.0.0.1:${b.port}`;
      // exactly one replica bootstrapped the admin; a token made on A works on B
      const token = await tokenFor(urlA, ADMIN.email, ADMIN.password);
      const onB = createClient({ baseUrl: urlB, token });
      expect((await onB("me")).user.email).toBe(ADMIN.email);
      expect((await onB("listUsers")).total).toBe(1);

      const ctl = new AbortController();
      const res = await fetch(`${urlB}/v1/events?types=audit.`, {
        headers: { authorization: `Bearer ${token}` },
        signal: ctl.signal,
      });
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      await reader.read(); // the "connected" preamble: B is subscribed
      const onA = createClient({ baseUrl: urlA, token });
      const created = await onA("createToken", { body: { name: "made-on-a" } });
      let seen: LiveEvent | undefined;
      let buffer = "";
      const deadline = Date.now() + 5_000;
      while (!seen && Date.now() < deadline) {
        const { value } = await reader.read();
        buffer += new TextDecoder().decode(value);
        for (const line of buffer.split("\n")) {
          if (!line.startsWith("data: ")) continue;
          const e = LiveEvent.parse(JSON.parse(line.slice(6)));
          if ((e.data as { targetId?: string }).targetId === created.id) seen = e;
        }
      }
      ctl.abort();
      expect(seen?.type).toBe("audit.created");
      // revoked on A: refused on B once B's short credential cache expires (5 s at most)
      const other = await onA("createToken", { body: { name: "to-revoke" } });
      await onA("revokeToken", { params: { id: other.id } });
      const res401 = await fetch(`${urlB}/v1/me`, { headers: { authorization: `Bearer ${other.token}` } });
      expect(res401.status).toBe(401);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await db.drop();
    }
  });
});
