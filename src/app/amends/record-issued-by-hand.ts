import type { Gesture } from '../../core/amends/gesture.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { hasRole } from '../../core/team/role.ts';
import type { Actor } from '../../core/team/user.ts';
import { findGesture, updateGesture } from '../../store/amend-gesture.store.ts';
import { lockCaseById, touchCase } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';
import { gestureEventData } from './gesture-event-data.ts';

/**
 * "Issued by hand": someone issued an approved gesture in the business's own system (or one whose
 * webhook failed for good) and records its reference. A gesture still being sent cannot be: the
 * webhook may yet issue it, and it must not be issued twice.
 */
export async function recordIssuedByHand(
  ctx: AppContext,
  actor: Actor,
  gestureId: string,
  input: { reference: string },
): Promise<Gesture> {
  const reference = input.reference.trim();
  if (!reference)
    throw new AppError('VALIDATION_FAILED', 'reference: say where it was issued (e.g. the refund number).', {
      field: 'reference',
    });
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const peek = await findGesture(trx, gestureId);
    if (!peek) throw new AppError('NOT_FOUND', 'No amends gesture has that id.');
    const found = await lockCaseById(trx, peek.caseId);
    if (found?.ownerId !== actor.userId && !hasRole(actor.role, 'supervisor'))
      throw new AppError(
        'FORBIDDEN',
        "Only the case's owner (or a supervisor) records how amends were issued.",
      );
    const issued = await updateGesture(
      trx,
      gestureId,
      ['approved', 'failed'],
      { state: 'issued', reference, issuedAt: now, lastError: null },
      now,
    );
    if (!issued)
      throw new AppError(
        'GESTURE_NOT_AWAITING_ISSUE',
        `This gesture is ${peek.state.replace('_', ' ')}; only an approved (or failed) one is issued by hand.`,
      );
    await appendCaseEvents(
      trx,
      issued.caseId,
      [
        {
          kind: 'amends_issued',
          actorUserId: actor.userId,
          body: undefined,
          data: { ...gestureEventData(issued), by: 'hand' },
        },
      ],
      now,
    );
    await touchCase(trx, issued.caseId, now);
    await publishLive(trx, { type: 'case.changed', caseId: issued.caseId, by: actor.userId });
    return issued;
  });
}
