import * as chrono from 'chrono-node';
import type { CoachContext, CoachFinding } from './coach-finding.ts';
import type { DraftText } from './draft-text.ts';

/**
 * A firm date or time told to the customer is a promise. Without a promise made with certainty on
 * that day, the coach asks the agent to make one or to soften the wording. chrono-node finds the
 * dates ("tomorrow", "on Friday", "by 14/12", "at 3pm", "within 24 hours"); a date counts as firm
 * when chrono is certain of its day, weekday or hour, and the sentence commits to something then.
 */
const COMMITS =
  /\b(?:will|shall|going\s+to|expect(?:ed)?|guarantee[sd]?|promise[sd]?|by|before|no\s+later\s+than|arriv\w*|deliver\w*|ship\w*|dispatch\w*|should\s+(?:be|arrive|reach|get)|be\s+(?:back|fixed|ready|there|resolved|done|sorted|refunded|credited))\b|['’]ll\b/i;
/** Words without which chrono finds no date: sentences without any are not parsed (most of a draft). */
const DATEISH =
  /\d|\b(?:today|tonight|tomorrow|yesterday|noon|midnight|morning|afternoon|evening|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|this|end|day|week|hour|minute|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+couple)/i;
/** Periods too broad to be a firm date, and readings chrono makes of ordinary words. */
const VAGUE = /\b(?:weeks?|months?|years?|weekend|season|quarter|now|recently|soon|later)\b/i;

export function findUnbackedDates(draft: DraftText, context: CoachContext): CoachFinding[] {
  const zone = context.timeZone ?? 'UTC';
  const dayOf = (date: Date) => date.toLocaleDateString('en-CA', { timeZone: zone });
  const promised = new Set(context.certainPromiseDates.map(dayOf));
  const today = dayOf(context.now);
  const findings: CoachFinding[] = [];
  const results = draft.sentences
    .filter((sentence) => DATEISH.test(sentence.text) && COMMITS.test(sentence.text))
    .flatMap((sentence) =>
      chrono
        .parse(sentence.text, context.now, { forwardDate: true })
        .map((result) => ({ result, sentence, index: sentence.start + result.index })),
    );
  for (const { result, index } of results) {
    const firm =
      result.start.isCertain('day') || result.start.isCertain('weekday') || result.start.isCertain('hour');
    if (!firm || VAGUE.test(result.text)) continue;
    const day = dayOf(result.start.date());
    if (day < today || promised.has(day)) continue;
    findings.push({
      kind: 'unbacked_date',
      start: index,
      end: index + result.text.length,
      reason: `"${result.text}" is a firm date, and the case has no promise made with certainty for ${day}. A date the customer reads is a promise.`,
      suggestion:
        'Record the promise on the case if you are certain of it; if not, give the time of your next update instead: "I will update you by … with a firm date."',
    });
  }
  return findings;
}
