import type { Job } from "@shipyard/contract";
import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { fakeApi } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const job: Job = {
  id: "job_1",
  name: "db.analyze",
  state: "completed",
  data: {},
  output: { tables: 12 },
  retryCount: 0,
  retryLimit: 3,
  createdAt: "2025-06-01T11:00:00.000Z",
  startedAt: "2025-06-01T11:00:01.000Z",
  completedAt: "2025-06-01T11:00:02.000Z",
};

const runWith = async (argv: string[], fetch: typeof globalThis.fetch) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

describe("jobs", () => {
  it("lists jobs with filters", async () => {
    const a = fakeApi({ "GET /v1/jobs": () => ({ body: { items: [job], nextCursor: null, total: 1 } }) });
    const r = await runWith(["jobs", "list", "--state", "completed", "--name", "db.analyze"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.query.get("state")).toBe("completed");
    expect(r.stdout.split("\n")[1]).toBe("job_1  db.analyze  completed      0/3  1 hour ago  1 hour ago");
  });

  it("rejects an unknown state with exit 2", async () => {
    expect((await runWith(["jobs", "list", "--state", "exploded"], fakeApi({}).fetch)).code).toBe(2);
  });

  it("shows one job; exit 5 when it does not exist", async () => {
    const a = fakeApi({ "GET /v1/jobs/job_1": () => ({ body: job }) });
    const r = await runWith(["jobs", "show", "job_1"], a.fetch);
    expect(r.stdout).toContain('Output     {"tables":12}');
    expect((await runWith(["jobs", "show", "job_2"], a.fetch)).code).toBe(5);
  });
});
