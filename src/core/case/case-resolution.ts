import { AppError } from '../shared/app-error.ts';

/**
 * What the owner tells when a case is resolved — the three things the recovery literature says a
 * customer wants to hear at the end: what went wrong, how it was fixed, and why it won't happen again.
 * The resolution message, the follow-up email and the follow-up call are all made of these words.
 */
export type ResolutionParts = {
  whatWentWrong: string;
  howFixed: string;
  whyNotAgain: string;
};

/** One resolution of a case (a case reopened and resolved again has a second one). */
export type CaseResolution = ResolutionParts & {
  id: string;
  caseId: string;
  /** 1 for the first, 2 after a reopening, … */
  number: number;
  resolvedBy: string | undefined;
  resolvedAt: Date;
  /** When the follow-up to the customer is owed (N business days after resolving). */
  followUpDueAt: Date;
  /** The case reopened before the follow-up was due: none is owed for this resolution. */
  followUpCancelledAt: Date | undefined;
};

export const RESOLUTION_PART_MAX = 2000;

const PART_WORDS: Record<keyof ResolutionParts, string> = {
  whatWentWrong: 'what went wrong',
  howFixed: 'how it was fixed',
  whyNotAgain: "why it won't happen again",
};

export const RESOLUTION_PART_NAMES = Object.keys(PART_WORDS) as (keyof ResolutionParts)[];

/**
 * The three parts, trimmed, or VALIDATION_FAILED naming the first one missing or too long: a case is
 * not resolved until the owner can say all three.
 *
 * @example checkedResolution({ whatWentWrong: 'x', howFixed: ' ', whyNotAgain: 'y' })
 * // throws: "Say how it was fixed (resolution.howFixed) …"
 */
export function checkedResolution(parts: Partial<ResolutionParts> | undefined): ResolutionParts {
  if (!parts)
    throw new AppError(
      'VALIDATION_FAILED',
      "Resolving a case needs its resolution: what went wrong, how it was fixed and why it won't happen again (resolution.whatWentWrong, resolution.howFixed, resolution.whyNotAgain).",
      { field: 'resolution' },
    );
  const out = {} as ResolutionParts;
  for (const name of RESOLUTION_PART_NAMES) {
    const value = (parts[name] ?? '').trim();
    if (value.length === 0)
      throw new AppError(
        'VALIDATION_FAILED',
        `Say ${PART_WORDS[name]} (resolution.${name}): the customer is told it, and a case is not resolved without it.`,
        { field: `resolution.${name}` },
      );
    if (value.length > RESOLUTION_PART_MAX)
      throw new AppError(
        'VALIDATION_FAILED',
        `${capitalise(PART_WORDS[name])} (resolution.${name}) is ${value.length} characters long; keep it to ${RESOLUTION_PART_MAX}.`,
        { field: `resolution.${name}` },
      );
    out[name] = value;
  }
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
