// The RegistryClient port and its types, from core (packages/core/src/images/registry-port.ts).
export * from "@shipyard/core";
