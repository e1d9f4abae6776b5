import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { deliverGesture } from '../../app/amends/deliver-gesture.ts';
import type { AppContext } from '../../app/context.ts';

const payload = z.object({ gestureId: z.uuid() });

/**
 * Tells the business's system to issue a gesture (app/amends/deliver-gesture.ts). A failed attempt
 * throws, so graphile-worker retries with its exponential backoff (e^attempt seconds, at most ~6 h
 * apart, 25 attempts); the last one marks the gesture failed instead.
 */
export function deliverAmend(ctx: AppContext, options: { timeoutMs?: number | undefined } = {}): Task {
  return async (raw, helpers) => {
    const { gestureId } = payload.parse(raw);
    const { attempts, max_attempts } = helpers.job;
    const outcome = await deliverGesture(ctx, gestureId, {
      number: attempts,
      isLast: attempts >= max_attempts,
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    });
    if (outcome === 'retry') throw new Error(`amends webhook for ${gestureId} failed; retried with backoff`);
  };
}
