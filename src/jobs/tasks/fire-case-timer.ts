import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { fireCaseTimer as fire } from '../../app/timers/fire-case-timer.ts';

const payload = z.object({ timerId: z.uuid() });

/** Fires a case timer at its due time (app/timers/fire-case-timer.ts: once, however often it runs). */
export function fireCaseTimer(ctx: AppContext): Task {
  return async (raw) => {
    const { timerId } = payload.parse(raw);
    await fire(ctx, timerId);
  };
}
