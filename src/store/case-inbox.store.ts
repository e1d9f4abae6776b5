import { type Expression, type SqlBool, sql } from 'kysely';
import type { Case } from '../core/case/case.ts';
import type { CaseStatus } from '../core/case/case-status.ts';
import type { InboxCursor, InboxOrder } from '../core/case/inbox-order.ts';
import type { Severity } from '../core/case/severity.ts';
import { caseRowToCase } from './case.store.ts';
import type { Executor } from './db.ts';

/**
 * core/case/severity.ts's rank in SQL. Written exactly as the inbox indexes of migration
 * 2026-12-06T1300 spell it: PostgreSQL uses an expression index only for the same expression.
 */
const SEVERITY_RANK = sql<number>`(CASE cases.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)`;
/** When a done case was finished (a closed case was resolved first); the done view's order. */
const FINISHED_AT = sql<Date>`COALESCE(cases.closed_at, cases.resolved_at)`;
/** Instants in keys keep PostgreSQL's microseconds: a JavaScript Date would round them to ms. */
const keyText = (instant: typeof FINISHED_AT) =>
  sql<string>`to_char(${instant} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export type InboxFilter = {
  statuses: CaseStatus[];
  severities?: Severity[] | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
  customerId?: string | undefined;
  /** Only cases where a customer's message waits for an answer (served by cases_unanswered_idx). */
  unanswered?: boolean | undefined;
  /** Case number (digits, '#' allowed), words of the title, or the customer's name or email. */
  q?: string | undefined;
};

export type InboxRow = { case: Case; key: InboxCursor };

/**
 * One page of the inbox in `order` (core/case/inbox-order.ts), after `after` when given. Each case
 * comes with its sort key, from which the next page's cursor is made. Keyset paging: a page costs
 * the same however deep it is, and a case added meanwhile cannot shift or repeat the rest.
 */
export async function listInboxPage(
  db: Executor,
  filter: InboxFilter & { order: InboxOrder; after?: InboxCursor | undefined; limit: number },
): Promise<InboxRow[]> {
  let query = db
    .selectFrom('cases')
    .selectAll()
    .select([
      SEVERITY_RANK.as('key_rank'),
      keyText(sql`cases.waiting_since`).as('key_waiting'),
      keyText(FINISHED_AT).as('key_finished'),
      keyText(sql`cases.next_due_at`).as('key_due'),
    ])
    // Literals, not parameters: the planner must see the statuses to pick the partial index.
    .where(sql<SqlBool>`cases.status IN (${sql.join(filter.statuses.map((s) => sql.lit(s)))})`)
    .limit(filter.limit);
  if (filter.severities) query = query.where('severity', 'in', filter.severities);
  if (filter.ownerId) query = query.where('owner_id', '=', filter.ownerId);
  if (filter.teamId) query = query.where('team_id', '=', filter.teamId);
  if (filter.customerId) query = query.where('customer_id', '=', filter.customerId);
  if (filter.unanswered) query = query.where('unanswered_since', 'is not', null);
  if (filter.q) query = query.where(matchesSearch(filter.q));
  const after = filter.after;
  if (filter.order === 'due') {
    // NULLS LAST, as cases_next_due_idx (next_due_at, number) keeps them: a case whose clocks all
    // stopped comes after every running one.
    if (after?.order === 'due')
      query = query.where(
        after.nextDueAt === undefined
          ? sql<SqlBool>`(cases.next_due_at IS NULL AND cases.number > ${after.number})`
          : sql<SqlBool>`((cases.next_due_at, cases.number) > (${after.nextDueAt}::timestamptz, ${after.number}) OR cases.next_due_at IS NULL)`,
      );
    query = query.orderBy(sql`cases.next_due_at ASC NULLS LAST`).orderBy('number');
  } else if (filter.order === 'urgency') {
    if (after?.order === 'urgency')
      query = query.where(
        sql<SqlBool>`(${SEVERITY_RANK}, cases.waiting_since, cases.number) > (${after.severityRank}, ${after.waitingSince}::timestamptz, ${after.number})`,
      );
    query = query.orderBy(SEVERITY_RANK).orderBy('waiting_since').orderBy('number');
  } else {
    if (after?.order === 'finished')
      query = query.where(
        sql<SqlBool>`(${FINISHED_AT}, cases.number) < (${after.finishedAt}::timestamptz, ${after.number})`,
      );
    query = query.orderBy(FINISHED_AT, 'desc').orderBy('number', 'desc');
  }
  const rows = await query.execute();
  return rows.map(({ key_rank, key_waiting, key_finished, key_due, ...row }) => ({
    case: caseRowToCase(row),
    key:
      filter.order === 'due'
        ? { order: 'due', nextDueAt: key_due ?? undefined, number: row.number }
        : filter.order === 'urgency'
          ? { order: 'urgency', severityRank: key_rank, waitingSince: key_waiting, number: row.number }
          : { order: 'finished', finishedAt: key_finished, number: row.number },
  }));
}

/**
 * The cases the search text finds, as one condition the planner can serve either way: for a narrow
 * search, a bitmap OR of the trigram index on titles, the customer index (the matching customers
 * are looked up once, through the trigram indexes on their names and emails) and the number's
 * unique index; for a common word, by walking the view's order index and filtering, since matches
 * come soon. (A union of ids instead fetched every case of a common word: 1.8 s for "furnace".)
 */
function matchesSearch(q: string): Expression<SqlBool> {
  const text = q.trim();
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const digits = /^#?\s*(\d{1,15})$/.exec(text)?.[1];
  const byNumber = digits ? sql`OR cases.number = ${Number(digits)}` : sql``;
  return sql<SqlBool>`(
    cases.title ILIKE ${pattern}
    OR cases.customer_id = ANY(ARRAY(
      SELECT id FROM customers WHERE name ILIKE ${pattern} OR amends_emails_text(emails) ILIKE ${pattern}))
    ${byNumber}
  )`;
}
