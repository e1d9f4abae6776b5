import type { TimerKind } from '../../core/timer/case-timer.ts';
import { lockCaseById } from '../../store/case.store.ts';
import {
  claimDueTimer,
  claimMoreDueTimers,
  findCaseIdOfTimer,
  removeTimerJobs,
} from '../../store/case-timer.store.ts';
import type { AppContext } from '../context.ts';
import { TIMER_BATCH_HANDLERS, TIMER_HANDLERS } from './timer-handlers.ts';

/**
 * Timers one job fires at most. Measured (`npm run bench -- timers`, 3,000 timers due within 5 s,
 * load ~29 on 2 cores): a commit per timer cost 1.8 ms of worker CPU and 2.5 ms of database CPU per
 * timer (about 230 timers/s for 2 whole cores: short of the 1,667/s of 100,000 in a minute); batches
 * with the clocks' batch handler, 0.28 + 0.48 ms (about 2,600/s).
 */
export const TIMER_BATCH = 100;

/**
 * Fires a timer's job: the timer itself (as fireCaseTimer) and, in the same transaction, other timers
 * already due that no one is firing — so a burst of due timers costs a commit per batch, not per
 * timer. Each is claimed on its row (fired once, whichever job or instance gets it) and its handler
 * runs in the claiming transaction; the jobs of the others are dropped with it. Returns whether its
 * own timer fired and how many did. A failing handler fails the whole batch (nothing of it
 * commits): the job task then fires its own timer alone, so one bad timer never holds back the others.
 */
export async function fireDueTimers(
  ctx: AppContext,
  timerId: string,
  batch = TIMER_BATCH,
): Promise<{ ownFired: boolean; fired: number }> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    // Its own timer first, as fireCaseTimer does — its case, then the timer, the order every change
    // to a case takes (this may wait) — and only then the others, which wait for nothing
    // (claimMoreDueTimers skips what anyone holds), so no two transactions wait on each other.
    const caseId = await findCaseIdOfTimer(trx, timerId);
    if (caseId) await lockCaseById(trx, caseId);
    const own = caseId ? await claimDueTimer(trx, timerId, now) : undefined;
    if (own) await TIMER_HANDLERS[own.kind](ctx, trx, own, now);
    const more = await claimMoreDueTimers(trx, now, batch - (own ? 1 : 0));
    for (const [kind, timers = []] of Object.entries(Object.groupBy(more, (timer) => timer.kind))) {
      const handleAll = TIMER_BATCH_HANDLERS[kind as TimerKind];
      if (handleAll) await handleAll(ctx, trx, timers, now);
      else for (const timer of timers) await TIMER_HANDLERS[timer.kind](ctx, trx, timer, now);
    }
    await removeTimerJobs(
      trx,
      more.map((timer) => timer.id),
    );
    return { ownFired: own !== undefined, fired: (own ? 1 : 0) + more.length };
  });
}
