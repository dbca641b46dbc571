import { describe, expect, it } from "vitest";
import { collect, createApi, reachableFetch } from "./api.ts";
import { UnreachableError } from "./errors.ts";
import { connectionRefused, fakeApi, sampleToken } from "./testing/fake-api.ts";

describe("reachableFetch", () => {
  it("turns a refused connection into an UnreachableError naming the server", async () => {
    const f = reachableFetch(connectionRefused(), "http://127.0.0.1:9");
    const error = await f("http://127.0.0.1:9/v1/me").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreachableError);
    expect((error as UnreachableError).message).toBe(
      "Could not reach the Shipyard server at http://127.0.0.1:9: connection refused.",
    );
  });

  it("explains a port that fetch refuses", async () => {
    const badPort: typeof fetch = async () => {
      throw Object.assign(new TypeError("fetch failed"), { cause: new Error("bad port") });
    };
    const error = await reachableFetch(badPort, "http://127.0.0.1:9")("http://127.0.0.1:9/v1/me").catch((e: unknown) => e);
    expect((error as Error).message).toContain("unsafe ports");
  });

  it("reports a timeout", async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    const error = await reachableFetch(hang, "http://slow", { timeoutMs: 20 })("http://slow/v1/me").catch((e: unknown) => e);
    expect((error as Error).message).toContain("no answer within 1 s");
  });

  it("adds headers and shows responses to onResponse", async () => {
    const api = fakeApi({ "GET /v1/me": () => ({ status: 200, body: {}, headers: [["set-cookie", "a=b"]] }) });
    let seen: string[] = [];
    const f = reachableFetch(api.fetch, "http://x", {
      headers: { cookie: "s=1" },
      onResponse: (r) => (seen = r.headers.getSetCookie()),
    });
    await f("http://x/v1/me", { headers: { accept: "application/json" } });
    expect(api.requests[0]?.headers.get("cookie")).toBe("s=1");
    expect(api.requests[0]?.headers.get("accept")).toBe("application/json");
    expect(seen).toEqual(["a=b"]);
  });
});

describe("collect", () => {
  it("follows nextCursor to the last page when all, else stops after one", async () => {
    const pagesByCursor: Record<string, { items: number[]; nextCursor: string | null; total: number }> = {
      first: { items: [1, 2], nextCursor: "c2", total: 5 },
      c2: { items: [3, 4], nextCursor: "c3", total: 5 },
      c3: { items: [5], nextCursor: null, total: 5 },
    };
    const fetchPage = async (cursor: string | undefined) => pagesByCursor[cursor ?? "first"] as (typeof pagesByCursor)["first"];
    expect(await collect(fetchPage, { all: true })).toEqual({ items: [1, 2, 3, 4, 5], nextCursor: null, total: 5 });
    expect(await collect(fetchPage, { all: false })).toEqual({ items: [1, 2], nextCursor: "c2", total: 5 });
  });
});

describe("createApi", () => {
  it("sends the token as a bearer token", async () => {
    const api = fakeApi({ "GET /v1/tokens": () => ({ body: { items: [sampleToken()], nextCursor: null, total: 1 } }) });
    const call = createApi({ server: "http://x", token: "shp_abc123xyz", fetch: api.fetch });
    await call("listTokens", { query: { limit: 200 } });
    expect(api.requests[0]?.headers.get("authorization")).toBe("Bearer shp_abc123xyz");
    expect(api.requests[0]?.query.get("limit")).toBe("200");
  });
});
