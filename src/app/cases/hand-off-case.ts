import { assertHandoffAllowed } from '../../core/case/handoff.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { lockCaseById, updateCaseOwner } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { publishLive } from '../../store/live.store.ts';
import { lockUserById } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';
import { type CaseDetail, getCase } from './get-case.ts';

/** Moves a case to a new owner with a written reason; the hand-off is counted and told on the timeline. */
export async function handOffCase(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: { toUserId: string; reason: string },
): Promise<CaseDetail> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const current = await lockCaseById(trx, caseId);
    if (!current) throw new AppError('NOT_FOUND', 'No case has that id.');
    // Locked, as deactivation locks them (users/update-user.ts): it cannot count this person's cases
    // while the case is on its way to them, nor can the case reach them once they are deactivated.
    const newOwner = await lockUserById(trx, input.toUserId);
    if (!newOwner) throw new AppError('NOT_FOUND', 'No user has that id.', { field: 'toUserId' });
    const reason = assertHandoffAllowed({
      caseStatus: current.status,
      currentOwnerId: current.ownerId,
      actor,
      newOwner: { userId: newOwner.id, active: newOwner.active },
      reason: input.reason,
    });
    await updateCaseOwner(trx, caseId, newOwner.id, now);
    await appendCaseEvents(
      trx,
      caseId,
      [
        {
          kind: 'handed_off',
          actorUserId: actor.userId,
          body: reason,
          data: { fromUserId: current.ownerId, toUserId: newOwner.id },
        },
      ],
      now,
    );
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'case.handed_off',
      subjectType: 'case',
      subjectId: caseId,
      details: { fromUserId: current.ownerId, toUserId: newOwner.id },
    });
    await publishLive(trx, { type: 'case.changed', caseId, assignedTo: newOwner.id, by: actor.userId });
  });
  return getCase(ctx, caseId);
}
