import type { CaseTaskStatus, TaskWithComments } from '../../core/task/case-task.ts';
import type { Actor } from '../../core/team/user.ts';
import { listTasksAskedOf } from '../../store/case-task.store.ts';
import { listTaskComments } from '../../store/case-task-comment.store.ts';
import type { AppContext } from '../context.ts';
import { taskWorkerOf } from './task-worker.ts';

/** A task on someone's list, with the case it is on. */
export type MyTask = { task: TaskWithComments; caseNumber: number; caseTitle: string; caseOwnerId: string };

/** At most this many on one list: a person with more has a problem no longer list solves. */
export const MY_TASKS_LIMIT = 200;

/**
 * The tasks asked of the actor or of their teams (the console's Tasks page): open ones by default,
 * the soonest due first and those with no due time last; done ones with `status: 'done'`.
 */
export async function listMyTasks(
  ctx: AppContext,
  actor: Actor,
  status: CaseTaskStatus = 'open',
): Promise<MyTask[]> {
  const worker = await taskWorkerOf(ctx.db, actor);
  const found = await listTasksAskedOf(ctx.db, worker, status, MY_TASKS_LIMIT);
  const comments = await listTaskComments(
    ctx.db,
    found.map((entry) => entry.task.id),
  );
  return found.map((entry) => ({
    ...entry,
    task: { ...entry.task, comments: comments.get(entry.task.id) ?? [] },
  }));
}
