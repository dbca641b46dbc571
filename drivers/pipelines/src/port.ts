// The PipelineProvider port and its types, from core (packages/core/src/images/pipeline-port.ts).
export * from "@shipyard/core";
