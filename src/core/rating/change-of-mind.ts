import type { CaseStatus } from '../case/case-status.ts';
import { isCaseActive } from '../case/case-status.ts';
import type { AnswerMood } from './survey-scale.ts';

/** An answer as the customer saw it, with how it feels. */
export type SeenAnswer = { score: number; label: string; colour: string | undefined; mood: AnswerMood };

/**
 * The customer changed their mind when a new answer feels different from the one before it: red →
 * green is a change of mind; red → amber is still unhappy, and green → gold still happy.
 * @example isChangeOfMind({ mood: 'negative' }, { mood: 'positive' }) // true
 */
export function isChangeOfMind(from: Pick<SeenAnswer, 'mood'>, to: Pick<SeenAnswer, 'mood'>): boolean {
  return from.mood !== to.mood;
}

/** The `data` of the timeline event that tells a change of mind (kind `feedback`, type `changed_mind`). */
export function changeOfMindEventData(from: SeenAnswer, to: SeenAnswer): Record<string, unknown> {
  return { type: 'changed_mind', from, to };
}

/** What a timeline event looks like to this rule: its kind and data, as stored or as the API gives them. */
export type TimelineFact = { kind: string; data: Record<string, unknown> };

/**
 * What the owner might do after the customer changed their mind, as a sentence; undefined when there
 * is nothing to suggest (no change of mind, the case is no longer active, or the owner changed its
 * status since, which is their answer to it). A suggestion only: the case's status, title and
 * severity stay as the owner set them, because "Good" after an apology may mean "thank you" or
 * "fixed", and only the owner knows which.
 * @example suggestAfterChangeOfMind('open', [{ kind: 'feedback', data: { type: 'changed_mind', from: …, to: { label: 'Good', mood: 'positive' } } }])
 *   // 'The customer now says “Good” — consider resolving the case.'
 */
export function suggestAfterChangeOfMind(
  status: CaseStatus,
  events: readonly TimelineFact[],
): string | undefined {
  if (!isCaseActive(status)) return undefined;
  let latest: { label: string; mood: string } | undefined;
  for (const event of events) {
    if (event.kind === 'status_changed') latest = undefined;
    if (event.kind !== 'feedback' || event.data.type !== 'changed_mind') continue;
    const to = event.data.to as { label?: unknown; mood?: unknown } | undefined;
    if (typeof to?.label === 'string' && typeof to.mood === 'string')
      latest = { label: to.label, mood: to.mood };
  }
  if (!latest) return undefined;
  switch (latest.mood) {
    case 'positive':
      return `The customer now says “${latest.label}” — consider resolving the case.`;
    case 'neutral':
      return `The customer now says “${latest.label}” — ask them what is still missing before resolving.`;
    default:
      return `The customer now says “${latest.label}” — they are unhappy again; get back to them.`;
  }
}
