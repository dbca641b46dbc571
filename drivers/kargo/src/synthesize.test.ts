// biome-ignore-all lint/suspicious/noExplicitAny: the tests read into untyped manifests
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Kargo expressions (${{ … }}) are plain strings
import type { Image } from "@shipyard/contract";
import { DomainError } from "@shipyard/core";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { conformanceDir } from "../../../test-support/conformance.ts";
import { ANALYSIS_METRIC, analysisJobName, assertJobNameFits } from "./analysis.ts";
import { isDnsLabel } from "./names.ts";
import { synthesizeKargo } from "./synthesize.ts";
import { type CrdValidator, loadCrdValidator } from "./testing/crd-validator.ts";
import { diamondCatalog, SHIPYARD_URL } from "./testing/fixtures.ts";
import { kargoRules } from "./testing/kargo-rules.ts";
import type { KargoImage, KargoSynthInput, KubernetesObject } from "./types.ts";

let crds: CrdValidator;
beforeAll(() => {
  crds = loadCrdValidator(conformanceDir("kargo-crds"));
});

const synth = (over: Partial<KargoSynthInput> = {}) =>
  synthesizeKargo({ images: diamondCatalog(), pipelineTrigger: { shipyard: { url: SHIPYARD_URL } }, ...over });

const find = (manifests: KubernetesObject[], kind: string, name: string) => {
  const o = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!o) throw new Error(`no ${kind}/${name} in ${manifests.map((m) => `${m.kind}/${m.metadata.name}`).join(", ")}`);
  return o as KubernetesObject & { spec: any };
};

/** Every object valid for its CRD, and the whole set consistent as Kargo's webhooks see it. */
function expectValid(manifests: KubernetesObject[]) {
  const problems = manifests.flatMap((m) => crds.validate(m).map((e) => `${m.kind}/${m.metadata.name} ${e}`));
  expect(problems).toEqual([]);
  expect(kargoRules().check(manifests)).toEqual([]);
  for (const m of manifests) expect(isDnsLabel(m.metadata.name), m.metadata.name).toBe(true);
  const ids = manifests.map((m) => `${m.kind}/${m.metadata.name}`);
  expect(new Set(ids).size).toBe(ids.length);
}

const requested = (stage: { spec: any }) => stage.spec.requestedFreight.map((r: any) => r.origin.name);
const subscriptionsOf = (w: { spec: any }) => w.spec.subscriptions;

describe("synthesizeKargo: the diamond catalog", () => {
  it("validates every object against the served CRD schemas and Kargo's own rules", () => {
    const { manifests } = synth();
    expect(crds.kinds).toEqual(
      expect.arrayContaining([
        "argoproj.io/v1alpha1/AnalysisTemplate",
        "kargo.akuity.io/v1alpha1/Project",
        "kargo.akuity.io/v1alpha1/ProjectConfig",
        "kargo.akuity.io/v1alpha1/Stage",
        "kargo.akuity.io/v1alpha1/Warehouse",
      ]),
    );
    expectValid(manifests);
    expect(manifests.map((m) => m.kind)).toEqual([
      "Namespace",
      "Project",
      "ProjectConfig",
      ...Array(12).fill("Warehouse"),
      ...Array(3).fill("AnalysisTemplate"),
      ...Array(6).fill("Stage"),
    ]);
  });

  it("creates the project namespace labelled for Kargo to adopt, and a Project of the same name", () => {
    const { manifests } = synth({ namespace: "images" });
    expect(find(manifests, "Namespace", "images").metadata.labels).toMatchObject({ "kargo.akuity.io/project": "true" });
    expect(find(manifests, "Project", "images").metadata.namespace).toBeUndefined();
    const namespaced = manifests.filter((m) => !["Namespace", "Project"].includes(m.kind));
    expect(new Set(namespaced.map((m) => m.metadata.namespace))).toEqual(new Set(["images"]));
    expectValid(manifests);
  });

  it("rebuild-trigger Stages request Freight from the Warehouses of their base images (graph edges)", () => {
    const { manifests } = synth();
    expect(requested(find(manifests, "Stage", "rebuild-trigger-runtime-a"))).toEqual(["node"]);
    expect(requested(find(manifests, "Stage", "rebuild-trigger-runtime-b"))).toEqual(["alpine-3-20", "node"]);
    // The bottom of the diamond waits on both runtimes (their built images) and on the GHCR base.
    expect(requested(find(manifests, "Stage", "rebuild-trigger-app"))).toEqual(["python", "runtime-a", "runtime-b"]);
    for (const name of ["rebuild-trigger-runtime-a", "rebuild-trigger-runtime-b", "rebuild-trigger-app"]) {
      for (const r of find(manifests, "Stage", name).spec.requestedFreight)
        expect(r).toEqual({ origin: { kind: "Warehouse", name: r.origin.name }, sources: { direct: true } });
    }
  });

  it("a managed image gets a built-image Warehouse and a separate source Warehouse; downstream triggers see only the image", () => {
    const { manifests } = synth();
    expect(subscriptionsOf(find(manifests, "Warehouse", "runtime-a"))).toEqual([
      { image: { repoURL: "ghcr.io/acme/runtime-a", imageSelectionStrategy: "Digest", constraint: "latest" } },
    ]);
    // Only semver tags published: newest SemVer wins.
    expect(subscriptionsOf(find(manifests, "Warehouse", "runtime-b"))).toEqual([
      { image: { repoURL: "registry.gitlab.com/acme/runtime-b", imageSelectionStrategy: "SemVer" } },
    ]);
    expect(subscriptionsOf(find(manifests, "Warehouse", "runtime-a-source"))).toEqual([
      { git: { repoURL: "https://github.com/acme/runtimes.git", branch: "main", includePaths: ["runtimes/a"] } },
    ]);
    expect(subscriptionsOf(find(manifests, "Warehouse", "app-source"))).toEqual([
      {
        git: {
          repoURL: "https://github.com/acme/app.git",
          branch: "main",
          includePaths: ["deploy/Dockerfile", "package.json", "src"],
        },
      },
    ]);
    // Dockerfile at the root and context "." → the whole repository.
    expect(subscriptionsOf(find(manifests, "Warehouse", "runtime-b-source"))).toEqual([
      { git: { repoURL: "https://gitlab.com/acme/platform/runtime-b.git", branch: "release/2.x" } },
    ]);
    expect(requested(find(manifests, "Stage", "analysis-app"))).toEqual(["app", "app-source"]);
  });

  it("polls Docker Hub base and external images every 24h, others every 5m, unless the image says otherwise", () => {
    const { manifests } = synth();
    const interval = (name: string) => find(manifests, "Warehouse", name).spec.interval;
    expect(interval("node")).toBe("24h");
    expect(interval("alpine-3-20")).toBe("24h"); // implicit base, on Docker Hub
    expect(interval("postgres-16")).toBe("24h");
    expect(interval("postgres-17")).toBe("24h");
    expect(interval("python")).toBe("5m"); // GHCR
    expect(interval("redis")).toBe("48h"); // pollInterval: 2d
    expect(interval("runtime-a")).toBe("5m"); // a managed image we push ourselves
    expect(interval("runtime-a-source")).toBe("5m");
  });

  it("watches each tag of a base or external image by digest, in a Warehouse of its own", () => {
    const { manifests } = synth();
    expect(subscriptionsOf(find(manifests, "Warehouse", "postgres-16"))).toEqual([
      { image: { repoURL: "docker.io/library/postgres", imageSelectionStrategy: "Digest", constraint: "16" } },
    ]);
    expect(subscriptionsOf(find(manifests, "Warehouse", "redis"))).toEqual([
      { image: { repoURL: "ghcr.io/acme/mirror/redis", imageSelectionStrategy: "Digest", constraint: "7" } },
    ]);
    expect(find(manifests, "Warehouse", "node").metadata.annotations).toEqual({
      "shipyard.dev/image": "node",
      "shipyard.dev/watches": "docker.io/library/node:22-bookworm-slim",
    });
  });

  it("turns auto-promotion on for analysis Stages and for rebuild triggers of images with rebuild.auto", () => {
    const { manifests } = synth();
    const policies = find(manifests, "ProjectConfig", "image-factory").spec.promotionPolicies;
    expect(policies.map((p: any) => p.stageSelector.name)).toEqual([
      "analysis-app",
      "analysis-runtime-a",
      "analysis-runtime-b",
      "rebuild-trigger-app",
      "rebuild-trigger-runtime-a",
    ]);
    expect(policies.every((p: any) => p.autoPromotionEnabled === true)).toBe(true);
    // runtime-b has rebuild.auto false: its trigger exists for `kargo promote`, without auto-promotion.
    find(manifests, "Stage", "rebuild-trigger-runtime-b");
  });

  it("warns about what it could not do", () => {
    const { warnings } = synth();
    expect(warnings).toEqual([
      "runtime-b: base image docker.io/library/alpine:3.20 is not in the catalog; watching it with an implicit Warehouse.",
    ]);
  });
});

describe("analysis Stages and AnalysisTemplates", () => {
  it("verify each managed image with a Job that checks out the verified commit and analyses the Dockerfile", () => {
    const { manifests } = synth();
    const stage = find(manifests, "Stage", "analysis-app");
    expect(stage.spec.verification).toEqual({
      analysisTemplates: [{ kind: "AnalysisTemplate", name: "dockerfile-app" }],
      args: [{ name: "revision", value: '${{ commitFrom("https://github.com/acme/app.git").ID }}' }],
    });
    const template = find(manifests, "AnalysisTemplate", "dockerfile-app");
    expect(template.spec.args).toEqual([{ name: "revision" }]);
    const pod = template.spec.metrics[0].provider.job.spec.template.spec;
    expect(pod.restartPolicy).toBe("Never");
    expect(pod.initContainers[0].env.slice(0, 2)).toEqual([
      { name: "REPO_URL", value: "https://github.com/acme/app.git" },
      { name: "REVISION", value: "{{args.revision}}" },
    ]);
    // Credentials for the clone come from a secret, by reference only.
    expect(pod.initContainers[0].env[3]).toEqual({
      name: "GIT_PASSWORD",
      valueFrom: { secretKeyRef: { name: "git-credentials", key: "password", optional: true } },
    });
    expect(pod.containers[0].command).toEqual(["shipyard"]);
    expect(pod.containers[0].args).toEqual([
      "images",
      "analyze",
      "deploy/Dockerfile",
      "--json",
      "--build-arg",
      "NODE_ENV=production",
      "--platform",
      "linux/amd64",
    ]);
  });

  it("keeps the Job name Argo makes (<AnalysisRun UID>.<metric>.<n>) within 63 characters, worst case", () => {
    const { manifests } = synth();
    const worstUid = "ffffffff-ffff-ffff-ffff-ffffffffffff";
    for (const t of manifests.filter((m) => m.kind === "AnalysisTemplate") as any[]) {
      for (const metric of t.spec.metrics) {
        const name = analysisJobName(worstUid, metric.name, 9999);
        expect(name.length, name).toBeLessThanOrEqual(63);
        expect(name).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
      }
    }
    // The metric name that broke the seed's factory would not pass.
    expect(analysisJobName(worstUid, "analyze-dockerfile-metric", 5).length).toBeGreaterThan(63);
    expect(() => assertJobNameFits("analyze-dockerfile-metric")).toThrow(DomainError);
    expect(() => assertJobNameFits(ANALYSIS_METRIC)).not.toThrow();
  });

  it("skips analysis for a source Kargo cannot watch (a local folder), with a warning", () => {
    const images: KargoImage[] = [
      { name: "node", kind: "base", image: "node", tags: ["22"] },
      {
        name: "tool",
        kind: "managed",
        image: "registry.local:5000/tool",
        tags: ["latest"],
        source: { provider: "local", repo: "/srv/tool", branch: "main", dockerfile: "Dockerfile", context: "." },
        build: { provider: "local", buildArgs: {} },
        baseImages: ["docker.io/library/node:22"],
      },
    ];
    const { manifests, warnings } = synth({ images });
    expectValid(manifests);
    expect(manifests.filter((m) => m.kind === "AnalysisTemplate")).toEqual([]);
    expect(manifests.map((m) => m.metadata.name)).not.toContain("tool-source");
    expect(requested(find(manifests, "Stage", "rebuild-trigger-tool"))).toEqual(["node"]);
    expect(warnings).toEqual([
      "tool: source is a local folder, which Kargo cannot watch; no source Warehouse and no Dockerfile analysis.",
    ]);
  });
});

describe("rebuild triggers call the build pipeline over HTTP, with secrets by name", () => {
  const step = (manifests: KubernetesObject[], stage: string) => {
    const steps = find(manifests, "Stage", stage).spec.promotionTemplate.spec.steps;
    expect(steps).toHaveLength(1);
    return steps[0];
  };

  it("GitHub Actions: workflow_dispatch with ref and inputs, bearer token from a secret", () => {
    const s = step(synth().manifests, "rebuild-trigger-runtime-a");
    expect(s.uses).toBe("http");
    expect(s.config.method).toBe("POST");
    expect(s.config.url).toBe("https://api.github.com/repos/acme/runtimes/actions/workflows/build-runtime.yml/dispatches");
    expect(JSON.parse(s.config.body)).toEqual({ ref: "main", inputs: { push: "true", runtime: "a" } });
    expect(s.config.headers).toContainEqual({ name: "Authorization", value: "Bearer ${{ secret('github-credentials').token }}" });
    expect(s.config.headers).toContainEqual({ name: "X-GitHub-Api-Version", value: "2022-11-28" });
    expect(s.config.successExpression).toBe("response.status >= 200 && response.status < 300");
  });

  it("GitLab: trigger/pipeline on the URL-encoded project with ref, variables and the trigger token", () => {
    const s = step(synth().manifests, "rebuild-trigger-runtime-b");
    expect(s.config.url).toBe("https://gitlab.com/api/v4/projects/acme%2Fplatform%2Fruntime-b/trigger/pipeline");
    expect(s.config.body).toBe(
      `\${% quote({"ref": "release/2.x", "token": secret('gitlab-credentials').token, "variables": {"QUOTE":"say \\"hi\\"","TARGET":"runtime-b"}}) %}`,
    );
    // No `%}` may end the expression early; what Kargo evaluates is a map literal whose quote() is the JSON body.
    expect(s.config.body.slice(3, -2)).not.toContain("%}");
    const literal = s.config.body
      .replace(/^\$\{% quote\(/, "")
      .replace(/\) %\}$/, "")
      .replace("secret('gitlab-credentials').token", '"T"');
    expect(JSON.parse(literal)).toEqual({
      ref: "release/2.x",
      token: "T",
      variables: { QUOTE: 'say "hi"', TARGET: "runtime-b" },
    });
  });

  it("local builder: Shipyard's own POST /v1/catalog/images/{name}/rebuild", () => {
    const s = step(synth().manifests, "rebuild-trigger-app");
    expect(s.config.url).toBe(`${SHIPYARD_URL}/v1/catalog/images/app/rebuild`);
    expect(s.config.body).toBe("{}");
    expect(s.config.headers).toContainEqual({
      name: "Authorization",
      value: "Bearer ${{ secret('shipyard-credentials').token }}",
    });
  });

  it("honours other API hosts, secret names and keys, and never inlines a secret value", () => {
    const { manifests, yaml } = synth({
      pipelineTrigger: {
        github: { apiUrl: "https://ghe.acme.test/api/v3/", secret: "gh-dispatch", tokenKey: "pat" },
        gitlab: { apiUrl: "https://git.acme.test/api/v4", secret: "gl-trigger", tokenKey: "trigger-token" },
        shipyard: { url: "https://shipyard.acme.test", secret: "shipyard-api" },
        timeout: "10s",
      },
      git: { githubUrl: "https://ghe.acme.test", gitlabUrl: "https://git.acme.test" },
    });
    expectValid(manifests);
    expect(step(manifests, "rebuild-trigger-runtime-a").config.url).toMatch(/^https:\/\/ghe\.acme\.test\/api\/v3\/repos\//);
    expect(step(manifests, "rebuild-trigger-runtime-a").config.headers).toContainEqual({
      name: "Authorization",
      value: "Bearer ${{ secret('gh-dispatch').pat }}",
    });
    expect(step(manifests, "rebuild-trigger-runtime-b").config.body).toContain("secret('gl-trigger')['trigger-token']");
    expect(step(manifests, "rebuild-trigger-app").config.timeout).toBe("10s");
    expect(subscriptionsOf(find(manifests, "Warehouse", "runtime-b-source"))[0].git.repoURL).toBe(
      "https://git.acme.test/acme/platform/runtime-b.git",
    );
    expect(yaml).not.toMatch(/password:|token: [^$]/);
  });

  it("refuses a local build when Shipyard's address is unknown, and inputs that Kargo would evaluate", () => {
    expect(() => synthesizeKargo({ images: diamondCatalog() })).toThrow(/pipelineTrigger\.shipyard\.url|Shipyard's API/);
    const images = diamondCatalog().map((i) =>
      i.name === "runtime-a" && i.build?.provider === "github-actions"
        ? { ...i, build: { ...i.build, inputs: { x: "${{ secret('a').b }}" } } }
        : i,
    );
    expect(() => synth({ images })).toThrow(DomainError);
  });
});

describe("names", () => {
  const long = (prefix: string) => `${prefix}${"x".repeat(63 - prefix.length)}`;

  it("stay DNS labels of at most 63 characters near and over the limit, and distinct", () => {
    const a = long("svc-a-");
    const b = long("svc-b-");
    expect(a).toHaveLength(63);
    const images: KargoImage[] = [
      { name: "node", kind: "base", image: "node", tags: ["22"] },
      ...[a, b, "x".repeat(55)].map(
        (name): KargoImage => ({
          name,
          kind: "managed",
          image: `ghcr.io/acme/${name}`,
          tags: ["latest"],
          source: { provider: "github", repo: `acme/${name}`, branch: "main", dockerfile: "Dockerfile", context: "." },
          build: { provider: "github-actions", workflow: "build.yml", ref: "main", inputs: {} },
          baseImages: ["node:22"],
        }),
      ),
    ];
    const { manifests } = synth({ images });
    expectValid(manifests);
    const names = manifests.map((m) => m.metadata.name);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(63);
    // A 63-character image name keeps its Warehouse name; derived names are cut and hashed.
    expect(names).toContain(a);
    const triggers = names.filter((n) => n.startsWith("rebuild-trigger-"));
    expect(triggers).toHaveLength(3);
    expect(new Set(triggers).size).toBe(3);
    expect(triggers.filter((n) => /-[0-9a-f]{8}$/.test(n))).toHaveLength(3);
    // 55 + "-source" = 62 fits as it is.
    expect(names).toContain(`${"x".repeat(55)}-source`);
    // Same names on every run.
    expect(synth({ images }).manifests.map((m) => m.metadata.name)).toEqual(names);
  });

  it("stay valid and distinct for many generated catalog names (seeded)", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789._-";
    const names = new Set<string>();
    while (names.size < 150) {
      const length = 1 + Math.floor(random() * 63);
      let name = alphabet[Math.floor(random() * 36)] as string;
      while (name.length < length) name += alphabet[Math.floor(random() * alphabet.length)];
      names.add(name);
    }
    const images: KargoImage[] = [{ name: "base", kind: "base", image: "node", tags: ["22"] }];
    for (const [i, name] of [...names].entries()) {
      images.push({
        name,
        kind: i % 3 === 0 ? "external" : "managed",
        image: `ghcr.io/acme/image-${i}`,
        tags: i % 3 === 0 ? ["1", "2.0"] : ["latest"],
        ...(i % 3 === 0
          ? {}
          : {
              source: { provider: "github" as const, repo: `acme/r${i}`, branch: "main", dockerfile: "Dockerfile", context: "." },
              build: { provider: "github-actions" as const, workflow: "b.yml", ref: "main", inputs: {} },
              baseImages: ["node:22"],
            }),
      });
    }
    const { manifests } = synth({ images });
    expectValid(manifests);
    expect(manifests.length).toBeGreaterThan(500);
  });

  it("de-duplicate names that two objects would share", () => {
    const images: KargoImage[] = [
      {
        name: "api",
        kind: "managed",
        image: "ghcr.io/acme/api",
        tags: ["latest"],
        source: { provider: "github", repo: "acme/api", branch: "main", dockerfile: "Dockerfile", context: "." },
      },
      // An external image whose name is the source Warehouse name of `api`.
      { name: "api-source", kind: "external", image: "ghcr.io/other/api", tags: ["1"] },
      { name: "py.3", kind: "external", image: "ghcr.io/acme/py", tags: ["3"] },
      { name: "py-3", kind: "external", image: "ghcr.io/acme/py3", tags: ["3"] },
    ];
    const { manifests } = synth({ images });
    expectValid(manifests);
    const warehouses = manifests.filter((m) => m.kind === "Warehouse").map((m) => m.metadata.name);
    expect(new Set(warehouses).size).toBe(5);
    expect(warehouses).toContain("api");
    expect(warehouses.filter((n) => n.startsWith("api-source-"))).toHaveLength(2);
    expect(warehouses.filter((n) => n.startsWith("py-3-"))).toHaveLength(2);
  });
});

describe("catalog records", () => {
  it("takes the catalog's Image records as they are", () => {
    const now = "2026-01-01T00:00:00.000Z";
    const base: Omit<Image, "id" | "name" | "kind" | "image" | "tags" | "source" | "build" | "baseImages"> = {
      rebuild: { auto: true, delay: "0s", window: "30m", priority: 50 },
      pollInterval: null,
      description: null,
      analysisErrors: [],
      state: {
        currentDigest: null,
        lastUpdatedAt: null,
        lastCheckedAt: null,
        lastBuiltAt: null,
        rebuildEligibleAt: null,
        rebuildPending: false,
        watch: "unknown",
        watchError: null,
      },
      archivedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const images: Image[] = [
      {
        ...base,
        id: "img_1",
        name: "node",
        kind: "base",
        image: "docker.io/library/node",
        tags: ["22"],
        source: null,
        build: null,
        baseImages: [],
      },
      {
        ...base,
        id: "img_2",
        name: "api",
        kind: "managed",
        image: "ghcr.io/acme/api",
        tags: ["latest"],
        source: { provider: "github", repo: "acme/api", branch: "main", dockerfile: "Dockerfile", context: "." },
        build: { provider: "github-actions", workflow: "build.yml", ref: "main", inputs: {} },
        baseImages: ["docker.io/library/node:22"],
      },
    ];
    const { manifests, warnings } = synthesizeKargo({ images });
    expectValid(manifests);
    expect(warnings).toEqual([]);
    expect(requested(find(manifests, "Stage", "rebuild-trigger-api"))).toEqual(["node"]);
  });
});

describe("determinism and output forms", () => {
  it("gives byte-identical YAML for the same catalog, whatever its order", () => {
    const first = synth();
    expect(synth().yaml).toBe(first.yaml);
    const reversed = synth({ images: diamondCatalog().reverse() });
    expect(reversed.yaml).toBe(first.yaml);
    expect(reversed.files).toEqual(first.files);
  });

  it("yaml and files parse back to the manifests", () => {
    const out = synth();
    const parse = (text: string) => parseAllDocuments(text).map((d) => d.toJSON());
    expect(parse(out.yaml)).toEqual(out.manifests);
    expect(out.files.flatMap((f) => parse(f.content))).toEqual(
      expect.arrayContaining(out.manifests.map((m) => expect.objectContaining({ kind: m.kind, metadata: m.metadata }))),
    );
    expect(out.files.flatMap((f) => parse(f.content))).toHaveLength(out.manifests.length);
    expect(out.files.map((f) => f.path)).toEqual([...out.files.map((f) => f.path)].sort());
    expect(out.files[0]?.path).toBe("00-project.yaml");
    expect(out.files.map((f) => f.path)).toContain("30-stages/rebuild-trigger-app.yaml");
    for (const f of out.files) expect(f.content.startsWith("# Generated by Shipyard")).toBe(true);
  });
});

describe("refusals", () => {
  it("a project and namespace that differ, or are not DNS labels", () => {
    expect(() => synth({ namespace: "a", project: "b" })).toThrow(DomainError);
    expect(() => synth({ namespace: "Images" })).toThrow(/not a valid namespace name/);
    expect(synth({ project: "factory" }).manifests[0]?.metadata.name).toBe("factory");
  });

  it("managed images built FROM each other in a loop", () => {
    const images = diamondCatalog().map((i) => (i.name === "runtime-a" ? { ...i, baseImages: ["ghcr.io/acme/app:main"] } : i));
    expect(() => synth({ images })).toThrow(/cycle/);
  });

  it("an image pinned to a digest, or one Kargo would not accept", () => {
    const digest = `sha256:${"a".repeat(64)}`;
    expect(() => synth({ images: [{ name: "x", kind: "external", image: `node@${digest}`, tags: [] }] })).toThrow(/pinned/);
    expect(() => synth({ images: [{ name: "x", kind: "external", image: "ghcr.io/a/b--c", tags: ["1"] }] })).toThrow(
      /Kargo does not accept/,
    );
  });

  it("a digest-pinned base triggers nothing, and says so", () => {
    const digest = `sha256:${"b".repeat(64)}`;
    const images: KargoImage[] = [
      {
        name: "pinned",
        kind: "managed",
        image: "ghcr.io/acme/pinned",
        tags: ["latest"],
        build: { provider: "github-actions", repo: "acme/pinned", workflow: "b.yml", ref: "main", inputs: {} },
        baseImages: [`docker.io/library/node@${digest}`],
      },
    ];
    const { manifests, warnings } = synth({ images });
    expectValid(manifests);
    expect(manifests.filter((m) => m.kind === "Stage")).toEqual([]);
    expect(warnings.join("\n")).toMatch(/pinned to a digest/);
  });
});
