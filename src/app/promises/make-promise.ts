import type { CaseEvent } from '../../core/case/case-event.ts';
import { canWriteToCustomer } from '../../core/conversation/case-message.ts';
import { type CasePromise, checkPromiseTerms, type PromiseTerms } from '../../core/promise/promise.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';
import { sendCaseMessageIn } from '../conversation/send-case-message.ts';
import { recordPromise } from './record-promise.ts';

export type MakePromiseInput = PromiseTerms & {
  /** The message to the customer that makes the promise, sent in the same transaction. */
  message?: string | undefined;
};

/**
 * Makes a promise on a case, and with `message` writes to the customer in the same transaction (the
 * console's "Make this a promise": the message and the promise go together or not at all). Refused,
 * writing nothing: someone who is not the owner, a supervisor or an admin; a resolved or closed case;
 * a due time past or more than two years ahead; an empty or over-long `what`; and whatever refuses the
 * message (see sendCaseMessage).
 */
export async function makePromise(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: MakePromiseInput,
): Promise<{ promise: CasePromise; message: CaseEvent | undefined }> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const current = await lockCaseById(trx, caseId);
    if (!current) throw new AppError('NOT_FOUND', 'No case has that id.');
    if (!canWriteToCustomer(actor, current.ownerId))
      throw new AppError(
        'FORBIDDEN',
        'Only the case owner, a supervisor or an admin can make a promise on it.',
      );
    const terms = checkPromiseTerms(input, current, now);
    const message =
      input.message === undefined
        ? undefined
        : await sendCaseMessageIn(ctx, trx, actor, current.id, { text: input.message }, now);
    const promise = await recordPromise(trx, current, terms, { at: now, by: actor.userId });
    await publishLive(trx, { type: 'case.changed', caseId: current.id, by: actor.userId });
    return { promise, message };
  });
}
