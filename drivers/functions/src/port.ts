// The FunctionRuntime port and its types, from core (packages/core/src/workloads/function-runtime-port.ts).
export * from "@shipyard/core";
