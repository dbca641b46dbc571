// biome-ignore-all lint/suspicious/noExplicitAny: checks untyped manifests
/**
 * What Kargo's admission webhooks and controllers check beyond the CRD schemas, for the objects Shipyard
 * writes — transcribed from Kargo's subscription schemas (pkg/subscription/schemas), its Warehouse,
 * Stage and Promotion webhooks, and the `http` and `compose-output` step schemas:
 *  - a Warehouse subscription names exactly one type (`git`, `image`, `chart`, plus an optional `name`);
 *    `image` and `git` subscriptions have only known fields with valid values; Digest needs a constraint;
 *    no two subscriptions of one Warehouse watch the same repository;
 *  - a Stage requests each origin once, from a Warehouse that exists; it has promotion steps (Kargo
 *    refuses promotions to a Stage without any), each `uses` a known step with a valid config; its
 *    verification names AnalysisTemplates that exist and passes only arguments they declare;
 *  - the ProjectConfig has the Project's name, in its namespace, and selects Stages that exist;
 *  - every namespaced object lives in the Project's namespace.
 * Test support: pure.
 */
import { Ajv, type ValidateFunction } from "ajv";

type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; spec?: any };

const KARGO_IMAGE_REPO = "^(\\w+([\\.-]\\w+)*(:[\\d]+)?/)?(\\w+([\\.-]\\w+)*)(/\\w+([\\.-]\\w+)*)*$";
const KARGO_GIT_URL =
  "(?:^(ssh|https?)://(?:([\\w-]+)(:(.+))?@)?([\\w-]+(?:\\.[\\w-]+)*)(?::(\\d{1,5}))?(/.*)$)|(?:^([\\w-]+)@([\\w+]+(?:\\.[\\w-]+)*):(/?.*))$";

const stringList = { type: "array", items: { type: "string" } };

export const IMAGE_SUBSCRIPTION_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["repoURL"],
  properties: {
    repoURL: { type: "string", minLength: 1, pattern: KARGO_IMAGE_REPO },
    imageSelectionStrategy: { enum: ["Digest", "Lexical", "NewestBuild", "SemVer"] },
    strictSemvers: { type: "boolean" },
    constraint: { type: "string" },
    allowTagsRegexes: stringList,
    ignoreTagsRegexes: stringList,
    platform: { type: "string", pattern: "^\\w+/\\w+$" },
    insecureSkipTLSVerify: { type: "boolean" },
    discoveryLimit: { type: "integer", minimum: 1, maximum: 100 },
    cacheByTag: { type: "boolean" },
  },
} as const;

export const GIT_SUBSCRIPTION_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["repoURL"],
  properties: {
    repoURL: { type: "string", minLength: 1, pattern: KARGO_GIT_URL },
    commitSelectionStrategy: { enum: ["NewestFromBranch", "SemVer", "Lexical", "NewestTag"] },
    branch: { type: "string", minLength: 1, maxLength: 255, pattern: "^[a-zA-Z0-9]([a-zA-Z0-9._\\/-]*[a-zA-Z0-9_-])?$" },
    strictSemvers: { type: "boolean" },
    semverConstraint: { type: "string" },
    allowTagsRegexes: stringList,
    ignoreTagsRegexes: stringList,
    expressionFilter: { type: "string" },
    insecureSkipTLSVerify: { type: "boolean" },
    blobless: { type: "boolean" },
    includePaths: stringList,
    excludePaths: stringList,
    discoveryLimit: { type: "integer", minimum: 1, maximum: 100 },
  },
} as const;

const nameValue = {
  type: "object",
  additionalProperties: false,
  required: ["name", "value"],
  properties: { name: { type: "string", minLength: 1 }, value: { type: "string", minLength: 1 } },
};
const GO_DURATION = "^(?:\\d+(ns|us|µs|ms|s|m|h))+$";

export const HTTP_STEP_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["url"],
  properties: {
    method: { type: "string", pattern: "^(DELETE|GET|HEAD|PATCH|POST|PUT)$" },
    url: { type: "string", minLength: 1 },
    headers: { type: "array", items: nameValue },
    queryParams: { type: "array", items: nameValue },
    body: { type: "string", minLength: 1 },
    insecureSkipTLSVerify: { type: "boolean" },
    timeout: { type: "string", pattern: GO_DURATION },
    pollInterval: { type: "string", pattern: GO_DURATION },
    responseContentType: { enum: ["application/json", "application/yaml", "text/plain"] },
    outputs: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "fromExpression"],
        properties: { name: { type: "string", minLength: 1 }, fromExpression: { type: "string", minLength: 1 } },
      },
    },
    successExpression: { type: "string" },
    failureExpression: { type: "string" },
    errorExpression: { type: "string" },
  },
} as const;

export const COMPOSE_OUTPUT_SCHEMA = { type: "object", minProperties: 1 } as const;

export interface KargoRules {
  /** Problems across the whole set of objects (references between them included). Empty: all fine. */
  check(objects: readonly unknown[]): string[];
}

export function kargoRules(): KargoRules {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const compile = (s: object) => ajv.compile(s);
  const image = compile(IMAGE_SUBSCRIPTION_SCHEMA);
  const git = compile(GIT_SUBSCRIPTION_SCHEMA);
  const steps: Record<string, ValidateFunction> = {
    http: compile(HTTP_STEP_SCHEMA),
    "compose-output": compile(COMPOSE_OUTPUT_SCHEMA),
  };
  const errorsOf = (v: ValidateFunction, data: unknown, where: string) =>
    v(data) ? [] : (v.errors ?? []).map((e) => `${where}${e.instancePath}: ${e.message}`);

  return {
    check(input) {
      const objects = input as Obj[];
      const problems: string[] = [];
      const project = objects.find((o) => o.kind === "Project")?.metadata.name;
      if (!project) problems.push("no Project");
      const byKind = (kind: string) => objects.filter((o) => o.kind === kind);
      const warehouses = new Set(byKind("Warehouse").map((o) => o.metadata.name));
      const templates = new Map(byKind("AnalysisTemplate").map((o) => [o.metadata.name, o]));
      const stages = new Set(byKind("Stage").map((o) => o.metadata.name));

      for (const o of objects) {
        const where = `${o.kind}/${o.metadata.name}`;
        const namespaced = !["Namespace", "Project"].includes(o.kind);
        if (namespaced && o.metadata.namespace !== project)
          problems.push(`${where}: in namespace ${o.metadata.namespace}, not ${project}`);
      }

      for (const w of byKind("Warehouse")) {
        const where = `Warehouse/${w.metadata.name}`;
        const seen = new Set<string>();
        (w.spec?.subscriptions ?? []).forEach((sub: Record<string, unknown>, i: number) => {
          const at = `${where} subscriptions[${i}]`;
          const types = Object.keys(sub).filter((k) => k !== "name");
          if (types.length !== 1) {
            problems.push(`${at}: must name exactly one subscription type, has ${types.length}`);
            return;
          }
          const type = types[0] as string;
          const body = sub[type] as Record<string, unknown>;
          if (type === "image") {
            problems.push(...errorsOf(image, body, `${at}.image`));
            if (body.imageSelectionStrategy === "Digest" && !body.constraint)
              problems.push(`${at}.image: Digest needs a constraint`);
          } else if (type === "git") problems.push(...errorsOf(git, body, `${at}.git`));
          else problems.push(`${at}: Shipyard writes no ${type} subscription`);
          const id = `${type}:${String(body.repoURL)
            .toLowerCase()
            .replace(/\.git$/, "")}`;
          if (seen.has(id)) problems.push(`${at}: subscription for ${type} repository ${String(body.repoURL)} already exists`);
          seen.add(id);
        });
      }

      for (const s of byKind("Stage")) {
        const where = `Stage/${s.metadata.name}`;
        const origins = new Set<string>();
        for (const r of s.spec?.requestedFreight ?? []) {
          const origin = `${r.origin?.kind}/${r.origin?.name}`;
          if (origins.has(origin)) problems.push(`${where}: freight with origin ${origin} requested multiple times`);
          origins.add(origin);
          if (r.origin?.kind === "Warehouse" && !warehouses.has(r.origin.name))
            problems.push(`${where}: requests Freight from missing Warehouse ${r.origin.name}`);
          if (!r.sources?.direct && !(r.sources?.stages?.length > 0))
            problems.push(`${where}: ${origin} has no source (direct or upstream Stages)`);
        }
        const stepList = s.spec?.promotionTemplate?.spec?.steps ?? [];
        if (stepList.length === 0) problems.push(`${where}: no promotion steps (Kargo refuses promotions to it)`);
        const aliases = new Set<string>();
        stepList.forEach((step: { uses?: string; as?: string; config?: unknown }, i: number) => {
          const validate = step.uses ? steps[step.uses] : undefined;
          if (!validate) problems.push(`${where} steps[${i}]: unknown step ${step.uses}`);
          else problems.push(...errorsOf(validate, step.config, `${where} steps[${i}].config`));
          if (step.as) {
            if (aliases.has(step.as)) problems.push(`${where} steps[${i}]: alias ${step.as} used twice`);
            aliases.add(step.as);
          }
        });
        const verification = s.spec?.verification;
        if (verification) {
          const args = (verification.args ?? []).map((a: { name: string }) => a.name);
          for (const ref of verification.analysisTemplates ?? []) {
            const template = templates.get(ref.name);
            if (!template) {
              problems.push(`${where}: verification uses missing AnalysisTemplate ${ref.name}`);
              continue;
            }
            const declared = new Set((template.spec?.args ?? []).map((a: { name: string }) => a.name));
            for (const a of args)
              if (!declared.has(a)) problems.push(`${where}: argument ${a} is not declared by AnalysisTemplate ${ref.name}`);
            for (const d of template.spec?.args ?? []) {
              if (d.value === undefined && d.valueFrom === undefined && !args.includes(d.name)) {
                problems.push(`${where}: AnalysisTemplate ${ref.name} needs argument ${d.name}, which the Stage does not pass`);
              }
            }
          }
        }
      }

      for (const c of byKind("ProjectConfig")) {
        if (c.metadata.name !== project || c.metadata.namespace !== project)
          problems.push(`ProjectConfig/${c.metadata.name}: must be named and placed like the Project`);
        for (const p of c.spec?.promotionPolicies ?? []) {
          const name = p.stageSelector?.name ?? p.stage;
          if (!stages.has(name)) problems.push(`ProjectConfig: promotion policy for missing Stage ${name}`);
        }
      }
      return problems;
    },
  };
}
