import { createHash } from "node:crypto";
import {
  type Cascade,
  type Image,
  type ImageCatalogFile,
  ImageEnrollment,
  type ImageGraphView,
  type ImageKind,
  type ImageListQuery,
  type ImageUpdate,
  type Page,
} from "@shipyard/contract";
import { conflict, DomainError, invalid, notFound } from "../shared/errors.ts";
import type { Clock } from "../shared/ports.ts";
import { analyzeDockerfile } from "./dockerfile/analyze.ts";
import { ImageGraph } from "./graph.ts";
import { parseReference } from "./reference.ts";
import type { SourceReader } from "./source-port.ts";

/** What the catalog stores for an image, besides its id and timestamps. */
export type ImageRecordInput = Omit<Image, "id" | "createdAt" | "updatedAt" | "archivedAt" | "state"> & {
  state?: Partial<Image["state"]>;
};

export interface ImageCatalogRepository {
  /** `only`: restrict to these image ids (what is shared with a client). */
  list(query: ImageListQuery, only?: readonly string[]): Promise<Page<Image>>;
  /** Every image that is not archived (the graph's input). */
  active(): Promise<Image[]>;
  /** By name, archived ones included. */
  get(name: string): Promise<Image | undefined>;
  create(image: ImageRecordInput): Promise<Image>;
  /** Replaces the enrolment fields; keeps id, state and history. Clears archivedAt. */
  update(name: string, image: ImageRecordInput): Promise<Image>;
  archive(name: string, at: Date): Promise<Image>;
  updates(name: string, limit: number): Promise<ImageUpdate[]>;
}

const DEFAULT_REBUILD = { auto: true, delay: "0s", window: "30m", priority: 50 } as const;

/** `docker.io/library/node:22-bookworm-slim` → `node-22-bookworm-slim`: a readable catalog name for a base image. */
export function baseImageName(ref: string): string {
  const parsed = parseReference(ref, { mode: "docker" });
  const familiar = parsed.ok ? parsed.ref.familiarString : ref;
  let name = familiar
    .toLowerCase()
    .replace(/@sha256:([a-f0-9]{12})[a-f0-9]*/, "-$1")
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/-+$/, "");
  if (name.length > 63) name = `${name.slice(0, 54)}-${createHash("sha256").update(ref).digest("hex").slice(0, 8)}`;
  return name || `image-${createHash("sha256").update(ref).digest("hex").slice(0, 8)}`;
}

/** Checks that `image` names a repository (no tag, no digest) and returns it normalised. */
export function normaliseRepository(image: string): string {
  const r = parseReference(image, { mode: "normalized" });
  if (!r.ok) {
    throw invalid(`image ${image} is not a valid repository: ${r.error}.`, "Write it like ghcr.io/acme/backstage or postgres.");
  }
  if (r.ref.tag || r.ref.digest) {
    throw invalid(
      `image ${image} must name a repository without a tag or digest.`,
      `Put the tag in tags: image: ${r.ref.name}, tags: [${r.ref.tag ?? "latest"}].`,
    );
  }
  return r.ref.name;
}

/** The node id of an image in the graph: its repository and first tag, fully qualified. */
const nodeId = (image: Pick<Image, "image" | "tags">) => `${image.image}:${image.tags[0] ?? "latest"}`;

const explainKindChange = (from: ImageKind, to: ImageKind) =>
  `${from} → ${to} keeps the image's digests, build history and update history`;

/**
 * The image catalog: enrolment (managed and external images), base images found by Dockerfile
 * analysis, lifecycle (external ⇄ managed, base → managed, archive and restore), images.yaml import
 * and export, the dependency graph and cascade predictions.
 */
export class ImageCatalogService {
  private readonly repo: ImageCatalogRepository;
  private readonly clock: Clock;

  private readonly sources: SourceReader | undefined;

  constructor(deps: { repo: ImageCatalogRepository; clock: Clock; sources?: SourceReader | undefined }) {
    this.repo = deps.repo;
    this.clock = deps.clock;
    this.sources = deps.sources;
  }

  list(query: ImageListQuery, only?: readonly string[]): Promise<Page<Image>> {
    return this.repo.list(query, only);
  }

  async get(name: string): Promise<Image> {
    const image = await this.repo.get(name);
    if (!image) throw notFound("Image", name, "List images with `shipyard images list`.");
    return image;
  }

  /**
   * Enrols an image, or updates its enrolment. Re-enrolling an archived image restores it (state and
   * history intact) when it still names the same repository; a base image enrolled as managed keeps
   * its history. Returns what happened.
   */
  async enroll(
    e: ImageEnrollment,
  ): Promise<{ image: Image; action: "created" | "updated" | "unchanged" | "restored"; note?: string }> {
    const image = normaliseRepository(e.image);
    const input: ImageRecordInput = {
      name: e.name,
      kind: e.kind,
      image,
      tags: e.tags,
      source: e.source ?? null,
      build: e.build ?? null,
      rebuild: e.rebuild ?? DEFAULT_REBUILD,
      pollInterval: e.pollInterval ?? null,
      description: e.description ?? null,
      baseImages: [],
      analysisErrors: [],
    };
    const existing = await this.repo.get(e.name);
    if (!existing) {
      const sameRepo = (await this.repo.active()).find((i) => i.image === image && i.tags[0] === e.tags[0]);
      if (sameRepo) {
        throw conflict(
          `${image}:${e.tags[0]} is already in the catalog as ${sameRepo.name} (${sameRepo.kind}).`,
          `Enrol it under the name ${sameRepo.name} to change it; the catalog keeps its history.`,
        );
      }
      return { image: await this.repo.create(input), action: "created" };
    }
    if (existing.image !== image) {
      throw conflict(
        `${e.name} ${existing.archivedAt ? "was" : "is"} enrolled for ${existing.image}, not ${image}.`,
        existing.archivedAt
          ? "Restoring an archived image needs the same repository; pick another name for a different image."
          : "Pick another name, or remove the existing image first.",
      );
    }
    const keep = { baseImages: existing.baseImages, analysisErrors: existing.analysisErrors };
    const next = { ...input, ...(e.kind === "managed" && existing.kind === "managed" ? keep : {}) };
    if (existing.archivedAt) {
      return { image: await this.repo.update(e.name, next), action: "restored", note: "state and update history were kept" };
    }
    if (sameEnrollment(existing, next)) return { image: existing, action: "unchanged" };
    const note = existing.kind !== e.kind ? explainKindChange(existing.kind, e.kind) : undefined;
    return { image: await this.repo.update(e.name, next), action: "updated", ...(note ? { note } : {}) };
  }

  /**
   * Records the analysis of a managed image's Dockerfile: its base images (normalised) and errors,
   * and adds each base image not yet in the catalog as a watched `base` entry.
   */
  async analyze(name: string, given: string | undefined, buildArgs: Record<string, string> = {}) {
    const image = await this.get(name);
    if (image.kind !== "managed") {
      throw invalid(`${name} is ${image.kind}: only managed images have a Dockerfile to analyse.`);
    }
    let dockerfile = given;
    if (dockerfile === undefined) {
      if (!image.source) throw invalid(`${name} has no source to read its Dockerfile from.`);
      if (!this.sources) {
        throw new DomainError("unsupported", "This server cannot read image sources.", {
          suggestion: "Send the Dockerfile's text with the analysis request.",
        });
      }
      dockerfile = await this.sources.readFile(image.source, image.source.dockerfile);
    }
    const pipelineArgs = image.build?.provider === "local" ? image.build.buildArgs : {};
    const analysis = analyzeDockerfile(dockerfile, { buildArgs: { ...pipelineArgs, ...buildArgs } });
    const active = await this.repo.active();
    // refuse an analysis that would close a cycle before anything is written
    ImageGraph.build(
      active.map((i) => ({
        id: nodeId(i),
        kind: i.kind,
        baseImages: i.name === name ? analysis.baseImages : i.kind === "managed" ? i.baseImages : [],
      })),
      { unknownBases: "external" },
    );
    const known = new Set(active.map(nodeId));
    const added: string[] = [];
    for (const ref of analysis.baseImages) {
      const r = parseReference(ref, { mode: "docker" });
      if (!r.ok || known.has(ref)) continue;
      const repo = r.ref.name;
      const tag = r.ref.tag ?? r.ref.digest ?? "latest";
      if (active.some((i) => i.image === repo && i.tags.includes(tag))) continue;
      const baseName = baseImageName(ref);
      const existing = await this.repo.get(baseName);
      if (existing && !existing.archivedAt) continue;
      const input: ImageRecordInput = {
        name: baseName,
        kind: "base",
        image: repo,
        tags: [tag],
        source: null,
        build: null,
        rebuild: DEFAULT_REBUILD,
        pollInterval: repo.startsWith("docker.io/") ? "24h" : null,
        description: `Base image of ${name}`,
        baseImages: [],
        analysisErrors: [],
      };
      if (existing) await this.repo.update(baseName, input);
      else await this.repo.create(input);
      known.add(ref);
      added.push(baseName);
    }
    const updated = await this.repo.update(name, {
      ...recordOf(image),
      baseImages: analysis.baseImages,
      analysisErrors: analysis.errors.map((e) => ({ line: e.line, message: e.message })),
    });
    return { image: updated, analysis, addedBaseImages: added };
  }

  /** Records that the Dockerfile could not be read, so the image shows why it has no analysis. */
  async recordAnalysisFailure(name: string, message: string): Promise<void> {
    const image = await this.get(name);
    await this.repo.update(name, {
      ...recordOf(image),
      analysisErrors: [{ line: 0, message: `Could not read the Dockerfile: ${message}` }],
    });
  }

  /** Archives an image (state kept, restorable by enrolling it again). Refuses while others build FROM it. */
  async remove(name: string): Promise<Image> {
    const image = await this.get(name);
    if (image.archivedAt) return image;
    const graph = await this.buildGraph();
    const dependents = graph.graph.has(nodeId(image)) ? graph.graph.dependentsOf(nodeId(image)) : [];
    if (dependents.length > 0) {
      const names = dependents.map((d) => graph.names.get(d) ?? d);
      throw conflict(
        `${name} cannot be removed: ${names.join(", ")} ${names.length === 1 ? "is" : "are"} built FROM it.`,
        "Remove or re-point those images first.",
      );
    }
    return this.repo.archive(name, this.clock.now());
  }

  async updates(name: string, limit = 50): Promise<ImageUpdate[]> {
    await this.get(name);
    return this.repo.updates(name, limit);
  }

  private async buildGraph() {
    const active = await this.repo.active();
    const names = new Map<string, string>();
    for (const i of active) names.set(nodeId(i), i.name);
    const graph = ImageGraph.build(
      active.map((i) => ({
        id: nodeId(i),
        kind: i.kind,
        label: i.name,
        baseImages: i.kind === "managed" ? i.baseImages : [],
      })),
      { unknownBases: "external" },
    );
    return { graph, names, active };
  }

  /** The dependency graph of every active image, as JSON and Mermaid. */
  async graph(): Promise<ImageGraphView> {
    const { graph, names } = await this.buildGraph();
    const json = graph.toJSON();
    return {
      nodes: json.nodes.map((n) => {
        const name = names.get(n.id) ?? baseImageName(n.id);
        const repo = n.id.slice(0, n.id.lastIndexOf(":") > n.id.lastIndexOf("/") ? n.id.lastIndexOf(":") : n.id.length);
        return { id: name, name, kind: n.kind, image: names.has(n.id) ? n.id : repo };
      }),
      // the contract reads `from` is built FROM `to`; the graph's edges flow base → dependent
      edges: json.edges.map((e) => ({
        from: names.get(e.to) ?? baseImageName(e.to),
        to: names.get(e.from) ?? baseImageName(e.from),
      })),
      mermaid: graph.toMermaid(),
    };
  }

  /** What rebuilds, in dependency order, if these images change. */
  async cascade(changed: string[]): Promise<Cascade> {
    const { graph, names, active } = await this.buildGraph();
    const byName = new Map(active.map((i) => [i.name, i]));
    const ids = changed.map((n) => {
      const img = byName.get(n);
      if (!img) throw notFound("Image", n, "List images with `shipyard images list`.");
      return nodeId(img);
    });
    const order = graph.cascade(ids);
    const position = new Map(order.map((id, i) => [id, i]));
    return {
      changed,
      rebuilds: order.map((id, i) => ({
        name: names.get(id) ?? id,
        order: i + 1,
        after: graph
          .basesOf(id)
          .filter((b) => position.has(b) || ids.includes(b))
          .map((b) => names.get(b) ?? b),
      })),
    };
  }

  /** images.yaml content of the catalog: the enrolled (managed and external) images. Base images are derived. */
  async exportFile(): Promise<ImageCatalogFile> {
    const active = await this.repo.active();
    return {
      apiVersion: "shipyard.dev/v1",
      kind: "ImageCatalog",
      images: active
        .filter((i) => i.kind !== "base")
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((i) => toEnrollment(i)),
    };
  }

  /** Enrols every image of an images.yaml file; all entries are validated before anything changes. */
  async importFile(file: ImageCatalogFile) {
    const names = new Set<string>();
    for (const [i, e] of file.images.entries()) {
      if (names.has(e.name))
        throw invalid(`images[${i}]: ${e.name} appears twice in the file.`, "Give every image its own name.");
      names.add(e.name);
      try {
        normaliseRepository(e.image);
      } catch (err) {
        if (err instanceof DomainError) throw invalid(`images[${i}] (${e.name}): ${err.message}`, err.suggestion);
        throw err;
      }
    }
    const results: { name: string; action: string; note?: string }[] = [];
    for (const e of file.images) {
      const r = await this.enroll(e);
      results.push({ name: e.name, action: r.action, ...(r.note ? { note: r.note } : {}) });
    }
    return { results };
  }
}

function recordOf(i: Image): ImageRecordInput {
  return {
    name: i.name,
    kind: i.kind,
    image: i.image,
    tags: i.tags,
    source: i.source,
    build: i.build,
    rebuild: i.rebuild,
    pollInterval: i.pollInterval,
    description: i.description,
    baseImages: i.baseImages,
    analysisErrors: i.analysisErrors,
  };
}

/** JSON with object keys sorted, so values compare equal whatever order a database kept their keys in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

function sameEnrollment(a: Image, b: ImageRecordInput): boolean {
  const pick = (x: ImageRecordInput | Image) =>
    canonicalJson([x.kind, x.image, x.tags, x.source, x.build, x.rebuild, x.pollInterval, x.description]);
  return pick(a) === pick(b);
}

/** The enrolment an image was created from, as it appears in images.yaml (defaults spelled out). */
export function toEnrollment(i: Image): ImageEnrollment {
  if (i.kind === "base") throw new DomainError("internal", "base images are derived, not enrolled");
  // parsing puts every key in the schema's order, so images.yaml comes out the same each time
  return ImageEnrollment.parse({
    name: i.name,
    kind: i.kind,
    image: i.image,
    tags: i.tags,
    ...(i.source ? { source: i.source } : {}),
    ...(i.build ? { build: i.build } : {}),
    rebuild: i.rebuild,
    ...(i.pollInterval ? { pollInterval: i.pollInterval } : {}),
    ...(i.description ? { description: i.description } : {}),
  });
}
