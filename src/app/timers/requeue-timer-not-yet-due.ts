import { requeueTimerNotYetDue as requeue } from '../../store/case-timer.store.ts';
import type { AppContext } from '../context.ts';

/**
 * A timer's job that found its timer not yet due leaves a job behind at the due time, so no timer is
 * lost to a job that ran early. Returns whether one was queued.
 */
export function requeueTimerNotYetDue(ctx: AppContext, timerId: string): Promise<boolean> {
  return requeue(ctx.db, timerId, ctx.now());
}
