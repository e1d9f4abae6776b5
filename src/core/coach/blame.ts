import type { CoachFinding } from './coach-finding.ts';
import { type DraftText, isNegated, matchesIn } from './draft-text.ts';

/**
 * Blaming the customer: it may be true, and it still turns a recovery into an argument. "You should
 * have received an email" tells them what to expect (not blame), so those verbs are left alone.
 */
const BLAME =
  /\b(?:you\s+should(?:\s+not|n['’]t)?\s+have\s+(?!received|got|gotten|been|had|heard|seen\s+(?:an?|our)\s+(?:email|e-mail|message|text))\w+|you\s+(?:failed|forgot|neglected|omitted|chose)\s+to|you\s+(?:didn['’]t|did\s+not)\s+(?:read|follow|check|bother|pay\s+attention)|you\s+(?:were|had\s+been)\s+(?:told|warned|informed|advised)|as\s+(?:you\s+were|(?:I|we)\s+(?:have\s+)?(?:already\s+)?(?:told|explained\s+to|informed|advised|warned))(?:\s+(?:you|before|previously|already))?|as\s+(?:stated|explained|mentioned)\s+(?:before|previously|earlier|in\s+my\s+last)|(?:it\s+(?:is|was)|it['’]s|that['’]s|that\s+(?:is|was))\s+(?:entirely\s+|really\s+|all\s+)?your\s+(?:own\s+)?(?:fault|mistake|error|problem|responsibility)|your\s+(?:own\s+)?fault|user\s+error|you\s+(?:must|should)\s+(?:have\s+)?(?:read|check(?:ed)?)\s+(?:the|our)\s+(?:terms|manual|instructions|policy|faq)|if\s+you\s+had\s+(?:read|followed|checked|listened)|you\s+(?:clearly|obviously)\s+\w+|you\s+(?:ignored|misread|misunderstood|entered\s+the\s+wrong|used\s+it\s+wrong)|you\s+were\s+supposed\s+to|per\s+my\s+(?:last|previous)\s+(?:email|message))/gi;

export function findBlame(draft: DraftText): CoachFinding[] {
  const findings: CoachFinding[] = [];
  for (const match of matchesIn(draft, BLAME)) {
    if (isNegated(draft, match.start)) continue;
    const replacement = rewordingOf(match.text);
    findings.push({
      kind: 'blame',
      ...span(match),
      ...(replacement !== undefined && { replacement }),
      reason:
        'This reads as blaming the customer. Even when it is true, it turns the recovery into an argument.',
      suggestion:
        'Say what happened and what you will do, without saying whose fault it was: "I can see what went wrong, and here is how I will put it right."',
    });
  }
  return findings;
}

/**
 * Words that can stand in for the span where the sentence still reads: "You should have read the
 * manual" → "It helps to have read the manual"; "As I told you before, …" → "To recap, …". Others
 * need the sentence rewritten, by the agent.
 */
function rewordingOf(blame: string): string | undefined {
  const capital = /^[A-Z]/.test(blame);
  const say = (words: string) => (capital ? words[0]!.toUpperCase() + words.slice(1) : words);
  const shouldHave = /^you\s+should\s+have\s+(\w+)$/i.exec(blame);
  if (shouldHave) return say(`it helps to have ${shouldHave[1]}`);
  if (/^as\s+/i.test(blame) || /^per\s+my/i.test(blame)) return say('to recap');
  if (/^user\s+error$/i.test(blame)) return say('a settings problem');
  return undefined;
}

const span = ({ start, end }: { start: number; end: number }) => ({ start, end });
