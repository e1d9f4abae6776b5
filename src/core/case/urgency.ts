import type { CaseStatus } from './case-status.ts';
import { type Severity, severityRank } from './severity.ts';

export type UrgencyFacts = {
  status: CaseStatus;
  severity: Severity;
  /** Since when the customer has been waiting for us (opening, or their last message). */
  waitingSince: Date;
};

/**
 * Inbox order: the more severe first, then whoever has waited longest. Status does not come first:
 * an acknowledged "furnace out, baby at home" still needs more than an open "paper invoice", and
 * acknowledging a case must not bury it. The store's SQL ordering mirrors this rule
 * (store/case-inbox.store.ts).
 */
export function compareUrgency(a: UrgencyFacts, b: UrgencyFacts): number {
  const bySeverity = severityRank(a.severity) - severityRank(b.severity);
  if (bySeverity !== 0) return bySeverity;
  return a.waitingSince.getTime() - b.waitingSince.getTime();
}
