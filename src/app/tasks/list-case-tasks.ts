import { AppError } from '../../core/shared/app-error.ts';
import type { TaskWithComments } from '../../core/task/case-task.ts';
import { findCaseByIdOrNumber } from '../../store/case.store.ts';
import { listCaseTasks as listTasksOfCase } from '../../store/case-task.store.ts';
import { listTaskComments } from '../../store/case-task-comment.store.ts';
import type { AppContext } from '../context.ts';

/** A case's tasks (the follow-up call, requests for help, …) with their comments, oldest first. */
export async function listCaseTasks(ctx: AppContext, caseRef: string): Promise<TaskWithComments[]> {
  const found = await findCaseByIdOrNumber(ctx.db, caseRef);
  if (!found) throw new AppError('NOT_FOUND', 'No case has that id or number.');
  const tasks = await listTasksOfCase(ctx.db, found.id);
  const comments = await listTaskComments(
    ctx.db,
    tasks.map((task) => task.id),
  );
  return tasks.map((task) => ({ ...task, comments: comments.get(task.id) ?? [] }));
}
