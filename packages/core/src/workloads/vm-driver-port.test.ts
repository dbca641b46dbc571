import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import {
  assertValidVmSpec,
  assertVmSpecSupported,
  parseVmSnapshotManifest,
  restoredVmSpec,
  type VmDriverCapabilities,
  type VmSnapshotManifest,
  type VmSpec,
  vmCredentialsIssues,
  vmRestoreSpecIssues,
  vmSnapshotManifestOf,
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

  it("refuses one image file attached as two drives", () => {
    const bad = spec({
      drives: [
        { id: "a", path: "/img/data.ext4", readOnly: false, root: false },
        { id: "b", path: "/img/data.ext4", readOnly: true, root: false },
      ],
    });
    expect(vmSpecIssues(bad)).toEqual([{ path: "drives.1.path", message: expect.stringMatching(/attached twice/) }]);
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

  it("checks token buckets: positive whole sizes and refill times, a burst of 0 or more", () => {
    const bad = spec({
      drives: [
        {
          id: "a",
          path: "/a",
          readOnly: false,
          root: true,
          rateLimit: { bandwidth: { size: 0, refillTimeMs: 1.5 }, ops: { size: 10, refillTimeMs: 100, oneTimeBurst: -1 } },
        },
      ],
      nics: [{ id: "n", mode: "user", mac: "52:54:00:00:00:03", rxRateLimit: { ops: { size: 1, refillTimeMs: 0 } } }],
    });
    expect(vmSpecIssues(bad).map((i) => i.path)).toEqual([
      "drives.0.rateLimit.bandwidth.size",
      "drives.0.rateLimit.bandwidth.refillTimeMs",
      "drives.0.rateLimit.ops.oneTimeBurst",
      "nics.0.rxRateLimit.ops.refillTimeMs",
    ]);
    const good = spec({
      drives: [
        { id: "a", path: "/a", readOnly: false, root: true, rateLimit: { ops: { size: 1, refillTimeMs: 1, oneTimeBurst: 0 } } },
      ],
    });
    expect(vmSpecIssues(good)).toEqual([]);
  });
});

describe("VM console credentials", () => {
  const hash = "$6$abcdefgh$ltjgWl6579NluT/Vi1nwEvcil.G5Nbc4NiXZaNGStk8PSwGfQv72N2CKPPrVACtLtip/cZ/1GM/O6IND4WQhG.";

  it("accepts a user name and a SHA-512 crypt hash", () => {
    expect(vmSpecIssues(spec({ credentials: { username: "ops_1-x", passwordHash: hash } }))).toEqual([]);
    expect(vmCredentialsIssues({ username: "_svc", passwordHash: "$y$j9T$salt$hash" })).toEqual([]);
    expect(
      vmCredentialsIssues({ username: "a".repeat(32), passwordHash: "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA+/" }),
    ).toEqual([]);
  });

  it.each([
    ["credentials.username", { username: "Root", passwordHash: hash }],
    ["credentials.username", { username: "1abc", passwordHash: hash }],
    ["credentials.username", { username: "a".repeat(33), passwordHash: hash }],
    ["credentials.username", { username: "a b", passwordHash: hash }],
    ["credentials.passwordHash", { username: "ops", passwordHash: "" }],
    ["credentials.passwordHash", { username: "ops", passwordHash: "$6$salt$has h" }],
    ["credentials.passwordHash", { username: "ops", passwordHash: "secret" }],
    ["credentials.passwordHash", { username: "ops", passwordHash: '$6$salt$"quoted"' }],
    ["credentials.passwordHash", { username: "ops", passwordHash: "$6$salt$a:b" }],
    ["credentials.passwordHash", { username: "ops", passwordHash: `$6$${"x".repeat(520)}` }],
  ] as const)("rejects a bad %s (%j)", (path, credentials) => {
    const issues = vmSpecIssues(spec({ credentials }));
    expect(issues.map((i) => i.path)).toEqual([path]);
  });

  it("says a password hash cannot hold spaces", () => {
    expect(vmCredentialsIssues({ username: "ops", passwordHash: "$6$a b" })[0]?.message).toMatch(/spaces/);
    expect(() => assertValidVmSpec(spec({ credentials: { username: "ops", passwordHash: "pw" } }))).toThrow(
      expect.objectContaining({ code: "invalid_input", issues: [expect.objectContaining({ path: "credentials.passwordHash" })] }),
    );
  });
});

describe("VM snapshots and restore", () => {
  const tapSpec = spec({
    nics: [
      { id: "eth0", mode: "tap", mac: "52:54:00:00:00:10", tap: "tap-a" },
      { id: "eth1", mode: "user", mac: "52:54:00:00:00:11" },
    ],
  });

  it("gives the restored VM the new id and the NIC overrides, keeping everything else", () => {
    const restored = restoredVmSpec({ id: "vm-2", nics: [{ id: "eth0", tap: "tap-b", bridge: "br0" }] }, tapSpec);
    expect(restored).toEqual({
      ...tapSpec,
      id: "vm-2",
      nics: [
        { id: "eth0", mode: "tap", mac: "52:54:00:00:00:10", tap: "tap-b", bridge: "br0" },
        { id: "eth1", mode: "user", mac: "52:54:00:00:00:11" },
      ],
    });
    expect(restored.drives).not.toBe(tapSpec.drives); // a copy the driver may re-point
    expect(restoredVmSpec({ id: "vm-3" }, tapSpec).nics).toEqual(tapSpec.nics);
  });

  it("rejects a bad id, unknown or user-mode NICs and bad device names", () => {
    expect(
      vmRestoreSpecIssues(
        {
          id: "../x",
          nics: [
            { id: "nope", tap: "t" },
            { id: "eth1", tap: "t" },
            { id: "eth0", tap: "a-very-long-tap-name" },
            { id: "eth0", bridge: "br 0" },
          ],
        },
        tapSpec,
      ).map((i) => i.path),
    ).toEqual(["id", "nics.0.id", "nics.1.id", "nics.2.tap", "nics.3.id", "nics.3.bridge"]);
    expect(() => restoredVmSpec({ id: "" }, tapSpec)).toThrow(expect.objectContaining({ code: "invalid_input" }));
  });

  const manifest = (over: Partial<VmSnapshotManifest> = {}): VmSnapshotManifest => ({
    format: "shipyard-vm-snapshot",
    version: 1,
    driver: "qemu",
    createdAt: "2026-01-01T00:00:00.000Z",
    spec: spec(),
    memoryFile: "memory.bin",
    drives: [{ id: "root", file: "drive-root.img" }],
    ...over,
  });

  it("reads a manifest it wrote and refuses anything else", () => {
    expect(parseVmSnapshotManifest(JSON.parse(JSON.stringify(manifest())), "/s")).toEqual(manifest());
    for (const bad of [
      null,
      { hello: 1 },
      { ...manifest(), version: 2 },
      manifest({ memoryFile: "../../etc/passwd" }),
      manifest({ memoryFile: "/abs/memory.bin" }),
      manifest({ drives: [{ id: "root", file: "../x" }] }),
      manifest({ drives: [] }),
      manifest({ drives: [{ id: "other" }] }),
      manifest({ spec: spec({ vcpus: 0 }) }),
    ]) {
      expect(() => parseVmSnapshotManifest(bad, "/s")).toThrow(expect.objectContaining({ code: "invalid_input" }));
    }
  });

  it("reads a manifest file's text for one driver, and says what is wrong with any other", () => {
    expect(vmSnapshotManifestOf(JSON.stringify(manifest()), "/s", "qemu")).toEqual(manifest());
    expect(() => vmSnapshotManifestOf(new Error("ENOENT"), "/s", "qemu")).toThrow(/\/s holds no readable snapshot.json/);
    expect(() => vmSnapshotManifestOf("{not json", "/s", "qemu")).toThrow(
      expect.objectContaining({
        code: "invalid_input",
        issues: [{ path: "snapshotDir", message: "/s/snapshot.json is missing or not JSON." }],
      }),
    );
    expect(() => vmSnapshotManifestOf(JSON.stringify(manifest()), "/s", "firecracker")).toThrow(
      "/s was written by the qemu VM driver, not firecracker.",
    );
  });
});
