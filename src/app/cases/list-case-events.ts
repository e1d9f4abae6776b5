import type { CaseEvent } from '../../core/case/case-event.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { findCaseByIdOrNumber } from '../../store/case.store.ts';
import { listCaseEvents as listEvents } from '../../store/case-event.store.ts';
import type { AppContext } from '../context.ts';

/**
 * The timeline of the case with this id or number, oldest first; `afterId` fetches only what is new
 * since the last look.
 */
export async function listCaseEvents(
  ctx: AppContext,
  idOrNumber: string,
  options: { afterId?: number | undefined; limit: number },
): Promise<CaseEvent[]> {
  const found = await findCaseByIdOrNumber(ctx.db, idOrNumber);
  if (!found) throw new AppError('NOT_FOUND', 'No case has that id or number.');
  return listEvents(ctx.db, found.id, options);
}
