import type { CaseStatus } from './case-status.ts';
import { type Severity, severityRank } from './severity.ts';

export type UrgencyFacts = {
  status: CaseStatus;
  severity: Severity;
  /** Since when the customer has been waiting for us (opening, or their last message). */
  waitingSince: Date;
};

/**
 * Inbox order: cases nobody has acknowledged come first, then the more severe, then whoever has
 * waited longest. The store's SQL ordering mirrors this rule (see case.store.ts, listInbox).
 */
export function compareUrgency(a: UrgencyFacts, b: UrgencyFacts): number {
  const aUnacknowledged = a.status === 'open' ? 0 : 1;
  const bUnacknowledged = b.status === 'open' ? 0 : 1;
  if (aUnacknowledged !== bUnacknowledged) return aUnacknowledged - bUnacknowledged;
  const bySeverity = severityRank(a.severity) - severityRank(b.severity);
  if (bySeverity !== 0) return bySeverity;
  return a.waitingSince.getTime() - b.waitingSince.getTime();
}
