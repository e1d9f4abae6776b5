import type { Gesture } from '../../core/amends/gesture.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { listCaseGestures as listGestures } from '../../store/amend-gesture.store.ts';
import { findCaseById } from '../../store/case.store.ts';
import type { AppContext } from '../context.ts';

/** Every gesture on the case, in any state: the case's Amends card. */
export async function listCaseGestures(ctx: AppContext, caseId: string): Promise<Gesture[]> {
  if (!(await findCaseById(ctx.db, caseId))) throw new AppError('NOT_FOUND', 'No case has that id.');
  return listGestures(ctx.db, caseId);
}
