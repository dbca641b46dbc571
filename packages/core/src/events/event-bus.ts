import type { LiveEvent, Permission } from "@shipyard/contract";
import { can, type Principal } from "../identity/principal.ts";

/** Who may receive an event. Empty audience: every authenticated user. */
export interface Audience {
  /** Only this user. */
  userId?: string | undefined;
  /** Only users holding this permission. */
  permission?: Permission | undefined;
  /** Clients only see events of their own organisation; staff see all. */
  organizationId?: string | null | undefined;
}

export interface BusEvent extends LiveEvent {
  audience: Audience;
}

export interface EventFilter {
  /** Exact types, or prefixes ending in '.'. */
  types?: string[] | undefined;
  kind?: string | undefined;
  id?: string | undefined;
}

/** Fan-out of live events. In-process for embedded mode, PostgreSQL LISTEN/NOTIFY across replicas. */
export interface EventBus {
  publish(event: Omit<BusEvent, "id" | "at"> & Partial<Pick<BusEvent, "id" | "at">>): Promise<void>;
  subscribe(handler: (event: BusEvent) => void): () => void;
  close(): Promise<void>;
}

export function matchesFilter(event: LiveEvent, filter: EventFilter): boolean {
  if (filter.types && filter.types.length > 0) {
    const ok = filter.types.some((t) => (t.endsWith(".") ? event.type.startsWith(t) : event.type === t));
    if (!ok) return false;
  }
  if (filter.kind && event.resource.kind !== filter.kind) return false;
  if (filter.id && event.resource.id !== filter.id) return false;
  return true;
}

/**
 * Whether this caller may see this event. `shared` holds the `kind:id` keys of what is shared with a
 * client (see SharingService.visibleKeys): a client receives events about those resources even
 * though its role lacks the permission the event names, unless the event is addressed elsewhere.
 */
export function mayReceive(principal: Principal, event: BusEvent, shared?: ReadonlySet<string>): boolean {
  const a = event.audience;
  if (a.userId && a.userId !== principal.user.id) return false;
  if (
    principal.user.role === "client" &&
    a.organizationId === undefined &&
    shared?.has(`${event.resource.kind}:${event.resource.id}`)
  ) {
    return true;
  }
  if (a.permission && !can(principal, a.permission)) return false;
  if (principal.user.role === "client" && a.organizationId !== undefined) {
    return a.organizationId !== null && a.organizationId === principal.user.organizationId;
  }
  if (principal.user.role === "client" && !a.userId && a.organizationId === undefined && a.permission === undefined) {
    // an event addressed to "everyone" with no organisation is staff-only for safety
    return false;
  }
  return true;
}

export function parseTypes(raw: string | undefined): string[] | undefined {
  if (!raw) return undefined;
  const list = raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length > 0 ? list : undefined;
}

export function toLiveEvent(event: BusEvent): LiveEvent {
  const { audience: _audience, ...live } = event;
  return live;
}
