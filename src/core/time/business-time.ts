import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { BusinessHours, DaySpan, Weekday } from './business-hours.ts';

/**
 * Business-time arithmetic: counting only the minutes a team is open.
 *
 * The rules, chosen so that clocks read the way a person expects and so that adding in steps gives
 * the same answer as adding at once:
 * - A business budget runs out at the *earliest* instant by which that many open minutes have passed
 *   since the start. So a start outside hours begins counting at the next opening, and a budget that
 *   runs out exactly at closing lands at closing (17:00), not at the next opening.
 * - Minutes are real elapsed minutes: a span that a DST change lengthens or shortens (a night shift
 *   over 02:00–03:00) counts what actually passes; a span starting in a skipped hour starts when the
 *   clock resumes (luxon moves it forward).
 * - A span never crosses midnight; "24:00" ends a day, and a night shift is two spans (22:00–24:00 and
 *   the next day's 00:00–06:00), which join seamlessly.
 * - Public holidays (date-holidays, type `public`, whole days) and the team's days off are dates in the
 *   hours' own time zone: the 25th in Berlin is closed from Berlin's midnight to Berlin's midnight.
 * - The search is bounded: hours with no open time for {@link MAX_CLOSED_DAYS} days in a row (which
 *   validation refuses anyway) throw rather than loop.
 */

/** Closed this many local days in a row: the hours have no open time to count in. */
export const MAX_CLOSED_DAYS = 3 * 366;

const MINUTE = 60_000;

/** When `minutes` business minutes have passed since `start` (see the rules above); `start` for 0. */
export function addBusinessMinutes(start: Date, minutes: number, hours: BusinessHours): Date {
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new RangeError(`Cannot add ${minutes} business minutes.`);
  let left = minutes * MINUTE;
  if (left === 0) return new Date(start.getTime());
  for (const [open, close] of openSpans(start, hours)) {
    const length = close - open;
    if (left <= length) return new Date(open + left);
    left -= length;
  }
  /* c8 ignore next */
  throw new Error('unreachable: openSpans never ends');
}

/**
 * The business minutes between two instants (negative when `to` is before `from`): what is left of a
 * business clock, for a countdown or an at-risk rule. Fractions of a minute are kept.
 */
export function businessMinutesBetween(from: Date, to: Date, hours: BusinessHours): number {
  if (to < from) return -businessMinutesBetween(to, from, hours);
  const end = to.getTime();
  let total = 0;
  for (const [open, close] of openSpans(from, hours)) {
    if (open >= end) break;
    total += Math.min(close, end) - open;
  }
  return total / MINUTE;
}

/** Whether the team is open at this instant (a span's end is closed; its start is open). */
export function isOpenAt(at: Date, hours: BusinessHours): boolean {
  const t = at.getTime();
  for (const [open, close] of openSpans(at, hours)) return open <= t && t < close;
  /* c8 ignore next */
  return false;
}

/**
 * The open spans from `from` on, as [open, close) epoch milliseconds, in order, each cut to start no
 * earlier than `from`. Endless while the hours have open time; throws after MAX_CLOSED_DAYS closed days.
 */
export function* openSpans(from: Date, hours: BusinessHours): Generator<[number, number]> {
  const start = from.getTime();
  const daysOff = new Set(hours.daysOff);
  let day = DateTime.fromJSDate(from, { zone: hours.timeZone }).startOf('day');
  if (!day.isValid) throw new RangeError(`Unknown time zone ${hours.timeZone}.`);
  let closedDays = 0;
  for (;;) {
    const spans = daySpans(day, hours, daysOff);
    for (const [open, close] of spans) {
      if (close <= start) continue;
      yield [Math.max(open, start), close];
    }
    closedDays = spans.length > 0 ? 0 : closedDays + 1;
    if (closedDays > MAX_CLOSED_DAYS)
      throw new RangeError(`These business hours are closed for more than ${MAX_CLOSED_DAYS} days in a row.`);
    day = day.plus({ days: 1 }).startOf('day');
  }
}

/**
 * When the follow-up of something done at `start` is due `days` business days later: on the `days`-th
 * open day after the start's own local day, at the start's local time of day — moved to that day's
 * next opening when it falls before or between spans, and to its closing when it falls after. So a
 * case resolved on Friday at 10:00 is followed up three open days later, on Wednesday at 10:00,
 * whatever the length of the days in between (a Saturday morning counts as one day, a holiday as none).
 */
export function addBusinessDays(start: Date, days: number, hours: BusinessHours): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Cannot add ${days} business days.`);
  const from = DateTime.fromJSDate(start, { zone: hours.timeZone });
  if (!from.isValid) throw new RangeError(`Unknown time zone ${hours.timeZone}.`);
  if (days === 0) return new Date(start.getTime());
  const daysOff = new Set(hours.daysOff);
  let day = from.startOf('day');
  let counted = 0;
  let closedDays = 0;
  for (;;) {
    day = day.plus({ days: 1 }).startOf('day');
    const spans = daySpans(day, hours, daysOff);
    closedDays = spans.length > 0 ? 0 : closedDays + 1;
    if (closedDays > MAX_CLOSED_DAYS)
      throw new RangeError(`These business hours are closed for more than ${MAX_CLOSED_DAYS} days in a row.`);
    if (spans.length === 0 || ++counted < days) continue;
    const wanted = day
      .set({ hour: from.hour, minute: from.minute, second: from.second, millisecond: from.millisecond })
      .toMillis();
    for (const [open, close] of spans) if (wanted < close) return new Date(Math.max(open, wanted));
    return new Date((spans.at(-1) as [number, number])[1]);
  }
}

/** A local day's open spans as [open, close) epoch ms, in order; none on a holiday or day off. */
function daySpans(day: DateTime, hours: BusinessHours, daysOff: ReadonlySet<string>): [number, number][] {
  const date = day.toISODate() as string;
  if (daysOff.has(date) || isPublicHoliday(date, hours)) return [];
  return (hours.weekly[day.weekday as Weekday] ?? [])
    .map((span) => spanInstants(day, span))
    .filter(([open, close]) => close > open);
}

function spanInstants(day: DateTime, span: DaySpan): [number, number] {
  return [localInstant(day, span.start), localInstant(day, span.end)];
}

/** "HH:mm" on a local day as epoch ms; "24:00" is the next day's midnight. */
function localInstant(day: DateTime, hhmm: string): number {
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  if (hour === 24) return day.plus({ days: 1 }).startOf('day').toMillis();
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
}

/** Public holidays per country/region and year, as yyyy-mm-dd: computed once, they never change. */
const holidayDates = new Map<string, Set<string>>();

function isPublicHoliday(date: string, hours: BusinessHours): boolean {
  if (!hours.holidayCountry) return false;
  const year = Number(date.slice(0, 4));
  const key = `${hours.holidayCountry}/${hours.holidayRegion ?? ''}/${year}`;
  let dates = holidayDates.get(key);
  if (!dates) {
    const calendar = hours.holidayRegion
      ? new Holidays(hours.holidayCountry, hours.holidayRegion)
      : new Holidays(hours.holidayCountry);
    // Whole public holidays only: a bank's half day (Christmas Eve from 14:00) is not a day off.
    dates = new Set(
      (calendar.getHolidays(year) || [])
        .filter((holiday) => holiday.type === 'public' && holiday.date.slice(11) === '00:00:00')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidayDates.set(key, dates);
  }
  return dates.has(date);
}

/** Whether date-holidays knows this country (ISO 3166-1 alpha-2, upper case). */
export function isKnownHolidayCountry(country: string): boolean {
  return Object.hasOwn(new Holidays().getCountries() ?? {}, country);
}

/** Whether date-holidays knows this region (state) of the country. */
export function isKnownHolidayRegion(country: string, region: string): boolean {
  return Object.hasOwn(new Holidays().getStates(country) ?? {}, region);
}
