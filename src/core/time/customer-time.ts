import { DateTime, IANAZone } from 'luxon';

/** The attribute names a customer's time zone may arrive under (from an integration, a CSV). */
const ZONE_ATTRIBUTES = ['timeZone', 'timezone', 'time_zone', 'tz'] as const;

/**
 * The zone a customer reads times in: their own (a valid IANA name in their attributes), else the
 * business's (its hours' zone). `own` says which, so words can name a zone that is not theirs.
 */
export function customerTimeZone(
  attributes: Record<string, unknown>,
  businessZone: string,
): { zone: string; own: boolean } {
  for (const name of ZONE_ATTRIBUTES) {
    const value = attributes[name];
    if (typeof value === 'string' && IANAZone.isValidZone(value.trim()))
      return { zone: value.trim(), own: true };
  }
  return { zone: IANAZone.isValidZone(businessZone) ? businessZone : 'UTC', own: false };
}

/**
 * A due time in plain words in one zone, the zone named so nobody guesses whose 14:00 it is.
 * @example dueTimeText(new Date('2026-12-08T13:00:00Z'), 'Europe/Berlin')
 * // 'Tuesday 8 December at 14:00 (Central European Standard Time)'
 */
export function dueTimeText(at: Date, zone: string): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale('en-GB');
  return `${local.toFormat("cccc d LLLL 'at' HH:mm")} (${local.offsetNameLong ?? zone})`;
}
