import { desc, eq } from "drizzle-orm";
import type { Actor } from "../../authz/actor.js";
import { actorKind, actorUserId } from "../../authz/actor.js";
import type { Executor } from "../../db/client.js";
import { auditEvents } from "../../db/schema.js";

export type AuditInput = {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  facilityId?: string | null;
  /** Field names and new values. Never passwords, tokens or health data. */
  detail?: Record<string, unknown>;
};

/** Call inside the transaction that makes the change, so the change and its record commit together. */
export function recordAudit(tx: Executor, actor: Actor, event: AuditInput) {
  return recordAudits(tx, actor, [event]);
}

/** Several events by one actor in one insert (a daily run can change many facilities at once). */
export async function recordAudits(tx: Executor, actor: Actor, events: AuditInput[]) {
  if (events.length === 0) return;
  await tx.insert(auditEvents).values(
    events.map((event) => ({
      actorUserId: actorUserId(actor),
      actorKind: actorKind(actor),
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId ?? null,
      facilityId: event.facilityId ?? null,
      detail: event.detail ?? {},
    })),
  );
}

export function facilityTimeline(db: Executor, facilityId: string, limit = 200) {
  return db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.facilityId, facilityId))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
}

export function recentEvents(db: Executor, limit = 200) {
  return db.select().from(auditEvents).orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(limit);
}
