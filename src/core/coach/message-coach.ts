import { findNoApology, findPublicApology } from './apology.ts';
import { findBlame } from './blame.ts';
import type { CoachContext, CoachFinding } from './coach-finding.ts';
import { type DraftText, readDraft } from './draft-text.ts';
import { findNoNextStep } from './next-step.ts';
import { findNothingICanDo } from './nothing-i-can-do.ts';
import { type FirmDateSpan, findUnbackedDates, firmDatesOf } from './unbacked-date.ts';
import { findUnrecordedFault } from './unrecorded-fault.ts';

/**
 * A draft read for the coach, before the case is known: its sentences, negations and firm dates.
 * This is nearly all of the coach's work, so a caller can do it while it reads the case.
 */
export type CoachReading = { draft: DraftText; firmDates: FirmDateSpan[] };

/** Undefined for a blank draft: there is nothing to coach yet. */
export function readForCoach(text: string, now: Date): CoachReading | undefined {
  if (text.trim() === '') return undefined;
  const draft = readDraft(text);
  return { draft, firmDates: firmDatesOf(draft, now) };
}

/** What the coach finds in a read draft, given the case; `context.now` is the `now` it was read at. */
export function coachReading(reading: CoachReading | undefined, context: CoachContext): CoachFinding[] {
  if (!reading) return [];
  const { draft } = reading;
  return [
    ...findBlame(draft),
    ...findNothingICanDo(draft),
    ...findUnbackedDates(draft, context, reading.firmDates),
    ...findUnrecordedFault(draft, context),
    ...findPublicApology(draft, context),
    ...findNoApology(draft, context),
    ...findNoNextStep(draft),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Everything the coach finds in a draft to the customer, in the order of the text. A blank draft
 * has nothing to coach yet.
 */
export function coachMessage(text: string, context: CoachContext): CoachFinding[] {
  return coachReading(readForCoach(text, context.now), context);
}
