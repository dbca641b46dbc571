import { describe, expect, it } from "vitest";
import { mediaTypeOf, parseLinkNext, parseRetryAfter, parseWwwAuthenticate } from "./http-headers.ts";

describe("parseWwwAuthenticate", () => {
  it("reads a bearer challenge whose scope holds commas", () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull,push"',
      ),
    ).toEqual([
      {
        scheme: "bearer",
        params: {
          realm: "https://auth.docker.io/token",
          service: "registry.docker.io",
          scope: "repository:library/node:pull,push",
        },
      },
    ]);
  });

  it("reads several challenges, unquoted values and escapes", () => {
    expect(parseWwwAuthenticate('Basic realm="Registry \\"x\\"", Bearer realm=https://r/token, error=invalid_token')).toEqual([
      { scheme: "basic", params: { realm: 'Registry "x"' } },
      { scheme: "bearer", params: { realm: "https://r/token", error: "invalid_token" } },
    ]);
  });

  it("is empty without a header", () => {
    expect(parseWwwAuthenticate(null)).toEqual([]);
  });
});

describe("parseLinkNext", () => {
  it("resolves a relative next link against the request", () => {
    expect(parseLinkNext('</v2/a/tags/list?n=50&last=t049>; rel="next"', "http://127.0.0.1:5000/v2/a/tags/list?n=50")).toBe(
      "http://127.0.0.1:5000/v2/a/tags/list?n=50&last=t049",
    );
  });
  it("picks rel=next among several links", () => {
    expect(parseLinkNext('<https://r/p1>; rel="prev", <https://r/p3>; rel=next', "https://r/p2")).toBe("https://r/p3");
    expect(parseLinkNext('<https://r/p1>; rel="prev"', "https://r/p2")).toBeUndefined();
  });
});

describe("parseRetryAfter", () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it("reads delta seconds and HTTP dates", () => {
    expect(parseRetryAfter(new Headers({ "retry-after": "7" }), now)).toBe(7000);
    expect(parseRetryAfter(new Headers({ "retry-after": "Thu, 01 Jan 2026 12:00:30 GMT" }), now)).toBe(30_000);
  });
  it("falls back to X-RateLimit-Reset (epoch seconds)", () => {
    expect(parseRetryAfter(new Headers({ "x-ratelimit-reset": String(now / 1000 + 60) }), now)).toBe(60_000);
    expect(parseRetryAfter(new Headers(), now)).toBeUndefined();
  });
});

it("mediaTypeOf drops parameters", () => {
  expect(mediaTypeOf(new Headers({ "content-type": "application/json; charset=utf-8" }))).toBe("application/json");
});
