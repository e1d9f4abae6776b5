import { lockCaseById } from '../../store/case.store.ts';
import { claimDueTimer, findCaseIdOfTimer } from '../../store/case-timer.store.ts';
import type { AppContext } from '../context.ts';
import { TIMER_HANDLERS } from './timer-handlers.ts';

/**
 * Fires a due timer: claims it and acts on it in one transaction, so what it does happens exactly
 * once — a second instance, a retried job or a timer moved or cancelled meanwhile finds nothing to
 * claim. Returns whether it fired.
 */
export async function fireCaseTimer(ctx: AppContext, timerId: string): Promise<boolean> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    // The case first, then its timer — the order every change to a case takes (it locks the case,
    // then refreshCaseClocks moves its timers). Claiming first deadlocked against a message being
    // sent at the due time; now the firing waits, and then finds the timer moved.
    const caseId = await findCaseIdOfTimer(trx, timerId);
    if (!caseId) return false;
    await lockCaseById(trx, caseId);
    const timer = await claimDueTimer(trx, timerId, now);
    if (!timer) return false;
    await TIMER_HANDLERS[timer.kind](ctx, trx, timer, now);
    return true;
  });
}
