import { z } from "zod";
import { AuditEntry, AuditQuery } from "./audit.ts";
import {
  Container,
  ContainerDeploy,
  ContainerLogLine,
  ContainerLogsQuery,
  ContainerStatsSample,
  Resource,
  ResourceQuery,
} from "./containers.ts";
import { EventStreamQuery } from "./events.ts";
import {
  FunctionCreate,
  FunctionInvocation,
  FunctionListQuery,
  FunctionRuntimeInfo,
  FunctionStats,
  FunctionUpdate,
  InvocationListQuery,
  InvokeRequest,
  ServerlessFunction,
} from "./functions.ts";
import {
  ApiToken,
  ApiTokenCreate,
  ApiTokenCreated,
  ApiTokenListQuery,
  LoginRequest,
  Me,
  Organization,
  OrganizationCreate,
  PreferencesUpdate,
  User,
  UserCreate,
  UserListQuery,
  UserUpdate,
} from "./identity.ts";
import {
  Build,
  BuildListQuery,
  Cascade,
  Image,
  ImageCatalogFile,
  ImageEnrollment,
  ImageGraphView,
  ImageListQuery,
  ImageUpdate,
  RebuildExplanation,
  RebuildRequest,
} from "./images.ts";
import { Job, JobEnqueue, JobListQuery } from "./jobs.ts";
import { page } from "./pagination.ts";
import type { Permission } from "./permissions.ts";
import { SystemInfo } from "./system.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteDef {
  method: HttpMethod;
  /** Fastify-style path: `/v1/tokens/:id`. */
  path: string;
  summary: string;
  tag: string;
  /** `public` routes need no credentials; every other route needs this permission. */
  permission: Permission | "public" | "authenticated";
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Status code of a successful response, and its body (undefined: no body). */
  status: number;
  response?: z.ZodType;
  /** Mutating routes write an audit record under this action name. */
  audit?: string;
  /** A stricter per-client limit than the server-wide one (requests per minute). */
  rateLimitPerMinute?: number;
}

const def = <R extends RouteDef>(r: R): R => r;
const IdParams = z.strictObject({ id: z.string().min(1).max(100) });
const NameParams = z.strictObject({ name: z.string().min(1).max(63) });

export const EnrollResult = z.object({
  image: Image,
  action: z.enum(["created", "updated", "unchanged", "restored"]),
  note: z.string().optional(),
});
export type EnrollResult = z.infer<typeof EnrollResult>;

export const AnalyzeRequest = z.strictObject({
  dockerfile: z
    .string()
    .min(1, "dockerfile must not be empty")
    .max(1_000_000)
    .optional()
    .describe("The Dockerfile's text; omit to have the server read it from the image's source"),
  buildArgs: z.record(z.string(), z.string()).default({}),
});
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>;

export const AnalyzeResult = z.object({
  image: Image,
  baseImages: z.array(z.string()),
  copyFromImages: z.array(z.string()),
  stages: z.array(z.object({ name: z.string().nullable(), base: z.string(), line: z.number().int() })),
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
  addedBaseImages: z.array(z.string()).describe("Base images added to the catalog by this analysis"),
});
export type AnalyzeResult = z.infer<typeof AnalyzeResult>;

export const ImportResult = z.object({
  results: z.array(z.object({ name: z.string(), action: z.string(), note: z.string().optional() })),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** The HTTP API, one entry per route. Server, console, CLI and OpenAPI document all read this table. */
export const routes = {
  login: def({
    method: "POST",
    path: "/v1/auth/login",
    summary: "Log in with email and password; sets the session cookie",
    tag: "auth",
    permission: "public",
    body: LoginRequest,
    status: 200,
    response: Me,
    audit: "session.create",
    rateLimitPerMinute: 20,
  }),
  logout: def({
    method: "POST",
    path: "/v1/auth/logout",
    summary: "End the current session",
    tag: "auth",
    permission: "authenticated",
    status: 204,
    audit: "session.delete",
  }),
  me: def({
    method: "GET",
    path: "/v1/me",
    summary: "Who am I",
    tag: "auth",
    permission: "authenticated",
    status: 200,
    response: Me,
  }),
  updatePreferences: def({
    method: "PATCH",
    path: "/v1/me/preferences",
    summary: "Change my console preferences (theme, timezone, date format)",
    tag: "auth",
    permission: "authenticated",
    body: PreferencesUpdate,
    status: 200,
    response: Me,
    audit: "preferences.update",
  }),

  listTokens: def({
    method: "GET",
    path: "/v1/tokens",
    summary: "List my API tokens",
    tag: "tokens",
    permission: "tokens:own",
    query: ApiTokenListQuery,
    status: 200,
    response: page(ApiToken),
  }),
  createToken: def({
    method: "POST",
    path: "/v1/tokens",
    summary: "Create an API token; the secret is returned once",
    tag: "tokens",
    permission: "tokens:own",
    body: ApiTokenCreate,
    status: 201,
    response: ApiTokenCreated,
    audit: "token.create",
  }),
  revokeToken: def({
    method: "DELETE",
    path: "/v1/tokens/:id",
    summary: "Revoke one of my API tokens",
    tag: "tokens",
    permission: "tokens:own",
    params: IdParams,
    status: 200,
    response: ApiToken,
    audit: "token.revoke",
  }),

  listUsers: def({
    method: "GET",
    path: "/v1/users",
    summary: "List users (clients see their own organisation only)",
    tag: "users",
    permission: "users:read",
    query: UserListQuery,
    status: 200,
    response: page(User),
  }),
  createUser: def({
    method: "POST",
    path: "/v1/users",
    summary: "Create a user",
    tag: "users",
    permission: "users:admin",
    body: UserCreate,
    status: 201,
    response: User,
    audit: "user.create",
  }),
  updateUser: def({
    method: "PATCH",
    path: "/v1/users/:id",
    summary: "Change a user's name, role, organisation, or disable them",
    tag: "users",
    permission: "users:admin",
    params: IdParams,
    body: UserUpdate,
    status: 200,
    response: User,
    audit: "user.update",
  }),
  listOrganizations: def({
    method: "GET",
    path: "/v1/organizations",
    summary: "List organisations (clients see their own only)",
    tag: "users",
    permission: "orgs:read",
    status: 200,
    response: z.object({ items: z.array(Organization) }),
  }),
  createOrganization: def({
    method: "POST",
    path: "/v1/organizations",
    summary: "Create an organisation",
    tag: "users",
    permission: "orgs:admin",
    body: OrganizationCreate,
    status: 201,
    response: Organization,
    audit: "organization.create",
  }),

  listAudit: def({
    method: "GET",
    path: "/v1/audit",
    summary: "Search the audit trail",
    tag: "audit",
    permission: "audit:read",
    query: AuditQuery,
    status: 200,
    response: page(AuditEntry),
  }),

  listJobs: def({
    method: "GET",
    path: "/v1/jobs",
    summary: "List background jobs",
    tag: "jobs",
    permission: "jobs:read",
    query: JobListQuery,
    status: 200,
    response: page(Job),
  }),
  getJob: def({
    method: "GET",
    path: "/v1/jobs/:id",
    summary: "One background job",
    tag: "jobs",
    permission: "jobs:read",
    params: IdParams,
    status: 200,
    response: Job,
  }),
  enqueueJob: def({
    method: "POST",
    path: "/v1/jobs",
    summary: "Start a background job by name",
    tag: "jobs",
    permission: "jobs:write",
    body: JobEnqueue,
    status: 202,
    response: Job,
    audit: "job.enqueue",
  }),

  listImages: def({
    method: "GET",
    path: "/v1/catalog/images",
    summary: "List images in the catalog (managed, base, external)",
    tag: "images",
    permission: "images:read",
    query: ImageListQuery,
    status: 200,
    response: page(Image),
  }),
  enrollImage: def({
    method: "POST",
    path: "/v1/catalog/images",
    summary: "Enrol an image, or update its enrolment (idempotent; re-enrolling an archived image restores it)",
    tag: "images",
    permission: "images:write",
    body: ImageEnrollment,
    status: 200,
    response: EnrollResult,
    audit: "image.enroll",
  }),
  getImage: def({
    method: "GET",
    path: "/v1/catalog/images/:name",
    summary: "One image with its state",
    tag: "images",
    permission: "images:read",
    params: NameParams,
    status: 200,
    response: Image,
  }),
  removeImage: def({
    method: "DELETE",
    path: "/v1/catalog/images/:name",
    summary: "Archive an image (state kept; enrol it again to restore)",
    tag: "images",
    permission: "images:write",
    params: NameParams,
    status: 200,
    response: Image,
    audit: "image.archive",
  }),
  analyzeImage: def({
    method: "POST",
    path: "/v1/catalog/images/:name/analysis",
    summary: "Analyse a managed image's Dockerfile: record its base images and add them to the catalog",
    tag: "images",
    permission: "images:write",
    params: NameParams,
    body: AnalyzeRequest,
    status: 200,
    response: AnalyzeResult,
    audit: "image.analyze",
  }),
  imageUpdates: def({
    method: "GET",
    path: "/v1/catalog/images/:name/updates",
    summary: "Digest changes seen for an image, newest first",
    tag: "images",
    permission: "images:read",
    params: NameParams,
    status: 200,
    response: z.object({ items: z.array(ImageUpdate) }),
  }),
  explainRebuild: def({
    method: "GET",
    path: "/v1/catalog/images/:name/rebuild",
    summary: "Why the image is or is not rebuilding now (delay, window, priority, parents, capacity)",
    tag: "images",
    permission: "images:read",
    params: NameParams,
    status: 200,
    response: RebuildExplanation,
  }),
  requestRebuild: def({
    method: "POST",
    path: "/v1/catalog/images/:name/rebuild",
    summary: "Rebuild now; `emergency` (critical CVE) needs an admin and a justification",
    tag: "images",
    permission: "images:write",
    params: NameParams,
    body: RebuildRequest,
    status: 202,
    response: Build,
    audit: "image.rebuild",
  }),
  watchImages: def({
    method: "POST",
    path: "/v1/catalog/watch",
    summary: "Check the registries now (all images, or those due) and schedule the rebuilds that are due",
    tag: "images",
    permission: "images:write",
    body: z.strictObject({ all: z.boolean().default(false) }),
    status: 202,
    response: Job,
    audit: "catalog.watch",
  }),
  listBuilds: def({
    method: "GET",
    path: "/v1/builds",
    summary: "Builds of managed images",
    tag: "builds",
    permission: "images:read",
    query: BuildListQuery,
    status: 200,
    response: page(Build),
  }),
  getBuild: def({
    method: "GET",
    path: "/v1/builds/:id",
    summary: "One build",
    tag: "builds",
    permission: "images:read",
    params: IdParams,
    status: 200,
    response: Build,
  }),
  buildLogs: def({
    method: "GET",
    path: "/v1/builds/:id/logs",
    summary: "A build's log (the pipeline's output, kept up to 1 MB)",
    tag: "builds",
    permission: "images:read",
    params: IdParams,
    status: 200,
    response: z.object({ logs: z.string() }),
  }),
  imageGraph: def({
    method: "GET",
    path: "/v1/catalog/graph",
    summary: "The dependency graph of all active images (JSON and Mermaid)",
    tag: "images",
    permission: "images:read",
    status: 200,
    response: ImageGraphView,
  }),
  imageCascade: def({
    method: "GET",
    path: "/v1/catalog/cascade",
    summary: "What rebuilds, in dependency order, if these images change",
    tag: "images",
    permission: "images:read",
    query: z.strictObject({
      changed: z
        .string()
        .min(1, "name at least one image in changed")
        .max(2000)
        .transform((v) =>
          v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        )
        .describe("Comma-separated image names"),
    }),
    status: 200,
    response: Cascade,
  }),
  exportCatalog: def({
    method: "GET",
    path: "/v1/catalog/export",
    summary: "The catalog as an images.yaml document (JSON form; the CLI writes YAML)",
    tag: "images",
    permission: "images:read",
    status: 200,
    response: ImageCatalogFile,
  }),
  importCatalog: def({
    method: "POST",
    path: "/v1/catalog/import",
    summary: "Enrol every image of an images.yaml document (validated as a whole before anything changes)",
    tag: "images",
    permission: "images:write",
    body: ImageCatalogFile,
    status: 200,
    response: ImportResult,
    audit: "catalog.import",
  }),

  listFunctions: def({
    method: "GET",
    path: "/v1/functions",
    summary: "List serverless functions",
    tag: "functions",
    permission: "workloads:read",
    query: FunctionListQuery,
    status: 200,
    response: page(ServerlessFunction),
  }),
  createFunction: def({
    method: "POST",
    path: "/v1/functions",
    summary: "Create a function (version 1, deployed)",
    tag: "functions",
    permission: "workloads:write",
    body: FunctionCreate,
    status: 201,
    response: ServerlessFunction,
    audit: "function.create",
  }),
  functionRuntimes: def({
    method: "GET",
    path: "/v1/functions/runtimes",
    summary: "Which runtimes this server can run, and why not when it cannot",
    tag: "functions",
    permission: "workloads:read",
    status: 200,
    response: z.object({ items: z.array(FunctionRuntimeInfo) }),
  }),
  getFunction: def({
    method: "GET",
    path: "/v1/functions/:id",
    summary: "One function (its deployed version); :id may be the name",
    tag: "functions",
    permission: "workloads:read",
    params: IdParams,
    status: 200,
    response: ServerlessFunction,
  }),
  updateFunction: def({
    method: "PUT",
    path: "/v1/functions/:id",
    summary: "Save a new version (deployed, or kept as a draft with draft: true)",
    tag: "functions",
    permission: "workloads:write",
    params: IdParams,
    body: FunctionUpdate,
    status: 200,
    response: ServerlessFunction,
    audit: "function.update",
  }),
  deleteFunction: def({
    method: "DELETE",
    path: "/v1/functions/:id",
    summary: "Delete a function, its versions and invocation records",
    tag: "functions",
    permission: "workloads:write",
    params: IdParams,
    status: 204,
    audit: "function.delete",
  }),
  invokeFunction: def({
    method: "POST",
    path: "/v1/functions/:id/invoke",
    summary: "Run the function with an event; returns the invocation record (status success, error or timeout)",
    tag: "functions",
    permission: "workloads:write",
    params: IdParams,
    body: InvokeRequest,
    status: 200,
    response: FunctionInvocation,
  }),
  functionLogs: def({
    method: "GET",
    path: "/v1/functions/:id/logs",
    summary: "Invocation records, newest first (live: WebSocket /v1/functions/:id/logs/ws)",
    tag: "functions",
    permission: "workloads:read",
    params: IdParams,
    query: InvocationListQuery,
    status: 200,
    response: page(FunctionInvocation),
  }),
  functionStats: def({
    method: "GET",
    path: "/v1/functions/:id/stats",
    summary: "Invocations, success rate and latency percentiles over the last 24 hours",
    tag: "functions",
    permission: "workloads:read",
    params: IdParams,
    status: 200,
    response: FunctionStats,
  }),

  listResources: def({
    method: "GET",
    path: "/v1/resources",
    summary: "Every workload (VMs, functions, containers) with its state, for the dashboard",
    tag: "workloads",
    permission: "workloads:read",
    query: ResourceQuery,
    status: 200,
    response: z.object({ items: z.array(Resource) }),
  }),
  listContainers: def({
    method: "GET",
    path: "/v1/containers",
    summary: "Containers Shipyard deployed, with their state from the engine",
    tag: "containers",
    permission: "workloads:read",
    status: 200,
    response: z.object({ items: z.array(Container) }),
  }),
  deployContainer: def({
    method: "POST",
    path: "/v1/containers",
    summary: "Deploy a container (the image is pulled when not present)",
    tag: "containers",
    permission: "workloads:write",
    body: ContainerDeploy,
    status: 201,
    response: Container,
    audit: "container.deploy",
  }),
  getContainer: def({
    method: "GET",
    path: "/v1/containers/:id",
    summary: "One container; :id may be the name",
    tag: "containers",
    permission: "workloads:read",
    params: IdParams,
    status: 200,
    response: Container,
  }),
  deleteContainer: def({
    method: "DELETE",
    path: "/v1/containers/:id",
    summary: "Stop and remove a container",
    tag: "containers",
    permission: "workloads:write",
    params: IdParams,
    status: 204,
    audit: "container.delete",
  }),
  startContainer: def({
    method: "POST",
    path: "/v1/containers/:id/start",
    summary: "Start a container",
    tag: "containers",
    permission: "workloads:write",
    params: IdParams,
    status: 200,
    response: Container,
    audit: "container.start",
  }),
  stopContainer: def({
    method: "POST",
    path: "/v1/containers/:id/stop",
    summary: "Stop a container (SIGTERM, then SIGKILL after 10 s)",
    tag: "containers",
    permission: "workloads:write",
    params: IdParams,
    status: 200,
    response: Container,
    audit: "container.stop",
  }),
  restartContainer: def({
    method: "POST",
    path: "/v1/containers/:id/restart",
    summary: "Restart a container",
    tag: "containers",
    permission: "workloads:write",
    params: IdParams,
    status: 200,
    response: Container,
    audit: "container.restart",
  }),
  containerLogs: def({
    method: "GET",
    path: "/v1/containers/:id/logs",
    summary: "The container's output (live: WebSocket /v1/containers/:id/logs/ws; shell: /v1/containers/:id/shell/ws)",
    tag: "containers",
    permission: "workloads:read",
    params: IdParams,
    query: ContainerLogsQuery,
    status: 200,
    response: z.object({ lines: z.array(ContainerLogLine) }),
  }),
  containerStats: def({
    method: "GET",
    path: "/v1/containers/:id/stats",
    summary: "One sample of CPU, memory, network and block I/O",
    tag: "containers",
    permission: "workloads:read",
    params: IdParams,
    status: 200,
    response: ContainerStatsSample,
  }),

  system: def({
    method: "GET",
    path: "/v1/system",
    summary: "Version, database, hosts and storage",
    tag: "system",
    permission: "system:read",
    status: 200,
    response: SystemInfo,
  }),
  events: def({
    method: "GET",
    path: "/v1/events",
    summary: "Live events as Server-Sent Events (text/event-stream). The WebSocket form is at /v1/ws.",
    tag: "events",
    permission: "events:read",
    query: EventStreamQuery,
    status: 200,
  }),
} as const satisfies Record<string, RouteDef>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
