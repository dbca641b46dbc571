export * from "./github-actions.ts";
export * from "./gitlab.ts";
export type { FetchLike } from "./http.ts";
export * from "./local-builder.ts";
export * from "./source-readers.ts";
export * from "./webhooks.ts";
