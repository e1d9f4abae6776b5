import type { Gesture } from '../../core/amends/gesture.ts';
import type { GestureType } from '../../core/amends/gesture-kind.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { claimCode } from '../../store/amend-code.store.ts';
import { updateGesture } from '../../store/amend-gesture.store.ts';
import { DELIVER_AMEND } from '../../store/amend-webhook.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import type { Executor } from '../../store/db.ts';
import { queueRowJobs } from '../../store/job.store.ts';
import { findAmendsWebhook } from './amends-webhook-setting.ts';
import { gestureEventData } from './gesture-event-data.ts';

/**
 * An approved gesture (within limits, or approved by a supervisor) on its way, in the caller's
 * transaction: its code claimed from the pool (none left: the whole request is refused, nothing
 * done); then issued at once when a reference came with it (issued by hand), sent to the business's
 * system by a job when a webhook is set, or left approved for someone to issue by hand.
 */
export async function startIssuing(
  trx: Executor,
  input: {
    gesture: Gesture;
    type: GestureType;
    actorUserId: string;
    reference: string | undefined;
    now: Date;
  },
): Promise<Gesture> {
  const { gesture, type, now } = input;
  let code: string | undefined;
  if (type.usesCodePool) {
    code = await claimCode(trx, type.id, gesture.id, now);
    if (code === undefined)
      throw new AppError(
        'CODE_POOL_EXHAUSTED',
        `The ${type.name} code pool has no unused code left; an admin can upload more in Settings → Amends. Nothing was issued.`,
        { field: 'gestureTypeId' },
      );
  }
  const webhook = input.reference === undefined ? await findAmendsWebhook(trx) : undefined;
  if (input.reference !== undefined || (code !== undefined && !webhook)) {
    // Issued by hand (the reference typed in), or a pool code that is itself the gesture.
    const reference = input.reference ?? code;
    const issued = await updateGesture(
      trx,
      gesture.id,
      ['approved'],
      {
        state: 'issued',
        issuedAt: now,
        ...(reference !== undefined && { reference }),
        ...(code !== undefined && { code }),
      },
      now,
    );
    if (!issued) throw new Error('approved gesture was not issued');
    await appendCaseEvents(
      trx,
      gesture.caseId,
      [
        {
          kind: 'amends_issued',
          actorUserId: input.actorUserId,
          body: undefined,
          data: { ...gestureEventData(issued), by: 'hand' },
        },
      ],
      now,
    );
    return issued;
  }
  if (!webhook) {
    if (code === undefined) return gesture;
    return (await updateGesture(trx, gesture.id, ['approved'], { code }, now)) ?? gesture;
  }
  const issuing = await updateGesture(
    trx,
    gesture.id,
    ['approved'],
    { state: 'issuing', ...(code !== undefined && { code }) },
    now,
  );
  if (!issuing) throw new Error('approved gesture was not moved to issuing');
  await queueRowJobs(trx, DELIVER_AMEND, [gesture.id]);
  return issuing;
}
