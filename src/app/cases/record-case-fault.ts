import type { CaseEvent } from '../../core/case/case-event.ts';
import { canWriteToCustomer } from '../../core/conversation/case-message.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { recordCaseFault as storeCaseFault } from '../../store/case-fault.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';

/**
 * Records that a fault was ours, with what went wrong: once per case. Then admitting it in a message
 * is right, and the message coach stops asking. A case with a fault already recorded keeps it.
 */
export async function recordCaseFault(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: { text: string },
): Promise<CaseEvent> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const found = await lockCaseById(trx, caseId);
    if (!found) throw new AppError('NOT_FOUND', 'No case has that id.');
    // Whoever may speak for the case to the customer may say the fault was ours: its owner or a supervisor.
    if (!canWriteToCustomer(actor, found.ownerId))
      throw new AppError('FORBIDDEN', 'Only the case’s owner or a supervisor can record a fault on it.');
    if (!(await storeCaseFault(trx, caseId, { text: input.text, userId: actor.userId }, now)))
      throw new AppError('CONFLICT', 'This case already records a fault; it is kept as it was.');
    const [event] = await appendCaseEvents(
      trx,
      caseId,
      [{ kind: 'fault_recorded', actorUserId: actor.userId, body: input.text, data: {} }],
      now,
    );
    await publishLive(trx, { type: 'case.changed', caseId });
    if (!event) throw new Error('fault_recorded was not appended');
    return event;
  });
}
