import { type CaseStatus, resolveStatusChange } from '../../core/case/case-status.ts';
import { canChangeCaseStatus } from '../../core/case/handoff.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { lockCaseById, updateCaseStatus } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';
import { refreshCaseClocks } from '../timers/refresh-case-clocks.ts';
import { type CaseDetail, getCase } from './get-case.ts';

/** Moves a case along open → acknowledged → resolved → closed, or reopens it (counted). */
export async function changeCaseStatus(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: { status: CaseStatus; note?: string | undefined },
): Promise<CaseDetail> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const current = await lockCaseById(trx, caseId);
    if (!current) throw new AppError('NOT_FOUND', 'No case has that id.');
    if (!canChangeCaseStatus(actor, current.ownerId)) {
      throw new AppError('FORBIDDEN', 'Only the case owner or a supervisor can change its status.');
    }
    const change = resolveStatusChange(current.status, input.status, now);
    await updateCaseStatus(trx, caseId, {
      status: change.to,
      isReopen: change.isReopen,
      ...change.stamps,
      now,
    });
    await refreshCaseClocks(trx, caseId);
    const note = input.note?.trim() || undefined;
    await appendCaseEvents(
      trx,
      caseId,
      [
        {
          kind: 'status_changed',
          actorUserId: actor.userId,
          body: note,
          data: { from: change.from, to: change.to, reopened: change.isReopen },
        },
      ],
      now,
    );
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: change.isReopen ? 'case.reopened' : 'case.status_changed',
      subjectType: 'case',
      subjectId: caseId,
      details: { from: change.from, to: change.to },
    });
    await publishLive(trx, { type: 'case.changed', caseId });
  });
  return getCase(ctx, caseId);
}
