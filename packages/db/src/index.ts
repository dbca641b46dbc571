export * from "./database.ts";
export * from "./events/event-buses.ts";
export * from "./jobs/pg-boss-job-queue.ts";
export * from "./repositories/audit-repository.ts";
export * from "./repositories/identity-repositories.ts";
export * from "./repositories/ids.ts";
export * from "./repositories/image-catalog-repository.ts";
export * from "./repositories/image-factory-repository.ts";
export * as schema from "./schema.ts";
