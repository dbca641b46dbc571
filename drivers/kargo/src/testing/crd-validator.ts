/**
 * Validates Kubernetes objects against the `openAPIV3Schema` of their CRD's served version, with ajv, the
 * way an API server with strict field validation (kubectl's default) would:
 *  - unknown fields are errors, except under `x-kubernetes-preserve-unknown-fields`;
 *  - `x-kubernetes-int-or-string` accepts an integer or a string;
 *  - `x-kubernetes-list-type: map` rejects two items with the same `x-kubernetes-list-map-keys`,
 *    `set` rejects duplicate items;
 *  - `x-kubernetes-validations` CEL rules are evaluated (see cel.ts; an unsupported rule is an error,
 *    never a pass);
 *  - `format` int32, int64 and date-time are checked;
 *  - `metadata` (only `type: object` in CRDs, checked by the API server itself) is checked here against
 *    ObjectMeta's rules for the fields Shipyard writes: name, namespace, labels, annotations.
 * Core `v1/Namespace` gets a small built-in schema. Test support: reads files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { parseAllDocuments } from "yaml";
import { CelUnsupportedError, celHolds } from "./cel.ts";

type Schema = Record<string, unknown>;

const SUBDOMAIN = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
const DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const SUBDOMAIN_RE = new RegExp(SUBDOMAIN);

function isLabelKey(key: string): boolean {
  const slash = key.lastIndexOf("/");
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (prefix !== undefined && (prefix.length > 253 || !SUBDOMAIN_RE.test(prefix))) return false;
  return name.length <= 63 && LABEL_NAME.test(name);
}
const isLabelValue = (v: string) => v.length <= 63 && (v === "" || LABEL_NAME.test(v));

const objectMeta = (nameMax: number, namePattern: string, namespaced: boolean): Schema => ({
  type: "object",
  additionalProperties: false,
  required: namespaced ? ["name", "namespace"] : ["name"],
  properties: {
    name: { type: "string", minLength: 1, maxLength: nameMax, pattern: namePattern },
    ...(namespaced ? { namespace: { type: "string", minLength: 1, maxLength: 63, pattern: DNS_LABEL } } : {}),
    labels: {
      type: "object",
      propertyNames: { format: "k8s-label-key" },
      additionalProperties: { type: "string", format: "k8s-label-value" },
    },
    annotations: { type: "object", propertyNames: { format: "k8s-label-key" }, additionalProperties: { type: "string" } },
  },
});

/** JSON-schema keywords that pass through unchanged (the rest of a CRD schema is handled below). */
const PASS = new Set([
  "type",
  "description",
  "enum",
  "pattern",
  "format",
  "default",
  "required",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "uniqueItems",
  "nullable",
]);

/** Rewrites a structural CRD schema node into a JSON schema that ajv runs with the keywords below. */
export function toJsonSchema(node: Schema, path = "#"): Schema {
  const out: Schema = {};
  const preserve = node["x-kubernetes-preserve-unknown-fields"] === true;
  for (const [k, v] of Object.entries(node)) {
    if (PASS.has(k)) out[k] = v;
    else if (k === "properties") {
      out.properties = Object.fromEntries(
        Object.entries(v as Record<string, Schema>).map(([name, s]) => [name, toJsonSchema(s, `${path}/${name}`)]),
      );
    } else if (k === "items") out.items = toJsonSchema(v as Schema, `${path}[]`);
    else if (k === "additionalProperties")
      out.additionalProperties = typeof v === "boolean" ? v : toJsonSchema(v as Schema, `${path}/*`);
    else if (k === "anyOf" || k === "allOf" || k === "oneOf") out[k] = (v as Schema[]).map((s) => toJsonSchema(s, path));
    else if (k === "x-kubernetes-validations") out["x-cel"] = (v as Array<{ rule: string; message?: string }>).map((r) => r);
    else if (k === "x-kubernetes-list-type") {
      if (v === "set") out.uniqueItems = true;
      if (v === "map") out["x-list-map-keys"] = (node["x-kubernetes-list-map-keys"] as string[] | undefined) ?? [];
    } else if (
      k === "x-kubernetes-list-map-keys" ||
      k === "x-kubernetes-map-type" ||
      k === "x-kubernetes-preserve-unknown-fields" ||
      k === "x-kubernetes-int-or-string" ||
      k === "x-kubernetes-embedded-resource"
    ) {
      // handled with their siblings
    } else {
      throw new Error(`crd-validator: unknown schema keyword ${k} at ${path}`);
    }
  }
  if (node["x-kubernetes-int-or-string"] === true) {
    delete out.type;
    if (!out.anyOf) out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  if (out.properties && out.additionalProperties === undefined && !preserve) out.additionalProperties = false;
  if (out.nullable === true && out.type === undefined) delete out.nullable;
  return out;
}

function newAjv(): Ajv {
  // CRD patterns are Go (RE2) regular expressions: escapes like `\_` are fine there but not in unicode mode.
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, unicodeRegExp: false });
  ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isSafeInteger(n) });
  ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/);
  ajv.addFormat("k8s-label-key", { type: "string", validate: isLabelKey });
  ajv.addFormat("k8s-label-value", { type: "string", validate: isLabelValue });
  ajv.addKeyword({
    keyword: "x-cel",
    schemaType: "array",
    errors: true,
    validate: function cel(this: unknown, rules: Array<{ rule: string; message?: string }>, data: unknown) {
      const failed: ErrorObject[] = [];
      for (const r of rules) {
        let holds: boolean;
        try {
          holds = celHolds(r.rule, data);
        } catch (e) {
          if (e instanceof CelUnsupportedError) {
            failed.push({ keyword: "x-cel", instancePath: "", schemaPath: "", params: { rule: r.rule }, message: e.message });
            continue;
          }
          throw e;
        }
        if (!holds) {
          failed.push({
            keyword: "x-cel",
            instancePath: "",
            schemaPath: "",
            params: { rule: r.rule },
            message: r.message ?? `failed rule: ${r.rule}`,
          });
        }
      }
      (cel as unknown as { errors: ErrorObject[] }).errors = failed;
      return failed.length === 0;
    },
  });
  ajv.addKeyword({
    keyword: "x-list-map-keys",
    schemaType: "array",
    type: "array",
    errors: true,
    validate: function listMap(this: unknown, keys: string[], data: unknown[]) {
      const seen = new Set<string>();
      const failed: ErrorObject[] = [];
      for (const item of data) {
        const id = JSON.stringify(keys.map((k) => (item as Record<string, unknown>)?.[k] ?? null));
        if (seen.has(id)) {
          failed.push({
            keyword: "x-list-map-keys",
            instancePath: "",
            schemaPath: "",
            params: { keys },
            message: `duplicate entry for key ${id}`,
          });
        }
        seen.add(id);
      }
      (listMap as unknown as { errors: ErrorObject[] }).errors = failed;
      return failed.length === 0;
    },
  });
  return ajv;
}

export interface CrdValidator {
  /** `group/version/Kind` of every kind it can check (plus `v1/Namespace`). */
  readonly kinds: string[];
  /** Error messages (`/spec/interval: must match pattern …`); empty when the object is valid. */
  validate(object: unknown): string[];
}

interface Crd {
  spec: {
    group: string;
    scope: "Namespaced" | "Cluster";
    names: { kind: string };
    versions: Array<{ name: string; served: boolean; storage?: boolean; schema?: { openAPIV3Schema: Schema } }>;
  };
}

/** Loads every CustomResourceDefinition in `dir` (`*.yaml`), using each one's served version(s). */
export function loadCrdValidator(dir: string): CrdValidator {
  const ajv = newAjv();
  const validators = new Map<string, ValidateFunction>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, file), "utf8"))) {
      const crd = doc.toJSON() as (Crd & { kind?: string }) | null;
      if (crd?.kind !== "CustomResourceDefinition") continue;
      const { group, names, scope, versions } = crd.spec;
      for (const v of versions) {
        if (!v.served || !v.schema) continue;
        const schema = toJsonSchema(v.schema.openAPIV3Schema, `${file}:${names.kind}`);
        const apiVersion = `${group}/${v.name}`;
        const properties = { ...(schema.properties as Record<string, Schema>) };
        properties.apiVersion = { const: apiVersion };
        properties.kind = { const: names.kind };
        properties.metadata = objectMeta(253, SUBDOMAIN, scope === "Namespaced");
        schema.properties = properties;
        schema.required = [...new Set([...((schema.required as string[] | undefined) ?? []), "apiVersion", "kind", "metadata"])];
        validators.set(`${apiVersion}/${names.kind}`, ajv.compile(schema));
      }
    }
  }
  validators.set(
    "v1/Namespace",
    ajv.compile({
      type: "object",
      additionalProperties: false,
      required: ["apiVersion", "kind", "metadata"],
      properties: { apiVersion: { const: "v1" }, kind: { const: "Namespace" }, metadata: objectMeta(63, DNS_LABEL, false) },
    }),
  );

  return {
    kinds: [...validators.keys()].sort(),
    validate(object: unknown): string[] {
      const o = object as { apiVersion?: unknown; kind?: unknown } | null;
      const key = `${String(o?.apiVersion)}/${String(o?.kind)}`;
      const validate = validators.get(key);
      if (!validate) return [`no schema for ${key}`];
      if (validate(object)) return [];
      return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}${describeParams(e)}`);
    },
  };
}

function describeParams(e: ErrorObject): string {
  if (e.keyword === "additionalProperties") return ` (${(e.params as { additionalProperty: string }).additionalProperty})`;
  if (e.keyword === "enum") return ` (${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)})`;
  return "";
}
