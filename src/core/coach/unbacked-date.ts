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
/** The agent says they cannot tell: a date in that sentence is not a promise. */
const UNSURE =
  /\b(?:don['’]t|do\s+not|can['’]?t|cannot|unable\s+to|not\s+able\s+to)\s+(?:\w+\s+)?(?:know|say|tell|confirm|share|guarantee|promise)\b/i;
/** "1/2", "2/2": a thread's part counter, which chrono reads as a date. */
const PART_COUNTER = /^[1-9]\/[1-9]$/;
/** Periods too broad to be a firm date, and readings chrono makes of ordinary words. */
const VAGUE = /\b(?:weeks?|months?|years?|weekend|season|quarter|now|recently|soon|later)\b/i;

export function findUnbackedDates(draft: DraftText, context: CoachContext): CoachFinding[] {
  const zone = context.timeZone ?? 'UTC';
  const dayOf = (date: Date) => date.toLocaleDateString('en-CA', { timeZone: zone });
  const promised = new Set(context.certainPromiseDates.map(dayOf));
  const today = dayOf(context.now);
  const findings: CoachFinding[] = [];
  const dates = draft.sentences
    .filter(
      (sentence) => DATEISH.test(sentence.text) && COMMITS.test(sentence.text) && !UNSURE.test(sentence.text),
    )
    .flatMap((sentence) =>
      firmDatesIn(sentence.text, context.now).map((date) => ({
        ...date,
        index: sentence.start + date.index,
      })),
    );
  for (const { text, date, index } of dates) {
    const day = dayOf(date);
    if (day < today || promised.has(day)) continue;
    findings.push({
      kind: 'unbacked_date',
      start: index,
      end: index + text.length,
      reason: `"${text}" is a firm date, and the case has no promise made with certainty for ${day}. A date the customer reads is a promise.`,
      suggestion:
        'Record the promise on the case if you are certain of it; if not, give the time of your next update instead: "I will update you by … with a firm date."',
    });
  }
  return findings;
}

type FirmDate = { index: number; text: string; date: Date };

/**
 * While an agent types, only the sentence under the cursor changes: each sentence's dates are kept
 * for the minute they were read in (relative dates move with the clock), the most recent 2,000 only.
 * chrono is most of the coach's work; this keeps it to the sentences that changed.
 */
const seen = new Map<string, FirmDate[]>();
const SEEN_AT_MOST = 2000;

function firmDatesIn(sentence: string, now: Date): FirmDate[] {
  const key = `${Math.floor(now.getTime() / 60_000)}\u0000${sentence}`;
  const known = seen.get(key);
  if (known) return known;
  const dates = chrono
    .parse(sentence, now, { forwardDate: true })
    .filter((result) => {
      const firm =
        result.start.isCertain('day') || result.start.isCertain('weekday') || result.start.isCertain('hour');
      if (!firm || VAGUE.test(result.text) || PART_COUNTER.test(result.text)) return false;
      // "Throughout the day" is no date; "by the end of the day" is today.
      return !/^the day$/i.test(result.text) || /end\s+of\s+$/i.test(sentence.slice(0, result.index));
    })
    .map((result) => ({ index: result.index, text: result.text, date: result.start.date() }));
  if (seen.size >= SEEN_AT_MOST) seen.delete(seen.keys().next().value!);
  seen.set(key, dates);
  return dates;
}
