/**
 * The image factory's dependency graph: which image is built FROM which, and what has to rebuild, in
 * what order, when an image changes.
 *
 * Nodes are image ids (callers pass normalised references, e.g. from `normalizeImage`, or hand a
 * `normalize` function in the options). Kinds:
 *  - managed  — we build it;
 *  - base     — a managed image that others are built FROM;
 *  - external — an upstream image we only watch (never rebuilt by us, so it declares no bases).
 * A kind the caller gives is kept; otherwise a listed image is `base` if something is built FROM it and
 * `managed` if not, and a base image that is not listed becomes an implicit `external` node.
 *
 * Representation: ids are sorted once and numbered in that order, and edges are kept as compressed
 * adjacency lists (CSR) of integer indices in both directions, so building is O(V log V + E log d)
 * and a cascade costs O(V + A log A) where A is the number of images it reaches. Every order the
 * graph returns is deterministic and independent of input order: ties are broken by id.
 */
import { DomainError } from "../shared/errors.ts";

export type ImageKind = "managed" | "base" | "external";

export interface ImageSpec {
  /** The image's (normalised) reference, e.g. `ghcr.io/acme/python-base:3.12`. */
  id: string;
  /** References of the images it is built FROM (its Dockerfile's FROM lines). */
  baseImages?: readonly string[] | undefined;
  /** Leave out to derive: `base` when other images are built FROM it, else `managed`. */
  kind?: ImageKind | undefined;
  /** Human label for diagrams; defaults to the id. */
  label?: string | undefined;
}

export interface ImageGraphOptions {
  /** A base image that is not in the list: add it as an implicit external image (default) or reject. */
  unknownBases?: "external" | "error";
  /** Applied to every id and base reference first, e.g. `normalizeImage`. */
  normalize?: ((ref: string) => string) | undefined;
}

export interface CascadeOptions {
  /** Also rebuild the changed images themselves (external ones excepted), first. Default false. */
  includeChanged?: boolean;
}

export interface ImageGraphJson {
  nodes: Array<{ id: string; kind: ImageKind; label?: string; implicit?: true }>;
  /** `to` is built FROM `from`: a change flows from → to. */
  edges: Array<{ from: string; to: string }>;
}

const KINDS: readonly ImageKind[] = ["managed", "base", "external"];
const MANAGED = 0;
const BASE = 1;
const EXTERNAL = 2;

/** A dependency cycle; `cycle` reads "each image is built FROM the next" and ends where it starts. */
export class ImageCycleError extends DomainError {
  readonly cycle: readonly string[];

  constructor(cycle: readonly string[]) {
    const shown = cycle.length > 21 ? [...cycle.slice(0, 10), `… ${cycle.length - 20} more …`, ...cycle.slice(-10)] : cycle;
    super("invalid_input", `Image dependency cycle: ${shown.join(" → ")} (each image is built FROM the next).`, {
      suggestion: "Change the FROM line of one image in the cycle so that the chain ends at an upstream image.",
      issues: [{ path: "images", message: `cycle: ${cycle.join(" → ")}` }],
    });
    this.name = "ImageCycleError";
    this.cycle = cycle;
  }
}

const listed = (ids: readonly string[], max = 10) =>
  ids.length > max ? `${ids.slice(0, max).join(", ")} and ${ids.length - max} more` : ids.join(", ");

/** Byte-order comparison: the same on every machine and locale. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A binary min-heap of node indices (an index is also the node's rank in id order). */
class IndexHeap {
  #items: Int32Array;
  #size = 0;

  constructor(capacity: number) {
    this.#items = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.#size;
  }

  push(v: number): void {
    const a = this.#items;
    let i = this.#size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = a[parent] as number;
      if (p <= v) break;
      a[i] = p;
      i = parent;
    }
    a[i] = v;
  }

  pop(): number {
    const a = this.#items;
    const top = a[0] as number;
    const last = a[--this.#size] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.#size) break;
      const r = l + 1;
      const c = r < this.#size && (a[r] as number) < (a[l] as number) ? r : l;
      if ((a[c] as number) >= last) break;
      a[i] = a[c] as number;
      i = c;
    }
    a[i] = last;
    return top;
  }
}

export class ImageGraph {
  /** Node ids in index order (sorted). */
  readonly #ids: string[];
  readonly #index: Map<string, number>;
  readonly #labels: Array<string | undefined>;
  readonly #kinds: Uint8Array;
  readonly #implicit: Uint8Array;
  /** CSR: bases of node v are #baseList[#baseStart[v] .. #baseStart[v+1]), ascending. */
  readonly #baseStart: Int32Array;
  readonly #baseList: Int32Array;
  /** CSR: images built FROM node v, ascending. */
  readonly #depStart: Int32Array;
  readonly #depList: Int32Array;

  private constructor(
    ids: string[],
    labels: Array<string | undefined>,
    kinds: Uint8Array,
    implicit: Uint8Array,
    bases: Int32Array[],
  ) {
    const n = ids.length;
    this.#ids = ids;
    this.#index = new Map(ids.map((id, i) => [id, i]));
    this.#labels = labels;
    this.#kinds = kinds;
    this.#implicit = implicit;

    const baseStart = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) baseStart[v + 1] = (baseStart[v] as number) + (bases[v] as Int32Array).length;
    const edges = baseStart[n] as number;
    const baseList = new Int32Array(edges);
    const depCount = new Int32Array(n);
    for (let v = 0; v < n; v++) {
      const b = bases[v] as Int32Array;
      baseList.set(b, baseStart[v] as number);
      for (let k = 0; k < b.length; k++) {
        const u = b[k] as number;
        depCount[u] = (depCount[u] as number) + 1;
      }
    }
    const depStart = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) depStart[v + 1] = (depStart[v] as number) + (depCount[v] as number);
    const depList = new Int32Array(edges);
    const fill = depStart.slice(0, n);
    // Visiting dependents in ascending order keeps every dependents list sorted.
    for (let v = 0; v < n; v++) {
      for (let k = baseStart[v] as number; k < (baseStart[v + 1] as number); k++) {
        const u = baseList[k] as number;
        const at = fill[u] as number;
        depList[at] = v;
        fill[u] = at + 1;
      }
    }
    this.#baseStart = baseStart;
    this.#baseList = baseList;
    this.#depStart = depStart;
    this.#depList = depList;

    for (let v = 0; v < n; v++) {
      if (kinds[v] === 255) kinds[v] = (depStart[v + 1] as number) > (depStart[v] as number) ? BASE : MANAGED;
    }
  }

  /**
   * Builds the graph. Throws a DomainError (`invalid_input`) for an empty or duplicate id, an external
   * image that declares bases, an unknown base when `unknownBases: "error"`, and an `ImageCycleError`
   * naming the cycle when images are built FROM each other in a loop.
   */
  static build(images: readonly ImageSpec[], options: ImageGraphOptions = {}): ImageGraph {
    const norm = options.normalize ?? ((s: string) => s);
    const specs = new Map<string, { spec: ImageSpec; bases: string[] }>();
    for (const spec of images) {
      const id = norm(spec.id);
      if (id === "") throw new DomainError("invalid_input", "An image in the graph has an empty id.");
      if (specs.has(id)) {
        throw new DomainError("invalid_input", `Image ${id} is listed twice.`, {
          suggestion: "List each image once, with all of its base images.",
        });
      }
      const bases = (spec.baseImages ?? []).map(norm);
      if (spec.kind === "external" && bases.length > 0) {
        throw new DomainError("invalid_input", `External image ${id} declares base images (${listed(bases)}).`, {
          suggestion: "External images are watched, not built: drop their base images, or make the image managed.",
        });
      }
      specs.set(id, { spec, bases });
    }

    const unknown = new Map<string, string>(); // unknown base → first image built FROM it
    for (const [id, { bases }] of specs) {
      for (const b of bases) if (!specs.has(b) && !unknown.has(b)) unknown.set(b, id);
    }
    if (unknown.size > 0 && options.unknownBases === "error") {
      const detail = [...unknown].map(([b, by]) => `${b} (FROM in ${by})`);
      throw new DomainError("invalid_input", `Base images not in the graph: ${listed(detail)}.`, {
        suggestion: "Enrol them as external images, or allow implicit external bases.",
      });
    }

    const ids = [...specs.keys(), ...unknown.keys()].sort(byId);
    const index = new Map(ids.map((id, i) => [id, i]));
    const n = ids.length;
    const labels: Array<string | undefined> = new Array(n);
    const kinds = new Uint8Array(n);
    const implicit = new Uint8Array(n);
    const bases: Int32Array[] = new Array(n);
    const none = new Int32Array(0);
    for (let v = 0; v < n; v++) {
      const entry = specs.get(ids[v] as string);
      if (!entry) {
        kinds[v] = EXTERNAL;
        implicit[v] = 1;
        bases[v] = none;
        continue;
      }
      labels[v] = entry.spec.label;
      kinds[v] = entry.spec.kind === undefined ? 255 : KINDS.indexOf(entry.spec.kind);
      const b = Int32Array.from(entry.bases, (ref) => index.get(ref) as number).sort();
      // Drop repeated FROMs of the same image.
      let w = 0;
      for (let k = 0; k < b.length; k++) if (k === 0 || b[k] !== b[k - 1]) b[w++] = b[k] as number;
      bases[v] = w === b.length ? b : b.slice(0, w);
    }
    const graph = new ImageGraph(ids, labels, kinds, implicit, bases);
    graph.#assertAcyclic();
    return graph;
  }

  /** Iterative depth-first search along "built FROM" edges; the first cycle met (in id order) is reported. */
  #assertAcyclic(): void {
    const n = this.#ids.length;
    const state = new Uint8Array(n); // 0 unvisited, 1 on the stack, 2 done
    const stack = new Int32Array(n);
    const cursor = new Int32Array(n);
    for (let root = 0; root < n; root++) {
      if (state[root] !== 0) continue;
      let top = 0;
      stack[0] = root;
      cursor[0] = this.#baseStart[root] as number;
      state[root] = 1;
      while (top >= 0) {
        const v = stack[top] as number;
        const c = cursor[top] as number;
        if (c < (this.#baseStart[v + 1] as number)) {
          cursor[top] = c + 1;
          const u = this.#baseList[c] as number;
          if (state[u] === 0) {
            state[u] = 1;
            stack[++top] = u;
            cursor[top] = this.#baseStart[u] as number;
          } else if (state[u] === 1) {
            let from = top;
            while (stack[from] !== u) from--;
            const cycle = Array.from(stack.subarray(from, top + 1), (i) => this.#ids[i] as string);
            throw new ImageCycleError([...cycle, this.#ids[u] as string]);
          }
        } else {
          state[v] = 2;
          top--;
        }
      }
    }
  }

  get size(): number {
    return this.#ids.length;
  }

  get edgeCount(): number {
    return this.#baseList.length;
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  kindOf(id: string): ImageKind {
    return KINDS[this.#kinds[this.#require(id)] as number] as ImageKind;
  }

  /** Images `id` is built FROM, by id. */
  basesOf(id: string): string[] {
    const v = this.#require(id);
    return this.#names(this.#baseList.subarray(this.#baseStart[v], this.#baseStart[v + 1]));
  }

  /** Images built FROM `id` directly, by id. */
  dependentsOf(id: string): string[] {
    const v = this.#require(id);
    return this.#names(this.#depList.subarray(this.#depStart[v], this.#depStart[v + 1]));
  }

  /**
   * What rebuilds when these images change: every image built FROM them, directly or transitively, each
   * once, in dependency order — an image comes after all of its bases that also rebuild. Among images
   * that are ready at the same time, the smaller id goes first, so the order is fully deterministic.
   * Throws a DomainError (`not_found`) naming any id that is not in the graph.
   */
  cascade(changed: readonly string[], options: CascadeOptions = {}): string[] {
    const roots = this.#resolve(changed);
    const n = this.#ids.length;
    const depStart = this.#depStart;
    const depList = this.#depList;
    const inSet = new Uint8Array(n);
    const affected = new Int32Array(n);
    let count = 0;
    // Breadth-first over dependents: marks every image reachable through at least one FROM edge.
    for (const r of roots) {
      for (let k = depStart[r] as number; k < (depStart[r + 1] as number); k++) {
        const d = depList[k] as number;
        if (inSet[d] === 0) {
          inSet[d] = 1;
          affected[count++] = d;
        }
      }
    }
    for (let q = 0; q < count; q++) {
      const v = affected[q] as number;
      for (let k = depStart[v] as number; k < (depStart[v + 1] as number); k++) {
        const d = depList[k] as number;
        if (inSet[d] === 0) {
          inSet[d] = 1;
          affected[count++] = d;
        }
      }
    }
    if (options.includeChanged) {
      for (const r of roots) {
        if (inSet[r] === 0 && this.#kinds[r] !== EXTERNAL) {
          inSet[r] = 1;
          affected[count++] = r;
        }
      }
    }

    // Kahn's algorithm on the affected sub-graph, smallest index (= id order) first.
    const waiting = new Int32Array(n);
    const heap = new IndexHeap(count);
    for (let q = 0; q < count; q++) {
      const v = affected[q] as number;
      let w = 0;
      for (let k = this.#baseStart[v] as number; k < (this.#baseStart[v + 1] as number); k++) {
        w += inSet[this.#baseList[k] as number] as number;
      }
      waiting[v] = w;
      if (w === 0) heap.push(v);
    }
    const order: string[] = [];
    while (heap.size > 0) {
      const v = heap.pop();
      order.push(this.#ids[v] as string);
      for (let k = depStart[v] as number; k < (depStart[v + 1] as number); k++) {
        const d = depList[k] as number;
        if (inSet[d] === 1) {
          const w = (waiting[d] as number) - 1;
          waiting[d] = w;
          if (w === 0) heap.push(d);
        }
      }
    }
    return order;
  }

  /**
   * A Mermaid flowchart (`graph TD`): arrows go from a base to the images built FROM it. Node ids are
   * sanitised (`img_` + [A-Za-z0-9_]), labels are escaped, and kinds get their own shape and class:
   * managed `[…]`, base `([…])` and external `[[…]]`, implicit externals dashed.
   */
  toMermaid(options: { direction?: "TD" | "LR" } = {}): string {
    const n = this.#ids.length;
    const names = new Array<string>(n);
    const used = new Set<string>();
    const lines = [`graph ${options.direction ?? "TD"}`];
    const byKind: string[][] = [[], [], []];
    const implicit: string[] = [];
    for (let v = 0; v < n; v++) {
      const base = `img_${(this.#ids[v] as string).replace(/[^A-Za-z0-9_]/g, "_")}`;
      let name = base;
      for (let k = 2; used.has(name); k++) name = `${base}_${k}`;
      used.add(name);
      names[v] = name;
      const label = `"${escapeMermaid(this.#labels[v] ?? (this.#ids[v] as string))}"`;
      const kind = this.#kinds[v] as number;
      lines.push(`  ${name}${kind === BASE ? `([${label}])` : kind === EXTERNAL ? `[[${label}]]` : `[${label}]`}`);
      (byKind[kind] as string[]).push(name);
      if (this.#implicit[v]) implicit.push(name);
    }
    for (let v = 0; v < n; v++) {
      for (let k = this.#depStart[v] as number; k < (this.#depStart[v + 1] as number); k++) {
        lines.push(`  ${names[v]} --> ${names[this.#depList[k] as number]}`);
      }
    }
    lines.push(
      "  classDef managed fill:#eef6ff,stroke:#3b82f6",
      "  classDef base fill:#ecfdf5,stroke:#10b981,stroke-width:2px",
      "  classDef external fill:#f5f5f5,stroke:#9ca3af",
      "  classDef implicit stroke-dasharray:4 3",
    );
    for (const [kind, members] of byKind.entries()) {
      if (members.length > 0) lines.push(`  class ${members.join(",")} ${KINDS[kind]}`);
    }
    if (implicit.length > 0) lines.push(`  class ${implicit.join(",")} implicit`);
    return `${lines.join("\n")}\n`;
  }

  /** Nodes in id order, edges ordered by (from, to). */
  toJSON(): ImageGraphJson {
    const nodes: ImageGraphJson["nodes"] = this.#ids.map((id, v) => {
      const node: ImageGraphJson["nodes"][number] = { id, kind: KINDS[this.#kinds[v] as number] as ImageKind };
      const label = this.#labels[v];
      if (label !== undefined) node.label = label;
      if (this.#implicit[v]) node.implicit = true;
      return node;
    });
    const edges: ImageGraphJson["edges"] = [];
    for (let v = 0; v < this.#ids.length; v++) {
      for (let k = this.#depStart[v] as number; k < (this.#depStart[v + 1] as number); k++) {
        edges.push({ from: this.#ids[v] as string, to: this.#ids[this.#depList[k] as number] as string });
      }
    }
    return { nodes, edges };
  }

  #names(indices: Int32Array): string[] {
    return Array.from(indices, (i) => this.#ids[i] as string);
  }

  #require(id: string): number {
    return this.#resolve([id])[0] as number;
  }

  #resolve(ids: readonly string[]): number[] {
    const out: number[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const v = this.#index.get(id);
      if (v === undefined) missing.push(id);
      else out.push(v);
    }
    if (missing.length > 0) {
      throw new DomainError(
        "not_found",
        `${missing.length === 1 ? "Image" : "Images"} ${listed(missing)} ${missing.length === 1 ? "is" : "are"} not in the dependency graph.`,
        { suggestion: "Use the normalised reference the image was enrolled with, e.g. docker.io/library/node:20." },
      );
    }
    return out;
  }
}

/** Escapes text for a quoted Mermaid label with entity codes (quotes, angle brackets, #, backticks). */
export function escapeMermaid(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/[#"<>&`]/g, (c) => `#${c.charCodeAt(0)};`);
}
