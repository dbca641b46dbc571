// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile text is full of ${VAR} written as plain strings
import { describe, expect, it } from "vitest";
import { type AnalyzeOptions, analyzeDockerfile } from "./analyze.ts";

const DIGEST = `sha256:${"a".repeat(64)}`;
const lib = (s: string) => `docker.io/library/${s}`;

interface Case {
  name: string;
  dockerfile: string;
  options?: AnalyzeOptions;
  baseImages?: string[];
  copyFromImages?: string[];
  /** [line, pattern] for each expected error, in order; [] for none (the default) */
  errors?: [number, RegExp][];
}

const run = (c: Case) => {
  const r = analyzeDockerfile(c.dockerfile, c.options);
  if (c.baseImages) expect(r.baseImages).toEqual(c.baseImages);
  if (c.copyFromImages) expect(r.copyFromImages).toEqual(c.copyFromImages);
  const errors = c.errors ?? [];
  expect(r.errors.map((e) => e.line)).toEqual(errors.map(([line]) => line));
  r.errors.forEach((e, i) => {
    expect(e.message).toMatch((errors[i] as [number, RegExp])[1]);
  });
  return r;
};
const check = (c: Case): void => {
  run(c);
};

describe("image normalisation: what docker build would pull", () => {
  it.each<Case>([
    { name: "an official image gets docker.io/library/", dockerfile: "FROM node:20", baseImages: [lib("node:20")] },
    { name: "no tag and no digest means :latest", dockerfile: "FROM ubuntu", baseImages: [lib("ubuntu:latest")] },
    { name: "a user image gets docker.io/", dockerfile: "FROM bitnami/redis:7", baseImages: ["docker.io/bitnami/redis:7"] },
    { name: "another registry stays", dockerfile: "FROM ghcr.io/acme/api:1.2", baseImages: ["ghcr.io/acme/api:1.2"] },
    {
      name: "a registry with a port and no tag",
      dockerfile: "FROM localhost:5000/base",
      baseImages: ["localhost:5000/base:latest"],
    },
    { name: "a digest pins without :latest", dockerfile: `FROM node@${DIGEST}`, baseImages: [lib(`node@${DIGEST}`)] },
    {
      name: "tag and digest keep both",
      dockerfile: `FROM node:20@${DIGEST}`,
      baseImages: [lib(`node:20@${DIGEST}`)],
    },
    {
      name: "docker.io/library/ and index.docker.io spellings are the same image",
      dockerfile: "FROM docker.io/library/node:20\nFROM index.docker.io/library/node:20\nFROM node:20",
      baseImages: [lib("node:20")],
    },
  ])("$name", check);
});

describe("stages", () => {
  it.each<Case>([
    {
      name: "images in order of first use, without duplicates",
      dockerfile: "FROM golang:1.22 AS build\nFROM alpine:3.19\nFROM golang:1.22\nFROM debian",
      baseImages: [lib("golang:1.22"), lib("alpine:3.19"), lib("debian:latest")],
    },
    {
      name: "AS in any case names a stage; FROM <stage> is internal",
      dockerfile: "FROM node:20 as deps\nFROM node:20 As Build\nFROM build AS test\nFROM deps",
      baseImages: [lib("node:20")],
    },
    {
      name: "stage names are case-insensitive when declared, and FROM needs them in lower case",
      dockerfile: "FROM node:20 AS Builder\nFROM Builder",
      baseImages: [lib("node:20")],
      errors: [[2, /FROM Builder: stage "builder" is only matched in lower case.*Write FROM builder/]],
    },
    {
      name: "only an earlier stage counts: a later one's name is an image",
      dockerfile: "FROM app\nFROM alpine AS app",
      baseImages: [lib("app:latest"), lib("alpine:latest")],
    },
    { name: "scratch is no image", dockerfile: "FROM scratch\nCOPY a /", baseImages: [] },
    {
      name: "a stage may build on a stage named like an image",
      dockerfile: "FROM node:20 AS node\nFROM node",
      baseImages: [lib("node:20")],
    },
    {
      name: "FROM with two arguments",
      dockerfile: "FROM node build",
      errors: [[1, /FROM requires either one or three arguments/]],
    },
    {
      name: "a stage name that starts with a digit",
      dockerfile: "FROM node AS 1st",
      errors: [[1, /invalid name for build stage: "1st"/]],
    },
    { name: "an unknown FROM flag", dockerfile: "FROM --arch=x node", errors: [[1, /unknown flag: --arch/]] },
  ])("$name", check);

  it("describes each stage: name, base as resolved, kind, line, platform", () => {
    const r = run({
      name: "",
      dockerfile: "ARG V=20\nFROM --platform=linux/arm64 node:${V} AS Build\nRUN x\n\nFROM build\nFROM scratch",
    });
    expect(r.stages).toEqual([
      {
        index: 0,
        name: "build",
        base: "node:20",
        baseKind: "image",
        image: lib("node:20"),
        line: 2,
        platform: "linux/arm64",
        args: {},
      },
      { index: 1, name: null, base: "build", baseKind: "stage", baseStage: 0, line: 5, args: {} },
      { index: 2, name: null, base: "scratch", baseKind: "scratch", line: 6, args: {} },
    ]);
  });
});

describe("global ARGs and expansion in FROM", () => {
  it.each<Case>([
    { name: "default of a global ARG, ${VAR}", dockerfile: "ARG V=20\nFROM node:${V}", baseImages: [lib("node:20")] },
    { name: "default of a global ARG, $VAR", dockerfile: "ARG IMG=node\nFROM $IMG", baseImages: [lib("node:latest")] },
    {
      name: "a build arg overrides a declared ARG",
      dockerfile: "ARG V=20\nFROM node:${V}",
      options: { buildArgs: { V: "22" } },
      baseImages: [lib("node:22")],
    },
    {
      name: "a build arg gives a value to an ARG declared without default",
      dockerfile: "ARG V\nFROM node:$V",
      options: { buildArgs: { V: "22" } },
      baseImages: [lib("node:22")],
    },
    {
      name: "a build arg does not declare an ARG",
      dockerfile: "FROM node:${V}",
      options: { buildArgs: { V: "22" } },
      baseImages: [],
      errors: [[1, /uses ARG V, which is not declared.*a build arg only sets an ARG the Dockerfile declares/]],
    },
    {
      name: "an ARG with no value and no default is reported with its name and line, not guessed",
      dockerfile: "ARG BASE\nFROM ${BASE}",
      baseImages: [],
      errors: [[2, /FROM uses ARG BASE, which has no value: it is declared without a default on line 1/]],
    },
    {
      name: "${VAR:-default} uses the default when the ARG is unset",
      dockerfile: "ARG V\nFROM node:${V:-18}",
      baseImages: [lib("node:18")],
    },
    {
      name: "${VAR:-default} uses the default when the ARG is empty",
      dockerfile: "ARG V=\nFROM node:${V:-18}",
      baseImages: [lib("node:18")],
    },
    {
      name: "${VAR-default} keeps an empty value",
      dockerfile: "ARG S=\nFROM node:20${S-x}",
      baseImages: [lib("node:20")],
    },
    {
      name: "${VAR-default} uses the default when unset",
      dockerfile: "ARG S\nFROM node:20${S-x}",
      baseImages: [lib("node:20x")],
    },
    {
      name: "${VAR:+alt} gives alt when set and not empty",
      dockerfile: "ARG VARIANT=slim\nFROM debian:12${VARIANT:+-$VARIANT}",
      baseImages: [lib("debian:12-slim")],
    },
    {
      name: "${VAR:+alt} gives nothing when empty",
      dockerfile: "ARG VARIANT=\nFROM debian:12${VARIANT:+-$VARIANT}",
      baseImages: [lib("debian:12")],
    },
    {
      name: "${VAR+alt} gives alt when set, even empty",
      dockerfile: "ARG V=\nFROM alpine${V+:3.19}",
      baseImages: [lib("alpine:3.19")],
    },
    {
      name: "an undeclared ARG in ${X:-d} is fine: the default is used on purpose",
      dockerfile: "FROM node:${NODE_VERSION:-20}",
      baseImages: [lib("node:20")],
    },
    {
      name: "ARG defaults can use earlier ARGs, and quotes are removed",
      dockerfile: 'ARG MAJOR=3\nARG IMAGE="alpine:${MAJOR}.19"\nFROM $IMAGE',
      baseImages: [lib("alpine:3.19")],
    },
    {
      name: "a default built from an ARG without value is reported, naming the root cause",
      dockerfile: "ARG TAG\nARG IMAGE=node:${TAG}\nFROM ${IMAGE}",
      baseImages: [],
      errors: [[3, /FROM uses ARG IMAGE, whose default \(line 2\) uses TAG, which has no value/]],
    },
    {
      name: "a default built from a platform ARG waits for the platform",
      dockerfile: "ARG TARGETARCH\nARG IMAGE=${TARGETARCH}/node\nFROM $IMAGE",
      errors: [[3, /whose default \(line 2\) uses TARGETARCH, which has no value until the platform is known/]],
    },
    {
      name: "…and resolves once it is",
      dockerfile: "ARG TARGETARCH\nARG IMAGE=${TARGETARCH}/node\nFROM $IMAGE",
      options: { platform: "linux/arm64" },
      baseImages: ["docker.io/arm64/node:latest"],
    },
    {
      name: "an ARG declared inside a stage is not visible to a later FROM",
      dockerfile: "ARG V=20\nFROM node:$V\nARG W=3.19\nFROM alpine:${W}",
      baseImages: [lib("node:20")],
      errors: [[4, /FROM uses ARG W, which is not declared/]],
    },
    {
      name: "a global ARG redeclared without value keeps its earlier default",
      dockerfile: "ARG V=20\nARG V\nFROM node:$V",
      baseImages: [lib("node:20")],
    },
    {
      name: "an ARG that expands to an empty image name",
      dockerfile: "ARG IMG=\nFROM $IMG",
      errors: [[2, /base name \(\$IMG\) should not be blank/]],
    },
    {
      name: "a syntax error in ${}",
      dockerfile: "FROM node:${V",
      // BuildKit's own words (Go prints the missing character as U+FFFD)
      errors: [[1, /failed to process "node:\$\{V": unsupported modifier \(\ufffd\) in substitution/]],
    },
    {
      name: "${VAR:?message} stops the build",
      dockerfile: "ARG V\nFROM node:${V:?}",
      errors: [[2, /V: is not allowed to be unset/]],
    },
    {
      name: "${VAR%pattern} trims with shell patterns",
      dockerfile: "ARG FULL=node:20.11.1\nFROM ${FULL%.*}",
      baseImages: [lib("node:20.11")],
    },
    {
      name: "the backtick escape token applies to expansion",
      dockerfile: "# escape=`\nARG V=20\nFROM node:${V}",
      baseImages: [lib("node:20")],
    },
  ])("$name", check);
});

describe("ARG scoping inside stages", () => {
  const args = (dockerfile: string, options?: AnalyzeOptions) => analyzeDockerfile(dockerfile, options).stages.map((s) => s.args);

  it("a global ARG is not in a stage until redeclared; redeclared without value it takes the global default", () => {
    expect(args("ARG V=1\nFROM a\nFROM b\nARG V")).toEqual([{}, { V: "1" }]);
  });

  it("a redeclared global ARG takes the build arg over the global default", () => {
    expect(args("ARG V=1\nFROM a\nARG V", { buildArgs: { V: "9" } })).toEqual([{ V: "9" }]);
  });

  it("a stage ARG's own default wins over the global one, and may use ENV and earlier ARGs", () => {
    expect(args("ARG V=1\nFROM a\nENV E=x\nARG V=2-$E\nARG W=${V}!")).toEqual([{ V: "2-x", W: "2-x!" }]);
  });

  it("an ARG without value that is not global has no value", () => {
    expect(args("FROM a\nARG V")).toEqual([{}]);
  });

  it("a stage built on another inherits its ARGs; the next unrelated stage does not", () => {
    expect(args("FROM a AS one\nARG X=1\nFROM one\nFROM b")).toEqual([{ X: "1" }, { X: "1" }, {}]);
  });
});

describe("COPY --from and RUN --mount=from", () => {
  it.each<Case>([
    {
      name: "an image in COPY --from is pulled; stage names and indices are not",
      dockerfile: "FROM golang AS build\nFROM alpine\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\nCOPY --from=nginx:1.25 /c /c",
      baseImages: [lib("golang:latest"), lib("alpine:latest")],
      copyFromImages: [lib("nginx:1.25")],
    },
    {
      name: "COPY --from matches stage names in any case",
      dockerfile: "FROM golang AS Build\nFROM alpine\nCOPY --from=BUILD /a /a",
      copyFromImages: [],
    },
    {
      name: "COPY --from=scratch pulls nothing",
      dockerfile: "FROM alpine\nCOPY --from=scratch / /",
      copyFromImages: [],
    },
    {
      name: "RUN --mount=from=<image> is pulled; a cache mount without from is not",
      dockerfile:
        "FROM alpine AS tools\nFROM alpine\nRUN --mount=type=cache,target=/c --mount=type=bind,from=busybox:1.36,target=/b --mount=from=tools,target=/t true",
      copyFromImages: [lib("busybox:1.36")],
    },
    {
      name: "RUN --mount with a quoted CSV field",
      dockerfile: 'FROM alpine\nRUN --mount="type=bind,from=ghcr.io/a/b:1,target=/x" true',
      copyFromImages: ["ghcr.io/a/b:1"],
    },
    {
      name: "images from COPY --from in order of first use, without duplicates",
      dockerfile: "FROM a\nCOPY --from=b /x /x\nCOPY --from=c /x /x\nCOPY --from=b /y /y",
      copyFromImages: [lib("b:latest"), lib("c:latest")],
    },
    {
      name: "variables are not expanded in COPY --from",
      dockerfile: "ARG IMG=alpine\nFROM alpine\nCOPY --from=$IMG / /",
      copyFromImages: [],
      errors: [[3, /variable expansion is not supported for --from/]],
    },
    {
      name: "variables are not expanded in RUN --mount=from",
      dockerfile: "FROM alpine\nRUN --mount=from=$IMG,target=/x true",
      errors: [[2, /'from' doesn't support variable expansion/]],
    },
    {
      name: "COPY --from a stage index that does not exist",
      dockerfile: "FROM alpine\nCOPY --from=3 / /",
      errors: [[2, /invalid stage index 3/]],
    },
    {
      name: "COPY --from the current or a later stage",
      dockerfile: "FROM alpine AS a\nCOPY --from=0 / /\nCOPY --from=b / /\nFROM alpine AS b",
      errors: [
        [2, /cannot copy from stage "0", it needs to be defined before current stage "a"/],
        [3, /cannot COPY --from stage "b", it needs to be defined before current stage "a"/],
      ],
    },
    {
      name: "COPY --from without a value",
      dockerfile: "FROM alpine\nCOPY --from build /a /a",
      errors: [[2, /missing a value on flag: --from/]],
    },
    {
      name: "an invalid image in COPY --from",
      dockerfile: "FROM alpine\nCOPY --from=Nginx /a /a",
      errors: [[2, /COPY --from: invalid image reference "Nginx": .*must be lowercase/]],
    },
  ])("$name", check);
});

describe("platforms", () => {
  it.each<Case>([
    {
      name: "$BUILDPLATFORM in --platform is fine without knowing it",
      dockerfile: "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM alpine",
      baseImages: [lib("golang:1.22"), lib("alpine:latest")],
    },
    {
      name: "TARGETARCH in an image name needs the platform",
      dockerfile: "FROM ${TARGETARCH}/alpine",
      baseImages: [],
      errors: [[1, /uses TARGETARCH, which depends on the platform being built for/]],
    },
    {
      name: "with the platform given, TARGETARCH is known",
      dockerfile: "FROM ${TARGETARCH}/alpine",
      options: { platform: "linux/arm64" },
      baseImages: ["docker.io/arm64/alpine:latest"],
    },
    {
      name: "declaring ARG TARGETARCH globally does not make it known",
      dockerfile: "ARG TARGETARCH\nFROM ${TARGETARCH}/alpine",
      errors: [[2, /uses TARGETARCH, which depends on the platform being built for/]],
    },
    {
      name: "a TARGETARCH build arg works too",
      dockerfile: "FROM ${TARGETARCH}/alpine",
      options: { buildArgs: { TARGETARCH: "amd64" } },
      baseImages: ["docker.io/amd64/alpine:latest"],
    },
  ])("$name", check);

  it("reports the platform as resolved, or as written when it depends on the machine", () => {
    const text = "FROM --platform=$BUILDPLATFORM golang AS b\nFROM --platform=${TARGETOS}/amd64 alpine";
    expect(analyzeDockerfile(text).stages.map((s) => s.platform)).toEqual(["$BUILDPLATFORM", "${TARGETOS}/amd64"]);
    expect(
      analyzeDockerfile(text, { platform: "linux/arm64", buildPlatform: "linux/amd64" }).stages.map((s) => s.platform),
    ).toEqual(["linux/amd64", "linux/amd64"]);
  });
});

describe("broken Dockerfiles", () => {
  it.each<Case>([
    {
      name: "a parse error, with line and reason",
      dockerfile: "FROM busybox\n\nENV PATH",
      errors: [[3, /^ENV must have two arguments$/]],
    },
    { name: "an empty file", dockerfile: "", errors: [[1, /file with no instructions/]] },
    {
      name: "an invalid image reference in FROM",
      dockerfile: "FROM alpine\nFROM Node:20",
      baseImages: [lib("alpine:latest")],
      errors: [[2, /FROM: invalid image reference "Node:20": .*must be lowercase/]],
    },
    { name: "an empty tag", dockerfile: "FROM node:", errors: [[1, /invalid image reference "node:"/]] },
    { name: "an unknown instruction", dockerfile: "FROM alpine\nRUNN echo", errors: [[2, /unknown instruction: RUNN/]] },
    {
      name: "an instruction before the first FROM",
      dockerfile: "RUN echo\nFROM alpine",
      errors: [[1, /no build stage in current context/]],
    },
    { name: "only ARGs", dockerfile: "ARG A=1", errors: [[1, /no stages to build/]] },
    {
      name: "ONBUILD FROM",
      dockerfile: "FROM alpine\nONBUILD FROM node",
      baseImages: [lib("alpine:latest")],
      errors: [[2, /FROM isn't allowed as an ONBUILD trigger/]],
    },
  ])("$name", check);

  it("keeps going after an error, so one run reports them all", () => {
    const r = analyzeDockerfile("ARG A\nFROM node:$A\nFROM python:3.12\nCOPY --from=$X / /\nFROM Bad");
    expect(r.baseImages).toEqual([lib("python:3.12")]);
    expect(r.errors.map((e) => e.line)).toEqual([2, 4, 5]);
  });
});
