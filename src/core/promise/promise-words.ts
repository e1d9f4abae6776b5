import { DateTime } from 'luxon';
import type { PromiseConfidence } from './promise.ts';

/**
 * A promise's due time in words a customer reads without thinking: the weekday, the day and month,
 * and the time only when it is not the end of the working day.
 * @example promiseDateText(new Date('2026-12-08T17:00:00Z'), 'UTC', now) // 'Tuesday 8 December'
 * @example promiseDateText(new Date('2026-12-08T15:30:00Z'), 'UTC', now) // 'Tuesday 8 December at 15:30 (UTC)'
 */
export function promiseDateText(dueAt: Date, zone: string, now: Date): string {
  let at = DateTime.fromJSDate(dueAt).setZone(zone);
  if (!at.isValid) at = DateTime.fromJSDate(dueAt).setZone('UTC');
  const day = at.setLocale('en-GB').toFormat('cccc d LLLL');
  const year = at.year === DateTime.fromJSDate(now).setZone(at.zone).year ? '' : ` ${at.year}`;
  if (at.hour === 17 && at.minute === 0) return `${day}${year}`;
  return `${day}${year} at ${at.toFormat('HH:mm')} (${at.offsetNameShort ?? at.zoneName})`;
}

/**
 * A promise as the customer's status page says it: firm for `certain` ("We will refund your order by
 * Tuesday 8 December."), hedged for `estimate` ("We expect to refund your order around …"). A `what`
 * written as a whole sentence ("Your new vase leaves on Friday.") is quoted as it is, with the date
 * after it, because prefixing "We will" to it would read wrongly.
 */
export function promiseSentence(
  promise: { what: string; dueAt: Date; confidence: PromiseConfidence },
  zone: string,
  now: Date,
): { lead: string; what: string; date: string } {
  const date = promiseDateText(promise.dueAt, zone, now);
  const what = promise.what.trim().replace(/[.!]+$/, '');
  const phrase = /^[a-z]/.test(what);
  if (promise.confidence === 'certain')
    return phrase
      ? { lead: 'We will', what, date: `by ${date}.` }
      : { lead: '', what: `${what}.`, date: `Promised for ${date}.` };
  return phrase
    ? { lead: 'We expect to', what, date: `around ${date} (our best estimate).` }
    : { lead: '', what: `${what}.`, date: `Expected around ${date} (our best estimate).` };
}
