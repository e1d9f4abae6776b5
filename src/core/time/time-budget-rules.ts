/** The longest a clock may run: 90 days. Longer is a typo (minutes for hours), not a policy. */
export const MAX_BUDGET_MINUTES = 90 * 24 * 60;

/** Why a budget's minutes cannot be used (`what` names the clock, e.g. "Acknowledge within"); undefined when they can. */
export function budgetMinutesProblem(what: string, minutes: number): string | undefined {
  if (!Number.isInteger(minutes) || minutes < 1)
    return `${what} must be a whole number of minutes, 1 or more.`;
  if (minutes > MAX_BUDGET_MINUTES) return `${what} must be at most 90 days (${MAX_BUDGET_MINUTES} minutes).`;
  return undefined;
}
