import { type JobHelpers, Logger, runOnce } from 'graphile-worker';
import { sql } from 'kysely';
import pg from 'pg';
import { type JobOptions, taskList } from '../../src/jobs/worker.ts';
import type { Mailer } from '../../src/mail/out/mailer.ts';
import type { Db } from '../../src/store/db.ts';
import { RECOVERY_CHECK, type RowJob } from '../../src/store/job.store.ts';
import { relayDueRecoveryChecks } from '../../src/store/recovery-check.store.ts';
import { offlineDns } from './offline-dns.ts';
import type { TestApp } from './test-app.ts';

/** Job chatter stays out of the test output; a job's error still shows. */
const quiet = new Logger(() => (level, message) => {
  if (level === 'error') console.error(`[worker] ${message}`);
});

/**
 * Queues the recovery checks that recorded clicks noted as due (as the app's relay does within
 * 100 ms, or the worker's cron within a minute: here at once, so no test races the relay), then runs
 * every due job once, as the worker would (four at a time, so two jobs for one email can race),
 * with this mailer — the local outbox when none. graphile-worker's runOnce can return before it has
 * marked its last job complete; ending our own pool waits for that, so when this resolves the jobs
 * are done and gone, and nothing is left running to meet a dropped test database.
 */
export async function runJobs(
  t: Pick<TestApp, 'ctx' | 'database'>,
  mailer?: Mailer,
  options: Omit<JobOptions, 'mailer'> = {},
): Promise<void> {
  const pgPool = new pg.Pool({ connectionString: t.database.connectionString, max: 6 });
  pgPool.on('error', () => {});
  // graphile-worker warns about a pool whose clients have no error handler (worker.ts does the same).
  pgPool.on('connect', (client) => client.on('error', () => {}));
  try {
    await relayDueRecoveryChecks(t.ctx.db, 0);
    // Inbound mail's DKIM/SPF/DMARC checks never reach the network from a test: no DNS record exists
    // unless the test gives a resolver with its own.
    const inbound = { dnsResolver: offlineDns({}), ...options };
    await runOnce({
      pgPool,
      taskList: taskList(t.ctx, { mailer, ...inbound }),
      concurrency: 4,
      logger: quiet,
    });
  } finally {
    await pgPool.end();
  }
}

/** How many jobs of this kind are queued for these rows (by their job key). */
export async function queuedJobCount(db: Db, job: RowJob, ids: readonly string[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM graphile_worker._private_jobs
    WHERE key = ANY(${ids.map((id) => `${job.keyPrefix}:${id}`)}::text[])
  `.execute(db);
  return rows[0]?.n ?? 0;
}

/** How many recovery-check jobs are queued for these rating requests (by their job key). */
export function recoveryJobCount(db: Db, requestIds: readonly string[]): Promise<number> {
  return queuedJobCount(db, RECOVERY_CHECK, requestIds);
}

/**
 * What a task needs of graphile-worker's helpers when a test calls it directly (to run two at a
 * chosen moment): a quiet logger and the job's attempt (the first of 25, graphile-worker's default).
 */
export function jobHelpers(attempt = { attempts: 1, max_attempts: 25 }): JobHelpers {
  return { logger: quiet, job: attempt } as unknown as JobHelpers;
}
