import type { CaseEvent, CaseEventKind, NewCaseEvent } from '../core/case/case-event.ts';
import type { Executor } from './db.ts';
import type { CaseEventRow } from './schema.ts';

export function caseEventRowToCaseEvent(row: CaseEventRow): CaseEvent {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind as CaseEventKind,
    actorUserId: row.actor_user_id ?? undefined,
    body: row.body ?? undefined,
    data: row.data,
    at: row.at,
  };
}

/** Appends to the timeline. There is no update or delete: the table's trigger refuses both. */
export async function appendCaseEvents(
  db: Executor,
  caseId: string,
  events: NewCaseEvent[],
  at: Date,
): Promise<CaseEvent[]> {
  if (events.length === 0) return [];
  const rows = await db
    .insertInto('case_events')
    .values(
      events.map((event) => ({
        case_id: caseId,
        kind: event.kind,
        actor_user_id: event.actorUserId ?? null,
        body: event.body ?? null,
        data: JSON.stringify(event.data),
        at,
      })),
    )
    .returningAll()
    .execute();
  return rows.map(caseEventRowToCaseEvent);
}

/** What a customer may read of a case's timeline: the messages between them and us. */
const CUSTOMER_VISIBLE_KINDS = ['message_in', 'message_out'] as const satisfies readonly CaseEventKind[];

/**
 * The conversation with the customer, newest first: `message_in` and `message_out` events only. The
 * customer's own status page reads this, so notes and every other internal event stay out by the
 * query itself, not by a filter someone could forget.
 */
export async function listCaseMessagesNewestFirst(
  db: Executor,
  caseId: string,
  limit: number,
): Promise<CaseEvent[]> {
  const rows = await db
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('kind', 'in', CUSTOMER_VISIBLE_KINDS)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(caseEventRowToCaseEvent);
}

export async function listCaseEvents(
  db: Executor,
  caseId: string,
  options: { afterId?: number | undefined; limit: number },
): Promise<CaseEvent[]> {
  let query = db
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .limit(options.limit);
  if (options.afterId !== undefined) query = query.where('id', '>', options.afterId);
  const rows = await query.execute();
  return rows.map(caseEventRowToCaseEvent);
}
