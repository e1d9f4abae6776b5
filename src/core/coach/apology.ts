import type { CoachContext, CoachFinding } from './coach-finding.ts';
import { type DraftText, isNegated, matchesIn } from './draft-text.ts';

/** Saying sorry, in the ways people do. "Sorry to bother you" is not about their problem, but it still softens. */
const APOLOGY =
  /\b(?:sorry|apologi[sz](?:e|ed|es|ing)|apolog(?:y|ies)|regret|forgive\s+us|(?:I|we)\s+feel\s+terrible|pardon\s+(?:the|our))\b/gi;

export function apologies(draft: DraftText): { start: number; end: number }[] {
  return [...matchesIn(draft, APOLOGY)].filter(({ start }) => !isNegated(draft, start));
}

/**
 * Details a public reply should not carry: order or account numbers, amounts, email addresses and
 * phone numbers. Each is a span the agent can move to a private message.
 */
const DETAIL =
  /(?:\b(?:order|account|case|ticket|booking|reference|ref|invoice|tracking|confirmation|claim)\s*(?:number|no\.?|#)?\s*:?\s*#?[A-Z0-9][A-Z0-9-]{3,}\b|#\d{4,}\b|[$£€¥]\s?\d[\d,]*(?:\.\d{1,2})?|\b\d[\d,]*(?:\.\d{1,2})?\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{3,4}\b|\b\d{1,5}\s+\w+(?:\s+\w+)?\s+(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr)\b)/gi;

/** A digit run that is clearly a date or a time is not an order number. */
const NOT_A_DETAIL =
  /^(?:order|account|case|ticket|booking|reference|ref|invoice|tracking|confirmation|claim)\s*(?:number|no\.?|#)?\s*:?\s*#?(?:today|tomorrow|status|details?|update|history|page|team|form|issue|info|here|number|online)$/i;

export function findPublicApology(draft: DraftText, context: CoachContext): CoachFinding[] {
  if (context.channel !== 'public' || apologies(draft).length === 0) return [];
  return [...matchesIn(draft, DETAIL)]
    .filter(({ text }) => /\d|@/.test(text) && !NOT_A_DETAIL.test(text.trim()))
    .map(({ start, end }) => ({
      kind: 'public_apology' as const,
      start,
      end,
      reason:
        'An apology on a public channel with the customer’s details: order numbers, amounts and contact details do not belong in a public reply.',
      suggestion:
        'Apologise briefly in public and take the details private: "We are sorry about this. We have sent you a direct message so we can put it right."',
    }));
}

export function findNoApology(draft: DraftText, context: CoachContext): CoachFinding[] {
  if (!context.firstReply || apologies(draft).length > 0) return [];
  const first = draft.sentences[0];
  if (!first) return [];
  return [
    {
      kind: 'no_apology',
      start: first.start,
      end: first.end,
      reason: 'This is the first reply on the case and it does not apologise. A sincere apology comes first.',
      suggestion:
        'Begin with an apology for what they went through: "I am sorry this happened, and thank you for telling us."',
    },
  ];
}
