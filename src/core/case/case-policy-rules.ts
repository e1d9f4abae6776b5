import { AppError } from '../shared/app-error.ts';
import { budgetMinutesProblem } from '../time/time-budget-rules.ts';
import type { CasePolicy } from './case-policy.ts';

export type PolicyProblem = { field: string; message: string };

/**
 * Why a severity's policy cannot be saved, field by field; empty when it can. Each budget is a whole
 * number of minutes from 1 to 90 days. The cadence (update every) may not be longer than the resolve
 * target, nor acknowledging take longer than resolving: a customer would wait longer for news than
 * for the fix. The comparison is of minutes as each clock counts them (business or wall).
 */
export function casePolicyProblems(policy: CasePolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const budgets = [
    ['acknowledgeWithin', 'Acknowledge within', policy.acknowledgeWithin],
    ['updateEvery', 'Update every', policy.updateEvery],
    ['resolveWithin', 'Resolve within', policy.resolveWithin],
  ] as const;
  for (const [key, what, budget] of budgets) {
    const message = budgetMinutesProblem(what, budget.minutes);
    if (message) problems.push({ field: `${key}.minutes`, message });
  }
  if (problems.length > 0) return problems;
  if (policy.updateEvery.minutes > policy.resolveWithin.minutes)
    problems.push({
      field: 'updateEvery.minutes',
      message:
        'Update every must not be longer than resolve within: the customer would wait longer for news than for the fix.',
    });
  if (policy.acknowledgeWithin.minutes > policy.resolveWithin.minutes)
    problems.push({
      field: 'acknowledgeWithin.minutes',
      message: 'Acknowledge within must not be longer than resolve within.',
    });
  return problems;
}

/** Throws VALIDATION_FAILED, each problem beside its field, when the policy cannot be saved. */
export function assertCasePolicy(policy: CasePolicy): void {
  const problems = casePolicyProblems(policy);
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join(' '), { errors: problems });
}
