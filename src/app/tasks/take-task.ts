import { AppError } from '../../core/shared/app-error.ts';
import type { CaseTask } from '../../core/task/case-task.ts';
import { assertCanTakeTask } from '../../core/task/help-task.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { assignCaseTask, findCaseTask, lockCaseTask } from '../../store/case-task.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';
import { taskWorkerOf } from './task-worker.ts';

/**
 * "I'll take it": someone in the team a task was asked of makes it theirs, so the team sees it is in
 * hand and the overdue nudge goes to them. The timeline says so and the case's owner is told live;
 * the owner stays the owner.
 */
export async function takeTask(ctx: AppContext, actor: Actor, taskId: string): Promise<CaseTask> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const found = await findCaseTask(trx, taskId);
    if (!found) throw new AppError('NOT_FOUND', 'No task has that id.');
    const current = await lockCaseById(trx, found.caseId);
    const task = await lockCaseTask(trx, taskId);
    if (!current || !task) throw new AppError('NOT_FOUND', 'No task has that id.');
    assertCanTakeTask(task, await taskWorkerOf(trx, actor));
    const taken = await assignCaseTask(trx, task.id, actor.userId, now);
    await appendCaseEvents(
      trx,
      current.id,
      [
        {
          kind: 'task_taken',
          actorUserId: actor.userId,
          body: task.what,
          data: { taskId: task.id, kind: task.kind },
        },
      ],
      now,
    );
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'case_task.taken',
      subjectType: 'case',
      subjectId: current.id,
      details: { taskId: task.id, from: task.assigneeUserId ?? null },
    });
    await publishLive(trx, { type: 'case.changed', caseId: current.id, by: actor.userId });
    return taken;
  });
}
