import type { Template, Vm } from "@shipyard/contract";
import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { fakeApi } from "../testing/fake-api.ts";
import { createTestIo } from "../testing/test-io.ts";

const tpl: Template = {
  id: "tpl_1",
  name: "tiny",
  description: null,
  vcpu: 1,
  mem_mib: 128,
  kernel_path: "/imgs/bzImage",
  initrd_path: "/imgs/initrd",
  rootfs_path: null,
  kernel_args: null,
  usage_count: 2,
  created_at: "2025-06-01T11:00:00.000Z",
  updated_at: "2025-06-01T11:00:00.000Z",
};

const runWith = async (argv: string[], fetch: typeof globalThis.fetch) => {
  const io = createTestIo({ fetch, env: { SHIPYARD_CONFIG: "/nonexistent/config.json", SHIPYARD_TOKEN: "shp_env" } });
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
};

describe("template", () => {
  it("lists templates with their usage", async () => {
    const a = fakeApi({ "GET /v1/templates": () => ({ body: { items: [tpl] } }) });
    const r = await runWith(["template", "list", "--sort", "usage"], a.fetch);
    expect(r.code).toBe(0);
    expect(a.requests[0]?.query.get("sort")).toBe("usage");
    expect(r.stdout).toMatch(/tiny\s+1\s+128 MiB\s+2/);
  });

  it("creates a template from flags and deploys a VM with overrides", async () => {
    const vm = { id: "vm_1", name: "web", state: "running" } as Vm;
    const a = fakeApi({
      "POST /v1/templates": () => ({ status: 201, body: tpl }),
      "POST /v1/templates/tiny/instantiate": () => ({ status: 201, body: vm }),
    });
    const c = await runWith(
      ["template", "create", "tiny", "--kernel", "/imgs/bzImage", "--initrd", "/imgs/initrd", "--memory", "128"],
      a.fetch,
    );
    expect(c.code).toBe(0);
    expect(a.requests[0]?.body).toEqual({
      name: "tiny",
      vcpu: 1,
      mem_mib: 128,
      kernel_path: "/imgs/bzImage",
      initrd_path: "/imgs/initrd",
    });
    const d = await runWith(["template", "deploy", "tiny", "web", "--vcpus", "2", "--json"], a.fetch);
    expect(d.code).toBe(0);
    expect(a.requests[1]?.body).toEqual({ name: "web", start: true, vcpu: 2 });
    expect(JSON.parse(d.stdout).state).toBe("running");
  });

  it("refuses bad numbers with exit 2", async () => {
    expect((await runWith(["template", "create", "x", "--kernel", "/k", "--vcpus", "0"], fakeApi({}).fetch)).code).toBe(2);
  });
});
