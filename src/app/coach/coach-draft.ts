import type { CoachChannel, CoachFinding } from '../../core/coach/coach-finding.ts';
import { coachReading, readForCoach } from '../../core/coach/message-coach.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { findCoachFacts } from '../../store/case-fault.store.ts';
import type { AppContext } from '../context.ts';

/**
 * The coach's findings on a draft. With a case, it reads the case for context (is this the first
 * reply, does it record a fault, which days its open certain promises fall on); without one, the
 * draft is read as a later reply with no fault recorded. Reads only: a draft is never stored.
 *
 * The console asks while the agent types, so the answer's wait matters: the case is read in one
 * query, and the draft (nearly all the work) is read while that query is at the database.
 */
export async function coachDraft(
  ctx: AppContext,
  input: { text: string; caseId?: string | undefined; channel?: CoachChannel | undefined },
): Promise<CoachFinding[]> {
  const now = ctx.now();
  const asked = input.caseId === undefined ? undefined : findCoachFacts(ctx.db, input.caseId);
  // Awaited below; a failure before then must not count as unhandled and end the process.
  asked?.catch(() => undefined);
  // The query goes out on a later tick of the event loop: let it leave before the CPU-bound reading.
  if (asked) await new Promise((resolve) => setImmediate(resolve));
  const reading = readForCoach(input.text, now);
  const facts = await asked;
  if (input.caseId !== undefined && !facts)
    throw new AppError('NOT_FOUND', 'No case has that id.', { field: 'caseId' });
  return coachReading(reading, {
    channel: input.channel ?? 'email',
    firstReply: facts?.firstReply ?? false,
    recordedFault: facts?.faultRecorded !== undefined,
    certainPromiseDates: facts?.certainPromiseDueDates ?? [],
    now,
  });
}
