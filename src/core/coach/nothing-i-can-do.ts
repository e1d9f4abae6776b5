import type { CoachFinding } from './coach-finding.ts';
import { type DraftText, matchesIn } from './draft-text.ts';

/**
 * "There is nothing I can do" and its variants: a refusal that leaves the customer with nowhere to
 * go. "Nothing I can do would make up for it, but…" is an apology, not a refusal: "nothing (I|we)
 * can do" followed by "would", "will", "could", "can" or "to make up" is left alone.
 */
const REFUSAL =
  /\b(?:(?:there(?:['’]s|\s+is|\s+was)\s+)?nothing\s+(?:more\s+|else\s+|further\s+)?(?:that\s+)?(?:I|we)\s+can\s+do(?!\s+(?:would|will|could|can|to\s+make|that\s+would|to\s+undo|to\s+change\s+what))|(?:out\s+of|beyond)\s+(?:my|our)\s+(?:hands|control)|not\s+(?:my|our)\s+(?:department|job|problem|responsibility|area|team)|(?:our\s+|company\s+|the\s+)?polic(?:y|ies)\s+(?:does\s+not|doesn['’]t|do\s+not|don['’]t|won['’]t|will\s+not)\s+(?:allow|permit|let)|(?:I|we)\s+(?:can['’]t|cannot|can\s+not)\s+do\s+anything(?:\s+(?:more|else|about\s+(?:it|that|this)))?|(?:I|we)\s+(?:am|are|['’]m|['’]re)\s+(?:unable|not\s+able)\s+to\s+help(?:\s+(?:you|with\s+(?:this|that)))?|(?:I|we)\s+(?:can['’]t|cannot)\s+help\s+(?:you\s+)?(?:with\s+(?:this|that)|further|any\s+further)|(?:there(?:['’]s|\s+is)\s+)?nothing\s+(?:more\s+)?(?:to\s+be|that\s+can\s+be)\s+done|(?:unable|not\s+able)\s+to\s+(?:offer|do)\s+(?:anything|any\s+more)(?:\s+(?:further|more|else))?|(?:I|we)\s+(?:can['’]t|cannot)\s+offer\s+(?:anything|any\s+more)(?:\s+(?:further|more|else))?|(?:I|we)\s+(?:have|['’]ve)\s+done\s+all\s+(?:I|we)\s+can|(?:I|we)\s+(?:have\s+)?no\s+(?:control|say)\s+over)/gi;

export function findNothingICanDo(draft: DraftText): CoachFinding[] {
  return [...matchesIn(draft, REFUSAL)].map(({ start, end }) => ({
    kind: 'nothing_i_can_do' as const,
    start,
    end,
    reason:
      '"Nothing I can do" is never the answer: it leaves the customer with nowhere to go. There is always a next step, an explanation, or amends.',
    suggestion:
      'Say what you can do: "Here is what I can do:" and name it, or who you will bring in ("I have asked our billing team to look at this and will update you by …").',
  }));
}
