import { hasRole, type Role } from '../team/role.ts';

/** A possible owner for a new case, as the assignment rule sees them. */
export type OwnerCandidate = {
  userId: string;
  role: Role;
  /** Only available people (not away, not deactivated) take new cases. */
  available: boolean;
  /** Cases this person owns that are still open or acknowledged. */
  activeCaseCount: number;
  /** When this person last received a case; undefined if never. Breaks ties fairly. */
  lastAssignedAt: Date | undefined;
};

/**
 * The assignment rule: the available candidate with the fewest active cases; on a tie, the one who
 * waited longest for a case (never assigned first), then the smallest id so the choice is stable.
 * Returns undefined when nobody is available.
 */
export function chooseOwner(candidates: readonly OwnerCandidate[]): string | undefined {
  let best: OwnerCandidate | undefined;
  for (const candidate of candidates) {
    if (!candidate.available) continue;
    if (best === undefined || compareLoad(candidate, best) < 0) best = candidate;
  }
  return best?.userId;
}

/**
 * Who owns a case that nobody opened by hand when nobody is available (negative feedback at night):
 * the least-loaded supervisor or admin, away or not. A case always has an owner, and a lead is the
 * one who can hand it on; leaving the feedback waiting for someone to come back would lose it.
 * Undefined only when nobody active is a supervisor or an admin.
 */
export function chooseStandInOwner(candidates: readonly OwnerCandidate[]): string | undefined {
  return chooseOwner(
    candidates
      .filter((candidate) => hasRole(candidate.role, 'supervisor'))
      .map((candidate) => ({ ...candidate, available: true })),
  );
}

function compareLoad(a: OwnerCandidate, b: OwnerCandidate): number {
  if (a.activeCaseCount !== b.activeCaseCount) return a.activeCaseCount - b.activeCaseCount;
  const aLast = a.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const bLast = b.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (aLast !== bLast) return aLast < bLast ? -1 : 1;
  return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
}
