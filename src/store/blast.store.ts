import { sql } from 'kysely';
import type { Blast } from '../core/blast/blast.ts';
import type { LineError, Recipient } from '../core/blast/recipient-rows.ts';
import type { EarlierBlast } from '../core/blast/same-list.ts';
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
    state: row.state,
  };
}

/** A new blast, `preparing`: its rows go to blast_rows (insertBlastRows), refused ones to line_errors. */
export async function insertBlast(
  db: Executor,
  blast: Pick<
    Blast,
    'surveyId' | 'name' | 'touchpointType' | 'createdBy' | 'createdAt' | 'recipients' | 'skippedInvalid'
  > & { listHash: string; lineErrors: readonly LineError[] },
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
      state: 'preparing',
      list_hash: blast.listHash,
      line_errors: JSON.stringify(blast.lineErrors),
      progressed_at: blast.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return blastRowToBlast(row);
}

/** Rows per INSERT: 6 parameters each, well under PostgreSQL's 65,535. */
const ROWS_PER_INSERT = 5000;

/** Keeps a blast's list until each batch of it is prepared. */
export async function insertBlastRows(
  db: Executor,
  blastId: string,
  rows: readonly Recipient[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT)
    await db
      .insertInto('blast_rows')
      .values(
        rows.slice(start, start + ROWS_PER_INSERT).map((row) => ({
          blast_id: blastId,
          line: row.line,
          email: row.email,
          name: row.name ?? null,
          external_id: row.externalId ?? null,
          touchpoint_ref: row.touchpointRef ?? null,
        })),
      )
      .execute();
}

/** The next rows of a blast's list still to prepare, in line order. */
export async function findNextBlastRows(db: Executor, blastId: string, limit: number): Promise<Recipient[]> {
  const rows = await db
    .selectFrom('blast_rows')
    .selectAll()
    .where('blast_id', '=', blastId)
    .orderBy('line')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    line: row.line,
    email: row.email,
    name: row.name ?? undefined,
    externalId: row.external_id ?? undefined,
    touchpointRef: row.touchpoint_ref ?? undefined,
  }));
}

/** Drops prepared rows of a blast's list, in the transaction that prepared them. */
export async function deleteBlastRows(
  db: Executor,
  blastId: string,
  lines: readonly number[],
): Promise<void> {
  if (lines.length === 0) return;
  await db
    .deleteFrom('blast_rows')
    .where('blast_id', '=', blastId)
    .where('line', 'in', [...lines])
    .execute();
}

/** The blast, locked (FOR UPDATE) for its next batch: two jobs for one blast take turns. */
export async function lockBlastById(db: Executor, id: string): Promise<Blast | undefined> {
  const row = await db.selectFrom('blasts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? blastRowToBlast(row) : undefined;
}

/** The latest blast that took this list since `since`, if any. */
export async function findBlastOfList(
  db: Executor,
  listHash: string,
  since: Date,
): Promise<EarlierBlast | undefined> {
  const row = await db
    .selectFrom('blasts')
    .select(['id', 'name', 'created_at'])
    .where('list_hash', '=', listHash)
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, createdAt: row.created_at } : undefined;
}

/** The rows a blast refused, at the upload and while preparing, in line order. */
export async function findBlastLineErrors(db: Executor, id: string): Promise<LineError[]> {
  const row = await db.selectFrom('blasts').select('line_errors').where('id', '=', id).executeTakeFirst();
  return [...(row?.line_errors ?? [])].sort((a, b) => a.line - b.line);
}

/** The customers a blast already queued an email for (from their intent keys `blast:<blast>:<customer>`). */
export async function findCustomersOfBlast(db: Executor, blastId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('outbound_emails')
    .select('intent_key')
    .where('blast_id', '=', blastId)
    .execute();
  return rows.map((row) => row.intent_key.slice(`blast:${blastId}:`.length));
}

/** Blasts still `preparing` whose last batch is older than `before`: their job's process died. */
export async function listStalledBlasts(db: Executor, before: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('blasts')
    .select('id')
    .where('state', '=', 'preparing')
    .where((eb) => eb.or([eb('progressed_at', 'is', null), eb('progressed_at', '<', before)]))
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Adds one prepared batch's outcome to the blast's counters and refused lines (the kept lines stop
 * at `maxLineErrors`; the count keeps counting), and dates its progress; `prepared` ends it.
 */
export async function addToBlastCounts(
  db: Executor,
  id: string,
  counts: {
    queued: number;
    skippedSuppressed: number;
    skippedInvalid: number;
    lineErrors: readonly LineError[];
    maxLineErrors: number;
    at: Date;
    prepared: boolean;
  },
): Promise<Blast> {
  const row = await db
    .updateTable('blasts')
    .set((eb) => ({
      queued: eb('queued', '+', counts.queued),
      skipped_suppressed: eb('skipped_suppressed', '+', counts.skippedSuppressed),
      skipped_invalid: eb('skipped_invalid', '+', counts.skippedInvalid),
      line_errors: sql<string>`CASE WHEN jsonb_array_length(line_errors) >= ${counts.maxLineErrors} THEN line_errors
        ELSE line_errors || ${JSON.stringify(counts.lineErrors)}::jsonb END`,
      progressed_at: counts.at,
      ...(counts.prepared && { state: 'prepared' as const }),
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
