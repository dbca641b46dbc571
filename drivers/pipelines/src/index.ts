export * from "./github-actions.ts";
export * from "./gitlab.ts";
export type { FetchLike } from "./http.ts";
export * from "./webhooks.ts";
