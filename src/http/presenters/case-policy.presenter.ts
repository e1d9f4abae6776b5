import { z } from 'zod';
import type { CasePolicy } from '../../core/case/case-policy.ts';
import { SEVERITIES } from '../../core/case/severity.ts';

export const timeBudgetSchema = z
  .object({
    /** Whole minutes, 1 to 90 days (129,600). */
    minutes: z.number().int(),
    /** true: counted only in business hours (the case's team's, else the organisation's); false: round the clock. */
    business: z.boolean(),
  })
  .meta({ id: 'TimeBudget' });

export const casePolicySchema = z
  .object({
    severity: z.enum(SEVERITIES),
    acknowledgeWithin: timeBudgetSchema,
    /** The cadence: the customer hears from us at least this often; never longer than resolveWithin. */
    updateEvery: timeBudgetSchema,
    resolveWithin: timeBudgetSchema,
    /** When the cadence runs out, a short "no news yet" goes to the customer, not only a nudge to the owner. */
    holdingMessage: z.boolean(),
  })
  .meta({ id: 'CasePolicy' });

export function presentCasePolicy(policy: CasePolicy): z.infer<typeof casePolicySchema> {
  const budget = (b: CasePolicy['updateEvery']) => ({ minutes: b.minutes, business: b.business });
  return {
    severity: policy.severity,
    acknowledgeWithin: budget(policy.acknowledgeWithin),
    updateEvery: budget(policy.updateEvery),
    resolveWithin: budget(policy.resolveWithin),
    holdingMessage: policy.holdingMessage,
  };
}
