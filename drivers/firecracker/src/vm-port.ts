// The VmDriver port and its types, from core (packages/core/src/workloads/vm-driver-port.ts).
export * from "@shipyard/core";
