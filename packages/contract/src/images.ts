import { z } from "zod";
import { pageQuery } from "./pagination.ts";

/**
 * Kinds of image in the catalog:
 * - `managed`: we build it (it has a source repository, a Dockerfile and a build pipeline);
 * - `base`: an upstream image that managed images are built FROM (found by Dockerfile analysis), watched;
 * - `external`: an upstream image enrolled only to be watched (e.g. postgres run as is).
 */
export const ImageKind = z.enum(["managed", "base", "external"]);
export type ImageKind = z.infer<typeof ImageKind>;

/** A duration like `30s`, `30m`, `12h`, `7d`. */
export const Duration = z
  .string()
  .regex(/^\d{1,6}(s|m|h|d)$/, "must be a duration like 30m, 12h or 7d")
  .describe("A duration: a number and s, m, h or d");
export type Duration = z.infer<typeof Duration>;

export const ImageName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,62}$/,
    "must be lowercase letters, digits, '.', '_' or '-' (at most 63), starting with a letter or digit",
  );

export const ImageSource = z.strictObject({
  provider: z.enum(["github", "gitlab", "local"]),
  /** `owner/repo` on GitHub, `group/project` on GitLab, or a folder for `local`. */
  repo: z.string().min(1).max(300),
  branch: z.string().min(1).max(200).default("main"),
  /** Path of the Dockerfile inside the repository. */
  dockerfile: z.string().min(1).max(500).default("Dockerfile"),
  /** Build context inside the repository. */
  context: z.string().min(1).max(500).default("."),
  /** Paths whose changes should trigger a rebuild (default: the context). */
  includePaths: z.array(z.string().min(1).max(500)).max(50).optional(),
});
export type ImageSource = z.infer<typeof ImageSource>;

export const BuildPipeline = z.discriminatedUnion("provider", [
  z.strictObject({
    provider: z.literal("github-actions"),
    /** `owner/repo` whose workflow builds the image (default: the source repo). */
    repo: z.string().min(1).max(300).optional(),
    workflow: z.string().min(1).max(300).describe("Workflow file name or id, e.g. build.yml"),
    ref: z.string().min(1).max(200).default("main"),
    inputs: z.record(z.string(), z.string()).default({}),
  }),
  z.strictObject({
    provider: z.literal("gitlab"),
    /** `group/project` or numeric id (default: the source repo). */
    project: z.string().min(1).max(300).optional(),
    ref: z.string().min(1).max(200).default("main"),
    variables: z.record(z.string(), z.string()).default({}),
  }),
  z.strictObject({
    provider: z.literal("local"),
    /** Extra `--build-arg`s. */
    buildArgs: z.record(z.string(), z.string()).default({}),
    platform: z.string().max(50).optional(),
  }),
]);
export type BuildPipeline = z.infer<typeof BuildPipeline>;

export const RebuildPolicy = z.strictObject({
  /** Rebuild automatically when a base image changes. */
  auto: z.boolean().default(true),
  /** Wait this long after a base update before rebuilding: rebuildEligibleAt = lastUpdated + delay. */
  delay: Duration.default("0s"),
  /** Batch base updates arriving within this window into one rebuild. */
  window: Duration.default("30m"),
  /** Higher first when build capacity is limited (0–100). */
  priority: z.number().int().min(0).max(100).default(50),
});
export type RebuildPolicy = z.infer<typeof RebuildPolicy>;

/** One entry of images.yaml, and the body of an enrolment. */
export const ImageEnrollment = z
  .strictObject({
    name: ImageName,
    kind: z.enum(["managed", "external"]),
    /** Registry and repository, e.g. `ghcr.io/acme/backstage` (managed: where builds are pushed). */
    image: z.string().min(1).max(500),
    /** Tags to watch (external) or to publish (managed). */
    tags: z.array(z.string().min(1).max(128)).min(1).max(50).default(["latest"]),
    source: ImageSource.optional(),
    build: BuildPipeline.optional(),
    rebuild: RebuildPolicy.default({ auto: true, delay: "0s", window: "30m", priority: 50 }),
    /** How often to poll the registry (default 5m; Docker Hub base images 24h). */
    pollInterval: Duration.optional(),
    description: z.string().max(1000).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.kind === "managed" && !e.source) {
      ctx.addIssue({
        code: "custom",
        path: ["source"],
        message: "a managed image needs a source (repository, branch, Dockerfile)",
      });
    }
    if (e.kind === "managed" && !e.build) {
      ctx.addIssue({
        code: "custom",
        path: ["build"],
        message: "a managed image needs a build pipeline (github-actions, gitlab or local)",
      });
    }
    if (e.kind === "external" && (e.source || e.build)) {
      ctx.addIssue({
        code: "custom",
        path: ["kind"],
        message: "an external image is only watched: drop source and build, or enrol it as managed",
      });
    }
  });
export type ImageEnrollment = z.infer<typeof ImageEnrollment>;

/** images.yaml: the enrolment file that round-trips with the catalog. */
export const ImageCatalogFile = z.strictObject({
  apiVersion: z.literal("shipyard.dev/v1"),
  kind: z.literal("ImageCatalog"),
  images: z.array(ImageEnrollment).max(10_000),
});
export type ImageCatalogFile = z.infer<typeof ImageCatalogFile>;

export const ImageState = z.object({
  /** Digest of the watched tag (external/base) or of the last build (managed). */
  currentDigest: z.string().nullable(),
  /** When the digest last changed (or a base of a managed image last changed). */
  lastUpdatedAt: z.string().datetime().nullable(),
  lastCheckedAt: z.string().datetime().nullable(),
  lastBuiltAt: z.string().datetime().nullable(),
  /** Earliest time a pending rebuild may start (lastUpdated + delay). */
  rebuildEligibleAt: z.string().datetime().nullable(),
  /** A rebuild is owed because a base changed after the last build. */
  rebuildPending: z.boolean(),
  /** Registry health for this image: `degraded` when polling fails (never shown as "no update"). */
  watch: z.enum(["ok", "degraded", "unknown"]),
  watchError: z.string().nullable(),
});
export type ImageState = z.infer<typeof ImageState>;

export const Image = z.object({
  id: z.string(),
  name: z.string(),
  kind: ImageKind,
  image: z.string(),
  tags: z.array(z.string()),
  source: ImageSource.nullable(),
  build: BuildPipeline.nullable(),
  rebuild: RebuildPolicy,
  pollInterval: Duration.nullable(),
  description: z.string().nullable(),
  /** Normalised base images from the last Dockerfile analysis (managed only). */
  baseImages: z.array(z.string()),
  analysisErrors: z.array(z.object({ line: z.number().int(), message: z.string() })),
  state: ImageState,
  archivedAt: z.string().datetime().nullable(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type Image = z.infer<typeof Image>;

export const ImageListQuery = pageQuery(["name", "createdAt", "updatedAt"], "name", "asc").extend({
  kind: ImageKind.optional(),
  q: z.string().max(200).optional().describe("Search in name and image"),
  archived: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});
export type ImageListQuery = z.infer<typeof ImageListQuery>;

export const ImageUpdate = z.strictObject({
  digest: z.string().regex(/^sha256:[a-f0-9]{64}$/),
  tag: z.string(),
  seenAt: z.string().datetime(),
  previousDigest: z.string().nullable(),
});
export type ImageUpdate = z.infer<typeof ImageUpdate>;

export const ImageGraphView = z.object({
  nodes: z.array(z.object({ id: z.string(), name: z.string(), kind: ImageKind, image: z.string() })),
  edges: z.array(z.object({ from: z.string(), to: z.string() }).describe("`from` is built FROM `to`")),
  mermaid: z.string(),
});
export type ImageGraphView = z.infer<typeof ImageGraphView>;

export const CascadeStep = z.object({ name: z.string(), order: z.number().int(), after: z.array(z.string()) });
export const Cascade = z.object({
  changed: z.array(z.string()),
  rebuilds: z.array(CascadeStep).describe("Images that rebuild, in dependency order; each after the ones it names"),
});
export type Cascade = z.infer<typeof Cascade>;

export const RebuildRequest = z.strictObject({
  emergency: z.boolean().default(false).describe("Bypass delay and window (critical CVE); admins only"),
  justification: z.string().trim().max(2000).optional().describe("Required for an emergency rebuild"),
});
export type RebuildRequest = z.infer<typeof RebuildRequest>;

export const RebuildExplanation = z.object({
  name: z.string(),
  rebuildingNow: z.boolean(),
  reason: z.string().describe("Why it is or is not rebuilding now, in words"),
  eligibleAt: z.string().datetime().nullable(),
  waitingFor: z.array(z.string()).describe("Base images still inside the coordination window, or builds ahead in the queue"),
});
export type RebuildExplanation = z.infer<typeof RebuildExplanation>;

export const BuildStatusName = z.enum(["queued", "running", "succeeded", "failed", "cancelled"]);
export type BuildStatusName = z.infer<typeof BuildStatusName>;

export const Build = z.object({
  id: z.string(),
  image: z.string().describe("Catalog name of the managed image"),
  status: BuildStatusName,
  trigger: z.enum(["auto", "manual", "emergency"]),
  reason: z.string(),
  requestedBy: z.string().describe("Email of the person, or `system` for automatic rebuilds"),
  justification: z.string().nullable(),
  provider: z.enum(["github-actions", "gitlab", "local"]),
  runId: z.string().nullable(),
  runUrl: z.string().nullable(),
  digest: z.string().nullable(),
  message: z.string().nullable(),
  createdAt: z.string().datetime(),
  startedAt: z.string().datetime().nullable(),
  finishedAt: z.string().datetime().nullable(),
  durationMs: z.number().int().nullable(),
});
export type Build = z.infer<typeof Build>;

export const BuildListQuery = pageQuery(["createdAt"], "createdAt").extend({
  image: z.string().max(63).optional(),
  status: BuildStatusName.optional(),
});
export type BuildListQuery = z.infer<typeof BuildListQuery>;
