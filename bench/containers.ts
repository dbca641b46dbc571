// Containers: create+start through Shipyard's API vs. the same calls straight to the engine API, as a
// ratio (issue target ≤ 1.2). Needs dockerd and busybox-static (scripts/bench.sh installs them).
// Starts a private dockerd and an in-process Shipyard server (PGlite) for the run.
import { cpus, totalmem } from "node:os";
import { importBusyboxImage } from "@shipyard/driver-docker-engine/testing/busybox-image.ts";
import { startDockerd } from "@shipyard/driver-docker-engine/testing/dockerd.ts";
import { startTestServer } from "../apps/server/src/testing/harness.ts";

const N = Number(process.env.BENCH_CONTAINERS ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const dockerd = await startDockerd();
process.env.SHIPYARD_REQUIRE_PG = "0";
try {
  await importBusyboxImage(dockerd.client, { repository: "shipyard-bench/busybox", tag: "1" });
  const t = await startTestServer("pglite", {
    SHIPYARD_DOCKER_HOST: `unix://${dockerd.socketPath}`,
    SHIPYARD_CONTAINER_NETWORK: "none",
  });
  try {
    const viaApi: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < N; i++) {
      // alternate, so load drift hits both sides alike
      let t0 = performance.now();
      await t.admin("deployContainer", { body: { name: `api-${i}`, image: "shipyard-bench/busybox:1", command: "sleep 60" } });
      viaApi.push(performance.now() - t0);
      t0 = performance.now();
      const created = await dockerd.client.http.json<{ Id: string }>({
        method: "POST",
        path: "/containers/create",
        query: { name: `raw-${i}` },
        json: { Image: "shipyard-bench/busybox:1", Cmd: ["sh", "-c", "sleep 60"], HostConfig: { NetworkMode: "none" } },
        what: "create",
      });
      await dockerd.client.http.call({ method: "POST", path: `/containers/${created.Id}/start`, what: "start" });
      direct.push(performance.now() - t0);
    }
    console.log(
      `machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    );
    console.log("| path | n | median ms | ratio |\n|---|---:|---:|---:|");
    console.log(`| engine API directly (create + start) | ${N} | ${median(direct).toFixed(1)} | 1.00 |`);
    console.log(
      `| Shipyard API (POST /v1/containers: validate, port check, record, create, start, inspect) | ${N} | ${median(viaApi).toFixed(1)} | ${(median(viaApi) / median(direct)).toFixed(2)} |`,
    );
  } finally {
    await t.close();
  }
} finally {
  await dockerd.dispose();
}
