import {
  isSameAnswer,
  mayReviseAnswer,
  type NeedAnswer,
  type NeedAnswerKind,
  needAnswerEffect,
  needAnswerProblem,
} from '../../core/knock-on/need-answer.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { lockCaseById, touchCase } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import {
  deleteCaseNeedAnswer,
  findCaseNeedAnswer,
  insertCaseNeedAnswer,
} from '../../store/case-need-answer.store.ts';
import { insertCaseTask } from '../../store/case-task.store.ts';
import { findCaseIssueTypeId, findKnockOnNeed } from '../../store/issue-type.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';
import { type CaseKnockOnNeeds, getCaseKnockOnNeedsIn } from './get-case-knock-on-needs.ts';

/**
 * Records the customer's answer to a knock-on need on the case, once: needed with a partner becomes a
 * referral task to that partner, for the case's owner to see through; needed without one is a note
 * in the owner's words on the timeline; not needed is recorded. The case row is locked first, so two
 * clicks at once queue, and the second finds the first's answer and returns it (the same answer) or
 * is refused (a different one): one answer, one task, one event. "Not needed" may become "needed"
 * after all; the timeline keeps both answers.
 */
export async function answerKnockOnNeed(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  needId: string,
  input: { answer: NeedAnswerKind; note?: string | undefined },
): Promise<CaseKnockOnNeeds> {
  const note = input.note?.trim() || undefined;
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const found = await lockCaseById(trx, caseId);
    if (!found) throw new AppError('NOT_FOUND', 'No case has that id.');
    const need = await findKnockOnNeed(trx, needId);
    const recorded = need && (await findCaseNeedAnswer(trx, caseId, needId));
    const revising = recorded !== undefined && mayReviseAnswer(recorded, input.answer);
    if (recorded && !revising) {
      if (isSameAnswer(recorded, input.answer)) return getCaseKnockOnNeedsIn(trx, caseId);
      throw new AppError(
        'CONFLICT',
        `“${recorded.label}” was already answered ${recorded.answer === 'needed' ? 'needed' : 'not needed'}; that answer stands.`,
        { field: 'answer' },
      );
    }
    if (!need || need.archived || need.issueTypeId !== (await findCaseIssueTypeId(trx, caseId)))
      throw new AppError('NOT_FOUND', 'That need is not on this case’s checklist: set its issue type first.');
    if (found.status === 'closed')
      throw new AppError('CONFLICT', 'The case is closed: reopen it to look after another need.');
    const problem = needAnswerProblem(need, input.answer, note);
    if (problem) throw new AppError('VALIDATION_FAILED', problem.message, { field: problem.field });
    if (revising) await deleteCaseNeedAnswer(trx, caseId, needId);

    const effect = needAnswerEffect(need, input.answer);
    const task =
      effect === 'referral'
        ? await insertCaseTask(trx, {
            caseId,
            kind: 'referral',
            assigneeUserId: found.ownerId,
            createdBy: actor.userId,
            what: need.label,
            script: undefined,
            partnerName: need.partnerName,
            partnerContact: need.partnerContact,
            dueAt: undefined,
            createdAt: now,
          })
        : undefined;
    const answer: NeedAnswer = {
      caseId,
      needId,
      answer: input.answer,
      label: need.label,
      partnerName: need.partnerName,
      partnerContact: need.partnerContact,
      note,
      taskId: task?.id,
      answeredBy: actor.userId,
      answeredAt: now,
    };
    await insertCaseNeedAnswer(trx, answer);
    const data = { needId, label: need.label };
    await appendCaseEvents(
      trx,
      caseId,
      [
        effect === 'referral'
          ? {
              kind: 'need_referred',
              actorUserId: actor.userId,
              body: note,
              data: {
                ...data,
                taskId: task?.id,
                partnerName: need.partnerName,
                partnerContact: need.partnerContact,
              },
            }
          : effect === 'note'
            ? { kind: 'need_noted', actorUserId: actor.userId, body: note, data }
            : { kind: 'need_not_needed', actorUserId: actor.userId, body: undefined, data },
      ],
      now,
    );
    await touchCase(trx, caseId, now);
    await publishLive(trx, { type: 'case.changed', caseId });
    return getCaseKnockOnNeedsIn(trx, caseId);
  });
}
