import type { KargoImage } from "../types.ts";

/**
 * A catalog with a diamond: `node` (Docker Hub) is the base of two managed runtimes, and `app` is built
 * FROM both runtimes. Plus a GHCR base, external images on Docker Hub and GHCR, each build provider,
 * and an implicit base (alpine) that only a Dockerfile names.
 */
export function diamondCatalog(): KargoImage[] {
  return [
    { name: "node", kind: "base", image: "node", tags: ["22-bookworm-slim"] },
    { name: "python", kind: "base", image: "ghcr.io/acme/python", tags: ["3.12"] },
    {
      name: "runtime-a",
      kind: "managed",
      image: "ghcr.io/acme/runtime-a",
      tags: ["latest", "1.4.0"],
      source: {
        provider: "github",
        repo: "acme/runtimes",
        branch: "main",
        dockerfile: "runtimes/a/Dockerfile",
        context: "runtimes/a",
      },
      build: { provider: "github-actions", workflow: "build-runtime.yml", ref: "main", inputs: { runtime: "a", push: "true" } },
      rebuild: { auto: true, delay: "0s", window: "30m", priority: 50 },
      baseImages: ["docker.io/library/node:22-bookworm-slim"],
    },
    {
      name: "runtime-b",
      kind: "managed",
      image: "registry.gitlab.com/acme/runtime-b",
      tags: ["2.0.0"],
      source: {
        provider: "gitlab",
        repo: "acme/platform/runtime-b",
        branch: "release/2.x",
        dockerfile: "Dockerfile",
        context: ".",
      },
      build: { provider: "gitlab", ref: "release/2.x", variables: { TARGET: "runtime-b", QUOTE: 'say "hi"' } },
      rebuild: { auto: false },
      baseImages: ["docker.io/library/node:22-bookworm-slim", "docker.io/library/alpine:3.20"],
    },
    {
      name: "app",
      kind: "managed",
      image: "ghcr.io/acme/app",
      tags: ["main"],
      source: {
        provider: "github",
        repo: "acme/app",
        branch: "main",
        dockerfile: "deploy/Dockerfile",
        context: ".",
        includePaths: ["src", "deploy/Dockerfile", "package.json"],
      },
      build: { provider: "local", buildArgs: { NODE_ENV: "production" }, platform: "linux/amd64" },
      baseImages: ["ghcr.io/acme/runtime-a:latest", "registry.gitlab.com/acme/runtime-b:2.0.0", "ghcr.io/acme/python:3.12"],
    },
    { name: "postgres", kind: "external", image: "postgres", tags: ["16", "17"] },
    { name: "redis", kind: "external", image: "ghcr.io/acme/mirror/redis:7", tags: [], pollInterval: "2d" },
  ];
}

export const SHIPYARD_URL = "http://shipyard.shipyard.svc:7300";
