import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { type ContainerSpec, parseRestartPolicy, validateContainerSpec } from "./container-driver-port.ts";

const base: ContainerSpec = { name: "web", image: "nginx:1.27" };

function rejects(spec: ContainerSpec): DomainError {
  try {
    validateContainerSpec(spec);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe("invalid_input");
    return e as DomainError;
  }
  throw new Error("the spec was accepted");
}

const paths = (e: DomainError) => e.issues?.map((i) => i.path);

describe("validateContainerSpec", () => {
  it("accepts a full spec and fills in defaults", () => {
    const spec = validateContainerSpec({
      ...base,
      command: ["sh", "-c"],
      args: ["echo hi"],
      env: { A: "1", "lower.dotted": "x" },
      ports: [
        { container: 80, host: 8080 },
        { container: 53, protocol: "udp" },
      ],
      volumes: [
        { source: "/srv/data", target: "/data", readOnly: true },
        { source: "pgdata", target: "/var/lib/postgresql" },
      ],
      restartPolicy: "on-failure:5",
      cpuLimit: 0.5,
      memoryLimitMb: 512,
      healthCheck: { test: "wget -q localhost", intervalS: 10, timeoutS: 2, retries: 3 },
      labels: { team: "a" },
    });
    expect(spec.ports).toEqual([
      { container: 80, host: 8080, protocol: "tcp" },
      { container: 53, protocol: "udp" },
    ]);
    expect(validateContainerSpec(base).restartPolicy).toBe("no");
  });

  it("rejects a bad image reference with upstream's words", () => {
    const e = rejects({ ...base, image: "Not A/Valid::ref" });
    expect(paths(e)).toEqual(["image"]);
    expect(e.message).toContain("Not A/Valid::ref");
    expect(paths(rejects({ ...base, image: " " }))).toEqual(["image"]);
  });

  it.each([0, -1, 5, Number.NaN, 2 * 1024 * 1024])("rejects memory %s MB", (memoryLimitMb) => {
    expect(paths(rejects({ ...base, memoryLimitMb }))).toEqual(["memoryLimitMb"]);
  });

  it.each([0, 70_000, 1.5])("rejects port %s", (port) => {
    expect(paths(rejects({ ...base, ports: [{ container: port }] }))).toEqual(["ports.0.container"]);
    expect(paths(rejects({ ...base, ports: [{ container: 80, host: port }] }))).toEqual(["ports.0.host"]);
  });

  it("rejects a host port published twice, an unknown protocol, and ports without a network", () => {
    expect(
      paths(
        rejects({
          ...base,
          ports: [
            { container: 80, host: 80 },
            { container: 81, host: 80 },
          ],
        }),
      ),
    ).toEqual(["ports.1.host"]);
    expect(paths(rejects({ ...base, ports: [{ container: 80, protocol: "sctp" as "tcp" }] }))).toEqual(["ports.0.protocol"]);
    expect(paths(rejects({ ...base, networkMode: "none", ports: [{ container: 80 }] }))).toEqual(["ports"]);
    expect(paths(rejects({ ...base, networkMode: "host", ports: [{ container: 80 }] }))).toEqual(["ports"]);
  });

  it("rejects an unknown restart policy", () => {
    const e = rejects({ ...base, restartPolicy: "sometimes" as "no" });
    expect(paths(e)).toEqual(["restartPolicy"]);
    expect(e.message).toContain("sometimes");
    expect(paths(rejects({ ...base, restartPolicy: "on-failure:x" as "no" }))).toEqual(["restartPolicy"]);
  });

  it("rejects bad names, env keys, volumes, CPU and health checks, all at once", () => {
    const e = rejects({
      name: "-bad name",
      image: "busybox",
      env: { "A=B": "1" },
      volumes: [{ source: "rel/path", target: "data" }],
      cpuLimit: 0,
      healthCheck: { test: "", intervalS: -1, retries: 1.5 },
    });
    expect(paths(e)).toEqual([
      "name",
      "env.A=B",
      "volumes.0.target",
      "volumes.0.source",
      "cpuLimit",
      "healthCheck.test",
      "healthCheck.intervalS",
      "healthCheck.retries",
    ]);
  });
});

describe("parseRestartPolicy", () => {
  it("parses the engine's policies", () => {
    expect(parseRestartPolicy("always")).toEqual({ name: "always", maximumRetryCount: 0 });
    expect(parseRestartPolicy("on-failure")).toEqual({ name: "on-failure", maximumRetryCount: 0 });
    expect(parseRestartPolicy("on-failure:3")).toEqual({ name: "on-failure", maximumRetryCount: 3 });
    expect(parseRestartPolicy("unless-stopped")).toEqual({ name: "unless-stopped", maximumRetryCount: 0 });
    expect(parseRestartPolicy("never")).toBeUndefined();
  });
});
