import type { Task } from 'graphile-worker';
import { idempotencyKeysExpireBefore } from '../../core/idempotency/idempotency-key.ts';
import type { Db } from '../../store/db.ts';
import { deleteIdempotencyKeysBefore } from '../../store/idempotency-key.store.ts';

/** Hourly: a key answers for its retries for a day; after that its stored answer is only weight. */
export function purgeIdempotencyKeys(db: Db, now: () => Date): Task {
  return async (_payload, helpers) => {
    const purged = await deleteIdempotencyKeysBefore(db, idempotencyKeysExpireBefore(now()));
    if (purged > 0) helpers.logger.info(`purged ${purged} idempotency keys older than a day`);
  };
}
