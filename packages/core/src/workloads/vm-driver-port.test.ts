import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import {
  assertValidVmSpec,
  assertVmSpecSupported,
  type VmDriverCapabilities,
  type VmSpec,
  vmSpecIssues,
} from "./vm-driver-port.ts";

const spec = (over: Partial<VmSpec> = {}): VmSpec => ({
  id: "vm-1",
  vcpus: 1,
  memoryMb: 256,
  kernel: "/boot/vmlinuz",
  drives: [{ id: "root", path: "/var/lib/vm/root.img", readOnly: false, root: true }],
  nics: [{ id: "eth0", mode: "user", mac: "52:54:00:12:34:56" }],
  console: true,
  ...over,
});

const caps: VmDriverCapabilities = {
  driveRateLimits: false,
  nicRateLimits: false,
  snapshots: false,
  tapNetworking: true,
  userNetworking: true,
  adopt: true,
  ctrlAltDel: false,
};

describe("VM spec validation", () => {
  it("accepts a plain spec", () => {
    expect(vmSpecIssues(spec())).toEqual([]);
    expect(() => assertValidVmSpec(spec())).not.toThrow();
  });

  it.each([
    ["vcpus", { vcpus: 0 }],
    ["vcpus", { vcpus: 1.5 }],
    ["memoryMb", { memoryMb: 10_000_000 }],
    ["memoryMb", { memoryMb: 1 }],
    ["id", { id: "../etc" }],
    ["kernel", { kernel: "" }],
  ] as const)("rejects a bad %s", (path, over) => {
    expect(vmSpecIssues(spec(over)).map((i) => i.path)).toContain(path);
  });

  it("rejects bad, multicast and duplicate MACs", () => {
    const bad = spec({
      nics: [
        { id: "a", mode: "user", mac: "52:54:00:12:34" },
        { id: "b", mode: "user", mac: "01:00:5e:00:00:01" },
        { id: "c", mode: "user", mac: "52:54:00:00:00:01" },
        { id: "d", mode: "user", mac: "52:54:00:00:00:01" },
      ],
    });
    expect(vmSpecIssues(bad).map((i) => i.path)).toEqual(["nics.0.mac", "nics.1.mac", "nics.3.mac"]);
  });

  it("rejects two root drives and a tap NIC without a device", () => {
    const bad = spec({
      drives: [
        { id: "a", path: "/a", readOnly: false, root: true },
        { id: "b", path: "/b", readOnly: true, root: true },
      ],
      nics: [{ id: "t", mode: "tap", mac: "52:54:00:00:00:02" }],
    });
    expect(vmSpecIssues(bad).map((i) => i.path)).toEqual(["drives", "nics.0.tap"]);
  });

  it("throws one invalid_input error naming every field", () => {
    try {
      assertValidVmSpec(spec({ vcpus: 0, memoryMb: 0 }));
      expect.fail("should throw");
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.code).toBe("invalid_input");
      expect(err.message).toMatch(/vcpus.*memoryMb/);
      expect(err.issues?.map((i) => i.path)).toEqual(["vcpus", "memoryMb"]);
    }
  });

  it("refuses features the driver lacks with unsupported", () => {
    const limited = spec({
      drives: [{ id: "a", path: "/a", readOnly: false, root: true, rateLimit: { ops: { size: 100, refillTimeMs: 1000 } } }],
    });
    expect(() => assertVmSpecSupported("test", caps, limited)).toThrow(
      expect.objectContaining({ code: "unsupported", message: expect.stringContaining("driveRateLimits") }),
    );
    expect(() => assertVmSpecSupported("test", caps, spec())).not.toThrow();
  });
});
