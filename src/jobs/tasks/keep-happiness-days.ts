import type { Task } from 'graphile-worker';
import type { AppContext } from '../../app/context.ts';
import { keepRecentHappinessDays } from '../../app/feedback/keep-happiness-days.ts';

/**
 * Hourly: counts the day that settled into happiness_days, so no report waits for it (and after an
 * upgrade, the year before it, once).
 */
export function keepHappinessDays(ctx: AppContext): Task {
  return async (_payload, helpers) => {
    const counted = await keepRecentHappinessDays(ctx);
    if (counted > 0) helpers.logger.info(`counted ${counted} settled days of happiness`);
  };
}
