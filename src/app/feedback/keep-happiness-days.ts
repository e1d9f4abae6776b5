import { MAX_WINDOW_DAYS } from '../../core/rating/happiness.ts';
import { type DayRange, resolveSettledDays } from '../../core/rating/settled-days.ts';
import { countKeptDays, keepSettledDays } from '../../store/happiness-day.store.ts';
import type { AppContext } from '../context.ts';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Makes sure every settled day of the range is counted into happiness_days; returns how many days
 * it counted. Usually they all are already (one small read). The first time, a year of a million
 * requests takes seconds (20 s measured on a busy 2-core machine), which is why the worker's hourly
 * task counts each day as it settles, before a report asks.
 */
export async function keepHappinessDays(ctx: AppContext, range: DayRange): Promise<number> {
  const days = Math.round((range.to.getTime() - range.from.getTime()) / DAY_MS);
  if ((await countKeptDays(ctx.db, range)) === days) return 0;
  return ctx.db.transaction().execute((trx) => keepSettledDays(trx, range));
}

/** The worker's hourly round: the settled days of the longest window a report can ask for. */
export function keepRecentHappinessDays(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const range = resolveSettledDays(
    { from: new Date(now.getTime() - MAX_WINDOW_DAYS * DAY_MS), to: now },
    now,
  );
  return range ? keepHappinessDays(ctx, range) : Promise.resolve(0);
}
