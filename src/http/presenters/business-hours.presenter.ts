import { z } from 'zod';
import type { BusinessHours, Weekday } from '../../core/time/business-hours.ts';

const daySpanSchema = z.object({ start: z.string(), end: z.string() }).meta({ id: 'DaySpan' });
const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

export const businessHoursSchema = z
  .object({
    /** An IANA time zone, e.g. Europe/Berlin. */
    timeZone: z.string(),
    /** Open spans per ISO weekday ("1" Monday … "7" Sunday), "HH:mm" local time; a day left out is closed. */
    weekly: z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(daySpanSchema).optional()]))),
    /** ISO 3166-1 alpha-2 country whose public holidays are closed, or null. */
    holidayCountry: z.string().nullable(),
    /** A region (state) of that country, e.g. BY, or null. */
    holidayRegion: z.string().nullable(),
    /** The team's own days off, yyyy-mm-dd in the hours' time zone. */
    daysOff: z.array(z.string()),
  })
  .meta({ id: 'BusinessHours' });

export const teamBusinessHoursSchema = z
  .object({
    hours: businessHoursSchema,
    /** true: the team's own hours; false: it counts in the organisation's. */
    own: z.boolean(),
  })
  .meta({ id: 'TeamBusinessHours' });

export function presentBusinessHours(hours: BusinessHours): z.infer<typeof businessHoursSchema> {
  const weekly: Record<string, { start: string; end: string }[]> = {};
  for (const day of WEEKDAYS) {
    const spans = hours.weekly[Number(day) as Weekday];
    if (spans && spans.length > 0) weekly[day] = spans.map((s) => ({ start: s.start, end: s.end }));
  }
  return {
    timeZone: hours.timeZone,
    weekly,
    holidayCountry: hours.holidayCountry ?? null,
    holidayRegion: hours.holidayRegion ?? null,
    daysOff: [...hours.daysOff],
  };
}
