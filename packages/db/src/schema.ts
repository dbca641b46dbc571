import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow();

export const organizations = pgTable("organizations", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ["admin", "operator", "client"] }).notNull(),
    organizationId: text("organization_id").references(() => organizations.id),
    passwordHash: text("password_hash").notNull(),
    preferences: jsonb("preferences").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    disabled: boolean("disabled").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email), index("users_org_idx").on(t.organizationId)],
);

export const sessions = pgTable(
  "sessions",
  {
    digest: text("digest").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date", precision: 3 }).notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_expires_idx").on(t.expiresAt)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    digest: text("digest").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date", precision: 3 }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date", precision: 3 }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date", precision: 3 }),
  },
  (t) => [uniqueIndex("api_tokens_digest_key").on(t.digest), index("api_tokens_user_idx").on(t.userId, t.createdAt, t.id)],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    seq: integer("seq").generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true, mode: "date", precision: 3 }).notNull(),
    actorId: text("actor_id"),
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    targetKind: text("target_kind").notNull(),
    targetId: text("target_id"),
    outcome: text("outcome", { enum: ["success", "failure", "denied"] }).notNull(),
    requestId: text("request_id"),
    ip: text("ip"),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    index("audit_at_idx").on(t.at, t.id),
    // (…, at, id): keyset pages read in index order and stop after one page, no sort
    index("audit_actor_idx").on(t.actorId, t.at, t.id),
    index("audit_action_idx").on(t.action, t.at, t.id),
  ],
);

/** Teams inside an organisation; a share can name a team instead of the whole organisation. */
export const teams = pgTable(
  "teams",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("teams_org_slug_key").on(t.organizationId, t.slug)],
);

export const teamMembers = pgTable(
  "team_members",
  {
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index("team_members_user_idx").on(t.userId)],
);

/**
 * What is shared with whom: a resource (image, VM, function, container) with a whole organisation
 * (team_id null) or with one of its teams. Clients see only what is shared with them.
 */
export const shares = pgTable(
  "shares",
  {
    id: text("id").primaryKey(),
    resourceKind: text("resource_kind", { enum: ["image", "vm", "function", "container"] }).notNull(),
    resourceId: text("resource_id").notNull(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    teamId: text("team_id").references(() => teams.id, { onDelete: "cascade" }),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("shares_target_key").on(t.resourceKind, t.resourceId, t.organizationId, t.teamId).nullsNotDistinct(),
    index("shares_org_idx").on(t.organizationId, t.resourceKind),
    index("shares_team_idx").on(t.teamId),
  ],
);

/** Effects of the job-pipeline self-test job, one row per job: proves a job completed exactly once. */
export const diagnosticRuns = pgTable("diagnostic_runs", {
  jobId: text("job_id").primaryKey(),
  attempts: integer("attempts").notNull(),
  finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date", precision: 3 }).notNull(),
});

/** The image catalog: managed, base and external images with their enrolment and watch state. */
export const images = pgTable(
  "images",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["managed", "base", "external"] }).notNull(),
    image: text("image").notNull(),
    tags: jsonb("tags").$type<string[]>().notNull(),
    source: jsonb("source").$type<Record<string, unknown> | null>(),
    build: jsonb("build").$type<Record<string, unknown> | null>(),
    rebuild: jsonb("rebuild").$type<Record<string, unknown>>().notNull(),
    pollInterval: text("poll_interval"),
    description: text("description"),
    baseImages: jsonb("base_images").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    analysisErrors: jsonb("analysis_errors").$type<{ line: number; message: string }[]>().notNull().default(sql`'[]'::jsonb`),
    currentDigest: text("current_digest"),
    lastUpdatedAt: timestamp("last_updated_at", { withTimezone: true, mode: "date", precision: 3 }),
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true, mode: "date", precision: 3 }),
    lastBuiltAt: timestamp("last_built_at", { withTimezone: true, mode: "date", precision: 3 }),
    rebuildEligibleAt: timestamp("rebuild_eligible_at", { withTimezone: true, mode: "date", precision: 3 }),
    rebuildPending: boolean("rebuild_pending").notNull().default(false),
    watch: text("watch", { enum: ["ok", "degraded", "unknown"] })
      .notNull()
      .default("unknown"),
    watchError: text("watch_error"),
    archivedAt: timestamp("archived_at", { withTimezone: true, mode: "date", precision: 3 }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("images_name_key").on(t.name), index("images_image_idx").on(t.image)],
);

/** Every digest change seen for an image: the update history. */
export const imageUpdates = pgTable(
  "image_updates",
  {
    id: text("id").primaryKey(),
    imageId: text("image_id")
      .notNull()
      .references(() => images.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
    digest: text("digest").notNull(),
    previousDigest: text("previous_digest"),
    seenAt: timestamp("seen_at", { withTimezone: true, mode: "date", precision: 3 }).notNull(),
  },
  (t) => [
    index("image_updates_image_idx").on(t.imageId, t.seenAt),
    uniqueIndex("image_updates_digest_key").on(t.imageId, t.tag, t.digest),
  ],
);

/** Builds of managed images: who or what asked, where it ran, how it ended. */
export const builds = pgTable(
  "builds",
  {
    id: text("id").primaryKey(),
    imageId: text("image_id")
      .notNull()
      .references(() => images.id, { onDelete: "cascade" }),
    imageName: text("image_name").notNull(),
    status: text("status", { enum: ["queued", "running", "succeeded", "failed", "cancelled"] }).notNull(),
    trigger: text("trigger", { enum: ["auto", "manual", "emergency"] }).notNull(),
    reason: text("reason").notNull(),
    requestedBy: text("requested_by").notNull(),
    justification: text("justification"),
    provider: text("provider", { enum: ["github-actions", "gitlab", "local"] }).notNull(),
    run: jsonb("run").$type<Record<string, unknown> | null>(),
    digest: text("digest"),
    message: text("message"),
    logs: text("logs").notNull().default(""),
    createdAt: createdAt(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date", precision: 3 }),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date", precision: 3 }),
  },
  (t) => [
    index("builds_image_idx").on(t.imageId, t.createdAt),
    index("builds_created_idx").on(t.createdAt, t.id),
    // at most one unfinished build per image: a retried or crashed scheduler cannot start a second
    uniqueIndex("builds_one_open_per_image").on(t.imageId).where(sql`status in ('queued', 'running')`),
  ],
);

/** Webhook deliveries already processed: a repeated delivery id is acknowledged and ignored. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    provider: text("provider").notNull(),
    deliveryId: text("delivery_id").notNull(),
    event: text("event").notNull(),
    receivedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.deliveryId] })],
);

/** Serverless functions: the deployed version and bookkeeping; code lives in function_versions. */
export const functions = pgTable(
  "functions",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    runtime: text("runtime", { enum: ["node", "python", "go", "rust"] }).notNull(),
    deployedVersion: integer("deployed_version").notNull(),
    latestVersion: integer("latest_version").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
    lastInvokedAt: timestamp("last_invoked_at", { withTimezone: true, mode: "date", precision: 3 }),
  },
  (t) => [uniqueIndex("functions_name_key").on(t.name)],
);

/** Every deploy (and every draft) is a version. Secret variables are stored encrypted. */
export const functionVersions = pgTable(
  "function_versions",
  {
    functionId: text("function_id")
      .notNull()
      .references(() => functions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    runtime: text("runtime", { enum: ["node", "python", "go", "rust"] }).notNull(),
    handler: text("handler").notNull(),
    code: text("code").notNull(),
    files: jsonb("files").$type<Record<string, string>>().notNull(),
    env: jsonb("env").$type<Record<string, string>>().notNull(),
    secretEnv: text("secret_env"),
    secretEnvNames: jsonb("secret_env_names").$type<string[]>().notNull(),
    timeoutMs: integer("timeout_ms").notNull(),
    memoryMb: integer("memory_mb").notNull(),
    concurrency: integer("concurrency").notNull(),
    draft: boolean("draft").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.functionId, t.version] })],
);

export const functionInvocations = pgTable(
  "function_invocations",
  {
    id: text("id").primaryKey(),
    functionId: text("function_id")
      .notNull()
      .references(() => functions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    status: text("status", { enum: ["success", "error", "timeout"] }).notNull(),
    durationMs: doublePrecision("duration_ms").notNull(),
    memoryUsedMb: doublePrecision("memory_used_mb").notNull(),
    requestId: text("request_id").notNull(),
    event: jsonb("event"),
    response: jsonb("response"),
    logs: jsonb("logs").$type<string[]>().notNull(),
    error: text("error"),
    coldStart: boolean("cold_start").notNull(),
    invokedAt: timestamp("invoked_at", { withTimezone: true, mode: "date", precision: 3 }).notNull(),
  },
  (t) => [index("function_invocations_fn_idx").on(t.functionId, t.invokedAt)],
);

/** Containers Shipyard deployed: the spec it was asked for, the engine's id, and whether it should run. */
export const containers = pgTable(
  "containers",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    engineId: text("engine_id"),
    /** The host it runs on; null for containers deployed before hosts existed (the local host's). */
    hostId: text("host_id"),
    spec: jsonb("spec").$type<Record<string, unknown>>().notNull(),
    desired: text("desired", { enum: ["running", "stopped"] }).notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("containers_name_key").on(t.name)],
);

/** MicroVMs: the spec asked for, where it runs, and whether it should run. */
export const vms = pgTable(
  "vms",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    hostId: text("host_id").notNull(),
    spec: jsonb("spec").$type<Record<string, unknown>>().notNull(),
    desired: text("desired", { enum: ["running", "stopped"] }).notNull(),
    templateId: text("template_id"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("vms_name_key").on(t.name)],
);

/** Saved VM configurations. Usage is counted from the VMs that name them. */
export const vmTemplates = pgTable(
  "vm_templates",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    spec: jsonb("spec").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("vm_templates_name_key").on(t.name)],
);

/** Files VMs boot from or attach: kernels, initrds, root file systems, volumes. */
export const registryImages = pgTable(
  "registry_images",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["kernel", "initrd", "rootfs", "volume"] }).notNull(),
    path: text("path").notNull(),
    sizeBytes: doublePrecision("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    project: text("project"),
    category: text("category"),
    sourceUrl: text("source_url"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("registry_images_name_key").on(t.name)],
);

/** Machines that run workloads: the embedded local agent's and every registered `shipyard agent`. */
export const hosts = pgTable(
  "hosts",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    local: boolean("local").notNull(),
    status: text("status", { enum: ["online", "lost"] }).notNull(),
    capacity: jsonb("capacity").$type<Record<string, unknown>>().notNull(),
    runtimes: jsonb("runtimes").$type<Record<string, unknown>>().notNull(),
    metrics: jsonb("metrics").$type<Record<string, unknown>>(),
    labels: jsonb("labels").$type<Record<string, string>>().notNull(),
    agentVersion: text("agent_version").notNull(),
    /** The agent's credential, encrypted with the server's secret key. */
    sealedSecret: text("sealed_secret"),
    registeredAt: timestamp("registered_at", { withTimezone: true, mode: "date", precision: 3 }).notNull(),
    lastHeartbeatAt: timestamp("last_heartbeat_at", { withTimezone: true, mode: "date", precision: 3 }).notNull(),
  },
  (t) => [uniqueIndex("hosts_name_key").on(t.name)],
);

/** Tokens agents register with; only their hash is kept. */
export const hostJoinTokens = pgTable(
  "host_join_tokens",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date", precision: 3 }),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date", precision: 3 }),
  },
  (t) => [uniqueIndex("host_join_tokens_hash_key").on(t.tokenHash)],
);

/** Full VM snapshots: a folder on the host that took it; restoring makes a new VM there. */
export const vmSnapshots = pgTable(
  "vm_snapshots",
  {
    id: text("id").primaryKey(),
    /** The VM it was taken of (it may be deleted since; the snapshot stays restorable). */
    vmId: text("vm_id").notNull(),
    vmName: text("vm_name").notNull(),
    hostId: text("host_id").notNull(),
    /** The VM's spec when taken (what a restored VM is recorded with). */
    spec: jsonb("spec").$type<Record<string, unknown>>().notNull(),
    snapshotPath: text("snapshot_path").notNull(),
    memFilePath: text("mem_file_path"),
    sizeBytes: doublePrecision("size_bytes").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("vm_snapshots_vm_idx").on(t.vmId, t.createdAt)],
);
