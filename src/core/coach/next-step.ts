import type { CoachFinding } from './coach-finding.ts';
import type { DraftText } from './draft-text.ts';

/**
 * A reply should leave the customer knowing what happens next: what we will do or have done, what
 * they can do, a question for them to answer, or when they will hear from us. Any of these counts.
 */
const NEXT_STEP = new RegExp(
  [
    // What we will do, or are doing now.
    String.raw`\b(?:I|we)\s*(?:will|['’]ll|shall|am\s+going\s+to|are\s+going\s+to|(?:['’]m|am|are|['’]re)\s+(?:now\s+)?(?:going\s+to|arranging|sending|looking|checking|investigating|working|escalating|chasing|following|on\s+it))`,
    // What we have done about it (not what we have read or received).
    String.raw`\b(?:I|we)(?:\s+have|['’]ve)\s+(?:now\s+|just\s+|already\s+|also\s+)?(?!received|heard|noticed|seen|understood|noted\b|been\b|read\b|had\b|done\s+all)\w*(?:ed|sent|done|made|taken|given|put|set|written|spoken|told|paid|sorted)\b`,
    String.raw`\b(?:I|we)\s+(?!received|heard|noticed|understood|noted\b|needed|wanted|hoped|tried)\w+ed\b`,
    String.raw`\band\s+(?:will|shall)\s+\w+`,
    String.raw`\b(?:I|we)\s+can\s+(?:offer|arrange|send|book|refund|replace|reship|resend|issue|credit)`,
    // What someone else will do, or what is under way.
    String.raw`\b(?:will|should)\s+(?:contact|call|email|reply|respond|look|check|confirm|send|visit|deliver|arrive|reach|get\s+back|be\s+in\s+touch|be\s+(?:delivered|sent|alerted|refunded|credited|fixed|with\s+you)|follow)`,
    String.raw`\b(?:arrives?|ships?|is\s+on\s+(?:its|the)\s+way|are\s+on\s+their\s+way|(?:is|are|has\s+been|have\s+been)\s+(?:being\s+)?(?:sent|shipped|processed|refunded|credited|escalated|booked|resolved|fixed|reissued|prepared|investigated|looked\s+into|reviewed))\b`,
    String.raw`\byou\s*(?:will|['’]ll)\s+(?:receive|get|hear|see|need|be\s+(?:able|contacted|refunded|credited|notified|sent))`,
    String.raw`\b(?:next\s+step|next\s+update|update\s+you|get\s+back\s+to\s+you|follow\s+up|keep\s+you\s+(?:posted|updated|informed)|be\s+in\s+touch|hear\s+from\s+(?:us|me)|stay\s+tuned)`,
    // What the customer can do.
    String.raw`\b(?:please|kindly)\s+(?!accept|forgive|bear|note\s+that|be\s+(?:assured|aware|patient))\w+`,
    String.raw`\b(?:could\s+you|can\s+you|would\s+you|feel\s+free|be\s+sure\s+to|make\s+sure|let\s+(?:us|me)\s+\w+|reach\s+out|you\s+(?:\w+\s+)?can\s+(?!be\b)\w+|(?:DM|message|contact|call|email|text|chat\s+with)\s+us|(?:send|shoot|drop)\s+us|head\s+(?:over\s+)?to|here(?:['’]s|\s+is)\s+(?:what|how))`,
    String.raw`https?:\/\/|www\.`,
    String.raw`\b(?:by|before)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|the\s+end|end\s+of|noon|\d)`,
  ].join('|'),
  'i',
);

/** A sentence that begins with an instruction ("Check your DMs.", "Hi Sam, restart the app."). */
const INSTRUCTION =
  /^(?:(?:hi|hello|hey|dear)\b[^,.!?]{0,30}[,.!]\s*)?(?:just\s+|so\s+)?(?:check|speak|call|contact|send|visit|try|restart|reboot|reply|click|tap|go|head|see|follow|ensure|dm|message|email|use|keep|reach|dial|give|tell|share|open|log|sign|update|install|refer|take|write|look|remove|reset|turn|return)\b/i;
/** The same instruction later in a sentence: "…at 9 pm, so keep a check on our website." */
const LATER_INSTRUCTION =
  /[,;]?\s(?:so|and|then)\s+(?:please\s+)?(?:check|keep|call|contact|send|visit|try|reply|click|tap|go|head|follow|use|reach|tell|share|look|return)\b/i;
/** A question to the customer: they know what to do next, answer it. */
const QUESTION = /\?/;

export function findNoNextStep(draft: DraftText): CoachFinding[] {
  if (NEXT_STEP.test(draft.own)) return [];
  if (
    draft.sentences.some(
      (sentence) =>
        INSTRUCTION.test(sentence.text) ||
        QUESTION.test(sentence.text) ||
        LATER_INSTRUCTION.test(sentence.text),
    )
  )
    return [];
  const last = draft.sentences.at(-1);
  if (!last) return [];
  return [
    {
      kind: 'no_next_step',
      start: last.start,
      end: last.end,
      reason: 'The reply does not say what happens next, or when the customer will hear from you.',
      suggestion:
        'End with the next step and the time of your next update: "I will check with the warehouse and write to you again by … with what I find."',
    },
  ];
}
