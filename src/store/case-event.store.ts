import { sql } from 'kysely';
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

/**
 * appendCaseEvents for events of several cases, in one statement; returned in the order given. An
 * event's own `at` (timers: each breach at its due time) wins over the batch's.
 */
export async function appendEventsToCases(
  db: Executor,
  events: readonly { caseId: string; event: NewCaseEvent; at?: Date }[],
  at: Date,
): Promise<CaseEvent[]> {
  if (events.length === 0) return [];
  const rows = await db
    .insertInto('case_events')
    .values(
      events.map(({ caseId, event, at: own }) => ({
        case_id: caseId,
        kind: event.kind,
        actor_user_id: event.actorUserId ?? null,
        body: event.body ?? null,
        data: JSON.stringify(event.data),
        at: own ?? at,
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
 * query itself, not by a filter someone could forget. So does mail the customer did not write: to the
 * case's reply address from someone else (`sender: 'stranger'`), or with a From its domain calls
 * forged (`authentication: 'failed'`) — the owner sees those on the timeline, marked; shown here they
 * were someone else's words under "You" on the customer's private page.
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
    .where((eb) =>
      eb.or([
        eb('kind', '!=', 'message_in'),
        eb.and([
          sql<boolean>`data->>'sender' IS DISTINCT FROM 'stranger'`,
          sql<boolean>`data->>'authentication' IS DISTINCT FROM 'failed'`,
        ]),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(caseEventRowToCaseEvent);
}

/**
 * The timeline, oldest first, each `message_out` with its delivery: the status of its outbound email,
 * a failure that suppressed the address told apart as `bounced` (record-delivery keeps the SMTP error
 * as both the email's last error and the suppression's detail).
 */
export async function listCaseEvents(
  db: Executor,
  caseId: string,
  options: { afterId?: number | undefined; limit: number },
): Promise<CaseEvent[]> {
  let query = db
    .selectFrom('case_events as e')
    .leftJoin('outbound_emails as o', 'o.case_event_id', 'e.id')
    .selectAll('e')
    .select((eb) => [
      'o.status as delivery_status',
      'o.last_error as delivery_error',
      eb
        .exists(
          eb
            .selectFrom('email_suppressions as s')
            .select(sql`1`.as('one'))
            .where('s.reason', '=', 'bounced')
            .where(sql<boolean>`s.email = lower(trim(o.to_address)) AND s.detail = o.last_error`),
        )
        .as('bounced'),
    ])
    .where('e.case_id', '=', caseId)
    .orderBy('e.id')
    .limit(options.limit);
  if (options.afterId !== undefined) query = query.where('e.id', '>', options.afterId);
  const rows = await query.execute();
  return rows.map((row) => ({
    ...caseEventRowToCaseEvent(row),
    ...(row.delivery_status && {
      delivery: {
        status: row.delivery_status === 'failed' && row.bounced ? 'bounced' : row.delivery_status,
        error: row.delivery_error ?? undefined,
      },
    }),
  }));
}

export async function findCaseEventById(db: Executor, id: number): Promise<CaseEvent | undefined> {
  const row = await db.selectFrom('case_events').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? caseEventRowToCaseEvent(row) : undefined;
}

/**
 * The latest message on the case before this event that a reply can name: the customer's email
 * (`message_in` whose data has its `messageId`) or one of our messages already composed (its outbound
 * email has a Message-ID). Undefined when there is none.
 */
export async function findThreadParent(
  db: Executor,
  caseId: string,
  beforeEventId: number,
): Promise<
  | { from: 'customer'; messageId: unknown; references: unknown }
  | { from: 'us'; messageId: string; references: unknown }
  | undefined
> {
  const row = await db
    .selectFrom('case_events as e')
    .leftJoin('outbound_emails as o', 'o.case_event_id', 'e.id')
    .select(['e.kind', 'e.data', 'o.message_id', 'o.headers'])
    .where('e.case_id', '=', caseId)
    .where('e.id', '<', beforeEventId)
    .where((eb) =>
      eb.or([
        eb.and([eb('e.kind', '=', 'message_in'), sql<boolean>`e.data ? 'messageId'`]),
        eb.and([eb('e.kind', '=', 'message_out'), eb('o.message_id', 'is not', null)]),
      ]),
    )
    .orderBy('e.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.kind === 'message_out' && row.message_id)
    return { from: 'us', messageId: row.message_id, references: row.headers?.References };
  return { from: 'customer', messageId: row.data.messageId, references: row.data.references };
}

/** What the customer's latest email on the case came from (`data.from` of the newest email `message_in`). */
export async function findLatestCustomerEmailFrom(db: Executor, caseId: string): Promise<unknown> {
  const row = await db
    .selectFrom('case_events')
    .select('data')
    .where('case_id', '=', caseId)
    .where('kind', '=', 'message_in')
    .where(sql<boolean>`data->>'channel' = 'email'`)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.data.from;
}
