import type { CoachChannel, CoachFinding } from '../../core/coach/coach-finding.ts';
import { coachMessage } from '../../core/coach/message-coach.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { findCoachFacts } from '../../store/case-fault.store.ts';
import type { AppContext } from '../context.ts';

/**
 * The coach's findings on a draft. With a case, it reads the case for context (is this the first
 * reply, does it record a fault); without one, the draft is read as a later reply with no fault
 * recorded. Reads only: a draft is never stored.
 */
export async function coachDraft(
  ctx: AppContext,
  input: { text: string; caseId?: string | undefined; channel?: CoachChannel | undefined },
): Promise<CoachFinding[]> {
  const facts = input.caseId === undefined ? undefined : await findCoachFacts(ctx.db, input.caseId);
  if (input.caseId !== undefined && !facts)
    throw new AppError('NOT_FOUND', 'No case has that id.', { field: 'caseId' });
  return coachMessage(input.text, {
    channel: input.channel ?? 'email',
    firstReply: facts?.firstReply ?? false,
    recordedFault: facts?.faultRecorded !== undefined,
    certainPromiseDates: [],
    now: ctx.now(),
  });
}
