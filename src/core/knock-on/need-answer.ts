import type { KnockOnNeed } from './issue-type.ts';

/** What the customer said when asked about a need. */
export const NEED_ANSWERS = ['needed', 'not_needed'] as const;
export type NeedAnswerKind = (typeof NEED_ANSWERS)[number];

/** A need's answer on a case, with the need and partner as they were when asked. */
export type NeedAnswer = {
  caseId: string;
  needId: string;
  answer: NeedAnswerKind;
  label: string;
  partnerName: string | undefined;
  partnerContact: string | undefined;
  /** The owner's words: what they will do (a need with no partner), or anything for the partner. */
  note: string | undefined;
  /** The referral task the need became, when it has a partner. */
  taskId: string | undefined;
  answeredBy: string;
  answeredAt: Date;
};

export const NEED_NOTE_MAX = 2000;

/**
 * What answering a need does: a needed need with a partner becomes a referral task to that partner;
 * a needed need without one is the owner's to look after, in their own words on the timeline (so a
 * note is required — "needed" with nothing said would be a promise nobody wrote down); not needed is
 * only recorded.
 */
export type NeedAnswerEffect = 'referral' | 'note' | 'recorded';

export function needAnswerEffect(
  need: Pick<KnockOnNeed, 'partnerName'>,
  answer: NeedAnswerKind,
): NeedAnswerEffect {
  if (answer === 'not_needed') return 'recorded';
  return need.partnerName ? 'referral' : 'note';
}

/** Why an answer cannot be recorded as asked, or undefined. */
export function needAnswerProblem(
  need: Pick<KnockOnNeed, 'partnerName' | 'label'>,
  answer: NeedAnswerKind,
  note: string | undefined,
): { field: string; message: string } | undefined {
  if (needAnswerEffect(need, answer) === 'note' && !note)
    return {
      field: 'note',
      message: `note: no partner looks after “${need.label}”, so say what you will do about it.`,
    };
  if (note && note.length > NEED_NOTE_MAX)
    return { field: 'note', message: `note: at most ${NEED_NOTE_MAX} characters.` };
  return undefined;
}

/**
 * A second answer to a need already answered: the same answer again is the first one (a double
 * click, a retry); a different one is refused (a partner may already have the task), except
 * {@link mayReviseAnswer}.
 */
export function isSameAnswer(recorded: Pick<NeedAnswer, 'answer'>, answer: NeedAnswerKind): boolean {
  return recorded.answer === answer;
}

/**
 * "Not needed" can become "needed" after all (the customer thought again, or the click was a slip):
 * nothing was set in motion by it. The other way is refused: a partner may already be on it.
 */
export function mayReviseAnswer(recorded: Pick<NeedAnswer, 'answer'>, answer: NeedAnswerKind): boolean {
  return recorded.answer === 'not_needed' && answer === 'needed';
}

/**
 * The needs looked after, in one sentence for the follow-up: "We also arranged water damage
 * restoration with DryFast and helped with an insurance letter." `also` when amends come before it.
 * Undefined when no need was looked after. Plain text: the mail escapes it.
 */
export function needsLookedAfterSentence(
  answers: readonly Pick<NeedAnswer, 'answer' | 'label' | 'partnerName'>[],
  also: boolean,
): string | undefined {
  const phrases = answers
    .filter((a) => a.answer === 'needed')
    .map((a) =>
      a.partnerName
        ? `arranged ${lowerFirst(a.label)} with ${a.partnerName}`
        : `helped with ${lowerFirst(a.label)}`,
    );
  if (phrases.length === 0) return undefined;
  const joined =
    phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
  return `We ${also ? 'also ' : ''}${joined}.`;
}

/** "Water damage restoration" reads "water damage restoration" mid-sentence; "TV repair" stays. */
function lowerFirst(label: string): string {
  const trimmed = label.trim().replace(/\.$/, '');
  if (/^\p{Lu}\p{Lu}/u.test(trimmed)) return trimmed;
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}
