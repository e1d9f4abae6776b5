import { DateTime, IANAZone } from 'luxon';
import { AppError } from '../shared/app-error.ts';
import type { BusinessHours, DaySpan, Weekday } from './business-hours.ts';
import { isKnownHolidayCountry, isKnownHolidayRegion } from './business-time.ts';

export type HoursProblem = { field: string; message: string };

const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const DAY_NAMES: Record<Weekday, string> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};
/** More days off than this is a calendar, not a list. */
export const MAX_DAYS_OFF = 400;

/**
 * Why these hours cannot be saved, field by field (`timeZone`, `weekly.1.0.start`, `holidayCountry`,
 * `daysOff.2`, …); empty when they can. The zone must be an IANA zone luxon knows; each span "HH:mm" to
 * "HH:mm" ("24:00" may end a day; a span never crosses midnight — a night shift is two spans), spans
 * of a day in order and not overlapping; some time open in the week; the holiday country (and region)
 * one date-holidays knows; days off real dates, yyyy-mm-dd.
 */
export function businessHoursProblems(hours: BusinessHours): HoursProblem[] {
  const problems: HoursProblem[] = [];
  if (!IANAZone.isValidZone(hours.timeZone))
    problems.push({
      field: 'timeZone',
      message: `Time zone ${JSON.stringify(hours.timeZone)} is not a time zone we know: pick one like Europe/Berlin.`,
    });
  let openMinutes = 0;
  for (const [key, spans] of Object.entries(hours.weekly)) {
    const day = Number(key) as Weekday;
    const name = DAY_NAMES[day];
    if (!name) {
      problems.push({
        field: `weekly.${key}`,
        message: `Weekday ${key} is not one: use 1 (Monday) to 7 (Sunday).`,
      });
      continue;
    }
    let previousEnd = -1;
    (spans ?? []).forEach((span: DaySpan, index) => {
      const start = minutesOf(span.start, false);
      const end = minutesOf(span.end, true);
      if (start === undefined)
        problems.push({
          field: `weekly.${key}.${index}.start`,
          message: `${name}: opening time must be HH:mm, e.g. 09:00.`,
        });
      if (end === undefined)
        problems.push({
          field: `weekly.${key}.${index}.end`,
          message: `${name}: closing time must be HH:mm, e.g. 17:00 (24:00 for midnight).`,
        });
      if (start === undefined || end === undefined) return;
      if (end <= start)
        problems.push({
          field: `weekly.${key}.${index}.end`,
          message: `${name}: closing (${span.end}) must be after opening (${span.start}); a span cannot cross midnight — split a night shift in two.`,
        });
      else if (start < previousEnd)
        problems.push({
          field: `weekly.${key}.${index}.start`,
          message: `${name}: ${span.start}–${span.end} overlaps or comes before the span above it; list spans in order, apart.`,
        });
      else openMinutes += end - start;
      previousEnd = Math.max(previousEnd, end);
    });
  }
  if (openMinutes === 0 && !problems.some((p) => p.field.startsWith('weekly')))
    problems.push({
      field: 'weekly',
      message: 'Open at least one span in the week: business clocks count only open time.',
    });
  if (hours.holidayCountry !== undefined && !isKnownHolidayCountry(hours.holidayCountry))
    problems.push({
      field: 'holidayCountry',
      message: `Holiday country ${JSON.stringify(hours.holidayCountry)} is not one we have holidays for: use a two-letter code like DE or US.`,
    });
  else if (hours.holidayRegion !== undefined) {
    if (hours.holidayCountry === undefined)
      problems.push({ field: 'holidayRegion', message: 'Holiday region needs a holiday country first.' });
    else if (!isKnownHolidayRegion(hours.holidayCountry, hours.holidayRegion))
      problems.push({
        field: 'holidayRegion',
        message: `Holiday region ${JSON.stringify(hours.holidayRegion)} is not a region of ${hours.holidayCountry} we have holidays for (e.g. BY in DE).`,
      });
  }
  if (hours.daysOff.length > MAX_DAYS_OFF)
    problems.push({ field: 'daysOff', message: `Days off takes at most ${MAX_DAYS_OFF} dates.` });
  hours.daysOff.forEach((date, index) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid)
      problems.push({
        field: `daysOff.${index}`,
        message: `Day off ${JSON.stringify(date)} is not a date: use yyyy-mm-dd.`,
      });
  });
  return problems;
}

/** Throws VALIDATION_FAILED, each problem beside its field, when the hours cannot be saved. */
export function assertBusinessHours(hours: BusinessHours): void {
  const problems = businessHoursProblems(hours);
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join(' '), { errors: problems });
}

/** The hours as kept: days off sorted, once each; days without spans left out. */
export function tidyBusinessHours(hours: BusinessHours): BusinessHours {
  return {
    ...hours,
    weekly: Object.fromEntries(Object.entries(hours.weekly).filter(([, spans]) => spans && spans.length > 0)),
    daysOff: [...new Set(hours.daysOff)].sort(),
  };
}

function minutesOf(hhmm: string, mayBeMidnight: boolean): number | undefined {
  if (mayBeMidnight && hhmm === '24:00') return 24 * 60;
  if (!HH_MM.test(hhmm)) return undefined;
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  return hour * 60 + minute;
}
