import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ALWAYS_OPEN, type BusinessHours, type DaySpan, type Weekday } from './business-hours.ts';
import { businessMinutesBetween, isOpenAt } from './business-time.ts';
import { addTimeBudget } from './time-budget.ts';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const hhmm = (quarter: number) =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

/** A day's spans from distinct quarter-hour marks, paired in order: never overlapping, maybe empty. */
const day = fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 }).map((marks) => {
  const sorted = [...marks].sort((a, b) => a - b);
  const spans: DaySpan[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2)
    spans.push({ start: hhmm(sorted[i] as number), end: hhmm(sorted[i + 1] as number) });
  return spans;
});

const hours: fc.Arbitrary<BusinessHours> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.array(day, { minLength: 7, maxLength: 7 }),
    holidayCountry: fc.constantFrom(undefined, 'DE', 'US', 'FR'),
    daysOff: fc.uniqueArray(
      fc
        .date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { maxLength: 10 },
    ),
  })
  .filter(({ days }) => days.some((spans) => spans.length > 0))
  .map(({ timeZone, days, holidayCountry, daysOff }) => ({
    timeZone,
    weekly: Object.fromEntries(days.map((spans, i) => [(i + 1) as Weekday, spans])),
    holidayCountry,
    daysOff,
  }));

const instant = fc.date({ min: new Date('2026-01-01'), max: new Date('2027-06-30'), noInvalidDate: true });
const minutes = fc.integer({ min: 0, max: 3000 });
const business = (m: number) => ({ minutes: m, business: true });
const runs = { numRuns: 150 };

describe('business time budgets (properties)', () => {
  it('never land outside hours, except exactly at a span’s end', () => {
    fc.assert(
      fc.property(hours, instant, fc.integer({ min: 1, max: 3000 }), (h, start, m) => {
        const due = addTimeBudget(start, business(m), h);
        return isOpenAt(due, h) || isOpenAt(new Date(due.getTime() - 1), h);
      }),
      runs,
    );
  });

  it('count exactly the budget’s business minutes', () => {
    fc.assert(
      fc.property(hours, instant, minutes, (h, start, m) => {
        const due = addTimeBudget(start, business(m), h);
        return due >= start && businessMinutesBetween(start, due, h) === m;
      }),
      runs,
    );
  });

  it('are monotonic in minutes', () => {
    fc.assert(
      fc.property(hours, instant, minutes, minutes, (h, start, a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        return addTimeBudget(start, business(less), h) <= addTimeBudget(start, business(more), h);
      }),
      runs,
    );
  });

  it('add in steps as at once: add(a + b) = add(add(a), b)', () => {
    fc.assert(
      fc.property(hours, instant, minutes, minutes, (h, start, a, b) => {
        const once = addTimeBudget(start, business(a + b), h);
        const steps = addTimeBudget(addTimeBudget(start, business(a), h), business(b), h);
        return once.getTime() === steps.getTime();
      }),
      runs,
    );
  });

  it('wall-time budgets ignore the hours', () => {
    fc.assert(
      fc.property(hours, instant, minutes, (h, start, m) => {
        const due = addTimeBudget(start, { minutes: m, business: false }, h);
        return due.getTime() === start.getTime() + m * 60_000;
      }),
      runs,
    );
  });

  it('round the clock, business time is wall time', () => {
    fc.assert(
      fc.property(instant, minutes, (start, m) => {
        const due = addTimeBudget(start, business(m), ALWAYS_OPEN);
        return due.getTime() === start.getTime() + m * 60_000;
      }),
      runs,
    );
  });
});

describe('addTimeBudget', () => {
  it('a business budget waits for the hours (Friday 16:00 + 2 business hours is Monday 10:00)', () => {
    const utc: BusinessHours = {
      timeZone: 'UTC',
      weekly: { 1: [{ start: '09:00', end: '17:00' }], 5: [{ start: '09:00', end: '17:00' }] },
      daysOff: [],
    };
    assert.equal(
      addTimeBudget(new Date('2026-12-04T16:00:00Z'), business(120), utc).toISOString(),
      '2026-12-07T10:00:00.000Z',
    );
  });
});
