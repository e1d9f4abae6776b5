import { z } from 'zod';
import type { BusinessHours, WeeklyHours } from '../../core/time/business-hours.ts';
import { MAX_DAYS_OFF } from '../../core/time/business-hours-rules.ts';

// Lengths here only bound the body; the rules and their sentences are core/time/business-hours-rules.ts.
const span = z.strictObject({ start: z.string().max(10), end: z.string().max(10) });
const day = z.array(span).max(24).optional();
const code = z
  .string()
  .max(10)
  .nullish()
  .transform((value) => (value?.trim() ? value.trim().toUpperCase() : undefined));

/** The whole set of hours, every time: PUT replaces them. */
export const businessHoursBody = z.strictObject({
  /** An IANA time zone, e.g. Europe/Berlin. */
  timeZone: z.string().trim().max(100),
  /** Open spans per ISO weekday ("1" Monday … "7" Sunday), "HH:mm" to "HH:mm" ("24:00" ends a day), in order. */
  weekly: z.strictObject({ 1: day, 2: day, 3: day, 4: day, 5: day, 6: day, 7: day }),
  /** ISO 3166-1 alpha-2 country whose public holidays close the day (date-holidays), or null. */
  holidayCountry: code,
  /** A region (state) of that country, e.g. BY, or null. */
  holidayRegion: code,
  /** The team's own days off, yyyy-mm-dd. */
  daysOff: z.array(z.string().max(20)).max(MAX_DAYS_OFF),
});

export function hoursFromBody(body: z.infer<typeof businessHoursBody>): BusinessHours {
  return {
    timeZone: body.timeZone,
    weekly: body.weekly as WeeklyHours,
    holidayCountry: body.holidayCountry,
    holidayRegion: body.holidayRegion,
    daysOff: body.daysOff,
  };
}
