import { AppError } from '../shared/app-error.ts';

/**
 * A case moves open → acknowledged → resolved → closed. A resolved or closed case may be reopened
 * (back to open, so it must be acknowledged again); each reopening is counted, because a fix that
 * did not hold is the thing service recovery most needs to see.
 */
export const CASE_STATUSES = ['open', 'acknowledged', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['acknowledged', 'resolved'],
  acknowledged: ['resolved'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

export function canMoveCase(from: CaseStatus, to: CaseStatus): boolean {
  return NEXT[from].includes(to);
}

/** Statuses in which somebody still owes the customer something. */
export function isCaseActive(status: CaseStatus): boolean {
  return status === 'open' || status === 'acknowledged';
}

export type StatusChange = {
  from: CaseStatus;
  to: CaseStatus;
  /** True when the case comes back from resolved or closed. */
  isReopen: boolean;
  /** Timestamps to set on the case, keyed by column meaning. */
  stamps: { acknowledgedAt?: Date; resolvedAt?: Date; closedAt?: Date };
};

/**
 * Decides a status change. Throws INVALID_STATUS_TRANSITION when the move is not allowed.
 * @example resolveStatusChange('resolved', 'open', now) // → { isReopen: true, stamps: {} }
 */
export function resolveStatusChange(from: CaseStatus, to: CaseStatus, now: Date): StatusChange {
  if (!canMoveCase(from, to)) {
    const allowed = NEXT[from].join(' or ');
    throw new AppError(
      'INVALID_STATUS_TRANSITION',
      `A ${from} case cannot become ${to}; it can become ${allowed}.`,
      {
        from,
        to,
      },
    );
  }
  const isReopen = to === 'open';
  const stamps: StatusChange['stamps'] = {};
  if (to === 'acknowledged') stamps.acknowledgedAt = now;
  if (to === 'resolved') {
    stamps.resolvedAt = now;
    // Resolving an unacknowledged case acknowledges it too: the customer has been answered.
    if (from === 'open') stamps.acknowledgedAt = now;
  }
  if (to === 'closed') stamps.closedAt = now;
  return { from, to, isReopen, stamps };
}
