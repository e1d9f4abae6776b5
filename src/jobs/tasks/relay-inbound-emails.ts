import type { Task } from 'graphile-worker';
import type { AppContext } from '../../app/context.ts';
import { queueWaitingInboundEmails } from '../../app/inbound/queue-waiting-inbound-emails.ts';

/**
 * Every minute: mail stored but still `received` a while after (the process that stored it died
 * before processing it, or its hand-off failed) gets its processing job. The in-process processor
 * normally takes mail within milliseconds; the worker's start does the same for all of it at once.
 */
export function relayInboundEmails(ctx: AppContext): Task {
  return async (_payload, helpers) => {
    const queued = await queueWaitingInboundEmails(ctx, { all: false });
    if (queued > 0) helpers.logger.info(`queued ${queued} inbound emails left unprocessed`);
  };
}
