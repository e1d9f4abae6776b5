import { canChangeCaseStatus } from '../../core/case/handoff.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { type CaseTask, TASK_OUTCOME_MAX } from '../../core/task/case-task.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { completeCaseTask, lockCaseTask } from '../../store/case-task.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';

/**
 * Records how a task went (the follow-up call: reached or not, how the customer feels now) and marks
 * it done, with a `task_done` event on the case's timeline. Only the case's owner, the task's
 * assignee or a supervisor; a task already done keeps its first outcome (CONFLICT).
 */
export async function recordTaskOutcome(
  ctx: AppContext,
  actor: Actor,
  taskId: string,
  input: { outcome: string },
): Promise<CaseTask> {
  const outcome = input.outcome.trim();
  if (outcome.length === 0)
    throw new AppError('VALIDATION_FAILED', 'Write the outcome of the call first (outcome).', {
      field: 'outcome',
    });
  if (outcome.length > TASK_OUTCOME_MAX)
    throw new AppError(
      'VALIDATION_FAILED',
      `The outcome is ${outcome.length} characters long; keep it to ${TASK_OUTCOME_MAX}.`,
      { field: 'outcome' },
    );
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const found = await lockCaseTask(trx, taskId);
    if (!found) throw new AppError('NOT_FOUND', 'No task has that id.');
    const owning = await lockCaseById(trx, found.caseId);
    if (!owning) throw new AppError('NOT_FOUND', 'No task has that id.');
    if (actor.userId !== found.assigneeUserId && !canChangeCaseStatus(actor, owning.ownerId))
      throw new AppError(
        'FORBIDDEN',
        'Only the person the task is for, the case owner or a supervisor can record its outcome.',
      );
    if (found.status === 'done')
      throw new AppError('CONFLICT', 'This task is already done; its outcome was recorded before.', {
        field: 'outcome',
      });
    const done = await completeCaseTask(trx, found.id, { outcome, by: actor.userId, at: now });
    await appendCaseEvents(
      trx,
      found.caseId,
      [
        {
          kind: 'task_done',
          actorUserId: actor.userId,
          body: outcome,
          data: { taskId: found.id, kind: found.kind },
        },
      ],
      now,
    );
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'case_task.done',
      subjectType: 'case',
      subjectId: found.caseId,
      details: { taskId: found.id, kind: found.kind },
    });
    await publishLive(trx, { type: 'case.changed', caseId: found.caseId });
    return done;
  });
}
