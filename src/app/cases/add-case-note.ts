import type { CaseEvent } from '../../core/case/case-event.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { lockCaseById, touchCase } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';

/** An internal note on the timeline: anyone on the team may add what they know to the one story. */
export async function addCaseNote(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: { body: string },
): Promise<CaseEvent> {
  const body = input.body.trim();
  if (body.length === 0)
    throw new AppError('VALIDATION_FAILED', 'A note needs some text.', { field: 'body' });
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await lockCaseById(trx, caseId))) throw new AppError('NOT_FOUND', 'No case has that id.');
    const [event] = await appendCaseEvents(
      trx,
      caseId,
      [{ kind: 'note', actorUserId: actor.userId, body, data: {} }],
      now,
    );
    await touchCase(trx, caseId, now);
    await publishLive(trx, { type: 'case.changed', caseId });
    if (!event) throw new Error('note was not appended');
    return event;
  });
}
