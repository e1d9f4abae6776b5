import { sql } from 'kysely';
import type { Executor } from './db.ts';
import { queueRowJobs, RECOVERY_CHECK, rowJobSpecs } from './job.store.ts';

/**
 * Queues the recovery check for requests answered or commented on negatively, in the caller's
 * transaction. Keyed by request, so a customer who clicks red then amber makes one job, never two cases.
 */
export async function enqueueRecoveryChecks(db: Executor, requestIds: readonly string[]): Promise<void> {
  await queueRowJobs(db, RECOVERY_CHECK, requestIds);
}

/**
 * Turns every request noted as due its check (by a click batch, store/rating-answer.store.ts) into
 * its recovery-check job, in one statement: the notes are deleted and the jobs added together or not
 * at all, so a check is never lost nor, thanks to the job key, doubled. Relays running at once on
 * several instances each take different notes (a deleted row is gone for the other). Returns how
 * many it relayed.
 *
 * Each job runs `holdMs` after this relay (the database's clock), and a later relay of the same
 * request moves a waiting job later still: while a run of clicks goes on, its check waits for the
 * end (core/rating/scanner-burst.ts#RECOVERY_HOLD_MS).
 */
export async function relayDueRecoveryChecks(db: Executor, holdMs: number): Promise<number> {
  const runAt = sql`now() + make_interval(secs => ${holdMs / 1000}::float8)`;
  const { rows } = await sql<{ relayed: number }>`
    WITH due AS (DELETE FROM recovery_checks_due RETURNING request_id)
    SELECT count(*)::int AS relayed FROM graphile_worker.add_jobs(
      ${rowJobSpecs(RECOVERY_CHECK, sql`SELECT request_id FROM due`, runAt)}, job_key_preserve_run_at => false)
    WHERE EXISTS (SELECT 1 FROM due)
  `.execute(db);
  return rows[0]?.relayed ?? 0;
}
