import { z } from "zod";
import { pageQuery } from "./pagination.ts";

export const Role = z.enum(["admin", "operator", "client"]);
export type Role = z.infer<typeof Role>;

export const Email = z.string().trim().toLowerCase().email("must be an email address like ada@example.com").max(254);

export const Organization = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  createdAt: z.string().datetime(),
});
export type Organization = z.infer<typeof Organization>;

export const OrganizationCreate = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "slug must be lowercase letters, digits and dashes, starting with a letter or digit"),
  name: z.string().trim().min(1).max(120),
});
export type OrganizationCreate = z.infer<typeof OrganizationCreate>;

export const Preferences = z.object({
  theme: z.enum(["dark", "light", "system"]).default("dark"),
  timezone: z.string().max(64).default("UTC").describe("IANA time zone, e.g. Europe/Paris"),
  dateFormat: z.enum(["iso", "relative", "locale"]).default("relative"),
});
export type Preferences = z.infer<typeof Preferences>;

export const PreferencesUpdate = z.strictObject({
  theme: z.enum(["dark", "light", "system"]).optional(),
  timezone: z
    .string()
    .max(64)
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "timezone must be an IANA time zone such as UTC or Europe/Paris")
    .optional(),
  dateFormat: z.enum(["iso", "relative", "locale"]).optional(),
});
export type PreferencesUpdate = z.infer<typeof PreferencesUpdate>;

export const User = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  organizationId: z.string().nullable(),
  createdAt: z.string().datetime(),
  disabled: z.boolean(),
});
export type User = z.infer<typeof User>;

const NewPassword = z.string().min(12, "password must be at least 12 characters").max(256);

export const PasswordChange = z.strictObject({
  currentPassword: z.string().min(1, "currentPassword is required").max(256),
  newPassword: NewPassword,
});
export type PasswordChange = z.infer<typeof PasswordChange>;

export const UserCreate = z.strictObject({
  email: Email,
  name: z.string().trim().min(1).max(120),
  role: Role,
  organizationId: z.string().optional(),
  password: NewPassword,
});
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z
  .strictObject({
    name: z.string().trim().min(1).max(120).optional(),
    role: Role.optional(),
    organizationId: z.string().nullable().optional(),
    disabled: z.boolean().optional().describe("A disabled user can neither log in nor use their tokens"),
    password: NewPassword.optional().describe("Reset the user's password; their console sessions end (API tokens stay)"),
  })
  .refine((u) => Object.keys(u).length > 0, "send at least one of name, role, organizationId, disabled, password");
export type UserUpdate = z.infer<typeof UserUpdate>;

export const UserListQuery = pageQuery(["createdAt", "email"], "createdAt").extend({
  role: Role.optional(),
  organizationId: z.string().max(100).optional().describe("Only users of this organisation"),
  q: z.string().max(200).optional().describe("Search in email and name"),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const LoginRequest = z.strictObject({
  email: Email,
  password: z.string().min(1, "password is required").max(256),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Me = z.object({
  user: User,
  preferences: Preferences,
  authMethod: z.enum(["session", "token"]),
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof Me>;

export const ApiToken = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("First characters of the token, to recognise it"),
  createdAt: z.string().datetime(),
  expiresAt: z.string().datetime().nullable(),
  lastUsedAt: z.string().datetime().nullable(),
  revokedAt: z.string().datetime().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenCreate = z.strictObject({
  name: z.string().trim().min(1, "name is required").max(80),
  expiresInDays: z.number().int().min(1).max(3650).optional().describe("Omit for a token that does not expire"),
});
export type ApiTokenCreate = z.infer<typeof ApiTokenCreate>;

export const ApiTokenCreated = ApiToken.extend({
  token: z.string().describe("The secret. Shown once; store it now."),
});
export type ApiTokenCreated = z.infer<typeof ApiTokenCreated>;

export const ApiTokenListQuery = pageQuery(["createdAt", "name"], "createdAt").extend({
  includeRevoked: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});
export type ApiTokenListQuery = z.infer<typeof ApiTokenListQuery>;
