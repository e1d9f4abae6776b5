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

export async function listAudit(
  db: Executor,
  options: { limit: number; beforeId?: number | undefined },
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(options.limit);
  if (options.beforeId !== undefined) query = query.where('id', '<', options.beforeId);
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
