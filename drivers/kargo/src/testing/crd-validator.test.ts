// biome-ignore-all lint/suspicious/noExplicitAny: the tests read into untyped manifests
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Kargo expressions (${{ … }}) are plain strings
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { conformanceDir } from "../../../../test-support/conformance.ts";
import { synthesizeKargo } from "../synthesize.ts";
import type { KubernetesObject } from "../types.ts";
import { CelUnsupportedError, celHolds } from "./cel.ts";
import { type CrdValidator, loadCrdValidator, toJsonSchema } from "./crd-validator.ts";
import { diamondCatalog, SHIPYARD_URL } from "./fixtures.ts";
import { kargoRules } from "./kargo-rules.ts";

let crds: CrdValidator;
let manifests: KubernetesObject[];
beforeAll(() => {
  crds = loadCrdValidator(conformanceDir("kargo-crds"));
  manifests = synthesizeKargo({ images: diamondCatalog(), pipelineTrigger: { shipyard: { url: SHIPYARD_URL } } }).manifests;
});

const clone = <T>(o: T): T => structuredClone(o);
const pick = (kind: string, name?: string): any => {
  const o = manifests.find((m) => m.kind === kind && (name === undefined || m.metadata.name === name));
  if (!o) throw new Error(`no ${kind}`);
  return clone(o);
};

describe("the CRD validator is not vacuous", () => {
  it("accepts upstream's own AnalysisTemplate example", () => {
    const [sample] = parseAllDocuments(
      readFileSync(conformanceDir("kargo-crds", "kargo-testdata-analysistemplate.yaml"), "utf8"),
    ).map((d) => d.toJSON());
    expect(crds.validate(sample)).toEqual([]);
  });

  it("rejects a Warehouse interval in days, which Kargo's pattern does not allow", () => {
    const w = pick("Warehouse", "node");
    expect(crds.validate(w)).toEqual([]);
    w.spec.interval = "1d";
    expect(crds.validate(w).join("\n")).toMatch(/\/spec\/interval: must match pattern/);
  });

  it("rejects missing required fields and unknown fields", () => {
    const w = pick("Warehouse");
    w.spec.subscriptions = [];
    expect(crds.validate(w).join("\n")).toMatch(/subscriptions: must NOT have fewer than 1 items/);
    const s = pick("Stage");
    delete s.spec.requestedFreight;
    expect(crds.validate(s).join("\n")).toMatch(/requestedFreight/);
    const t = pick("Stage");
    t.spec.requestedFreights = t.spec.requestedFreight;
    expect(crds.validate(t).join("\n")).toMatch(/must NOT have additional properties \(requestedFreights\)/);
    const p = pick("Project");
    p.spec = { promotionPolicies: [] }; // Project has no spec any more: it moved to ProjectConfig
    expect(crds.validate(p).join("\n")).toMatch(/additional properties \(spec\)/);
  });

  it("rejects a wrong enum value, a wrong type, and an object where int-or-string is required", () => {
    const s = pick("Stage");
    s.spec.requestedFreight[0].origin.kind = "Stage";
    expect(crds.validate(s).join("\n")).toMatch(/origin\/kind: must be equal to one of the allowed values/);
    const a = pick("AnalysisTemplate");
    a.spec.metrics[0].count = 2;
    expect(crds.validate(a)).toEqual([]);
    a.spec.metrics[0].count = "2";
    expect(crds.validate(a)).toEqual([]);
    a.spec.metrics[0].count = { n: 2 };
    expect(crds.validate(a).join("\n")).toMatch(/\/spec\/metrics\/0\/count/);
    const b = pick("AnalysisTemplate");
    b.spec.metrics[0].provider.job.spec.backoffLimit = "0";
    expect(crds.validate(b).join("\n")).toMatch(/backoffLimit: must be integer/);
    b.spec.metrics[0].provider.job.spec.backoffLimit = 2 ** 31;
    expect(crds.validate(b).join("\n")).toMatch(/backoffLimit: must match format "int32"/);
  });

  it("evaluates the CRDs' CEL rules (x-kubernetes-validations)", () => {
    const s = pick("Stage", "rebuild-trigger-app");
    s.spec.promotionTemplate.spec.steps[0].task = { name: "some-task" };
    expect(crds.validate(s).join("\n")).toMatch(/exactly one of uses or task/);
    const c = pick("ProjectConfig");
    c.spec.promotionPolicies[0].stage = "analysis-app";
    expect(crds.validate(c).join("\n")).toMatch(/exactly one of stage or stageSelector/);
  });

  it("rejects duplicate keys in x-kubernetes-list-type: map lists", () => {
    const a = pick("AnalysisTemplate");
    const container = a.spec.metrics[0].provider.job.spec.template.spec.containers[0];
    container.ports = [
      { containerPort: 80, protocol: "TCP" },
      { containerPort: 80, protocol: "TCP" },
    ];
    expect(crds.validate(a).join("\n")).toMatch(/duplicate entry/);
  });

  it("checks metadata as the API server would", () => {
    const w = pick("Warehouse");
    w.metadata.name = "Not_A_Name";
    expect(crds.validate(w).join("\n")).toMatch(/\/metadata\/name: must match pattern/);
    const x = pick("Warehouse");
    x.metadata.labels["shipyard.dev/role"] = "-bad-";
    expect(crds.validate(x).join("\n")).toMatch(/k8s-label-value/);
    const n = pick("Namespace");
    n.metadata.name = "a".repeat(64);
    expect(crds.validate(n).join("\n")).toMatch(/must NOT have more than 63 characters/);
    const y = pick("Stage");
    delete y.metadata.namespace;
    expect(crds.validate(y).join("\n")).toMatch(/must have required property 'namespace'/);
    expect(crds.validate({ apiVersion: "kargo.akuity.io/v1alpha1", kind: "Freightz", metadata: { name: "x" } })).toEqual([
      "no schema for kargo.akuity.io/v1alpha1/Freightz",
    ]);
  });

  it("turns int-or-string and preserve-unknown-fields into sensible JSON schema", () => {
    expect(toJsonSchema({ "x-kubernetes-int-or-string": true, anyOf: [{ type: "integer" }, { type: "string" }] })).toEqual({
      anyOf: [{ type: "integer" }, { type: "string" }],
    });
    expect(toJsonSchema({ type: "object", properties: { a: { type: "string" } } })).toMatchObject({
      additionalProperties: false,
    });
    expect(
      toJsonSchema({ type: "object", properties: { a: { type: "string" } }, "x-kubernetes-preserve-unknown-fields": true }),
    ).not.toHaveProperty("additionalProperties");
    expect(() => toJsonSchema({ type: "string", "x-unknown": 1 })).toThrow(/unknown schema keyword/);
  });
});

describe("Kargo's webhook rules are not vacuous", () => {
  const rules = kargoRules();
  const replace = (o: any) => manifests.map((m) => (m.kind === o.kind && m.metadata.name === o.metadata.name ? o : m));

  it("accepts the synthesized set", () => {
    expect(rules.check(manifests)).toEqual([]);
  });

  it("rejects a Digest subscription without a constraint, unknown subscription fields, and bad repository URLs", () => {
    const w = pick("Warehouse", "node");
    delete w.spec.subscriptions[0].image.constraint;
    expect(rules.check(replace(w)).join("\n")).toMatch(/Digest needs a constraint/);
    const x = pick("Warehouse", "node");
    x.spec.subscriptions[0].image.semverConstraint = "^1";
    expect(rules.check(replace(x)).join("\n")).toMatch(/must NOT have additional properties/);
    const y = pick("Warehouse", "app-source");
    y.spec.subscriptions[0].git.repoURL = "not a url";
    expect(rules.check(replace(y)).join("\n")).toMatch(/repoURL: must match pattern/);
    const z = pick("Warehouse", "node");
    z.spec.subscriptions.push(clone(z.spec.subscriptions[0]));
    expect(rules.check(replace(z)).join("\n")).toMatch(/already exists/);
  });

  it("rejects a Stage that requests a missing Warehouse, has no steps, or passes undeclared arguments", () => {
    const s = pick("Stage", "rebuild-trigger-app");
    s.spec.requestedFreight[0].origin.name = "nope";
    expect(rules.check(replace(s)).join("\n")).toMatch(/missing Warehouse nope/);
    const t = pick("Stage", "analysis-app");
    t.spec.promotionTemplate.spec.steps = [];
    expect(rules.check(replace(t)).join("\n")).toMatch(/no promotion steps/);
    const u = pick("Stage", "analysis-app");
    u.spec.verification.args.push({ name: "image", value: "x" });
    expect(rules.check(replace(u)).join("\n")).toMatch(/argument image is not declared/);
    const v = pick("Stage", "rebuild-trigger-app");
    v.spec.promotionTemplate.spec.steps[0].config.timeout = "ten seconds";
    expect(rules.check(replace(v)).join("\n")).toMatch(/timeout: must match pattern/);
  });
});

describe("the CEL subset", () => {
  it("evaluates the rules found in the CRDs", () => {
    const rule = "(has(self.uses) ? !has(self.task) : has(self.task))";
    expect(celHolds(rule, { uses: "http" })).toBe(true);
    expect(celHolds(rule, { task: { name: "t" } })).toBe(true);
    expect(celHolds(rule, { uses: "http", task: { name: "t" } })).toBe(false);
    expect(celHolds(rule, {})).toBe(false);
    const list = "self.size() == 0 || self[0] == 'Failed' || self[0] == 'Errored'";
    expect(celHolds(list, [])).toBe(true);
    expect(celHolds(list, ["Errored"])).toBe(true);
    expect(celHolds(list, ["Running"])).toBe(false);
    expect(celHolds("self.size() <= 1 || self[1] == 'Failed'", ["x"])).toBe(true);
    expect(celHolds("!has(self.task) || !has(self.retry)", { task: {}, retry: {} })).toBe(false);
  });

  it("fails closed: errors make a rule fail, unknown syntax is reported", () => {
    expect(celHolds("self.a == 1", {})).toBe(false);
    expect(() => celHolds("self.all(x, x > 0)", [1])).toThrow(CelUnsupportedError);
    expect(() => celHolds("self.a + 1 == 2", { a: 1 })).toThrow(CelUnsupportedError);
  });
});
