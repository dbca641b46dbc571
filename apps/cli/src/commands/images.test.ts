// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfiles use ${VAR} syntax
import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { createTestIo } from "../testing/test-io.ts";
import { parseBuildArgs } from "./images.ts";

const files = {
  "app/Dockerfile":
    "ARG NODE=20\nFROM node:${NODE} AS build\nRUN npm ci\nFROM scratch\nCOPY --from=build /app /app\nCOPY --from=alpine:3.20 /etc/ssl /etc/ssl\n",
  "bad/Dockerfile": "FROM ${BASE}\n",
};

const analyze = async (...argv: string[]) => {
  const io = createTestIo({ files, env: { SHIPYARD_CONFIG: "/nonexistent/config.json" } });
  const code = await run(["images", "analyze", ...argv], io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

describe("images analyze", () => {
  it("prints per file the normalised base images, COPY --from images and stages as JSON", async () => {
    const r = await analyze("app/Dockerfile", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: "app/Dockerfile",
        baseImages: ["docker.io/library/node:20"],
        copyFromImages: ["docker.io/library/alpine:3.20"],
        stages: [
          { name: "build", base: "docker.io/library/node:20", line: 2 },
          { name: null, base: "scratch", line: 4 },
        ],
        errors: [],
      },
    ]);
  });

  it("applies --build-arg overrides", async () => {
    const r = await analyze("app/Dockerfile", "--build-arg", "NODE=22-alpine", "--json");
    expect(JSON.parse(r.stdout)[0].baseImages).toEqual(["docker.io/library/node:22-alpine"]);
  });

  it("reports errors with their line and exits 6", async () => {
    const r = await analyze("app/Dockerfile", "bad/Dockerfile", "--json");
    expect(r.code).toBe(6);
    const out = JSON.parse(r.stdout);
    expect(out[1].errors[0]).toMatchObject({ line: 1 });
    expect(out[1].errors[0].message).toMatch(/BASE/);
    expect(JSON.parse(r.stderr).message).toMatch(/bad\/Dockerfile/);
  });

  it("shows a table for people and says which file cannot be read", async () => {
    const ok = await analyze("app/Dockerfile");
    expect(ok.stdout).toContain("docker.io/library/node:20");
    expect(ok.stdout).toMatch(/LINE\s+STAGE\s+FROM/);
    const missing = await analyze("nope/Dockerfile");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Cannot read nope/Dockerfile");
  });

  it("rejects a build arg that is not KEY=VALUE", async () => {
    expect(() => parseBuildArgs(["NODE"])).toThrow(/KEY=VALUE/);
    expect(parseBuildArgs(["A=1", "B=x=y"])).toEqual({ A: "1", B: "x=y" });
    expect((await analyze("app/Dockerfile", "--build-arg", "=1")).code).toBe(2);
  });
});
