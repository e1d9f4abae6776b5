import { claimDueTimer } from '../../store/case-timer.store.ts';
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
    const timer = await claimDueTimer(trx, timerId, now);
    if (!timer) return false;
    await TIMER_HANDLERS[timer.kind](ctx, trx, timer, now);
    return true;
  });
}
