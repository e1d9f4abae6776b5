import type { BusinessHours } from './business-hours.ts';
import { addBusinessMinutes } from './business-time.ts';

/** An allowance of time: so many minutes, counted round the clock or only in business hours. */
export type TimeBudget = { minutes: number; business: boolean };

/**
 * When a budget started at `start` runs out. Wall time adds minutes; business time counts only the
 * minutes inside `hours` (core/time/business-time.ts: a start outside hours waits for the next opening;
 * a budget that runs out at closing lands at closing).
 */
export function addTimeBudget(start: Date, budget: TimeBudget, hours: BusinessHours): Date {
  if (!budget.business) return new Date(start.getTime() + budget.minutes * 60_000);
  return addBusinessMinutes(start, budget.minutes, hours);
}
