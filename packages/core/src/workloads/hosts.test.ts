import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { chooseHost, lostAfterMs, type PlacementCandidate, rendezvous, VCPU_OVERCOMMIT } from "./hosts.ts";

const host = (
  id: string,
  o: { memoryMb?: number; vcpus?: number; vms?: boolean; containers?: boolean; status?: "online" | "lost" } = {},
): PlacementCandidate["host"] => ({
  id,
  name: id,
  status: o.status ?? "online",
  capacity: { vcpus: o.vcpus ?? 4, memoryMb: o.memoryMb ?? 1024, diskGb: 10 },
  runtimes: {
    vms: { available: o.vms ?? true },
    containers: { available: o.containers ?? true },
    functions: [],
  },
});
const used = (memoryMb = 0, vcpus = 0, workloads = 0) => ({ memoryMb, vcpus, workloads });

describe("chooseHost", () => {
  it("picks the online host with the most free memory", () => {
    const chosen = chooseHost(
      [
        { host: host("a", { memoryMb: 1024 }), allocated: used(900) },
        { host: host("b", { memoryMb: 2048 }), allocated: used(1000) },
        { host: host("c", { memoryMb: 4096, status: "lost" }), allocated: used() },
      ],
      "vm",
      { vcpus: 1, memoryMb: 100 },
    );
    expect(chosen.id).toBe("b");
  });

  it("breaks ties by fewer workloads, then by id, so placement is deterministic", () => {
    const a = { host: host("a"), allocated: used(0, 0, 3) };
    const b = { host: host("b"), allocated: used(0, 0, 1) };
    const c = { host: host("c"), allocated: used(0, 0, 1) };
    expect(chooseHost([a, b, c], "container", { vcpus: 0, memoryMb: 0 }).id).toBe("b");
  });

  it("only considers hosts with the runtime", () => {
    const chosen = chooseHost(
      [
        { host: host("big", { memoryMb: 8192, containers: false }), allocated: used() },
        { host: host("small", { memoryMb: 512 }), allocated: used() },
      ],
      "container",
      { vcpus: 0, memoryMb: 64 },
    );
    expect(chosen.id).toBe("small");
  });

  it("says no host can run the kind when none has the runtime (unavailable)", () => {
    try {
      chooseHost([{ host: host("a", { vms: false }), allocated: used() }], "vm", { vcpus: 1, memoryMb: 64 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe("unavailable");
      expect((e as DomainError).message).toMatch(/No online host can run VMs/);
    }
  });

  it("refuses when memory does not fit anywhere, naming the best host (conflict)", () => {
    try {
      chooseHost(
        [
          { host: host("a", { memoryMb: 1024 }), allocated: used(800) },
          { host: host("b", { memoryMb: 512 }), allocated: used(0) },
        ],
        "vm",
        { vcpus: 1, memoryMb: 600 },
      );
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe("conflict");
      expect((e as DomainError).message).toMatch(/600 MiB: the most free memory is 512 MiB on b/);
    }
  });

  it("overcommits vCPUs up to the limit, never beyond", () => {
    const h = host("a", { vcpus: 2, memoryMb: 100_000 });
    expect(chooseHost([{ host: h, allocated: used(0, 2 * VCPU_OVERCOMMIT - 1) }], "vm", { vcpus: 1, memoryMb: 1 }).id).toBe("a");
    expect(() => chooseHost([{ host: h, allocated: used(0, 2 * VCPU_OVERCOMMIT) }], "vm", { vcpus: 1, memoryMb: 1 })).toThrow(
      /No host has room/,
    );
  });
});

describe("rendezvous", () => {
  it("is stable for a key and spreads keys over hosts", () => {
    const hosts = ["h1", "h2", "h3"];
    expect(rendezvous("fn_1", hosts)).toBe(rendezvous("fn_1", [...hosts].reverse()));
    const spread = new Set(Array.from({ length: 60 }, (_, i) => rendezvous(`fn_${i}`, hosts)));
    expect(spread.size).toBe(3);
    expect(rendezvous("x", [])).toBeUndefined();
  });

  it("moves only the keys of a host that leaves", () => {
    const before = Array.from({ length: 100 }, (_, i) => rendezvous(`k${i}`, ["a", "b", "c"]));
    const after = Array.from({ length: 100 }, (_, i) => rendezvous(`k${i}`, ["a", "b"]));
    before.forEach((h, i) => {
      if (h !== "c") expect(after[i]).toBe(h);
    });
  });
});

it("a host is lost after three missed heartbeats", () => {
  expect(lostAfterMs(5000)).toBe(15_000);
});
