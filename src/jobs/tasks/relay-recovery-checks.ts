import type { Task } from 'graphile-worker';
import type { AppContext } from '../../app/context.ts';
import { relayDueRecoveryChecks } from '../../store/recovery-check.store.ts';

/**
 * Every minute: queues recovery checks that click batches noted as due but no relay took, because
 * the process that recorded them died first or its relay failed (app/recovery/recovery-check-relay.ts
 * normally takes them within 100 ms).
 */
export function relayRecoveryChecks(ctx: AppContext): Task {
  return async (_payload, helpers) => {
    const relayed = await relayDueRecoveryChecks(ctx.db, ctx.recoveryHoldMs);
    if (relayed > 0) helpers.logger.info(`queued ${relayed} recovery checks left by a relay`);
  };
}
