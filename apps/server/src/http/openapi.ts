import { Problem, type RouteDef, type Routes } from "@shipyard/contract";
import { z } from "zod";

type JsonSchema = Record<string, unknown>;

const toSchema = (s: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _s, ...rest } = z.toJSONSchema(s, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

function parameters(s: z.ZodType | undefined, where: "path" | "query") {
  if (!s) return [];
  const schema = toSchema(s, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, p]) => ({
    name,
    in: where,
    required: where === "path" || (schema.required ?? []).includes(name),
    ...(typeof p.description === "string" ? { description: p.description } : {}),
    schema: p,
  }));
}

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** The OpenAPI 3.1 document, generated from the same route table and zod schemas the server validates with. */
export function buildOpenApi(routes: Routes, info: { version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, r] of Object.entries(routes) as [string, RouteDef][]) {
    const path = r.path.replace(/:([A-Za-z_]+)/g, "{$1}");
    const op: Record<string, unknown> = {
      operationId: name,
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, "path"), ...parameters(r.query, "query")],
      security: r.permission === "public" ? [] : [{ bearer: [] }, { session: [] }],
      "x-permission": r.permission,
      responses: {
        [String(r.status)]:
          r.path === "/v1/events"
            ? { description: "A stream of LiveEvent messages", content: { "text/event-stream": { schema: { type: "string" } } } }
            : r.response
              ? { description: "Success", content: { "application/json": { schema: toSchema(r.response, "output") } } }
              : { description: "Success, no content" },
        "400": problemResponse("Invalid input: the message names each bad field"),
        ...(r.permission === "public"
          ? {}
          : { "401": problemResponse("Not authenticated"), "403": problemResponse("Your role lacks the permission") }),
        "429": problemResponse("Rate limited"),
      },
    };
    if (r.audit) op["x-audit-action"] = r.audit;
    if (r.shared) {
      op["x-shared-kind"] = r.shared;
      op.description = r.path.includes("/:")
        ? `Clients may call this for a ${r.shared} shared with them (their organisation or one of their teams); anything else answers 404.`
        : `Clients get only the ${r.shared}s shared with them (their organisation or one of their teams).`;
    }
    if (r.body) {
      op.requestBody = { required: true, content: { "application/json": { schema: toSchema(r.body, "input") } } };
    }
    paths[path] = { ...paths[path], [r.method.toLowerCase()]: op };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Shipyard API",
      version: info.version,
      description:
        "The Shipyard control plane API. Authenticate with the session cookie set by POST /v1/auth/login, or with a personal API token as `Authorization: Bearer <token>`. Errors are RFC 9457 problem+json with a `code`, a `message` and a `suggestion`.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { Problem: toSchema(Problem, "output") },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "Personal API token (shp_…)" },
        session: { type: "apiKey", in: "cookie", name: "shipyard_session" },
      },
    },
  };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A self-contained, browsable reference page for the OpenAPI document (no CDN, no script). */
export function renderReference(doc: ReturnType<typeof buildOpenApi>): string {
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(ops)) {
      const op = raw as {
        summary: string;
        tags: string[];
        "x-permission": string;
        requestBody?: unknown;
        parameters: unknown[];
        responses: unknown;
      };
      const tag = op.tags[0] ?? "other";
      const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-");
      const block = `<details id="${esc(id)}"><summary><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code> — ${esc(op.summary)} <span class="perm">${esc(op["x-permission"])}</span></summary>
${op.parameters.length ? `<h4>Parameters</h4><pre>${esc(JSON.stringify(op.parameters, null, 2))}</pre>` : ""}
${op.requestBody ? `<h4>Request body</h4><pre>${esc(JSON.stringify(op.requestBody, null, 2))}</pre>` : ""}
<h4>Responses</h4><pre>${esc(JSON.stringify(op.responses, null, 2))}</pre></details>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), block]);
    }
  }
  const sections = [...byTag.entries()]
    .map(([tag, blocks]) => `<section><h2>${esc(tag)}</h2>${blocks.join("\n")}</section>`)
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Shipyard API reference</title><style>
:root{color-scheme:light dark;font-family:system-ui,sans-serif}body{max-width:980px;margin:2rem auto;padding:0 1rem;line-height:1.5}
details{border:1px solid #8884;border-radius:8px;margin:.4rem 0;padding:.4rem .8rem}summary{cursor:pointer}
pre{overflow:auto;background:#8881;padding:.6rem;border-radius:6px;font-size:12px}.m{font:600 12px monospace;padding:2px 6px;border-radius:4px;background:#8883}
.get{color:#2b8a3e}.post{color:#1c7ed6}.delete{color:#e03131}.patch,.put{color:#e8590c}.perm{float:right;font-size:12px;opacity:.7}
</style></head><body><h1>Shipyard API reference <small>v${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description)}</p>
<p>Machine-readable document: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).</p>${sections}</body></html>`;
}
