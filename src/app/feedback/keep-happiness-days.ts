import { MAX_WINDOW_DAYS } from '../../core/rating/happiness.ts';
import { type DayRange, resolveSettledDays } from '../../core/rating/settled-days.ts';
import { countKeptDays, keepSettledDays } from '../../store/happiness-day.store.ts';
import type { AppContext } from '../context.ts';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Per instance (its context): days this instance has seen counted into happiness_days. A counted
 * day stays counted (its figures cannot change, and nothing removes them), so a report within these
 * days need not ask the database again; it asks once a day, when a new day settles.
 */
const seenKept = new WeakMap<AppContext, DayRange>();

/**
 * Makes sure every settled day of the range is counted into happiness_days; returns how many days
 * it counted. Usually they all are already (one small read, skipped for days this instance has
 * seen counted). The first time, a year of a million requests takes seconds, which is why the
 * worker's hourly task counts each day as it settles, before a report asks.
 */
export async function keepHappinessDays(ctx: AppContext, range: DayRange): Promise<number> {
  const seen = seenKept.get(ctx);
  if (seen && seen.from <= range.from && range.to <= seen.to) return 0;
  const days = Math.round((range.to.getTime() - range.from.getTime()) / DAY_MS);
  const counted =
    (await countKeptDays(ctx.db, range)) === days
      ? 0
      : await ctx.db.transaction().execute((trx) => keepSettledDays(trx, range));
  seenKept.set(ctx, seen && seen.from <= range.to && range.from <= seen.to ? spanOf(seen, range) : range);
  return counted;
}

const spanOf = (a: DayRange, b: DayRange): DayRange => ({
  from: a.from < b.from ? a.from : b.from,
  to: a.to > b.to ? a.to : b.to,
});

/** The worker's hourly round: the settled days of the longest window a report can ask for. */
export function keepRecentHappinessDays(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const range = resolveSettledDays(
    { from: new Date(now.getTime() - MAX_WINDOW_DAYS * DAY_MS), to: now },
    now,
  );
  return range ? keepHappinessDays(ctx, range) : Promise.resolve(0);
}
