import { AppError } from '../shared/app-error.ts';
import { hasRole, type Role } from '../team/role.ts';
import { type CaseStatus, isCaseActive } from './case-status.ts';

/** A hand-off reason shorter than this is not a reason ("ok", "-"). */
export const MIN_HANDOFF_REASON_LENGTH = 5;

export type HandoffRequest = {
  caseStatus: CaseStatus;
  currentOwnerId: string;
  actor: { userId: string; role: Role };
  newOwner: { userId: string; active: boolean };
  reason: string;
};

/**
 * One owner, one story: a case changes hands only with a written reason, to an active person who is
 * not already the owner, and only by its owner or a supervisor. Returns the trimmed reason.
 */
export function assertHandoffAllowed(request: HandoffRequest): string {
  const reason = request.reason.trim();
  if (reason.length < MIN_HANDOFF_REASON_LENGTH) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Say why the case changes hands (at least ${MIN_HANDOFF_REASON_LENGTH} characters): the next owner and the customer's story depend on it.`,
      { field: 'reason' },
    );
  }
  const isOwner = request.actor.userId === request.currentOwnerId;
  if (!isOwner && !hasRole(request.actor.role, 'supervisor')) {
    throw new AppError('FORBIDDEN', 'Only the case owner or a supervisor can hand this case off.');
  }
  if (!isCaseActive(request.caseStatus)) {
    throw new AppError('INVALID_HANDOFF', `A ${request.caseStatus} case is not handed off; reopen it first.`);
  }
  if (request.newOwner.userId === request.currentOwnerId) {
    throw new AppError('INVALID_HANDOFF', 'That person already owns this case.');
  }
  if (!request.newOwner.active) {
    throw new AppError('INVALID_HANDOFF', 'That person is deactivated and cannot own cases.');
  }
  return reason;
}

/** Who may change a case's status: its owner, or a supervisor and above. */
export function canChangeCaseStatus(actor: { userId: string; role: Role }, ownerId: string): boolean {
  return actor.userId === ownerId || hasRole(actor.role, 'supervisor');
}
