/**
 * Turns the image catalog into a plan of Kargo objects: which Warehouses watch what, which analysis
 * and rebuild-trigger Stages each managed image gets, and the names of all of them. Pure.
 *
 * Warehouses:
 *  - managed image → `<name>`: the built image (Digest of its first mutable tag, else SemVer), and
 *    `<name>-source`: its source repository and branch, limited to `includePaths`. They are two
 *    Warehouses, not one with two subscriptions, because Kargo makes new Freight when any subscription
 *    of a Warehouse changes: a source commit would otherwise look like a new image to every image
 *    built FROM this one and rebuild them against the old image.
 *  - base and external images → one Warehouse per watched tag (`<name>`, or `<name>-<tag>` when the
 *    image has several), Digest strategy on the tag; 24h interval on Docker Hub, else 5m, unless the
 *    image sets `pollInterval`.
 *  - a base image that a Dockerfile names but the catalog does not list gets an implicit Warehouse of
 *    its own, watched like a base image (a warning says so).
 */
import { DomainError, ImageGraph, type ImageSpec, parseReference } from "@shipyard/core";
import { toKargoDuration } from "./duration.ts";
import { NameRegistry } from "./names.ts";
import type { GitHostOptions, GitSubscription, ImageSubscription, KargoImage, Subscription } from "./types.ts";

export const DEFAULT_NAMESPACE = "image-factory";
const DOCKER_HUB = "docker.io";
const DOCKER_HUB_INTERVAL = "24h";
const DEFAULT_INTERVAL = "5m";

/** Kargo's own check of image repository URLs (its image subscription schema). */
const KARGO_IMAGE_REPO = /^(\w+([.-]\w+)*(:\d+)?\/)?(\w+([.-]\w+)*)(\/\w+([.-]\w+)*)*$/;
/** Kargo's own check of branch names (its git subscription schema). */
const KARGO_BRANCH = /^[a-zA-Z0-9]([a-zA-Z0-9._/-]*[a-zA-Z0-9_-])?$/;
const SEMVER_TAG = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export type WarehouseRole = "image" | "source" | "watch";

export interface WarehousePlan {
  name: string;
  role: WarehouseRole;
  /** Catalog name; absent for an implicit base image. */
  image?: string | undefined;
  /** What it watches, for people: `ghcr.io/acme/api`, `docker.io/library/node:22`, a git URL and branch. */
  watches: string;
  interval: string;
  subscriptions: Subscription[];
}

export interface ManagedPlan {
  image: KargoImage;
  /** Normalised repository the image is pushed to, as Kargo subscribes to it. */
  repository: string;
  imageWarehouse: string;
  source?: { warehouse: string; repoURL: string; branch: string; dockerfile: string; context: string } | undefined;
  analysis?: { stage: string; template: string } | undefined;
  rebuild?: { stage: string; baseWarehouses: string[]; auto: boolean } | undefined;
}

export interface KargoPlan {
  project: string;
  warehouses: WarehousePlan[];
  managed: ManagedPlan[];
  warnings: string[];
}

export interface PlanOptions {
  project: string;
  git?: GitHostOptions | undefined;
}

interface Repo {
  domain: string;
  /** `domain/path`, no tag. */
  name: string;
  tags: string[];
}

interface WatchNode {
  id: string;
  repo: string;
  domain: string;
  tag: string;
  image?: KargoImage | undefined;
  /** Warehouse name wanted before DNS cleaning and de-duplication. */
  wanted: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const invalid = (message: string, suggestion: string) => new DomainError("invalid_input", message, { suggestion });

export function isSemverTag(tag: string): boolean {
  return SEMVER_TAG.test(tag);
}

function repositoryOf(img: KargoImage): Repo {
  const r = parseReference(img.image, { mode: "normalized" });
  if (!r.ok) {
    throw invalid(
      `Image ${img.name}: "${img.image}" is not an image reference (${r.error}).`,
      "Write it like ghcr.io/acme/api or node.",
    );
  }
  if (r.ref.digest) {
    throw invalid(
      `Image ${img.name}: "${img.image}" is pinned to a digest, which never changes.`,
      "Enrol the repository and list the tags to watch in `tags`.",
    );
  }
  if (!KARGO_IMAGE_REPO.test(r.ref.name)) {
    throw invalid(
      `Image ${img.name}: Kargo does not accept "${r.ref.name}" as an image repository URL.`,
      "Kargo allows one '.', '-' or '_' between letters and digits in each path component.",
    );
  }
  const tags = [...new Set([...(r.ref.tag ? [r.ref.tag] : []), ...img.tags])];
  return { domain: r.ref.domain, name: r.ref.name, tags: tags.length > 0 ? tags : ["latest"] };
}

function intervalFor(img: KargoImage | undefined, domain: string, watched: boolean): string {
  if (img?.pollInterval) return toKargoDuration(img.pollInterval);
  return watched && domain === DOCKER_HUB ? DOCKER_HUB_INTERVAL : DEFAULT_INTERVAL;
}

/** How Kargo should pick new revisions of a managed image: the digest of a mutable tag it publishes, else newest SemVer. */
export function builtImageSubscription(repository: string, tags: readonly string[]): ImageSubscription {
  const mutable = tags.find((t) => !isSemverTag(t));
  return mutable === undefined
    ? { repoURL: repository, imageSelectionStrategy: "SemVer" }
    : { repoURL: repository, imageSelectionStrategy: "Digest", constraint: mutable };
}

const trimPath = (p: string) =>
  p
    .replace(/\\/g, "/")
    .replace(/^(\.\/)+/, "")
    .replace(/\/+$/, "")
    .replace(/^\.$/, "");
const within = (path: string, dir: string) => dir === "" || path === dir || path.startsWith(`${dir}/`);

/**
 * Paths whose changes make new source Freight: the image's `includePaths`, else its build context and
 * the Dockerfile's folder (the Dockerfile itself when it sits at the root outside the context). When the
 * context is the whole repository, the Dockerfile's folder alone — the app, as the seed describes.
 * `undefined` means the whole repository.
 */
export function defaultIncludePaths(source: {
  dockerfile?: string;
  context?: string;
  includePaths?: readonly string[] | undefined;
}) {
  if (source.includePaths && source.includePaths.length > 0) return [...new Set(source.includePaths)].sort(byText);
  const dockerfile = trimPath(source.dockerfile ?? "Dockerfile");
  const context = trimPath(source.context ?? ".");
  const slash = dockerfile.lastIndexOf("/");
  const dockerfileDir = slash < 0 ? "" : dockerfile.slice(0, slash);
  const paths: string[] = [];
  if (context !== "") paths.push(context);
  if (dockerfileDir !== "" && !(context !== "" && within(dockerfileDir, context))) paths.push(dockerfileDir);
  if (dockerfileDir === "" && context !== "") paths.push(dockerfile);
  return paths.length === 0 ? undefined : [...new Set(paths)].sort(byText);
}

function gitRepoURL(img: KargoImage, git: GitHostOptions | undefined): string | undefined {
  const source = img.source;
  if (!source || source.provider === "local") return undefined;
  const host = (
    source.provider === "github" ? (git?.githubUrl ?? "https://github.com") : (git?.gitlabUrl ?? "https://gitlab.com")
  ).replace(/\/+$/, "");
  const repo = source.repo.replace(/^\/+|\/+$/g, "").replace(/\.git$/, "");
  return `${host}/${repo}.git`;
}

export function planKargo(images: readonly KargoImage[], options: PlanOptions): KargoPlan {
  const warnings: string[] = [];
  const warehouseNames = new NameRegistry("Warehouse");
  const stageNames = new NameRegistry("Stage");
  const templateNames = new NameRegistry("AnalysisTemplate");

  const sorted = [...images].sort((a, b) => byText(a.name, b.name));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.name === sorted[i - 1]?.name) {
      throw invalid(`Image ${sorted[i]?.name} is listed twice.`, "List each image once.");
    }
  }

  // Watched tags of base and external images: one graph node and one Warehouse each.
  const watchByRef = new Map<string, WatchNode>();
  const managedByRepo = new Map<string, KargoImage>();
  const repos = new Map<string, Repo>();
  for (const img of sorted) {
    const repo = repositoryOf(img);
    repos.set(img.name, repo);
    if (img.kind === "managed") {
      const other = managedByRepo.get(repo.name);
      if (other) {
        throw invalid(
          `Images ${other.name} and ${img.name} are both built into ${repo.name}.`,
          "Give each managed image its own repository.",
        );
      }
      managedByRepo.set(repo.name, img);
      continue;
    }
    for (const tag of repo.tags) {
      const ref = `${repo.name}:${tag}`;
      const other = watchByRef.get(ref);
      if (other) {
        throw invalid(`${ref} is watched by both ${other.image?.name} and ${img.name}.`, "Watch each tag from one image only.");
      }
      const wanted = repo.tags.length === 1 ? img.name : `${img.name}-${tag}`;
      watchByRef.set(ref, { id: `watch:${ref}`, repo: repo.name, domain: repo.domain, tag, image: img, wanted });
    }
  }

  // Base image references of managed images, resolved to graph nodes.
  const managedId = (img: KargoImage) => `managed:${img.name}`;
  const specs: ImageSpec[] = [];
  for (const img of sorted) {
    if (img.kind !== "managed") continue;
    const bases: string[] = [];
    for (const base of img.baseImages ?? []) {
      const r = parseReference(base, { mode: "docker" });
      if (!r.ok) {
        warnings.push(`${img.name}: base image "${base}" is not a valid reference (${r.error}); it triggers no rebuild.`);
        continue;
      }
      if (r.ref.digest) {
        warnings.push(
          `${img.name}: base image ${r.ref.string} is pinned to a digest; it never changes, so it triggers no rebuild.`,
        );
        continue;
      }
      const ref = `${r.ref.name}:${r.ref.tag ?? "latest"}`;
      const watched = watchByRef.get(ref);
      const builtHere = managedByRepo.get(r.ref.name);
      if (watched) bases.push(watched.id);
      else if (builtHere) {
        if (builtHere.name === img.name) {
          warnings.push(`${img.name}: is built FROM its own repository (${ref}); that base triggers no rebuild.`);
          continue;
        }
        bases.push(managedId(builtHere));
      } else {
        const slash = r.ref.path.lastIndexOf("/");
        const node: WatchNode = {
          id: `watch:${ref}`,
          repo: r.ref.name,
          domain: r.ref.domain,
          tag: r.ref.tag ?? "latest",
          wanted: `${r.ref.path.slice(slash + 1)}-${r.ref.tag ?? "latest"}`,
        };
        if (!KARGO_IMAGE_REPO.test(node.repo)) {
          warnings.push(`${img.name}: Kargo does not accept base image repository ${node.repo}; it triggers no rebuild.`);
          continue;
        }
        watchByRef.set(ref, node);
        warnings.push(`${img.name}: base image ${ref} is not in the catalog; watching it with an implicit Warehouse.`);
        bases.push(node.id);
      }
    }
    specs.push({ id: managedId(img), kind: "managed", baseImages: bases, label: img.name });
  }
  for (const node of watchByRef.values()) specs.push({ id: node.id, kind: "external" });
  // Throws ImageCycleError (invalid_input) when managed images are built FROM each other in a loop.
  const graph = ImageGraph.build(specs, { unknownBases: "error" });

  const watchNodes = [...watchByRef.values()].sort((a, b) => byText(a.id, b.id));
  for (const node of watchNodes) warehouseNames.request(node.id, node.wanted);
  const managed = sorted.filter((img) => img.kind === "managed");
  // Names are asked for only for objects that will exist, so that nothing absent can force a hash.
  for (const img of managed) {
    warehouseNames.request(managedId(img), img.name);
    if (img.source && gitRepoURL(img, options.git)) {
      warehouseNames.request(`source:${img.name}`, `${img.name}-source`);
      stageNames.request(`analysis:${img.name}`, `analysis-${img.name}`);
      templateNames.request(`analysis:${img.name}`, `dockerfile-${img.name}`);
    }
    if (img.build && graph.basesOf(managedId(img)).length > 0)
      stageNames.request(`rebuild:${img.name}`, `rebuild-trigger-${img.name}`);
  }

  const warehouses: WarehousePlan[] = [];
  for (const node of watchNodes) {
    warehouses.push({
      name: warehouseNames.name(node.id),
      role: "watch",
      image: node.image?.name,
      watches: `${node.repo}:${node.tag}`,
      interval: intervalFor(node.image, node.domain, true),
      subscriptions: [{ image: { repoURL: node.repo, imageSelectionStrategy: "Digest", constraint: node.tag } }],
    });
  }

  const plans: ManagedPlan[] = [];
  for (const img of managed) {
    const repo = repos.get(img.name) as Repo;
    const plan: ManagedPlan = { image: img, repository: repo.name, imageWarehouse: warehouseNames.name(managedId(img)) };
    warehouses.push({
      name: plan.imageWarehouse,
      role: "image",
      image: img.name,
      watches: repo.name,
      interval: intervalFor(img, repo.domain, false),
      subscriptions: [{ image: builtImageSubscription(repo.name, repo.tags) }],
    });

    const repoURL = gitRepoURL(img, options.git);
    if (!img.source) {
      warnings.push(`${img.name}: managed image without a source; no source Warehouse and no Dockerfile analysis.`);
    } else if (!repoURL) {
      warnings.push(
        `${img.name}: source is a local folder, which Kargo cannot watch; no source Warehouse and no Dockerfile analysis.`,
      );
    } else {
      const branch = img.source.branch ?? "main";
      if (!KARGO_BRANCH.test(branch) || branch.length > 255) {
        throw invalid(
          `Image ${img.name}: Kargo does not accept branch name "${branch}".`,
          "Use a branch name of letters, digits, '.', '_', '/' and '-'.",
        );
      }
      const git: GitSubscription = { repoURL, branch };
      const includePaths = defaultIncludePaths(img.source);
      if (includePaths) git.includePaths = includePaths;
      const warehouse = warehouseNames.name(`source:${img.name}`);
      warehouses.push({
        name: warehouse,
        role: "source",
        image: img.name,
        watches: `${repoURL}#${branch}`,
        interval: DEFAULT_INTERVAL,
        subscriptions: [{ git }],
      });
      plan.source = {
        warehouse,
        repoURL,
        branch,
        dockerfile: trimPath(img.source.dockerfile ?? "Dockerfile"),
        context: trimPath(img.source.context ?? "."),
      };
      plan.analysis = { stage: stageNames.name(`analysis:${img.name}`), template: templateNames.name(`analysis:${img.name}`) };
    }

    const bases = graph.basesOf(managedId(img));
    if (!img.build) {
      warnings.push(`${img.name}: managed image without a build pipeline; no rebuild trigger.`);
    } else if (bases.length === 0) {
      warnings.push(`${img.name}: no base image to watch (FROM scratch, pinned or unresolved bases); no rebuild trigger.`);
    } else {
      plan.rebuild = {
        stage: stageNames.name(`rebuild:${img.name}`),
        baseWarehouses: bases.map((id) => warehouseNames.name(id)).sort(byText),
        auto: img.rebuild?.auto ?? true,
      };
    }
    plans.push(plan);
  }

  warehouses.sort((a, b) => byText(a.name, b.name));
  return { project: options.project, warehouses, managed: plans, warnings: [...new Set(warnings)].sort(byText) };
}
