export * from "./analysis.ts";
export * from "./duration.ts";
export * from "./names.ts";
export * from "./plan.ts";
export * from "./synthesize.ts";
export * from "./triggers.ts";
export * from "./types.ts";
export * from "./write-manifests.ts";
