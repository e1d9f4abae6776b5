import { AppError } from '../../core/shared/app-error.ts';
import type { CaseTask } from '../../core/task/case-task.ts';
import { findCaseByIdOrNumber } from '../../store/case.store.ts';
import { listCaseTasks as listTasksOfCase } from '../../store/case-task.store.ts';
import type { AppContext } from '../context.ts';

/** A case's tasks (the follow-up call, …), oldest first. */
export async function listCaseTasks(ctx: AppContext, caseRef: string): Promise<CaseTask[]> {
  const found = await findCaseByIdOrNumber(ctx.db, caseRef);
  if (!found) throw new AppError('NOT_FOUND', 'No case has that id or number.');
  return listTasksOfCase(ctx.db, found.id);
}
