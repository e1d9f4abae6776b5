import type { CasePromise } from '../../core/promise/promise.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { findCaseById } from '../../store/case.store.ts';
import { listCasePromises as listPromisesOfCase } from '../../store/promise.store.ts';
import type { AppContext } from '../context.ts';

/** Every promise made on a case, oldest first: the open ones and the history of the others. */
export async function listCasePromises(ctx: AppContext, caseId: string): Promise<CasePromise[]> {
  const found = await findCaseById(ctx.db, caseId);
  if (!found) throw new AppError('NOT_FOUND', 'No case has that id.');
  return listPromisesOfCase(ctx.db, caseId);
}
