import type { AuditEntry, AuditQuery, Page } from "@shipyard/contract";
import type { AuditRepository, NewAuditEntry } from "@shipyard/core";
import { eq, gte, like, lte, or } from "drizzle-orm";
import type { Db } from "../database.ts";
import { auditLog } from "../schema.ts";
import { newId } from "./ids.ts";
import { keysetPage } from "./keyset.ts";

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
    return keysetPage<Row, AuditEntry>({
      db: this.db,
      table: auditLog,
      sortColumn: auditLog.at,
      sortKey: "at",
      idColumn: auditLog.id,
      where: [
        actor ? or(eq(auditLog.actorEmail, actor), eq(auditLog.actorId, query.actor ?? "")) : undefined,
        query.action
          ? query.action.endsWith(".")
            ? like(auditLog.action, `${query.action.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)
            : eq(auditLog.action, query.action)
          : undefined,
        query.targetKind ? eq(auditLog.targetKind, query.targetKind) : undefined,
        query.targetId ? eq(auditLog.targetId, query.targetId) : undefined,
        query.outcome ? eq(auditLog.outcome, query.outcome) : undefined,
        query.since ? gte(auditLog.at, new Date(query.since)) : undefined,
        query.until ? lte(auditLog.at, new Date(query.until)) : undefined,
      ],
      query,
      map: toEntry,
    });
  }
}
