import { type RawBuilder, sql } from 'kysely';
import type { Executor } from './db.ts';

/**
 * A kind of graphile-worker job that is about one row: its task, the payload field naming the row,
 * and the job key that makes a second request for the same row join the first (the run time of a
 * job not yet started is kept).
 */
export type RowJob = { task: string; payloadField: string; keyPrefix: string };

export const RECOVERY_CHECK: RowJob = {
  task: 'check-rating-recovery',
  payloadField: 'requestId',
  keyPrefix: 'rating-recovery',
};
export const SEND_EMAIL: RowJob = { task: 'send-email', payloadField: 'emailId', keyPrefix: 'send-email' };
export const PROCESS_INBOUND_EMAIL: RowJob = {
  task: 'process-inbound-email',
  payloadField: 'inboundEmailId',
  keyPrefix: 'inbound-email',
};
export const PREPARE_BLAST: RowJob = {
  task: 'prepare-blast',
  payloadField: 'blastId',
  keyPrefix: 'prepare-blast',
};

/** "Forgot your password?": one job per request, payload `{ email }`; it decides whether to mail. */
export const FORGOTTEN_PASSWORD_JOB = 'mail-forgotten-password';

/**
 * The job specs for one job per id that `ids` (a query of one uuid column) yields, for
 * `graphile_worker.add_jobs`: one call for a whole batch. `runAt` (SQL) holds them until then; none: at once. Measured: `add_job` once per row costs
 * ~2 ms of database time each, most of a batch of rating clicks or blast emails.
 */
export function rowJobSpecs(
  job: RowJob,
  ids: RawBuilder<unknown>,
  runAt: RawBuilder<unknown> = sql`NULL`,
): RawBuilder<unknown> {
  return sql`ARRAY(
    SELECT (${job.task}::text, json_build_object(${job.payloadField}::text, ids.id), NULL, ${runAt}, NULL,
            ${job.keyPrefix}::text || ':' || ids.id, NULL, NULL)::graphile_worker.job_spec
    FROM (${ids}) AS ids(id))`;
}

/**
 * Queues one job per id, in the caller's transaction (so it runs only if that commits); at `runAt`
 * when given (a retry's backoff), else at once. A job for the same row that is running now keeps
 * running, without its key (graphile-worker's rule): the new job is the row's next one.
 */
export async function queueRowJobs(
  db: Executor,
  job: RowJob,
  ids: readonly string[],
  runAt?: Date,
): Promise<void> {
  if (ids.length === 0) return;
  const when = runAt ? sql`${runAt.toISOString()}::timestamptz` : sql`NULL`;
  await sql`
    SELECT count(*) FROM graphile_worker.add_jobs(
      ${rowJobSpecs(job, sql`SELECT DISTINCT unnest(${[...ids]}::uuid[])`, when)},
      job_key_preserve_run_at => ${runAt === undefined})
  `.execute(db);
}

/**
 * Queues one job of `task` per payload, without job keys, in the caller's transaction: one job for
 * a batch of rows, whose task claims each row itself (a job run twice finds its rows taken).
 */
export async function queueBatchJobs(db: Executor, task: string, payloads: readonly object[]): Promise<void> {
  if (payloads.length === 0) return;
  await sql`
    SELECT count(*) FROM graphile_worker.add_jobs(ARRAY(
      SELECT (${task}::text, p::json, NULL, NULL, NULL, NULL, NULL, NULL)::graphile_worker.job_spec
      FROM unnest(${payloads.map((payload) => JSON.stringify(payload))}::text[]) AS p))
  `.execute(db);
}

/** The worker ids holding job locks right now (graphile-worker's `locked_by`). */
export async function listJobLockHolders(db: Executor): Promise<string[]> {
  const { rows } = await sql<{ locked_by: string }>`
    SELECT DISTINCT locked_by FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL
  `.execute(db);
  return rows.map((row) => row.locked_by);
}
