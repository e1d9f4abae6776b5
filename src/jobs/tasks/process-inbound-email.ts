import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import {
  flagInboundEmail,
  type InboundReader,
  processInboundEmail as processInboundEmailOnce,
} from '../../app/inbound/process-inbound-email.ts';

const payload = z.object({ inboundEmailId: z.uuid() });

/**
 * Parses, checks and threads one received email (app/inbound/process-inbound-email.ts). A database
 * failure throws, so graphile-worker retries with its backoff; after the last attempt the email is
 * flagged for a person instead of waiting unseen. It stays raw either way.
 */
export function processInboundEmail(ctx: AppContext, read: InboundReader): Task {
  return async (raw, helpers) => {
    const { inboundEmailId } = payload.parse(raw);
    try {
      const outcome = await processInboundEmailOnce(ctx, inboundEmailId, read);
      helpers.logger.debug(`inbound email ${inboundEmailId}: ${outcome.status}`);
    } catch (error) {
      if (helpers.job.attempts < helpers.job.max_attempts) throw error;
      await flagInboundEmail(
        ctx,
        inboundEmailId,
        `processing failed ${helpers.job.attempts} times; the last error: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
}
