import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';

/**
 * A date a message states ("by Tuesday", "on 10 December at 3pm"), read with chrono-node in the
 * writer's time zone and only forward: a promise is about what happens next, and "Tuesday" written on
 * a Wednesday means the coming one.
 */
export type StatedDate = {
  /** The instant meant: a day said without a time means the end of that working day (17:00). */
  at: Date;
  /** The words that said it, e.g. "by Tuesday". */
  text: string;
  /** The sentence it was said in, as a promise's `what` to start from. */
  sentence: string;
  /** Whether the writer named the time of day too. */
  timeStated: boolean;
};

/** When a day is promised without a time: by the end of that working day. */
const END_OF_DAY = { hour: 17, minute: 0, second: 0, millisecond: 0 };

/**
 * Every future date a text states, in order, in `zone` (an IANA zone; UTC when unknown).
 * @example statedDates('A new vase leaves on 10 December at 3pm.', new Date('2026-12-07T10:00Z'), 'UTC')[0].at // 2026-12-10T15:00Z
 */
export function statedDates(text: string, now: Date, zone: string): StatedDate[] {
  const zoned = DateTime.fromJSDate(now).setZone(zone);
  const timeZone = zoned.isValid ? zone : 'UTC';
  const offset = zoned.isValid ? zoned.offset : 0;
  const results = chrono.parse(text, { instant: now, timezone: offset }, { forwardDate: true });
  const found: StatedDate[] = [];
  for (const result of results) {
    const timeStated = result.start.isCertain('hour');
    let at = DateTime.fromJSDate(result.start.date()).setZone(timeZone);
    if (!timeStated) at = at.set(END_OF_DAY);
    // "by Friday" written on Friday afternoon means today: still forward, as long as it is ahead.
    if (at.toMillis() <= now.getTime()) continue;
    found.push({
      at: at.toJSDate(),
      text: result.text,
      sentence: sentenceAround(text, result.index, result.text.length),
      timeStated,
    });
  }
  return found;
}

/** The first future date a text states, or undefined. */
export function firstStatedDate(text: string, now: Date, zone: string): StatedDate | undefined {
  return statedDates(text, now, zone)[0];
}

/**
 * Whether a message states a date: the same calendar day (in `zone`) as `dueAt`. What renegotiating a
 * promise needs, so the customer reads the new date and not only "we need more time".
 */
export function statesDate(text: string, dueAt: Date, now: Date, zone: string): boolean {
  const day = (at: Date) =>
    DateTime.fromJSDate(at).setZone(zone).toISODate() ?? at.toISOString().slice(0, 10);
  const due = day(dueAt);
  return statedDates(text, now, zone).some((stated) => day(stated.at) === due);
}

/** The sentence (ended by . ! ? or a line break) that holds the words at `index`. */
function sentenceAround(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const start =
    Math.max(
      before.lastIndexOf('.'),
      before.lastIndexOf('!'),
      before.lastIndexOf('?'),
      before.lastIndexOf('\n'),
    ) + 1;
  const rest = text.slice(index + length);
  const endMatch = /[.!?\n]/.exec(rest);
  const end = endMatch ? index + length + endMatch.index + (endMatch[0] === '\n' ? 0 : 1) : text.length;
  return text.slice(start, end).trim();
}

/**
 * What a sentence promises, as a promise's `what` to start from: without "I will" / "We will" in front
 * and without the date words (the promise has its own due time), so the status page can say "We will
 * refund your order by Tuesday 8 December." Any other sentence, or one of which little would be left,
 * is kept whole.
 * @example promiseWhatFrom('We will refund your order by Tuesday.', 'Tuesday') // 'refund your order'
 */
export function promiseWhatFrom(sentence: string, dateText: string): string {
  const pledge = /^\s*(?:i|we)\s*(?:will|'ll|’ll|shall)\s+/i;
  // A sentence that is not our pledge ("Your vase leaves on Friday.") reads best as it is.
  if (!pledge.test(sentence)) return sentence;
  const escaped = dateText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const what = sentence
    .replace(pledge, '')
    .replace(
      new RegExp(`\\s*\\b(?:by|on|before|until|no later than|at the latest by)?\\s*${escaped}`, 'i'),
      '',
    )
    .replace(/[\s,;:.!]+$/, '')
    .trim();
  return what.length >= 3 ? what : sentence;
}
