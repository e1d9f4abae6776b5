import type { CaseEvent } from '../../core/case/case-event.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { findCaseById } from '../../store/case.store.ts';
import { listCaseEvents as listEvents } from '../../store/case-event.store.ts';
import type { AppContext } from '../context.ts';

/** The case's timeline, oldest first; `afterId` fetches only what is new since the last look. */
export async function listCaseEvents(
  ctx: AppContext,
  caseId: string,
  options: { afterId?: number | undefined; limit: number },
): Promise<CaseEvent[]> {
  if (!(await findCaseById(ctx.db, caseId))) throw new AppError('NOT_FOUND', 'No case has that id.');
  return listEvents(ctx.db, caseId, options);
}
