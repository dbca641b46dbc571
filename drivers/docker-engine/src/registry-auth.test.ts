import { describe, expect, it } from "vitest";
import { decodeRegistryHeader, encodeRegistryAuth, encodeRegistryConfig } from "./registry-auth.ts";

describe("registry credentials for the engine", () => {
  it("X-Registry-Auth is base64url of the engine's auth config, padded like the Docker CLI writes it", () => {
    const header = encodeRegistryAuth({ username: "bot", password: "s3cr?t>>", serverAddress: "127.0.0.1:5000" });
    expect(header).not.toMatch(/[+/]/);
    expect(header.length % 4).toBe(0);
    expect(decodeRegistryHeader(header)).toEqual({ username: "bot", password: "s3cr?t>>", serveraddress: "127.0.0.1:5000" });
  });

  it("an anonymous push still sends a header: {}", () => {
    expect(decodeRegistryHeader(encodeRegistryAuth())).toEqual({});
  });

  it("X-Registry-Config maps each registry to its credentials", () => {
    const header = encodeRegistryConfig({
      "ghcr.io": { username: "u", password: "p" },
      "https://index.docker.io/v1/": { identityToken: "t" },
    });
    expect(decodeRegistryHeader(header)).toEqual({
      "ghcr.io": { username: "u", password: "p", serveraddress: "ghcr.io" },
      "https://index.docker.io/v1/": { identitytoken: "t", serveraddress: "https://index.docker.io/v1/" },
    });
  });
});
