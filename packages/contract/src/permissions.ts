import { z } from "zod";
import type { Role } from "./identity.ts";

export const Permission = z.enum([
  "tokens:own",
  "users:read",
  "users:admin",
  "orgs:read",
  "orgs:admin",
  "shares:read",
  "shares:write",
  "audit:read",
  "jobs:read",
  "jobs:write",
  "system:read",
  "events:read",
  "images:read",
  "images:write",
  "images:emergency",
  "workloads:read",
  "workloads:write",
  "hosts:read",
  "hosts:admin",
]);
export type Permission = z.infer<typeof Permission>;

/** What each role may do. Clients see only what is shared with their organisation (enforced per query). */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: Permission.options,
  operator: [
    "tokens:own",
    "users:read",
    "orgs:read",
    "shares:read",
    "shares:write",
    "audit:read",
    "jobs:read",
    "system:read",
    "events:read",
    "images:read",
    "images:write",
    "workloads:read",
    "workloads:write",
    "hosts:read",
  ],
  // images and workloads: only those shared with them, through routes marked `shared` (see RouteDef)
  client: ["tokens:own", "users:read", "orgs:read", "shares:read", "system:read", "events:read"],
};
