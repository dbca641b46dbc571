import { z } from "zod";
import { pageQuery } from "./pagination.ts";

/** The kinds of resource a platform team can share with a client organisation or team. */
export const ShareKind = z.enum(["image", "vm", "function", "container"]);
export type ShareKind = z.infer<typeof ShareKind>;

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "slug must be lowercase letters, digits and dashes, starting with a letter or digit");

export const Team = z.object({
  id: z.string(),
  organizationId: z.string(),
  slug: z.string(),
  name: z.string(),
  memberCount: z.number().int(),
  createdAt: z.string().datetime(),
});
export type Team = z.infer<typeof Team>;

export const TeamCreate = z.strictObject({
  slug,
  name: z.string().trim().min(1, "name is required").max(120),
});
export type TeamCreate = z.infer<typeof TeamCreate>;

export const TeamMember = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(["admin", "operator", "client"]),
  addedAt: z.string().datetime(),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const Share = z.object({
  id: z.string(),
  kind: ShareKind,
  resourceId: z.string(),
  resourceName: z.string().nullable().describe("Null when the resource has since been deleted"),
  organizationId: z.string(),
  organizationName: z.string(),
  teamId: z.string().nullable().describe("Null: the whole organisation"),
  teamName: z.string().nullable(),
  createdBy: z.string().nullable().describe("Id of the user who shared it"),
  createdByEmail: z.string().nullable().describe("Their email, so a client knows whom to ask"),
  createdAt: z.string().datetime(),
});
export type Share = z.infer<typeof Share>;

export const ShareCreate = z.strictObject({
  kind: ShareKind,
  resource: z.string().trim().min(1, "resource is required").max(200).describe("The resource's id or name"),
  organizationId: z.string().min(1).max(100),
  teamId: z.string().min(1).max(100).optional().describe("Share with one team of the organisation instead of all of it"),
});
export type ShareCreate = z.infer<typeof ShareCreate>;

export const ShareListQuery = pageQuery(["createdAt"], "createdAt").extend({
  kind: ShareKind.optional(),
  resource: z.string().max(200).optional().describe("Only shares of this resource (id or name; needs kind)"),
  organizationId: z.string().max(100).optional(),
  teamId: z.string().max(100).optional(),
});
export type ShareListQuery = z.infer<typeof ShareListQuery>;
