import { sql } from 'kysely';
import type { Executor } from './db.ts';

/** Records the case's fault unless one is recorded already; false when it was (nothing changed). */
export async function recordCaseFault(
  db: Executor,
  caseId: string,
  fault: { text: string; userId: string },
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('cases')
    .set({
      fault_recorded: fault.text,
      fault_recorded_at: now,
      fault_recorded_by: fault.userId,
      updated_at: now,
    })
    .where('id', '=', caseId)
    .where('fault_recorded', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export type CoachFacts = {
  caseId: string;
  /** No customer-visible message has gone out on the case. */
  firstReply: boolean;
  faultRecorded: string | undefined;
  /** When the case's open promises made with certainty fall due, in no order. */
  certainPromiseDueDates: Date[];
};

/**
 * What the coach reads about a case, in one indexed lookup with its open certain promises beside it:
 * the coach answers while the agent types, and one round trip to the database is half of two.
 */
export async function findCoachFacts(db: Executor, caseId: string): Promise<CoachFacts | undefined> {
  const row = await db
    .selectFrom('cases')
    .select((eb) => [
      'id',
      'last_message_out_at',
      'fault_recorded',
      eb
        .selectFrom('promises')
        .select(sql<Date[]>`coalesce(array_agg(promises.due_at), '{}')`.as('due'))
        .whereRef('promises.case_id', '=', 'cases.id')
        .where('promises.state', '=', 'open')
        .where('promises.confidence', '=', 'certain')
        .as('certain_promise_due'),
    ])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    caseId: row.id,
    firstReply: row.last_message_out_at === null,
    faultRecorded: row.fault_recorded ?? undefined,
    certainPromiseDueDates: row.certain_promise_due ?? [],
  };
}
