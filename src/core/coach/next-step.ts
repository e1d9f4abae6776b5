import type { CoachFinding } from './coach-finding.ts';
import type { DraftText } from './draft-text.ts';

/**
 * A reply should leave the customer knowing what happens next: what we will do, what they can do,
 * or when they will hear from us. Any of these counts.
 */
const NEXT_STEP =
  /\b(?:(?:I|we)\s*(?:will|['’]ll|shall|am\s+going\s+to|are\s+going\s+to|(?:['’]m|am|are|['’]re)\s+(?:now\s+)?(?:going\s+to|arranging|sending|looking|checking|investigating|working|escalating|chasing|following))|(?:I|we)\s+(?:have|['’]ve)\s+(?:now\s+|just\s+|already\s+)?(?:asked|arranged|sent|issued|booked|escalated|refunded|credited|passed|forwarded|raised|scheduled|reached\s+out|contacted|shipped|replaced|reported|opened|added|applied|processed|fixed|resolved|updated|reset|cancel(?:l)?ed|reinstated|started|requested|submitted|flagged)|you\s*(?:will|['’]ll)\s+(?:receive|get|hear|see|be\s+(?:able|contacted|refunded|credited|notified|sent))|(?:next\s+step|next\s+update|update\s+you|get\s+back\s+to\s+you|follow\s+up|keep\s+you\s+(?:posted|updated|informed)|be\s+in\s+touch|hear\s+from\s+(?:us|me))|(?:please|kindly|could\s+you|can\s+you|would\s+you|feel\s+free\s+to|be\s+sure\s+to|make\s+sure\s+to|try|just)\s+(?:\w+\s+){0,2}?(?:send|reply|dm|message|contact|call|check|confirm|click|visit|reach|try|let|share|provide|follow|give|head|tap|select|go|fill|email|write|open|restart|update|install|use|chat|text|direct|drop|pop|review|tell|keep|include|look|refer|see|sign|log|delete|reinstall|clear|remove|turn|unplug|re-?\w+)|(?:DM|message|contact|call|email|text|reach|chat\s+with)\s+us|let\s+(?:us|me)\s+know|reach\s+out\s+to|(?:send|shoot|drop)\s+us|(?:is|are)\s+(?:on\s+(?:its|their)\s+way|being\s+(?:sent|shipped|processed|prepared|investigated|looked\s+into|reviewed))|(?:here(?:['’]s|\s+is)\s+(?:what|how)|the\s+steps?\s+(?:here|below)|you\s+can\s+(?:\w+\s+){0,2}?(?:find|check|contact|reach|call|visit|request|use|get|try|track|view|see|update|change|cancel|return|claim|apply|submit|ask|follow|go|dm|message|reply|email|send|report|click|download|order|book|pick|purchase|buy|chat|log)|feel\s+free|head\s+(?:over\s+)?to|available\s+(?:here|at)|(?:details|info(?:rmation)?|more)\s+(?:here|at|on)|https?:\/\/|www\.|(?:tomorrow|tonight|today|within\s+\d|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the\s+end|end\s+of|noon|\d))))/i;

export function findNoNextStep(draft: DraftText): CoachFinding[] {
  if (NEXT_STEP.test(draft.own)) return [];
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
