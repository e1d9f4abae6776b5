import { decisionProblem, type Gesture } from '../../core/amends/gesture.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { findGestureType } from '../../store/amend-catalogue.store.ts';
import { findGesture, lockSpenders, updateGesture } from '../../store/amend-gesture.store.ts';
import { lockCaseById, touchCase } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import type { Executor } from '../../store/db.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';
import { beyondApproverAuthority } from './approver-authority.ts';
import { gestureEventData } from './gesture-event-data.ts';
import { startIssuing } from './start-issuing.ts';

/**
 * A supervisor approves or declines a request in one click, with a reason; never their own. The
 * owner and the timeline are told either way; an approval goes straight on to be issued. Approving
 * spends within the approver's own authority (core/amends/authority#approverOverruns): a request
 * above even that is refused, changes nothing, and stays in the queue for an admin.
 */
export async function decideGestureRequest(
  ctx: AppContext,
  actor: Actor,
  gestureId: string,
  input: { decision: 'approve' | 'decline'; reason: string | undefined },
): Promise<Gesture> {
  const reason = input.reason?.trim() || undefined;
  if (input.decision === 'decline' && !reason)
    throw new AppError('VALIDATION_FAILED', 'Say why it is declined: the owner tells the customer.', {
      field: 'reason',
    });
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const peek = await findGesture(trx, gestureId);
    if (!peek) throw new AppError('NOT_FOUND', 'No amends request has that id.');
    // The case first, then the gesture: the order requestGesture takes them in.
    await lockCaseById(trx, peek.caseId);
    const gesture = await findGesture(trx, gestureId, { lock: true });
    if (!gesture) throw new AppError('NOT_FOUND', 'No amends request has that id.');
    const problem = decisionProblem(actor, gesture);
    if (problem) throw new AppError(problem.code, problem.message);
    if (input.decision === 'approve') await assertWithinApproverAuthority(trx, actor, gesture, now);
    const decided = await updateGesture(
      trx,
      gesture.id,
      ['pending_approval'],
      {
        state: input.decision === 'approve' ? 'approved' : 'declined',
        decidedBy: actor.userId,
        decidedAt: now,
        ...(reason !== undefined && { decisionReason: reason }),
      },
      now,
    );
    if (!decided) throw new AppError('GESTURE_NOT_PENDING', 'This request was already decided.');
    await appendCaseEvents(
      trx,
      gesture.caseId,
      [
        {
          kind: input.decision === 'approve' ? 'amends_approved' : 'amends_declined',
          actorUserId: actor.userId,
          body: reason,
          data: { ...gestureEventData(decided), requestedBy: gesture.requestedBy },
        },
      ],
      now,
    );
    let result = decided;
    if (input.decision === 'approve') {
      const type = await findGestureType(trx, gesture.gestureTypeId);
      if (!type) throw new Error('a gesture type in use disappeared');
      result = await startIssuing(trx, {
        gesture: decided,
        type,
        actorUserId: actor.userId,
        reference: undefined,
        now,
      });
    }
    await touchCase(trx, gesture.caseId, now);
    await publishLive(trx, { type: 'case.changed', caseId: gesture.caseId, by: actor.userId });
    return result;
  });
}

async function assertWithinApproverAuthority(
  trx: Executor,
  actor: Actor,
  gesture: Gesture,
  now: Date,
): Promise<void> {
  if (actor.role === 'admin' || gesture.amountMinor === undefined || !gesture.currency) return;
  // Two approvals by one supervisor at once must not together pass their month.
  await lockSpenders(trx, actor.userId, undefined);
  const beyond = await beyondApproverAuthority(trx, actor, gesture, now);
  if (beyond) throw new AppError('FORBIDDEN', beyond);
}
