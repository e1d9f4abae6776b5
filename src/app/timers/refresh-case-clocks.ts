import {
  CASE_CLOCKS,
  type CaseClock,
  type CaseClocks,
  dueClocks,
  nextDue,
} from '../../core/case/case-clocks.ts';
import { addTimeBudget } from '../../core/time/time-budget.ts';
import type { TimerKind } from '../../core/timer/case-timer.ts';
import { findBusinessHours } from '../../store/business-hours.store.ts';
import { findCaseById } from '../../store/case.store.ts';
import { findCasePolicy } from '../../store/case-policy.store.ts';
import { cancelCaseTimers, scheduleCaseTimers, updateCaseClocks } from '../../store/case-timer.store.ts';
import type { Executor } from '../../store/db.ts';
import { clearUpdateNudge } from '../../store/update-nudge.store.ts';

const TIMER_OF: Record<CaseClock, TimerKind> = {
  acknowledge: 'acknowledge_due',
  update: 'update_due',
  resolve: 'resolve_due',
};

/**
 * Recomputes a case's clocks after it changed (opened, acknowledged, written to, resolved, reopened,
 * its severity or team changed), in the caller's transaction with the case locked: the due times on
 * its row, and one timer per running clock — moved when its due time moved, cancelled when the clock
 * stopped. Returns the clocks.
 */
export async function refreshCaseClocks(db: Executor, caseId: string): Promise<CaseClocks | undefined> {
  const current = await findCaseById(db, caseId);
  if (!current) return undefined;
  const policy = await findCasePolicy(db, current.severity);
  const hours = await findBusinessHours(db, current.teamId);
  const clocks = dueClocks(current, policy, (start, budget) => addTimeBudget(start, budget, hours));
  await updateCaseClocks(db, caseId, clocks, nextDue(clocks)?.dueAt);
  const running = CASE_CLOCKS.flatMap((clock) => {
    const dueAt = clocks[`${clock}DueAt`];
    return dueAt ? [{ caseId, kind: TIMER_OF[clock], subjectId: undefined, dueAt }] : [];
  });
  const stopped = CASE_CLOCKS.filter((clock) => !clocks[`${clock}DueAt`]).map((clock) => TIMER_OF[clock]);
  // A stopped update clock (resolved, closed, back to open) ends the owner's nudge for an update.
  if (!clocks.updateDueAt) await clearUpdateNudge(db, caseId);
  await scheduleCaseTimers(db, running);
  await cancelCaseTimers(db, caseId, stopped);
  return clocks;
}
