// Image dependency graph at scale: `node bench/graph.ts` (BENCH_GRAPH_NODES / BENCH_GRAPH_EDGES to resize).
// A seeded random DAG (default 10 000 images, 50 000 FROM edges); build time, cascade from a root, from a
// leaf and from several roots, and the two exports. Medians of repeated runs; first (cold) build shown too.
import { cpus, totalmem } from "node:os";
import { ImageGraph, type ImageSpec } from "../packages/core/src/images/graph.ts";

const NODES = Number(process.env.BENCH_GRAPH_NODES ?? 10_000);
const EDGES = Number(process.env.BENCH_GRAPH_EDGES ?? 50_000);
const SEED = 20_260_418;

/** mulberry32: small, seeded, good enough to shape a graph. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDag(nodes: number, edges: number, random: () => number): { specs: ImageSpec[]; order: string[] } {
  if (edges > (nodes * (nodes - 1)) / 2) throw new Error("too many edges for a DAG of that size");
  // A random topological order; every edge goes from an earlier image (the base) to a later one.
  const order = Array.from({ length: nodes }, (_, i) => `registry.example.com/team-${i % 97}/image-${i}:v${i % 13}`);
  for (let i = nodes - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  const bases: Array<Set<number>> = Array.from({ length: nodes }, () => new Set());
  let placed = 0;
  while (placed < edges) {
    const a = Math.floor(random() * nodes);
    const b = Math.floor(random() * nodes);
    if (a === b) continue;
    const [base, image] = a < b ? [a, b] : [b, a];
    const set = bases[image] as Set<number>;
    if (set.has(base)) continue;
    set.add(base);
    placed++;
  }
  const specs: ImageSpec[] = order.map((id, i) => ({
    id,
    baseImages: [...(bases[i] as Set<number>)].map((b) => order[b] as string),
    // The first 1 % of the order are upstream images we only watch.
    kind: i < nodes / 100 && (bases[i] as Set<number>).size === 0 ? "external" : undefined,
  }));
  // Listed in a shuffled order, as a config file would be.
  for (let i = specs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [specs[i], specs[j]] = [specs[j] as ImageSpec, specs[i] as ImageSpec];
  }
  return { specs, order };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function time<T>(runs: number, fn: () => T): { ms: number; first: number; result: T } {
  const times: number[] = [];
  let result = undefined as T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), first: times[0] as number, result };
}

const random = prng(SEED);
const { specs, order } = randomDag(NODES, EDGES, random);

const build = time(5, () => ImageGraph.build(specs));
const graph = build.result;
const root = order[0] as string;
const leaf = [...order].reverse().find((id) => graph.dependentsOf(id).length === 0) as string;
const several = Array.from({ length: 10 }, () => order[Math.floor(random() * (NODES / 10))] as string);

const fromRoot = time(20, () => graph.cascade([root]));
const fromLeaf = time(20, () => graph.cascade([leaf]));
const fromSeveral = time(20, () => graph.cascade(several));
const json = time(5, () => JSON.stringify(graph.toJSON()));
const mermaid = time(5, () => graph.toMermaid());

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(
  `graph: ${graph.size} images, ${graph.edgeCount} FROM edges, seed ${SEED}; ` +
    `${graph.toJSON().nodes.filter((n) => n.kind === "base").length} derived base images\n`,
);
console.log("| operation | median | detail |\n|---|---|---|");
console.log(`| build | ${fmt(build.ms)} | median of 5; first (cold) ${fmt(build.first)}; budget 1 s |`);
console.log(
  `| cascade from a root | ${fmt(fromRoot.ms)} | median of 20; ${fromRoot.result.length} images rebuild; budget 50 ms; first ${fmt(fromRoot.first)} |`,
);
console.log(`| cascade from a leaf | ${fmt(fromLeaf.ms)} | median of 20; ${fromLeaf.result.length} images rebuild |`);
console.log(
  `| cascade from 10 changed images | ${fmt(fromSeveral.ms)} | median of 20; ${fromSeveral.result.length} images rebuild |`,
);
console.log(`| toJSON + stringify | ${fmt(json.ms)} | median of 5; ${(json.result.length / 1e6).toFixed(1)} MB |`);
console.log(`| toMermaid | ${fmt(mermaid.ms)} | median of 5; ${(mermaid.result.length / 1e6).toFixed(1)} MB |`);
