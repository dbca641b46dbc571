// Registry watch benchmark: `node drivers/registry/bench/registry-watch.ts` (needs /usr/bin/docker-registry).
// Starts a private docker-registry, pushes one image under 1,000 tags (one manifest, cheap), then runs
// "watch cycles" — a HEAD per tag through CachingRegistryClient — and counts the requests that reach
// the registry with a counting fetch.
import { cpus, totalmem } from "node:os";
import { CachingRegistryClient, type CachingRegistryClientOptions } from "../src/caching-registry-client.ts";
import { OciRegistryClient } from "../src/oci-registry-client.ts";
import type { FetchLike } from "../src/registry-auth.ts";
import { startLocalRegistry } from "../src/testing/local-registry.ts";
import { buildImage } from "../src/testing/oci-image.ts";
import { pushImage, pushManifest } from "../src/testing/oci-push.ts";

const TAGS = Number(process.env.BENCH_TAGS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

interface Row {
  scenario: string;
  operations: number;
  requests: number;
  ms: number;
}

async function pool<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await fn(items[next++] as T);
    }),
  );
}

const registry = await startLocalRegistry();
const rows: Row[] = [];
try {
  const repository = "bench/watch";
  const target = { baseUrl: registry.url, repository };
  const image = buildImage({ content: "watched" });
  await pushImage(target, image, []);
  const tags = Array.from({ length: TAGS }, (_, i) => `1.${Math.floor(i / 100)}.${i % 100}`);
  const pushStart = performance.now();
  await pool(tags, 16, (tag) => pushManifest(target, tag, image.manifest));
  const pushMs = performance.now() - pushStart;

  let requests = 0;
  const counting: FetchLike = (input, init) => {
    requests++;
    return fetch(input, init);
  };
  let now = Date.now();
  const clock = { now: () => new Date(now) };

  async function cycle(scenario: string, client: CachingRegistryClient, concurrency: number): Promise<void> {
    const before = requests;
    const t0 = performance.now();
    let changed = 0;
    await pool(tags, concurrency, async (tag) => {
      const head = await client.headManifest({ registry: registry.host, repository, tag });
      if (head?.digest !== image.manifest.digest) changed++;
    });
    if (changed) throw new Error(`${changed} tags answered an unexpected digest`);
    rows.push({ scenario, operations: tags.length, requests: requests - before, ms: performance.now() - t0 });
  }

  const make = (options: CachingRegistryClientOptions = {}) =>
    new CachingRegistryClient(new OciRegistryClient({ fetch: counting, clock }), { clock, rateLimit: false, ...options });

  // Warm up the JIT and the connection pool outside the measurements.
  await cycle("warm-up", make(), CONCURRENCY);
  rows.length = 0;

  const watcher = make();
  await cycle(`cycle 1: cold cache, ${CONCURRENCY} in flight`, watcher, CONCURRENCY);
  await cycle("cycle 2: same watcher within the TTL (5 min)", watcher, CONCURRENCY);
  now += 5 * 60_000 + 1000;
  await cycle("cycle 3: after the TTL expired", watcher, CONCURRENCY);
  await cycle("cycle 1: cold cache, sequential", make(), 1);
  await cycle(
    `cycle 1: cold cache, limiter 200/s (burst 50)`,
    make({ rateLimit: { capacity: 50, refillPerSecond: 200 }, clock: undefined }),
    CONCURRENCY,
  );

  const lister = new OciRegistryClient({ fetch: counting, tagPageSize: 100 });
  const before = requests;
  const t0 = performance.now();
  let listed = 0;
  for await (const _ of lister.listTags({ registry: registry.host, repository })) listed++;
  rows.push({
    scenario: `listTags (${listed} tags, n=100)`,
    operations: 1,
    requests: requests - before,
    ms: performance.now() - t0,
  });

  const cpu = cpus();
  console.log(`\n## Registry watch (docker-registry ${registry.host}, ${TAGS} tags, pushed in ${pushMs.toFixed(0)} ms)\n`);
  console.log("| scenario | operations | requests sent | time (ms) | requests/s |");
  console.log("|---|---:|---:|---:|---:|");
  for (const r of rows) {
    const rate = r.requests === 0 ? "—" : (r.requests / (r.ms / 1000)).toFixed(0);
    console.log(`| ${r.scenario} | ${r.operations} | ${r.requests} | ${r.ms.toFixed(1)} | ${rate} |`);
  }
  console.log(
    `\nMachine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}.`,
  );
  console.log("Default limiter (burst 50, 10/s per registry) would spread a cold 1,000-tag cycle over ~95 s by design.");
} finally {
  await registry.dispose();
}
