import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALWAYS_OPEN, type BusinessHours, type DaySpan } from './business-hours.ts';
import { addBusinessMinutes, businessMinutesBetween, isOpenAt } from './business-time.ts';

const at = (iso: string) => new Date(iso);
const nineToFive: DaySpan[] = [{ start: '09:00', end: '17:00' }];
const weekdays = (spans: DaySpan[]) => ({ 1: spans, 2: spans, 3: spans, 4: spans, 5: spans });
const roundTheClock = Object.fromEntries(
  [1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ start: '00:00', end: '24:00' }]]),
);
const office = (timeZone: string, more: Partial<BusinessHours> = {}): BusinessHours => ({
  timeZone,
  weekly: weekdays(nineToFive),
  daysOff: [],
  ...more,
});
const add = (start: string, minutes: number, hours: BusinessHours) =>
  addBusinessMinutes(at(start), minutes, hours).toISOString();

describe('business time: the plain week', () => {
  const utc = office('UTC');

  it('counts inside the day', () => {
    assert.equal(add('2026-12-07T10:00:00Z', 90, utc), '2026-12-07T11:30:00.000Z');
  });

  it('a start before opening begins at opening', () => {
    assert.equal(add('2026-12-07T07:00:00Z', 30, utc), '2026-12-07T09:30:00.000Z');
  });

  it('a budget that runs out exactly at closing lands at closing, not the next morning', () => {
    assert.equal(add('2026-12-07T16:00:00Z', 60, utc), '2026-12-07T17:00:00.000Z');
  });

  it('one minute more goes on the next morning', () => {
    assert.equal(add('2026-12-07T16:00:00Z', 61, utc), '2026-12-08T09:01:00.000Z');
  });

  it('Friday evening carries over to Monday', () => {
    assert.equal(add('2026-12-04T18:00:00Z', 60, utc), '2026-12-07T10:00:00.000Z');
    assert.equal(add('2026-12-04T16:30:00Z', 60, utc), '2026-12-07T09:30:00.000Z');
  });

  it('a lunch break splits the day', () => {
    const lunch = office('UTC', {
      weekly: weekdays([
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ]),
    });
    assert.equal(add('2026-12-07T11:30:00Z', 60, lunch), '2026-12-07T13:30:00.000Z');
    assert.equal(add('2026-12-07T12:15:00Z', 10, lunch), '2026-12-07T13:10:00.000Z');
    assert.equal(add('2026-12-07T11:00:00Z', 60, lunch), '2026-12-07T12:00:00.000Z');
    assert.equal(businessMinutesBetween(at('2026-12-07T08:00:00Z'), at('2026-12-07T18:00:00Z'), lunch), 420);
  });

  it('zero minutes is the start itself', () => {
    assert.equal(add('2026-12-05T03:00:00Z', 0, utc), '2026-12-05T03:00:00.000Z');
  });

  it('a night shift written as two spans runs through midnight', () => {
    const nights = office('UTC', {
      weekly: {
        1: [{ start: '22:00', end: '24:00' }],
        2: [{ start: '00:00', end: '06:00' }],
      },
    });
    assert.equal(add('2026-12-07T23:00:00Z', 120, nights), '2026-12-08T01:00:00.000Z');
    assert.equal(add('2026-12-07T23:00:00Z', 60, nights), '2026-12-08T00:00:00.000Z');
  });

  it('business minutes between two instants: weekends and nights do not count; reversed is negative', () => {
    const friday = at('2026-12-04T16:00:00Z');
    const monday = at('2026-12-07T10:00:00Z');
    assert.equal(businessMinutesBetween(friday, monday, utc), 120);
    assert.equal(businessMinutesBetween(monday, friday, utc), -120);
    assert.equal(businessMinutesBetween(at('2026-12-05T10:00:00Z'), at('2026-12-06T10:00:00Z'), utc), 0);
  });

  it('open at opening, closed at closing', () => {
    assert.equal(isOpenAt(at('2026-12-07T09:00:00Z'), utc), true);
    assert.equal(isOpenAt(at('2026-12-07T17:00:00Z'), utc), false);
    assert.equal(isOpenAt(at('2026-12-05T12:00:00Z'), utc), false);
  });

  it('hours with no open time throw instead of searching for ever', () => {
    assert.throws(
      () => addBusinessMinutes(at('2026-12-07T10:00:00Z'), 1, office('UTC', { weekly: {} })),
      RangeError,
    );
  });
});

describe('business time across DST changes', () => {
  const berlin = office('Europe/Berlin');
  const newYork = office('America/New_York');

  it('Berlin spring forward: Friday 16:00 CET + 2 h is Monday 10:00 CEST (08:00 UTC)', () => {
    // 2026-03-29 02:00 → 03:00 in Berlin.
    assert.equal(add('2026-03-27T15:00:00Z', 120, berlin), '2026-03-30T08:00:00.000Z');
  });

  it('Berlin fall back: Friday 16:00 CEST + 2 h is Monday 10:00 CET (09:00 UTC)', () => {
    // 2026-10-25 03:00 → 02:00 in Berlin.
    assert.equal(add('2026-10-23T14:00:00Z', 120, berlin), '2026-10-26T09:00:00.000Z');
  });

  it('Berlin: a round-the-clock day has 23 hours at spring forward and 25 at fall back', () => {
    const always = office('Europe/Berlin', { weekly: roundTheClock });
    const day = (from: string, to: string) => businessMinutesBetween(at(from), at(to), always);
    assert.equal(day('2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z'), 23 * 60);
    assert.equal(day('2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z'), 25 * 60);
    // Real minutes: four hours from Saturday 23:00 CET are Sunday 04:00 CEST.
    assert.equal(add('2026-03-28T22:00:00Z', 240, always), '2026-03-29T02:00:00.000Z');
  });

  it('a span that starts in the skipped hour starts when the clock resumes', () => {
    const early = office('Europe/Berlin', { weekly: { 7: [{ start: '02:30', end: '04:00' }] } });
    // 2026-03-29: 02:30 does not exist; luxon moves it forward by the gap, so the span is 03:30–04:00 CEST.
    assert.equal(businessMinutesBetween(at('2026-03-28T12:00:00Z'), at('2026-03-29T12:00:00Z'), early), 30);
  });

  it('New York spring forward: Friday 16:30 EST + 1 h is Monday 09:30 EDT (13:30 UTC)', () => {
    // 2026-03-08 02:00 → 03:00 in New York.
    assert.equal(add('2026-03-06T21:30:00Z', 60, newYork), '2026-03-09T13:30:00.000Z');
  });

  it('New York fall back: Friday 16:00 EDT + 2 h is Monday 10:00 EST (15:00 UTC)', () => {
    // 2026-11-01 02:00 → 01:00 in New York.
    assert.equal(add('2026-10-30T20:00:00Z', 120, newYork), '2026-11-02T15:00:00.000Z');
  });

  it('New York: a 00:00–06:00 shift on the fall-back night lasts 7 real hours', () => {
    const night = office('America/New_York', { weekly: { 7: [{ start: '00:00', end: '06:00' }] } });
    // Sunday 2026-11-01 00:00 EDT is 04:00 UTC; 06:00 EST is 11:00 UTC.
    assert.equal(businessMinutesBetween(at('2026-10-31T12:00:00Z'), at('2026-11-01T12:00:00Z'), night), 420);
    assert.equal(add('2026-10-31T12:00:00Z', 420, night), '2026-11-01T11:00:00.000Z');
  });
});

describe('business time: holidays and days off', () => {
  const germany = office('Europe/Berlin', { holidayCountry: 'DE' });

  it('Christmas (DE 25th and 26th) is closed: Thursday 24th 16:00 + 2 h is Monday 28th 10:00', () => {
    assert.equal(add('2026-12-24T15:00:00Z', 120, germany), '2026-12-28T09:00:00.000Z');
    // Without the holiday calendar, Friday the 25th is a working day.
    assert.equal(add('2026-12-24T15:00:00Z', 120, office('Europe/Berlin')), '2026-12-25T09:00:00.000Z');
  });

  it('Christmas Eve (a bank half-day in DE, not a public holiday) stays open', () => {
    assert.equal(isOpenAt(at('2026-12-24T10:00:00Z'), germany), true);
  });

  it('the team’s own day off is closed too', () => {
    const withDayOff = { ...germany, daysOff: ['2026-12-28'] };
    assert.equal(add('2026-12-24T15:00:00Z', 120, withDayOff), '2026-12-29T09:00:00.000Z');
  });

  it('a region’s holiday counts only in that region (Epiphany: Bavaria, not Berlin)', () => {
    const bavaria = office('Europe/Berlin', { holidayCountry: 'DE', holidayRegion: 'BY' });
    const berlinState = office('Europe/Berlin', { holidayCountry: 'DE', holidayRegion: 'BE' });
    // Monday 2026-01-05 16:00 CET + 2 h.
    assert.equal(add('2026-01-05T15:00:00Z', 120, bavaria), '2026-01-07T09:00:00.000Z');
    assert.equal(add('2026-01-05T15:00:00Z', 120, berlinState), '2026-01-06T09:00:00.000Z');
  });

  it('holidays are whole days in the hours’ own zone (US Christmas in New York)', () => {
    const us = { ...office('America/New_York', { holidayCountry: 'US' }), weekly: roundTheClock };
    // Open 00:00–05:00 UTC on the 25th (still the 24th in New York), closed 05:00 UTC 25th to 05:00 UTC 26th.
    assert.equal(
      businessMinutesBetween(at('2026-12-25T00:00:00Z'), at('2026-12-26T12:00:00Z'), us),
      300 + 420,
    );
  });

  it('round the clock in UTC is wall time', () => {
    assert.equal(
      add('2026-12-24T15:00:00Z', 10_000, ALWAYS_OPEN),
      new Date(Date.parse('2026-12-24T15:00:00Z') + 600_000_000).toISOString(),
    );
  });
});
