import { AppError } from '../../core/shared/app-error.ts';
import type { CaseTaskComment } from '../../core/task/case-task.ts';
import { canWorkOnTask, TASK_COMMENT_MAX, taskAudience } from '../../core/task/help-task.ts';
import type { Actor } from '../../core/team/user.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { findCaseTask } from '../../store/case-task.store.ts';
import { insertTaskComment } from '../../store/case-task-comment.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';
import { peopleAsked } from './people-asked.ts';
import { taskWorkerOf } from './task-worker.ts';

/**
 * A comment on a task (a question, an answer, progress), by whoever may work on it (canWorkOnTask):
 * kept with the task, `task_commented` on the timeline, the others it concerns alerted live. Internal
 * like a note: the customer never sees it. A done task still takes comments (a last word after it).
 */
export async function commentOnTask(
  ctx: AppContext,
  actor: Actor,
  taskId: string,
  input: { body: string },
): Promise<CaseTaskComment> {
  const body = input.body.trim();
  if (body.length === 0)
    throw new AppError('VALIDATION_FAILED', 'Write the comment first.', { field: 'body' });
  if (body.length > TASK_COMMENT_MAX)
    throw new AppError(
      'VALIDATION_FAILED',
      `The comment is ${body.length} characters long; keep it to ${TASK_COMMENT_MAX}.`,
      { field: 'body' },
    );
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const found = await findCaseTask(trx, taskId);
    if (!found) throw new AppError('NOT_FOUND', 'No task has that id.');
    // The case first, as everything that changes a case locks it first.
    const current = await lockCaseById(trx, found.caseId);
    if (!current) throw new AppError('NOT_FOUND', 'No task has that id.');
    const worker = await taskWorkerOf(trx, actor);
    if (!canWorkOnTask(found, worker, current.ownerId))
      throw new AppError(
        'FORBIDDEN',
        'Only the people asked, the case owner or a supervisor can comment on this task.',
      );
    const comment = await insertTaskComment(trx, {
      taskId: found.id,
      authorId: actor.userId,
      body,
      createdAt: now,
    });
    await appendCaseEvents(
      trx,
      current.id,
      [
        {
          kind: 'task_commented',
          actorUserId: actor.userId,
          body,
          data: { taskId: found.id, kind: found.kind, commentId: comment.id },
        },
      ],
      now,
    );
    const asked = (await peopleAsked(trx, found)).map((person) => person.id);
    await publishLive(trx, {
      type: 'case.changed',
      caseId: current.id,
      by: actor.userId,
      taskAlert: {
        to: taskAudience(found, asked, current.ownerId, actor.userId),
        taskId: found.id,
        state: 'commented',
      },
    });
    return comment;
  });
}
