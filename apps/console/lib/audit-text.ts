import type { AuditEntry } from "@shipyard/contract";

const verbs: Record<string, string> = {
  "session.create": "logged in",
  "session.delete": "logged out",
  "token.create": "created API token",
  "token.revoke": "revoked API token",
  "preferences.update": "updated their preferences",
  "user.create": "created user",
  "user.bootstrap": "created the first administrator",
  "organization.create": "created organisation",
  "job.enqueue": "started job",
};

/** A sentence fragment for an audit action (`token.create` → "created API token"); unknown actions show as-is. */
export function describeAction(action: string) {
  return verbs[action] ?? action;
}

/** The most recognisable name for what an entry acted on: a name from its detail, else its id. */
export function describeTarget(entry: AuditEntry): string | undefined {
  const d = entry.detail;
  for (const key of ["name", "email", "slug", "jobName"]) {
    const v = d[key];
    if (typeof v === "string" && v) return v;
  }
  if (entry.action.startsWith("session.") || entry.action.startsWith("preferences.")) return undefined;
  return entry.targetId ?? undefined;
}

export function describeActor(entry: AuditEntry) {
  return entry.actorEmail ?? (entry.actorId ? `user ${entry.actorId}` : "Shipyard");
}
