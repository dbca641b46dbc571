import type { AuditEntry, AuditQuery, Page } from "@shipyard/contract";
import type { AuditRepository, NewAuditEntry } from "@shipyard/core";
import { eq, gte, like, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "../database.ts";
import { auditLog } from "../schema.ts";
import { newId } from "./ids.ts";
import { keysetList, type ListRow } from "./keyset.ts";

type Row = typeof auditLog.$inferSelect;

const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at.toISOString(),
  actorId: r.actorId,
  actorEmail: r.actorEmail,
  action: r.action,
  targetKind: r.targetKind,
  targetId: r.targetId,
  outcome: r.outcome,
  requestId: r.requestId,
  ip: r.ip,
  detail: r.detail ?? {},
});

type ListedRow = Omit<Row, "seq">;
const listedEntry = (r: ListRow<ListedRow>): AuditEntry => (r.detail === null ? { ...r, detail: {} } : r);

// built once per shape (which filters, order, cursor), with placeholders for the values
const auditList = keysetList<
  ListedRow,
  AuditQuery["sort"],
  "actor" | "actionPrefix" | "action" | "targetKind" | "targetId" | "outcome" | "since" | "until"
>({
  name: "audit",
  table: auditLog,
  // in the order of AuditEntry's fields (toEntry): a list row is the entry
  columns: {
    id: auditLog.id,
    at: auditLog.at,
    actorId: auditLog.actorId,
    actorEmail: auditLog.actorEmail,
    action: auditLog.action,
    targetKind: auditLog.targetKind,
    targetId: auditLog.targetId,
    outcome: auditLog.outcome,
    requestId: auditLog.requestId,
    ip: auditLog.ip,
    detail: auditLog.detail,
  },
  idColumn: auditLog.id,
  sorts: { at: { column: auditLog.at, key: "at" } },
  filters: {
    actor: (p) => or(eq(auditLog.actorEmail, p("email")), eq(auditLog.actorId, p("id"))) as SQL,
    actionPrefix: (p) => like(auditLog.action, p()),
    action: (p) => eq(auditLog.action, p()),
    targetKind: (p) => eq(auditLog.targetKind, p()),
    targetId: (p) => eq(auditLog.targetId, p()),
    outcome: (p) => eq(auditLog.outcome, p()),
    since: (p) => gte(auditLog.at, p()),
    until: (p) => lte(auditLog.at, p()),
  },
});

export class DrizzleAuditRepository implements AuditRepository {
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }

  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    const r = await this.db
      .insert(auditLog)
      .values({ id: newId("aud"), ...entry })
      .returning();
    return toEntry(r[0] as Row);
  }

  list(query: AuditQuery): Promise<Page<AuditEntry>> {
    const actor = query.actor?.toLowerCase();
    const prefix = query.action?.endsWith(".");
    return auditList.page(this.db, {
      sort: query.sort,
      filters: {
        actor: actor ? { email: actor, id: query.actor ?? "" } : undefined,
        actionPrefix: query.action && prefix ? `${query.action.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined,
        action: query.action && !prefix ? query.action : undefined,
        targetKind: query.targetKind || undefined,
        targetId: query.targetId || undefined,
        outcome: query.outcome || undefined,
        // what drizzle sends for a Date bound to a timestamp column
        since: query.since ? new Date(query.since).toISOString() : undefined,
        until: query.until ? new Date(query.until).toISOString() : undefined,
      },
      query,
      map: listedEntry,
    });
  }
}
