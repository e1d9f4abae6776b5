import type { TimeBudget } from '../time/time-budget.ts';
import type { Severity } from './severity.ts';

/**
 * What a severity promises in time: acknowledge within, update at least every (the cadence, so the
 * customer is never left in the void), resolve within. `holdingMessage`: when the cadence runs out,
 * a short "no news yet" goes to the customer from a template, not only a nudge to the owner.
 */
export type CasePolicy = {
  severity: Severity;
  acknowledgeWithin: TimeBudget;
  updateEvery: TimeBudget;
  resolveWithin: TimeBudget;
  holdingMessage: boolean;
};
