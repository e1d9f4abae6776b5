import { sql } from 'kysely';
import type { Blast } from '../core/blast/blast.ts';
import { OUTBOUND_EMAIL_STATUSES, type OutboundEmailStatus } from '../core/mail/outbound-email.ts';
import type { Executor } from './db.ts';
import type { BlastRow } from './schema.ts';

export function blastRowToBlast(row: BlastRow): Blast {
  return {
    id: row.id,
    surveyId: row.survey_id,
    name: row.name,
    touchpointType: row.touchpoint_type,
    createdBy: row.created_by ?? undefined,
    createdAt: row.created_at,
    recipients: row.recipients,
    queued: row.queued,
    skippedSuppressed: row.skipped_suppressed,
    skippedInvalid: row.skipped_invalid,
  };
}

export async function insertBlast(
  db: Executor,
  blast: Pick<
    Blast,
    'surveyId' | 'name' | 'touchpointType' | 'createdBy' | 'createdAt' | 'recipients' | 'skippedInvalid'
  >,
): Promise<Blast> {
  const row = await db
    .insertInto('blasts')
    .values({
      survey_id: blast.surveyId,
      name: blast.name,
      touchpoint_type: blast.touchpointType,
      created_by: blast.createdBy ?? null,
      created_at: blast.createdAt,
      recipients: blast.recipients,
      skipped_invalid: blast.skippedInvalid,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return blastRowToBlast(row);
}

/** Adds one batch's outcome to the blast's counters. */
export async function addToBlastCounts(
  db: Executor,
  id: string,
  counts: { queued: number; skippedSuppressed: number; skippedInvalid: number },
): Promise<Blast> {
  const row = await db
    .updateTable('blasts')
    .set((eb) => ({
      queued: eb('queued', '+', counts.queued),
      skipped_suppressed: eb('skipped_suppressed', '+', counts.skippedSuppressed),
      skipped_invalid: eb('skipped_invalid', '+', counts.skippedInvalid),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return blastRowToBlast(row);
}

export async function findBlastById(db: Executor, id: string): Promise<Blast | undefined> {
  const row = await db.selectFrom('blasts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? blastRowToBlast(row) : undefined;
}

export async function listBlasts(db: Executor, options: { limit: number }): Promise<Blast[]> {
  const rows = await db
    .selectFrom('blasts')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .execute();
  return rows.map(blastRowToBlast);
}

export type BlastEmailCounts = { emails: Record<OutboundEmailStatus, number>; answered: number };

/** The counts of a blast without emails: every status at zero. */
export function noBlastEmails(): BlastEmailCounts {
  return {
    emails: Object.fromEntries(OUTBOUND_EMAIL_STATUSES.map((status) => [status, 0])) as Record<
      OutboundEmailStatus,
      number
    >,
    answered: 0,
  };
}

/**
 * Per blast: its emails by status, and how many of their rating requests have been answered. Kept
 * as they change in blast_tallies (see the blast-tallies migration), so a blast of 40,000 emails
 * costs a few rows to read.
 */
export async function countBlastEmails(
  db: Executor,
  blastIds: readonly string[],
): Promise<Map<string, BlastEmailCounts>> {
  const counts = new Map<string, BlastEmailCounts>();
  for (const id of blastIds) counts.set(id, noBlastEmails());
  if (blastIds.length === 0) return counts;
  const { rows } = await sql<{ blast_id: string; tally: OutboundEmailStatus | 'answered'; n: number }>`
    SELECT blast_id, tally, sum(n)::int AS n FROM blast_tallies
    WHERE blast_id = ANY(${[...blastIds]}::uuid[])
    GROUP BY blast_id, tally
  `.execute(db);
  for (const row of rows) {
    const entry = counts.get(row.blast_id);
    if (!entry) continue;
    if (row.tally === 'answered') entry.answered = row.n;
    else entry.emails[row.tally] = row.n;
  }
  return counts;
}
