/**
 * The promotion step of a rebuild-trigger Stage: one Kargo `http` step that asks the image's build
 * pipeline for a new build.
 *  - GitHub Actions: `POST {api}/repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches` with
 *    `{ref, inputs}`, bearer token from a secret (only the inputs the image lists: GitHub rejects
 *    inputs its workflow does not declare);
 *  - GitLab: `POST {api}/projects/{id}/trigger/pipeline` with `{ref, token, variables}`, the pipeline
 *    trigger token from a secret;
 *  - local builder: Shipyard's own `POST {shipyard}/v1/catalog/images/{name}/rebuild`, bearer token from a secret
 *    (Shipyard then applies the image's rebuild delay, window and priority).
 * Secrets are read at promotion time with Kargo's `secret('name')` expression, from generic secrets in
 * the project namespace; no secret value is ever written into a manifest.
 */
import type { BuildPipeline } from "@shipyard/contract";
import { DomainError } from "@shipyard/core";
import type { HttpStepConfig, KargoImage, PipelineTriggerOptions } from "./types.ts";

export const DEFAULT_GITHUB_API = "https://api.github.com";
export const DEFAULT_GITLAB_API = "https://gitlab.com/api/v4";
export const DEFAULT_SECRETS = {
  github: "github-credentials",
  gitlab: "gitlab-credentials",
  shipyard: "shipyard-credentials",
} as const;
const DEFAULT_TIMEOUT = "30s";
/** How long Kargo keeps re-sending a request that got neither a success nor a terminal failure (5xx, 429, 403). */
export const TRIGGER_RETRY_TIMEOUT = "30m";

const SECRET_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;

export interface TriggerStep {
  uses: "http";
  as: string;
  config: HttpStepConfig;
  retry: { timeout: string };
}

const invalid = (message: string, suggestion: string) => new DomainError("invalid_input", message, { suggestion });
const stripSlash = (url: string) => url.replace(/\/+$/, "");
const sortedRecord = (r: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(r ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** `secret('name').key` as an expr-lang expression, after checking both are plain Kubernetes names. */
export function secretExpression(name: string, key: string): string {
  if (!SECRET_NAME.test(name) || name.length > 253) {
    throw invalid(`Secret name "${name}" is not a Kubernetes object name.`, "Use lowercase letters, digits, '-' and '.'.");
  }
  if (!SECRET_KEY.test(key))
    throw invalid(`Secret key "${key}" is not a valid Secret data key.`, "Use letters, digits, '-', '_' and '.'.");
  return `secret('${name}')${/^[A-Za-z_]\w*$/.test(key) ? `.${key}` : `['${key}']`}`;
}

const successExpression = "response.status >= 200 && response.status < 300";
/** Client errors that a retry cannot fix; anything else (5xx, 403 rate limits, 429) is retried. */
const terminal = (statuses: number[]) => `response.status in [${statuses.join(", ")}]`;
const errorExpression = "response.body?.message ?? response.body?.error";

/** Values written into a step's config as they are must not open a Kargo expression (`${{`, `${%`). */
function checkLiteral(values: Record<string, string>, image: string) {
  for (const [k, v] of Object.entries(values)) {
    if ([k, v].some((text) => text.includes("${{") || text.includes("${%"))) {
      throw invalid(
        `Image ${image}: value of ${k} contains "\${{" or "\${%", which Kargo would evaluate.`,
        "Remove the sequence from the value.",
      );
    }
  }
}

/** Values embedded in a `${% … %}` expression must not contain `%}`, which would end it early. */
function checkEmbeddable(values: Record<string, string>, image: string) {
  for (const [k, v] of Object.entries(values)) {
    if (k.includes("%}") || v.includes("%}")) {
      throw invalid(
        `Image ${image}: value of ${k} contains "%}", which ends a Kargo expression early.`,
        "Remove the sequence from the value.",
      );
    }
  }
}

export function rebuildTriggerStep(img: KargoImage, build: BuildPipeline, options: PipelineTriggerOptions = {}): TriggerStep {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const step = (as: string, config: HttpStepConfig): TriggerStep => ({
    uses: "http",
    as,
    config: { ...config, timeout },
    retry: { timeout: TRIGGER_RETRY_TIMEOUT },
  });

  switch (build.provider) {
    case "github-actions": {
      const repo = build.repo ?? (img.source?.provider === "github" ? img.source.repo : undefined);
      if (!repo || !/^[^/\s]+\/[^/\s]+$/.test(repo)) {
        throw invalid(
          `Image ${img.name}: a GitHub Actions build needs the repository as owner/repo${repo ? ` (got "${repo}")` : ""}.`,
          "Set build.repo, or use a GitHub source.",
        );
      }
      const [owner, name] = repo.replace(/\.git$/, "").split("/") as [string, string];
      const o = options.github ?? {};
      const token = secretExpression(o.secret ?? DEFAULT_SECRETS.github, o.tokenKey ?? "token");
      const inputs = sortedRecord(build.inputs);
      checkLiteral({ ref: build.ref ?? "main", ...inputs }, img.name);
      const body = JSON.stringify({ ref: build.ref ?? "main", ...(Object.keys(inputs).length > 0 ? { inputs } : {}) });
      return step("dispatch-workflow", {
        method: "POST",
        url: `${stripSlash(o.apiUrl ?? DEFAULT_GITHUB_API)}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/actions/workflows/${encodeURIComponent(build.workflow)}/dispatches`,
        headers: [
          { name: "Accept", value: "application/vnd.github+json" },
          { name: "Authorization", value: `Bearer \${{ ${token} }}` },
          { name: "Content-Type", value: "application/json" },
          { name: "X-GitHub-Api-Version", value: "2022-11-28" },
        ],
        body,
        successExpression,
        failureExpression: terminal([400, 401, 404, 422]),
        errorExpression,
      });
    }
    case "gitlab": {
      const project = build.project ?? (img.source?.provider === "gitlab" ? img.source.repo : undefined);
      if (!project) {
        throw invalid(
          `Image ${img.name}: a GitLab build needs its project (group/project or numeric id).`,
          "Set build.project, or use a GitLab source.",
        );
      }
      const o = options.gitlab ?? {};
      const token = secretExpression(o.secret ?? DEFAULT_SECRETS.gitlab, o.tokenKey ?? "token");
      const variables = sortedRecord(build.variables);
      checkEmbeddable({ ref: build.ref ?? "main", ...variables }, img.name);
      // The body holds the token, so it is built by an expression at promotion time. `${% … %}` delimits
      // it because the JSON of nested maps contains `}}`, which would end a `${{ … }}` expression.
      const body = `\${% quote({"ref": ${JSON.stringify(build.ref ?? "main")}, "token": ${token}, "variables": ${JSON.stringify(variables)}}) %}`;
      return step("trigger-pipeline", {
        method: "POST",
        url: `${stripSlash(o.apiUrl ?? DEFAULT_GITLAB_API)}/projects/${encodeURIComponent(project.replace(/\.git$/, ""))}/trigger/pipeline`,
        headers: [{ name: "Content-Type", value: "application/json" }],
        body,
        successExpression,
        failureExpression: terminal([400, 401, 404]),
        errorExpression,
      });
    }
    case "local": {
      const o = options.shipyard ?? {};
      if (!o.url) {
        throw invalid(
          `Image ${img.name} is built by Shipyard's local builder, so its rebuild trigger calls Shipyard's API, whose address is not known.`,
          "Pass pipelineTrigger.shipyard.url: Shipyard's URL as the Kargo controller reaches it.",
        );
      }
      const token = secretExpression(o.secret ?? DEFAULT_SECRETS.shipyard, o.tokenKey ?? "token");
      return step("request-rebuild", {
        method: "POST",
        url: `${stripSlash(o.url)}/v1/catalog/images/${encodeURIComponent(img.name)}/rebuild`,
        headers: [
          { name: "Accept", value: "application/json" },
          { name: "Authorization", value: `Bearer \${{ ${token} }}` },
          { name: "Content-Type", value: "application/json" },
        ],
        body: "{}",
        successExpression,
        failureExpression: terminal([400, 401, 403, 404]),
        errorExpression,
      });
    }
  }
}
