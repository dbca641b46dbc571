import { type Permission, rolePermissions, type User } from "@shipyard/contract";
import { forbidden } from "../shared/errors.ts";

/** Who is calling, and how they proved it. */
export interface Principal {
  user: User;
  authMethod: "session" | "token";
  tokenId?: string | undefined;
  sessionDigest?: string | undefined;
}

export function permissionsOf(user: Pick<User, "role">): readonly Permission[] {
  return rolePermissions[user.role];
}

export function can(principal: Principal, permission: Permission): boolean {
  return permissionsOf(principal.user).includes(permission);
}

export function assertCan(principal: Principal, permission: Permission): void {
  if (!can(principal, permission)) {
    throw forbidden(
      `Your role (${principal.user.role}) does not allow ${permission}.`,
      "Ask an administrator to do this for you, or to give your account a role that allows it.",
    );
  }
}

/**
 * Scope for lists that clients may only see part of: admins and operators see everything,
 * a client sees what belongs to (or is shared with) its own organisation.
 */
export function visibilityScope(principal: Principal): { organizationId?: string | null } {
  return principal.user.role === "client" ? { organizationId: principal.user.organizationId } : {};
}
