import type { Task } from 'graphile-worker';
import { resumeStalledBlasts } from '../../app/blasts/resume-stalled-blasts.ts';
import type { AppContext } from '../../app/context.ts';
import { recoverStuckEmails } from '../../app/outbox/recover-stuck-emails.ts';

/**
 * Every minute: emails whose attempt died (its process killed while `sending`, its job locked by a
 * dead worker for hours) are judged by core/mail/delivery-attempts.ts#resolveStuckEmail once their
 * claim is older than any attempt can last, and queued again or failed; blasts whose preparation
 * stalled get their job again.
 */
export function recoverOutbox(ctx: AppContext): Task {
  return async (_payload, helpers) => {
    const recovered = await recoverStuckEmails(ctx, { claimantGone: false });
    const moved = recovered.requeued + recovered.resent + recovered.failed;
    if (moved > 0)
      helpers.logger.warn(
        `outbox: ${recovered.requeued} stuck email(s) queued again, ${recovered.resent} to be re-sent as kept, ${recovered.failed} failed`,
      );
    const resumed = await resumeStalledBlasts(ctx, { all: false });
    if (resumed > 0)
      helpers.logger.warn(`outbox: the preparation of ${resumed} stalled blast(s) queued again`);
  };
}
