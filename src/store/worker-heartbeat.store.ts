import { sql } from 'kysely';
import type { Executor } from './db.ts';

/** Where this worker pool runs, for a person reading `worker_heartbeats`. */
export type WorkerHere = { workerId: string; host: string; pid: number };

/**
 * Says this worker pool is alive, and returns the other pools that have not said so for `staleMs`
 * (by the database's clock, so instances with skewed clocks agree). One statement a second: the
 * heartbeat table is tiny, so watching for the dead costs nothing at idle.
 */
export async function beatAndListSilentWorkers(
  db: Executor,
  here: WorkerHere,
  staleMs: number,
): Promise<string[]> {
  const { rows } = await sql<{ worker_id: string }>`
    WITH beat AS (
      INSERT INTO worker_heartbeats (worker_id, host, pid) VALUES (${here.workerId}, ${here.host}, ${here.pid})
      ON CONFLICT (worker_id) DO UPDATE SET seen_at = now()
    )
    SELECT worker_id FROM worker_heartbeats
    WHERE worker_id <> ${here.workerId} AND seen_at < now() - make_interval(secs => ${staleMs / 1000})
  `.execute(db);
  return rows.map((row) => row.worker_id);
}

/**
 * Unlocks the jobs (and named queues) of silent worker pools so the living run them, and forgets the
 * pools — unless one spoke again meanwhile (it was slow, not dead: its jobs stay its own).
 * Call in a transaction: the unlock and the forgetting go together. Returns the pools unlocked.
 */
export async function releaseSilentWorkers(
  trx: Executor,
  workerIds: readonly string[],
  staleMs: number,
): Promise<string[]> {
  if (workerIds.length === 0) return [];
  const { rows } = await sql<{ worker_id: string }>`
    DELETE FROM worker_heartbeats
    WHERE worker_id = ANY(${[...workerIds]}::text[]) AND seen_at < now() - make_interval(secs => ${staleMs / 1000})
    RETURNING worker_id
  `.execute(trx);
  const gone = rows.map((row) => row.worker_id);
  if (gone.length > 0) await sql`SELECT graphile_worker.force_unlock_workers(${gone}::text[])`.execute(trx);
  return gone;
}

/**
 * Job locks held for `staleMs` by pools with no heartbeat at all: a process that died before its
 * first beat, or one of a version before heartbeats. A scan of the jobs: run it rarely.
 */
export async function listUnknownLockHolders(db: Executor, staleMs: number): Promise<string[]> {
  const { rows } = await sql<{ locked_by: string }>`
    SELECT DISTINCT j.locked_by FROM graphile_worker._private_jobs j
    WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - make_interval(secs => ${staleMs / 1000})
      AND NOT EXISTS (SELECT 1 FROM worker_heartbeats h WHERE h.worker_id = j.locked_by)
  `.execute(db);
  return rows.map((row) => row.locked_by);
}

export async function forceUnlockWorkers(db: Executor, workerIds: readonly string[]): Promise<void> {
  if (workerIds.length === 0) return;
  await sql`SELECT graphile_worker.force_unlock_workers(${[...workerIds]}::text[])`.execute(db);
}

/** A pool that stopped cleanly (its jobs finished or returned) is no longer watched. */
export async function forgetWorker(db: Executor, workerId: string): Promise<void> {
  await db.deleteFrom('worker_heartbeats').where('worker_id', '=', workerId).execute();
}
