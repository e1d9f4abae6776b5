import type { BusinessHours } from './business-hours.ts';

/** An allowance of time: so many minutes, counted round the clock or only in business hours. */
export type TimeBudget = { minutes: number; business: boolean };

/**
 * When a budget started at `start` runs out. Wall time adds minutes; business time counts only the
 * minutes inside `hours`.
 */
export function addTimeBudget(start: Date, budget: TimeBudget, hours: BusinessHours): Date {
  if (!budget.business) return new Date(start.getTime() + budget.minutes * 60_000);
  // Until business-time arithmetic lands (core/time/business-time.ts), business budgets count wall time.
  void hours;
  return new Date(start.getTime() + budget.minutes * 60_000);
}
