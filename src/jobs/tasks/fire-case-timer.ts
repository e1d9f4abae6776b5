import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { fireCaseTimer as fire } from '../../app/timers/fire-case-timer.ts';
import { fireDueTimers, TIMER_BATCH } from '../../app/timers/fire-due-timers.ts';
import { requeueTimerNotYetDue } from '../../app/timers/requeue-timer-not-yet-due.ts';

const payload = z.object({ timerId: z.uuid() });

/**
 * Fires a case timer at its due time, with the other timers due by then in the same commit
 * (app/timers/fire-due-timers.ts); each once, however often its job runs. `batch` 1: one at a time.
 */
export function fireCaseTimer(ctx: AppContext, batch = TIMER_BATCH): Task {
  return async (raw) => {
    const { timerId } = payload.parse(raw);
    if (batch <= 1) {
      if (!(await fire(ctx, timerId))) await requeueTimerNotYetDue(ctx, timerId);
      return;
    }
    try {
      // Its own timer did not fire: fired, moved or cancelled already — or not due yet by our clock.
      if (!(await fireDueTimers(ctx, timerId, batch)).ownFired) await requeueTimerNotYetDue(ctx, timerId);
    } catch (error) {
      // A handler failed somewhere in the batch, and none of it committed: this timer alone, so its
      // own failure (if it is the one) is retried by graphile-worker and the others' jobs fire them.
      console.error(
        `[worker] Firing a batch of due timers failed (${(error as Error).message}); firing ${timerId} alone.`,
      );
      if (!(await fire(ctx, timerId))) await requeueTimerNotYetDue(ctx, timerId);
    }
  };
}
