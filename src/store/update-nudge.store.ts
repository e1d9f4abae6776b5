import { type SqlBool, sql } from 'kysely';
import type { Case } from '../core/case/case.ts';
import { caseRowToCase } from './case.store.ts';
import type { Executor } from './db.ts';

/** The owner's "no update for …" nudge goes up: the update clock ran out at `at` (app/timers/on-update-due.ts). */
export async function setUpdateNudge(db: Executor, caseId: string, at: Date): Promise<void> {
  await db.updateTable('cases').set({ update_nudged_at: at }).where('id', '=', caseId).execute();
}

/** A person wrote to the customer, or the update clock stopped (resolved, closed): the nudge goes. */
export async function clearUpdateNudge(db: Executor, caseId: string): Promise<void> {
  await db
    .updateTable('cases')
    .set({ update_nudged_at: null })
    .where('id', '=', caseId)
    .where('update_nudged_at', 'is not', null)
    .execute();
}

/** Since when the case's owner is nudged for an update; undefined: not nudged. */
export async function findUpdateNudgedAt(db: Executor, caseId: string): Promise<Date | undefined> {
  const row = await db
    .selectFrom('cases')
    .select('update_nudged_at')
    .where('id', '=', caseId)
    .executeTakeFirst();
  return row?.update_nudged_at ?? undefined;
}

/**
 * A person's active cases whose update clock ran out with no word from a person since, longest
 * silent first (served by cases_update_nudged_idx).
 */
export async function listUpdateNudges(
  db: Executor,
  ownerId: string,
  limit: number,
): Promise<{ case: Case; nudgedAt: Date }[]> {
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('update_nudged_at', 'is not', null)
    .where('status', 'in', ['open', 'acknowledged'])
    .orderBy('update_nudged_at')
    .orderBy('number')
    .limit(limit)
    .execute();
  return rows.flatMap((row) =>
    row.update_nudged_at ? [{ case: caseRowToCase(row), nudgedAt: row.update_nudged_at }] : [],
  );
}

/** When Amends last sent this case's customer a holding message (a `message_out` of that template). */
export async function findLatestHoldingMessageAt(db: Executor, caseId: string): Promise<Date | undefined> {
  const row = await db
    .selectFrom('case_events')
    .select('at')
    .where('case_id', '=', caseId)
    .where('kind', '=', 'message_out')
    .where(sql<SqlBool>`data->>'template' = 'holding'`)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at;
}
