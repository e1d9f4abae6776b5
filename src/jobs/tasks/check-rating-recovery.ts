import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { checkRatingRecovery as check } from '../../app/recovery/check-rating-recovery.ts';

const payload = z.object({ requestId: z.uuid() });

/** Negative feedback → a recovery case (or onto the open one). Safe to run twice: the use case remembers. */
export function checkRatingRecovery(ctx: AppContext): Task {
  return async (raw, helpers) => {
    const { requestId } = payload.parse(raw);
    const outcome = await check(ctx, requestId);
    if (outcome !== 'not_needed') helpers.logger.info(`rating request ${requestId}: case ${outcome}`);
  };
}
