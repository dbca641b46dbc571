"use client";

import type { Organization, Role, User } from "@shipyard/contract";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { api, queryKeys } from "@/lib/api";
import { useCan } from "@/lib/session";

export const roleLabels: Record<Role, string> = {
  admin: "Administrator",
  operator: "Operator",
  client: "Client",
};

export const roleDescriptions: Record<Role, string> = {
  admin: "Everything, including people, organisations and the server.",
  operator: "Runs the platform: images, workloads and what is shared with clients.",
  client: "Sees only what is shared with their organisation or their teams.",
};

export const roles: Role[] = ["admin", "operator", "client"];

/** Organisations the person may see (every one for staff, their own for a client), by name. */
export function useOrganizations() {
  const canRead = useCan("orgs:read");
  return useQuery({
    queryKey: queryKeys.organizations,
    queryFn: async () => (await api("listOrganizations")).items,
    enabled: canRead,
    select: (items: Organization[]) => [...items].sort((a, b) => a.name.localeCompare(b.name)),
  });
}

/** Organisation id → organisation, for naming the ids in other lists. */
export function useOrganizationIndex() {
  const orgs = useOrganizations();
  return useMemo(() => new Map((orgs.data ?? []).map((o) => [o.id, o])), [orgs.data]);
}

const directoryCap = 5_000;

/**
 * Every user the person may see (all of them for staff, their organisation for a client), for pickers
 * and for putting names on user ids. The API has no organisation filter, so this reads every page.
 */
export function useAllUsers(enabled = true) {
  const canRead = useCan("users:read");
  return useQuery({
    queryKey: [...queryKeys.users, "all"],
    enabled: enabled && canRead,
    queryFn: async () => {
      const users: User[] = [];
      let cursor: string | undefined;
      do {
        const page = await api("listUsers", { query: { limit: 200, cursor, sort: "email", order: "asc" } });
        users.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && users.length < directoryCap);
      return users;
    },
  });
}

/** A URL-safe slug from a display name: "Acme Corp." → "acme-corp". */
export function slugify(name: string) {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
}
