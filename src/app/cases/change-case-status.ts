import { checkedResolution, type ResolutionParts } from '../../core/case/case-resolution.ts';
import { type CaseStatus, resolveStatusChange } from '../../core/case/case-status.ts';
import { canChangeCaseStatus } from '../../core/case/handoff.ts';
import { assertNoOpenPromises } from '../../core/promise/promise.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { lockCaseById, updateCaseStatus } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { publishLive } from '../../store/live.store.ts';
import { listCasePromises } from '../../store/promise.store.ts';
import type { AppContext } from '../context.ts';
import { callOffFollowUp, recordResolution } from '../follow-up/schedule-follow-up.ts';
import { refreshCaseClocks } from '../timers/refresh-case-clocks.ts';
import { type CaseDetail, getCase } from './get-case.ts';

/**
 * Moves a case along open → acknowledged → resolved → closed, or reopens it (counted). Resolving takes
 * the three parts of the resolution, keeps them and times the follow-up; reopening calls off a
 * follow-up not yet sent.
 */
export async function changeCaseStatus(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: {
    status: CaseStatus;
    note?: string | undefined;
    /** Required when resolving: what went wrong, how it was fixed, why it won't happen again. */
    resolution?: Partial<ResolutionParts> | undefined;
  },
): Promise<CaseDetail> {
  const now = ctx.now();
  const parts = input.status === 'resolved' ? checkedResolution(input.resolution) : undefined;
  if (!parts && input.resolution)
    throw new AppError(
      'VALIDATION_FAILED',
      `A resolution goes with resolving a case; leave it out to make the case ${input.status}.`,
      { field: 'resolution' },
    );
  await ctx.db.transaction().execute(async (trx) => {
    const current = await lockCaseById(trx, caseId);
    if (!current) throw new AppError('NOT_FOUND', 'No case has that id.');
    if (!canChangeCaseStatus(actor, current.ownerId)) {
      throw new AppError('FORBIDDEN', 'Only the case owner or a supervisor can change its status.');
    }
    const change = resolveStatusChange(current.status, input.status, now);
    if (change.from !== change.to)
      assertNoOpenPromises(change.to, await listCasePromises(trx, caseId, { state: 'open' }));
    await updateCaseStatus(trx, caseId, {
      status: change.to,
      isReopen: change.isReopen,
      ...change.stamps,
      now,
    });
    await refreshCaseClocks(trx, caseId);
    const resolution = parts && (await recordResolution(trx, current, parts, actor.userId, now));
    if (change.isReopen) await callOffFollowUp(trx, caseId, now);
    const note = input.note?.trim() || undefined;
    await appendCaseEvents(
      trx,
      caseId,
      [
        {
          kind: 'status_changed',
          actorUserId: actor.userId,
          body: note,
          data: {
            from: change.from,
            to: change.to,
            reopened: change.isReopen,
            ...(resolution && {
              resolution: {
                number: resolution.number,
                whatWentWrong: resolution.whatWentWrong,
                howFixed: resolution.howFixed,
                whyNotAgain: resolution.whyNotAgain,
                followUpDueAt: resolution.followUpDueAt.toISOString(),
              },
            }),
          },
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
