import type { Executor } from '../../store/db.ts';
import {
  countGovernedCases,
  type Governed,
  holdCaseWrites,
  lockGovernedCases,
} from '../../store/governed-cases.store.ts';
import { queueBatchJobs } from '../../store/job.store.ts';
import type { AppContext } from '../context.ts';
import { refreshCaseClocks } from './refresh-case-clocks.ts';

export const REFRESH_GOVERNED_CLOCKS = 'refresh-governed-clocks';

/**
 * Up to this many governed cases are recomputed in the change's own transaction, so the console
 * shows the new due times at once and no case keeps a stale clock after the commit. Each case costs
 * a handful of statements (its row, policy, hours, timers): about 100 keep the save well under a
 * second. Beyond that, holding every case's lock for one long transaction would stall the agents
 * writing to them, so a job recomputes them in batches of BATCH, each its own short transaction.
 */
export const IN_TRANSACTION_LIMIT = 100;
const BATCH = 200;

/**
 * After a policy or business hours changed (in `trx`, not yet committed): the active cases they
 * govern get their clocks recomputed — now, or by a job queued in the same transaction. Case writes
 * already under way finish first, and new ones wait for the commit, so no case keeps a clock from
 * the old rules.
 */
export async function refreshGovernedClocks(
  trx: Executor,
  governed: Governed,
): Promise<{ cases: number; recomputed: 'now' | 'by-job' }> {
  // Case writes pause for this save (an admin's rare change; under a second for ≤100 cases) so none
  // that read the old policy or hours commits unseen.
  await holdCaseWrites(trx);
  const cases = await countGovernedCases(trx, governed);
  if (cases > IN_TRANSACTION_LIMIT) {
    await queueBatchJobs(trx, REFRESH_GOVERNED_CLOCKS, [{ governed }]);
    return { cases, recomputed: 'by-job' };
  }
  for (const caseId of await lockGovernedCases(trx, governed, { limit: IN_TRANSACTION_LIMIT + 1 }))
    await refreshCaseClocks(trx, caseId);
  return { cases, recomputed: 'now' };
}

/**
 * The job's part: every governed case, BATCH at a time in id order, each batch its own transaction.
 * Recomputing is idempotent, so a retried job only repeats work. Returns how many it recomputed.
 */
export async function refreshGovernedClocksInBatches(ctx: AppContext, governed: Governed): Promise<number> {
  let afterId: string | undefined;
  let total = 0;
  for (;;) {
    const ids = await ctx.db.transaction().execute(async (trx) => {
      const batch = await lockGovernedCases(trx, governed, { limit: BATCH, afterId });
      for (const caseId of batch) await refreshCaseClocks(trx, caseId);
      return batch;
    });
    total += ids.length;
    if (ids.length < BATCH) return total;
    afterId = ids[ids.length - 1];
  }
}
