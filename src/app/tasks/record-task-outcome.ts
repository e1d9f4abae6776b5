import { AppError } from '../../core/shared/app-error.ts';
import { type CaseTask, TASK_OUTCOME_MAX } from '../../core/task/case-task.ts';
import { canWorkOnTask, taskAudience } from '../../core/task/help-task.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { completeCaseTask, findCaseTask, lockCaseTask } from '../../store/case-task.store.ts';
import { cancelCaseTimers } from '../../store/case-timer.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';
import { taskWorkerOf } from './task-worker.ts';

/**
 * Records how a task went (the follow-up call: reached or not, how the customer feels now; a request
 * for help: what was done) and marks it done, with a `task_done` event on the case's timeline; its
 * due timer stops and the others it concerns (the owner above all) are alerted live. Only the person
 * or a member of the team it was asked of, the case's owner or a supervisor; a task already done
 * keeps its first outcome (CONFLICT).
 */
export async function recordTaskOutcome(
  ctx: AppContext,
  actor: Actor,
  taskId: string,
  input: { outcome: string },
): Promise<CaseTask> {
  const outcome = input.outcome.trim();
  if (outcome.length === 0)
    throw new AppError('VALIDATION_FAILED', 'Write the outcome first (outcome).', { field: 'outcome' });
  if (outcome.length > TASK_OUTCOME_MAX)
    throw new AppError(
      'VALIDATION_FAILED',
      `The outcome is ${outcome.length} characters long; keep it to ${TASK_OUTCOME_MAX}.`,
      { field: 'outcome' },
    );
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const seen = await findCaseTask(trx, taskId);
    if (!seen) throw new AppError('NOT_FOUND', 'No task has that id.');
    // The case first, as everything that changes a case locks it first (a timer firing, a message).
    const owning = await lockCaseById(trx, seen.caseId);
    const found = await lockCaseTask(trx, taskId);
    if (!owning || !found) throw new AppError('NOT_FOUND', 'No task has that id.');
    if (!canWorkOnTask(found, await taskWorkerOf(trx, actor), owning.ownerId))
      throw new AppError(
        'FORBIDDEN',
        'Only the people the task was asked of, the case owner or a supervisor can record its outcome.',
      );
    if (found.status === 'done')
      throw new AppError('CONFLICT', 'This task is already done; its outcome was recorded before.', {
        field: 'outcome',
      });
    const done = await completeCaseTask(trx, found.id, { outcome, by: actor.userId, at: now });
    await cancelCaseTimers(trx, found.caseId, ['task_due'], found.id);
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
    // A done task concerns its owner and who asked; a team that never took it need not hear.
    const to = taskAudience(found, [], owning.ownerId, actor.userId);
    await publishLive(trx, {
      type: 'case.changed',
      caseId: found.caseId,
      by: actor.userId,
      ...(found.kind === 'help' &&
        to.length > 0 && { taskAlert: { to, taskId: found.id, state: 'done' as const } }),
    });
    return done;
  });
}
