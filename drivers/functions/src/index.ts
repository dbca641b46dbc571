export * from "./process-runtime.ts";
