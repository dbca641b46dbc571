import type { AuditEntry, AuditOutcome, AuditQuery, Page } from "@shipyard/contract";
import type { EventBus } from "../events/event-bus.ts";
import type { Principal } from "../identity/principal.ts";
import type { Clock } from "../shared/ports.ts";

export interface NewAuditEntry {
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetKind: string;
  targetId: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
}

/** Append-only store of audit entries: there is no update or delete. */
export interface AuditRepository {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  list(query: AuditQuery): Promise<Page<AuditEntry>>;
}

export interface AuditInput {
  actor: Principal | { id: string | null; email: string | null } | null;
  action: string;
  target: { kind: string; id?: string | null | undefined };
  outcome: AuditOutcome;
  requestId?: string | null | undefined;
  ip?: string | null | undefined;
  detail?: Record<string, unknown> | undefined;
}

/** Keys whose values are never written to the audit trail. */
const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|key/i;

export function redact(detail: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(detail)) {
    if (SECRET_KEY.test(k)) out[k] = "[redacted]";
    else if (v && typeof v === "object" && !Array.isArray(v)) out[k] = redact(v as Record<string, unknown>);
    else out[k] = v;
  }
  return out;
}

export class AuditService {
  private readonly repo: AuditRepository;
  private readonly bus: EventBus;
  private readonly clock: Clock;

  constructor(deps: { repo: AuditRepository; bus: EventBus; clock: Clock }) {
    this.repo = deps.repo;
    this.bus = deps.bus;
    this.clock = deps.clock;
  }

  async record(input: AuditInput): Promise<AuditEntry> {
    const actor = input.actor;
    const actorId = actor === null ? null : "user" in actor ? actor.user.id : actor.id;
    const actorEmail = actor === null ? null : "user" in actor ? actor.user.email : actor.email;
    const entry = await this.repo.append({
      at: this.clock.now(),
      actorId,
      actorEmail,
      action: input.action,
      targetKind: input.target.kind,
      targetId: input.target.id ?? null,
      outcome: input.outcome,
      requestId: input.requestId ?? null,
      ip: input.ip ?? null,
      detail: redact(input.detail ?? {}),
    });
    await this.bus.publish({
      type: "audit.created",
      resource: { kind: "audit", id: entry.id },
      data: entry as unknown as Record<string, unknown>,
      audience: { permission: "audit:read" },
    });
    return entry;
  }

  list(query: AuditQuery): Promise<Page<AuditEntry>> {
    return this.repo.list(query);
  }
}
