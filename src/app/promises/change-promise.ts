import type { CaseEvent } from '../../core/case/case-event.ts';
import { canWriteToCustomer } from '../../core/conversation/case-message.ts';
import {
  assertPromiseOpen,
  type CasePromise,
  checkPromiseTerms,
  type PromiseConfidence,
  settlePromise,
} from '../../core/promise/promise.ts';
import { statesDate } from '../../core/promise/promise-date.ts';
import { promiseDateText } from '../../core/promise/promise-words.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { findBusinessHours } from '../../store/business-hours.store.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { cancelCaseTimers } from '../../store/case-timer.store.ts';
import { publishLive } from '../../store/live.store.ts';
import { findPromiseById, lockPromiseById, updatePromiseState } from '../../store/promise.store.ts';
import type { AppContext } from '../context.ts';
import { sendCaseMessageIn } from '../conversation/send-case-message.ts';
import { promiseEventData, recordPromise } from './record-promise.ts';

/**
 * What a person does to an open promise: it was kept, it broke (said honestly before its time runs
 * out), or it is renegotiated — a new date, told to the customer in a message that states it.
 */
export type PromiseChange = {
  state: 'kept' | 'broken' | 'renegotiated';
  /** Renegotiated only: the new due time. */
  dueAt?: Date | undefined;
  /** Renegotiated only: to the customer; it must state the new date. */
  message?: string | undefined;
  /** Renegotiated only: the new promise's words and confidence; the old one's when not given. */
  what?: string | undefined;
  confidence?: PromiseConfidence | undefined;
};

const FIELD_WORDS = { dueAt: 'Due at', message: 'Message', what: 'What', confidence: 'Confidence' } as const;

/**
 * Settles an open promise, in one transaction: its new state, its timers cancelled, the timeline
 * told. A renegotiation also sends its message to the customer and makes the replacing promise
 * (chained to this one), or does nothing at all. Refused, writing nothing: a promise that is not open,
 * someone who is not the case's owner, a supervisor or an admin, and a renegotiation without a
 * message, with one that does not state the new date, or with a new date that is refused.
 */
export async function changePromise(
  ctx: AppContext,
  actor: Actor,
  promiseId: string,
  change: PromiseChange,
): Promise<{ promise: CasePromise; replacement: CasePromise | undefined; message: CaseEvent | undefined }> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const found = await findPromiseById(trx, promiseId);
    if (!found) throw new AppError('NOT_FOUND', 'No promise has that id.');
    // The case first, as everything that changes a case locks it first (a timer firing, a message).
    const current = await lockCaseById(trx, found.caseId);
    const promise = await lockPromiseById(trx, promiseId);
    if (!current || !promise) throw new AppError('NOT_FOUND', 'No promise has that id.');
    if (!canWriteToCustomer(actor, current.ownerId))
      throw new AppError(
        'FORBIDDEN',
        'Only the case owner, a supervisor or an admin can change a promise on it.',
      );
    assertPromiseOpen(promise);
    if (change.state !== 'renegotiated') {
      const extra = (['dueAt', 'message', 'what', 'confidence'] as const).find(
        (field) => change[field] !== undefined,
      );
      if (extra)
        throw new AppError(
          'VALIDATION_FAILED',
          `${FIELD_WORDS[extra]} goes with renegotiated only: a ${change.state} promise keeps its terms.`,
          { field: extra },
        );
    } else if (change.dueAt === undefined)
      throw new AppError('VALIDATION_FAILED', 'Due at is missing: renegotiating needs the new date.', {
        field: 'dueAt',
      });

    let message: CaseEvent | undefined;
    let replacement: CasePromise | undefined;
    const terms =
      change.state === 'renegotiated' && change.dueAt
        ? checkPromiseTerms(
            {
              what: change.what ?? promise.what,
              dueAt: change.dueAt,
              confidence: change.confidence ?? promise.confidence,
              customerVisible: promise.customerVisible,
            },
            current,
            now,
          )
        : undefined;
    if (change.state === 'renegotiated' && terms) {
      const { timeZone } = await findBusinessHours(trx, current.teamId);
      const newDate = promiseDateText(terms.dueAt, timeZone, now);
      if (change.message === undefined || change.message.trim() === '')
        throw new AppError(
          'VALIDATION_FAILED',
          `Message is missing: renegotiating a promise means telling the customer the new date (${newDate}).`,
          { field: 'message' },
        );
      if (!statesDate(change.message, terms.dueAt, now, timeZone))
        throw new AppError(
          'VALIDATION_FAILED',
          `Message does not state the new date (${newDate}): the customer must read it, e.g. "by ${newDate}".`,
          { field: 'message' },
        );
      message = await sendCaseMessageIn(ctx, trx, actor, current.id, { text: change.message }, now);
    }

    const settled = settlePromise(promise, change.state, now, actor.userId);
    await updatePromiseState(trx, settled);
    await cancelCaseTimers(trx, current.id, ['promise_at_risk', 'promise_due'], promise.id);
    await appendCaseEvents(
      trx,
      current.id,
      [
        {
          kind: `promise_${change.state}`,
          actorUserId: actor.userId,
          body: promise.what,
          data: {
            ...promiseEventData(promise),
            ...(terms && { newDueAt: terms.dueAt.toISOString() }),
          },
        },
      ],
      now,
    );
    if (terms)
      replacement = await recordPromise(trx, current, terms, {
        at: now,
        by: actor.userId,
        replacesId: promise.id,
      });
    await publishLive(trx, { type: 'case.changed', caseId: current.id, by: actor.userId });
    return { promise: settled, replacement, message };
  });
}
