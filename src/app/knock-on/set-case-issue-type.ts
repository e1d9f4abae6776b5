import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import type { Executor } from '../../store/db.ts';
import { findCaseIssueTypeId, findIssueType, setCaseIssueType } from '../../store/issue-type.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';
import { type CaseKnockOnNeeds, getCaseKnockOnNeedsIn } from './get-case-knock-on-needs.ts';

/**
 * Says what kind of problem the case is (or, with undefined, that it is none of the list): its
 * checklist of knock-on needs shows on the case. On the timeline as `issue_type_set`. Saying the
 * type it already has changes nothing.
 */
export async function setCaseIssueTypeOf(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  issueTypeId: string | undefined,
): Promise<CaseKnockOnNeeds> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await lockCaseById(trx, caseId))) throw new AppError('NOT_FOUND', 'No case has that id.');
    await setCaseIssueTypeIn(trx, actor.userId, caseId, issueTypeId, now);
    return getCaseKnockOnNeedsIn(trx, caseId);
  });
}

/** The same inside the caller's transaction, the case locked or just opened (open-case.ts). */
export async function setCaseIssueTypeIn(
  trx: Executor,
  actorUserId: string | undefined,
  caseId: string,
  issueTypeId: string | undefined,
  now: Date,
): Promise<void> {
  const previousId = await findCaseIssueTypeId(trx, caseId);
  if (previousId === issueTypeId) return;
  const chosen = issueTypeId ? await findIssueType(trx, issueTypeId) : undefined;
  if (issueTypeId && !chosen)
    throw new AppError('NOT_FOUND', 'issueTypeId: no issue type has that id.', { field: 'issueTypeId' });
  if (chosen?.archived)
    throw new AppError(
      'VALIDATION_FAILED',
      `issueTypeId: ${chosen.name} is archived; pick a live issue type.`,
      {
        field: 'issueTypeId',
      },
    );
  const previous = previousId ? await findIssueType(trx, previousId) : undefined;
  await setCaseIssueType(trx, caseId, issueTypeId, now);
  await appendCaseEvents(
    trx,
    caseId,
    [
      {
        kind: 'issue_type_set',
        actorUserId,
        body: undefined,
        data: {
          issueTypeId: chosen?.id,
          name: chosen?.name,
          previousName: previous?.name,
          needs: chosen?.needs.length ?? 0,
        },
      },
    ],
    now,
  );
  await publishLive(trx, { type: 'case.changed', caseId });
}
