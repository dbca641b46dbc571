import type { BuildPipeline, Image, ImageSource, RebuildPolicy } from "@shipyard/contract";

/**
 * The part of a catalog `Image` that the Kargo synthesis reads. A full `Image` fits; so does a plain
 * object written by hand (a test, images.yaml), with the optional parts left out.
 */
export interface KargoImage {
  name: Image["name"];
  kind: Image["kind"];
  /** Registry and repository, e.g. `ghcr.io/acme/backstage` or `node` (a tag here counts as one of `tags`). */
  image: string;
  /** Published tags (managed) or watched tags (base, external); the first is the primary one. */
  tags: readonly string[];
  source?: ImageSource | null | undefined;
  build?: BuildPipeline | null | undefined;
  rebuild?: Partial<RebuildPolicy> | null | undefined;
  /** How often to poll the registry (`5m`, `24h`, `7d`); default 5m, 24h for Docker Hub base and external images. */
  pollInterval?: string | null | undefined;
  /** Normalised references the image is built FROM (managed only), e.g. `docker.io/library/node:22`. */
  baseImages?: readonly string[] | undefined;
}

/** Where a rebuild request goes, per build provider. Secrets are named, never inlined. */
export interface PipelineTriggerOptions {
  github?: {
    /** Default `https://api.github.com` (GitHub Enterprise: `https://HOST/api/v3`). */
    apiUrl?: string;
    /** Secret in the project namespace, labelled `kargo.akuity.io/cred-type: generic`. Default `github-credentials`. */
    secret?: string;
    /** Key of the token in that secret. Default `token`. */
    tokenKey?: string;
  };
  gitlab?: {
    /** Default `https://gitlab.com/api/v4`. */
    apiUrl?: string;
    /** Secret holding a pipeline trigger token. Default `gitlab-credentials`. */
    secret?: string;
    /** Default `token`. */
    tokenKey?: string;
  };
  shipyard?: {
    /** Shipyard's API as the Kargo controller reaches it, e.g. `http://shipyard.shipyard.svc:7300`. Needed for `local` builds. */
    url?: string;
    /** Secret holding a Shipyard API token. Default `shipyard-credentials`. */
    secret?: string;
    /** Default `token`. */
    tokenKey?: string;
  };
  /** Timeout of one HTTP request. Default `30s`. */
  timeout?: string;
}

/** The Dockerfile analysis Job that verifies each managed image. */
export interface AnalysisOptions {
  /** Image with the `shipyard` CLI. */
  image?: string;
  /** Image with git, to check out the source at the verified commit. */
  gitImage?: string;
  /** Secret with `username` and `password` (a token) for cloning private repositories; optional at run time. */
  gitSecret?: string;
  /** Service account the Job runs as. */
  serviceAccountName?: string;
}

export interface GitHostOptions {
  /** Default `https://github.com`. */
  githubUrl?: string;
  /** Default `https://gitlab.com`. */
  gitlabUrl?: string;
}

export interface KargoSynthInput {
  images: readonly KargoImage[];
  /** Kargo project namespace; the Project has the same name. Default `image-factory`. */
  namespace?: string;
  /** Kargo project name; must equal `namespace` when both are given (Kargo ties them). */
  project?: string;
  pipelineTrigger?: PipelineTriggerOptions;
  analysis?: AnalysisOptions;
  git?: GitHostOptions;
}

export interface ManifestFile {
  /** Relative, `/`-separated path, e.g. `30-stages/rebuild-trigger-backstage.yaml`. */
  path: string;
  content: string;
}

export interface KargoSynthOutput {
  /** Every object, in apply order: Namespace, Project, ProjectConfig, Warehouses, AnalysisTemplates, Stages. */
  manifests: KubernetesObject[];
  /** All objects as one multi-document YAML stream. */
  yaml: string;
  /** One object per file (the project's three together), sorted by path, for `shipyard images synth --out`. */
  files: ManifestFile[];
  /** Things a person should know: skipped images, implicit base images, pinned bases. Sorted. */
  warnings: string[];
}

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: unknown;
  [key: string]: unknown;
}

/** Kargo `image` subscription (pkg/subscription image schema). */
export interface ImageSubscription {
  repoURL: string;
  imageSelectionStrategy?: "Digest" | "Lexical" | "NewestBuild" | "SemVer";
  constraint?: string;
  strictSemvers?: boolean;
  allowTagsRegexes?: string[];
  ignoreTagsRegexes?: string[];
  platform?: string;
  discoveryLimit?: number;
}

/** Kargo `git` subscription (pkg/subscription git schema). */
export interface GitSubscription {
  repoURL: string;
  commitSelectionStrategy?: "NewestFromBranch" | "SemVer" | "Lexical" | "NewestTag";
  branch?: string;
  includePaths?: string[];
  excludePaths?: string[];
  discoveryLimit?: number;
}

export type Subscription = { image: ImageSubscription } | { git: GitSubscription };

/** Config of Kargo's `http` promotion step. */
export interface HttpStepConfig {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";
  url: string;
  headers?: Array<{ name: string; value: string }>;
  body?: string;
  timeout?: string;
  successExpression?: string;
  failureExpression?: string;
  errorExpression?: string;
  outputs?: Array<{ name: string; fromExpression: string }>;
}
