import type { AuditEntry } from '../core/audit/audit-entry.ts';
import type { Executor } from './db.ts';

/** Written in the same transaction as the change it describes, so the log never misses or invents one. */
export async function recordAudit(
  db: Executor,
  entry: {
    actorUserId: string | undefined;
    action: string;
    subjectType: string;
    subjectId: string;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_user_id: entry.actorUserId ?? null,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export type AuditFilter = {
  limit: number;
  /** Entries older than this id (the previous page's last). */
  beforeId?: number | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  /** From this moment on (inclusive). */
  from?: Date | undefined;
  /** Before this moment (exclusive). */
  to?: Date | undefined;
};

/** Newest first, by id: the log is append-only, so ids never reorder and pages never overlap. */
export async function listAudit(db: Executor, filter: AuditFilter): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(filter.limit);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  if (filter.actorUserId !== undefined) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('at', '<', filter.to);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    actorUserId: row.actor_user_id ?? undefined,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: row.details,
    at: row.at,
  }));
}
