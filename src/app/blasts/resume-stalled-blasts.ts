import { listStalledBlasts } from '../../store/blast.store.ts';
import { PREPARE_BLAST, queueRowJobs } from '../../store/job.store.ts';
import type { AppContext } from '../context.ts';

/**
 * A preparing blast makes progress every second or two (a batch of 500 rows); none for this long
 * means the process running its job died, and the job may stay locked for hours (graphile-worker
 * keeps a dead worker's lock for 4 h).
 */
export const STALLED_BLAST_MS = 5 * 60_000;

/**
 * Queues the job again of every blast whose preparation stalled (`all`: every preparing blast, when
 * this is the only process that can run jobs). A job still running meanwhile only takes turns with
 * the new one: batches lock the blast and delete the rows they prepare, so no row is prepared twice.
 */
export async function resumeStalledBlasts(ctx: AppContext, options: { all: boolean }): Promise<number> {
  const before = options.all ? ctx.now() : new Date(ctx.now().getTime() - STALLED_BLAST_MS);
  const ids = await listStalledBlasts(ctx.db, before);
  await queueRowJobs(ctx.db, PREPARE_BLAST, ids);
  return ids.length;
}
