/**
 * When a business answers: a time zone, hours per weekday, public holidays of a country (and region)
 * and the team's own days off. Clocks that count business time stop outside these hours.
 */
export type BusinessHours = {
  /** An IANA zone, e.g. Europe/Berlin. */
  timeZone: string;
  weekly: WeeklyHours;
  /** ISO 3166-1 alpha-2, e.g. DE; its public holidays are days off. */
  holidayCountry?: string | undefined;
  /** A region within the country, e.g. BY, where holidays differ by region. */
  holidayRegion?: string | undefined;
  /** The team's own days off, as yyyy-mm-dd in the hours' time zone. */
  daysOff: readonly string[];
};

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Open spans of one day, "HH:mm" to "HH:mm" local time, in order and not overlapping; "24:00" ends a day. */
export type DaySpan = { start: string; end: string };
export type WeeklyHours = Partial<Record<Weekday, readonly DaySpan[]>>;

/** Round the clock, every day: what a case without business hours counts in. */
export const ALWAYS_OPEN: BusinessHours = {
  timeZone: 'UTC',
  weekly: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ start: '00:00', end: '24:00' }]])),
  daysOff: [],
};

/** Monday to Friday, 09:00–17:00 UTC: the organisation's hours until an admin sets them. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  timeZone: 'UTC',
  weekly: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [{ start: '09:00', end: '17:00' }]])),
  daysOff: [],
};
