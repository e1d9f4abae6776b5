import { findNoApology, findPublicApology } from './apology.ts';
import { findBlame } from './blame.ts';
import type { CoachContext, CoachFinding } from './coach-finding.ts';
import { readDraft } from './draft-text.ts';
import { findNoNextStep } from './next-step.ts';
import { findNothingICanDo } from './nothing-i-can-do.ts';
import { findUnbackedDates } from './unbacked-date.ts';
import { findUnrecordedFault } from './unrecorded-fault.ts';

/**
 * Everything the coach finds in a draft to the customer, in the order of the text. A blank draft
 * has nothing to coach yet.
 */
export function coachMessage(text: string, context: CoachContext): CoachFinding[] {
  if (text.trim() === '') return [];
  const draft = readDraft(text);
  return [
    ...findBlame(draft),
    ...findNothingICanDo(draft),
    ...findUnbackedDates(draft, context),
    ...findUnrecordedFault(draft, context),
    ...findPublicApology(draft, context),
    ...findNoApology(draft, context),
    ...findNoNextStep(draft),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
}
