import { canIssueStatusLink } from '../../core/case/status-page.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { lockCaseById, replaceStatusKey } from '../../store/case.store.ts';
import { publishLive } from '../../store/live.store.ts';
import { type CaseDetail, getCase } from '../cases/get-case.ts';
import type { AppContext } from '../context.ts';

/**
 * Replaces the case's status link: the old link shows "this link no longer works" from now on (an
 * open page of it is told at once, through the live stream), and the answer carries the new
 * `statusPageUrl`. For a link that reached the wrong person. The reply address stays, so the
 * customer's replies to earlier mail still reach the case.
 */
export async function issueStatusLink(ctx: AppContext, actor: Actor, caseId: string): Promise<CaseDetail> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const current = await lockCaseById(trx, caseId);
    if (!current) throw new AppError('NOT_FOUND', 'No case has that id.');
    if (!canIssueStatusLink(actor, current.ownerId))
      throw new AppError(
        'FORBIDDEN',
        'Only the case owner, a supervisor or an admin can issue a new status link.',
      );
    await replaceStatusKey(trx, caseId, now);
    // The keys stay out of the log: an old key would name nothing, a new one is the customer's secret.
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'case.status_link_issued',
      subjectType: 'case',
      subjectId: caseId,
      details: {},
    });
    await publishLive(trx, { type: 'case.changed', caseId, by: actor.userId });
  });
  return getCase(ctx, caseId);
}
