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

/** A firm date in the draft: its words' span and the moment chrono reads them as. */
export type FirmDateSpan = { index: number; text: string; date: Date };

/**
 * The firm dates of a draft, read at `now` (the case is not needed): the costly part of this rule,
 * which the coach can do while the case is read.
 */
export function firmDatesOf(draft: DraftText, now: Date): FirmDateSpan[] {
  return draft.sentences
    .filter(
      (sentence) => DATEISH.test(sentence.text) && COMMITS.test(sentence.text) && !UNSURE.test(sentence.text),
    )
    .flatMap((sentence) =>
      firmDatesIn(sentence.text, now).map((date) => ({
        ...date,
        index: sentence.start + date.index,
      })),
    );
}

export function findUnbackedDates(
  draft: DraftText,
  context: CoachContext,
  dates: FirmDateSpan[] = firmDatesOf(draft, context.now),
): CoachFinding[] {
  const dayOf = dayIn(context.timeZone ?? 'UTC');
  const promised = new Set(context.certainPromiseDates.map(dayOf));
  const today = dayOf(context.now);
  const findings: CoachFinding[] = [];
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

/**
 * A date's day in a zone, as YYYY-MM-DD. One formatter per zone, kept: `toLocaleDateString` with a
 * zone builds a new one on every call, and that was most of the coach's CPU.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayIn(zone: string): (date: Date) => string {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    dayFormats.set(zone, format);
  }
  return (date) => format.format(date);
}

/**
 * While an agent types, only the sentence under the cursor changes: each sentence's dates are kept
 * for the minute they were read in (relative dates move with the clock), the most recent 2,000 only,
 * and only sentences of at most 500 characters: the count alone let 2,000 sentences of 20,000
 * characters each (a draft the coach accepts) hold ~80 MB. chrono is most of the coach's work; this
 * keeps it to the sentences that changed.
 */
const seen = new Map<string, FirmDateSpan[]>();
const SEEN_AT_MOST = 2000;
export const SEEN_LONGEST_SENTENCE = 500;

/** Characters of sentence text the cache holds: at most SEEN_AT_MOST × SEEN_LONGEST_SENTENCE. */
export function rememberedSentenceChars(): number {
  let chars = 0;
  for (const key of seen.keys()) chars += key.length;
  return chars;
}

function firmDatesIn(sentence: string, now: Date): FirmDateSpan[] {
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
  if (sentence.length > SEEN_LONGEST_SENTENCE) return dates;
  if (seen.size >= SEEN_AT_MOST) seen.delete(seen.keys().next().value!);
  seen.set(key, dates);
  return dates;
}
