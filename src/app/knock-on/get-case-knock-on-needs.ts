import type { IssueType, KnockOnNeed } from '../../core/knock-on/issue-type.ts';
import type { NeedAnswer } from '../../core/knock-on/need-answer.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { findCaseById } from '../../store/case.store.ts';
import { listCaseNeedAnswers } from '../../store/case-need-answer.store.ts';
import type { Executor } from '../../store/db.ts';
import { findCaseIssueTypeId, findIssueType, listKnockOnNeedsByIds } from '../../store/issue-type.store.ts';
import type { AppContext } from '../context.ts';

/** A need as the case shows it: its checklist item and, once asked, the answer. */
export type CaseNeed = { need: KnockOnNeed; answer: NeedAnswer | undefined };

export type CaseKnockOnNeeds = {
  caseId: string;
  issueType: Pick<IssueType, 'id' | 'name' | 'archived'> | undefined;
  /**
   * The issue type's checklist in order, then needs answered on the case that are no longer on it
   * (the type changed, an admin removed the item): an answer, and a referral, is never hidden.
   */
  needs: CaseNeed[];
};

export async function getCaseKnockOnNeeds(ctx: AppContext, caseId: string): Promise<CaseKnockOnNeeds> {
  if (!(await findCaseById(ctx.db, caseId))) throw new AppError('NOT_FOUND', 'No case has that id.');
  return getCaseKnockOnNeedsIn(ctx.db, caseId);
}

export async function getCaseKnockOnNeedsIn(db: Executor, caseId: string): Promise<CaseKnockOnNeeds> {
  const issueTypeId = await findCaseIssueTypeId(db, caseId);
  const [issueType, answers] = await Promise.all([
    issueTypeId ? findIssueType(db, issueTypeId) : undefined,
    listCaseNeedAnswers(db, caseId),
  ]);
  const byNeed = new Map(answers.map((a) => [a.needId, a]));
  const listed = issueType?.needs ?? [];
  const listedIds = new Set(listed.map((n) => n.id));
  const others = await listKnockOnNeedsByIds(
    db,
    answers.filter((a) => !listedIds.has(a.needId)).map((a) => a.needId),
  );
  const offList = answers
    .filter((a) => !listedIds.has(a.needId))
    .map((answer) => {
      const need = others.find((n) => n.id === answer.needId);
      if (!need) throw new Error(`answer on case ${caseId} points at a missing need`);
      return { need, answer };
    });
  return {
    caseId,
    issueType: issueType && { id: issueType.id, name: issueType.name, archived: issueType.archived },
    needs: [...listed.map((need) => ({ need, answer: byNeed.get(need.id) })), ...offList],
  };
}
