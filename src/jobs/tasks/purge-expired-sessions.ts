import type { Task } from 'graphile-worker';
import type { Db } from '../../store/db.ts';
import { deleteExpiredSessions } from '../../store/session.store.ts';

/** Hourly: expired sessions are useless, and keeping them only grows a table a thief would want. */
export function purgeExpiredSessions(db: Db, now: () => Date): Task {
  return async (_payload, helpers) => {
    const purged = await deleteExpiredSessions(db, now());
    if (purged > 0) helpers.logger.info(`purged ${purged} expired sessions`);
  };
}
