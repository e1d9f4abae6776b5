import type { CoachChannel, CoachFinding } from '../../core/coach/coach-finding.ts';
import { coachMessage } from '../../core/coach/message-coach.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { findCoachFacts } from '../../store/case-fault.store.ts';
import { listCasePromises } from '../../store/promise.store.ts';
import type { AppContext } from '../context.ts';

/**
 * The coach's findings on a draft. With a case, it reads the case for context (is this the first
 * reply, does it record a fault, which days its open certain promises fall on); without one, the draft is read as a later reply with no fault
 * recorded. Reads only: a draft is never stored.
 */
export async function coachDraft(
  ctx: AppContext,
  input: { text: string; caseId?: string | undefined; channel?: CoachChannel | undefined },
): Promise<CoachFinding[]> {
  const facts = input.caseId === undefined ? undefined : await findCoachFacts(ctx.db, input.caseId);
  if (input.caseId !== undefined && !facts)
    throw new AppError('NOT_FOUND', 'No case has that id.', { field: 'caseId' });
  // A firm date is backed when an open promise made with certainty falls on it.
  const promises =
    input.caseId === undefined ? [] : await listCasePromises(ctx.db, input.caseId, { state: 'open' });
  return coachMessage(input.text, {
    channel: input.channel ?? 'email',
    firstReply: facts?.firstReply ?? false,
    recordedFault: facts?.faultRecorded !== undefined,
    certainPromiseDates: promises.filter((p) => p.confidence === 'certain').map((p) => p.dueAt),
    now: ctx.now(),
  });
}
