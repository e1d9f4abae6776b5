import type { TimeBudget } from '../time/time-budget.ts';
import type { CasePolicy } from './case-policy.ts';
import { type CaseStatus, isCaseActive } from './case-status.ts';

/** What a case's clocks are counted from. */
export type ClockFacts = {
  status: CaseStatus;
  openedAt: Date;
  /** A reopened case's acknowledge and resolve clocks start again from its reopening. */
  reopenedAt: Date | undefined;
  acknowledgedAt: Date | undefined;
  /** The latest customer-visible message: every one restarts the update clock (the void timer). */
  lastMessageOutAt: Date | undefined;
};

/** When each clock breaks; undefined where it does not run. */
export type CaseClocks = {
  acknowledgeDueAt: Date | undefined;
  updateDueAt: Date | undefined;
  resolveDueAt: Date | undefined;
};

export const CASE_CLOCKS = ['acknowledge', 'update', 'resolve'] as const;
export type CaseClock = (typeof CASE_CLOCKS)[number];

/**
 * The case's due times under its policy. Only an active case has clocks. Acknowledge runs while the
 * case is open (unacknowledged); update runs once it is acknowledged, from the latest word to the
 * customer; resolve runs from opening (or reopening) until resolved.
 */
export function dueClocks(
  facts: ClockFacts,
  policy: CasePolicy,
  add: (start: Date, budget: TimeBudget) => Date,
): CaseClocks {
  if (!isCaseActive(facts.status))
    return { acknowledgeDueAt: undefined, updateDueAt: undefined, resolveDueAt: undefined };
  const started = facts.reopenedAt ?? facts.openedAt;
  const lastWord = latest(facts.lastMessageOutAt, facts.acknowledgedAt);
  return {
    acknowledgeDueAt: facts.status === 'open' ? add(started, policy.acknowledgeWithin) : undefined,
    updateDueAt: facts.status === 'acknowledged' && lastWord ? add(lastWord, policy.updateEvery) : undefined,
    resolveDueAt: add(started, policy.resolveWithin),
  };
}

/** The clock that breaks first, and when; undefined when none runs. */
export function nextDue(clocks: CaseClocks): { clock: CaseClock; dueAt: Date } | undefined {
  const running = CASE_CLOCKS.flatMap((clock) => {
    const dueAt = clocks[`${clock}DueAt`];
    return dueAt ? [{ clock, dueAt }] : [];
  });
  return running.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
}

function latest(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
