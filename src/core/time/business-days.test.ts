import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { ALWAYS_OPEN, type BusinessHours, type DaySpan, type Weekday } from './business-hours.ts';
import { addBusinessDays, isOpenAt } from './business-time.ts';

const nineToFive: DaySpan[] = [{ start: '09:00', end: '17:00' }];
const weekdays = (spans: DaySpan[]) => ({ 1: spans, 2: spans, 3: spans, 4: spans, 5: spans });
const office = (timeZone: string, more: Partial<BusinessHours> = {}): BusinessHours => ({
  timeZone,
  weekly: weekdays(nineToFive),
  daysOff: [],
  ...more,
});
const plus = (start: string, days: number, hours: BusinessHours) =>
  addBusinessDays(new Date(start), days, hours).toISOString();

describe('business days (the follow-up’s “N business days after”)', () => {
  const utc = office('UTC');

  it('Friday 10:00 + 3 is Wednesday 10:00: the weekend does not count', () => {
    assert.equal(plus('2026-12-04T10:00:00Z', 3, utc), '2026-12-09T10:00:00.000Z');
  });

  it('a short Saturday counts as a whole open day, whatever its length', () => {
    const withSaturday = office('UTC', {
      weekly: { ...weekdays(nineToFive), 6: [{ start: '10:00', end: '12:00' }] },
    });
    // Friday 10:00 + 1 is Saturday at 10:00; + 2 is Monday 10:00 (N × the longest day would say Monday 16:00).
    assert.equal(plus('2026-12-04T10:00:00Z', 1, withSaturday), '2026-12-05T10:00:00.000Z');
    assert.equal(plus('2026-12-04T10:00:00Z', 2, withSaturday), '2026-12-07T10:00:00.000Z');
    // Friday 15:00 + 1: Saturday closes at 12:00, so at its closing.
    assert.equal(plus('2026-12-04T15:00:00Z', 1, withSaturday), '2026-12-05T12:00:00.000Z');
  });

  it('after hours lands at the day’s closing; before hours at its opening; in a lunch break after it', () => {
    assert.equal(plus('2026-12-07T20:00:00Z', 1, utc), '2026-12-08T17:00:00.000Z');
    assert.equal(plus('2026-12-07T06:00:00Z', 1, utc), '2026-12-08T09:00:00.000Z');
    const lunch = office('UTC', {
      weekly: weekdays([
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ]),
    });
    assert.equal(plus('2026-12-07T12:30:00Z', 1, lunch), '2026-12-08T13:00:00.000Z');
  });

  it('holidays and days off are not business days (DE Christmas, a team day off)', () => {
    const germany = office('Europe/Berlin', { holidayCountry: 'DE' });
    // Wednesday 23rd 11:00 CET + 2: Thu 24th, (25th, 26th holidays, weekend) Mon 28th.
    assert.equal(plus('2026-12-23T10:00:00Z', 2, germany), '2026-12-28T10:00:00.000Z');
    assert.equal(
      plus('2026-12-23T10:00:00Z', 2, { ...germany, daysOff: ['2026-12-28'] }),
      '2026-12-29T10:00:00.000Z',
    );
  });

  it('keeps the local hour across a DST change (Berlin, March 2026)', () => {
    // Friday 27 March 10:00 CET (09:00 UTC) + 1 is Monday 30 March 10:00 CEST (08:00 UTC).
    assert.equal(plus('2026-03-27T09:00:00Z', 1, office('Europe/Berlin')), '2026-03-30T08:00:00.000Z');
  });

  it('round the clock, N business days are N calendar days', () => {
    assert.equal(plus('2026-12-04T10:00:00Z', 3, ALWAYS_OPEN), '2026-12-07T10:00:00.000Z');
  });

  it('zero days is the start; negative or fractional days are refused', () => {
    assert.equal(plus('2026-12-04T10:00:00Z', 0, utc), '2026-12-04T10:00:00.000Z');
    assert.throws(() => addBusinessDays(new Date(), -1, utc), RangeError);
    assert.throws(() => addBusinessDays(new Date(), 1.5, utc), RangeError);
  });

  it('always lands open (or at a closing) on an open day after the start’s own day, later for more days', () => {
    const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
    const hhmm = (q: number) =>
      `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`;
    const day = fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 4 }).map((marks) => {
      const sorted = [...marks].sort((a, b) => a - b);
      const spans: DaySpan[] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2)
        spans.push({ start: hhmm(sorted[i] as number), end: hhmm(sorted[i + 1] as number) });
      return spans;
    });
    const hours = fc
      .record({ timeZone: fc.constantFrom(...ZONES), days: fc.array(day, { minLength: 7, maxLength: 7 }) })
      .filter(({ days }) => days.some((spans) => spans.length > 0))
      .map(({ timeZone, days }) => ({
        timeZone,
        weekly: Object.fromEntries(days.map((spans, i) => [(i + 1) as Weekday, spans])),
        daysOff: [],
      }));
    fc.assert(
      fc.property(
        hours,
        fc.date({ min: new Date('2026-01-01'), max: new Date('2027-06-30'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 10 }),
        (h, start, n) => {
          const due = addBusinessDays(start, n, h);
          const later = addBusinessDays(start, n + 1, h);
          const startDay = DateTime.fromJSDate(start, { zone: h.timeZone }).toISODate() as string;
          const dueDay = DateTime.fromJSDate(new Date(due.getTime() - 1), {
            zone: h.timeZone,
          }).toISODate() as string;
          return (
            (isOpenAt(due, h) || isOpenAt(new Date(due.getTime() - 1), h)) && dueDay > startDay && later > due
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
