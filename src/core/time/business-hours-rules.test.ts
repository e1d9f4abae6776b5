import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../shared/app-error.ts';
import { type BusinessHours, DEFAULT_BUSINESS_HOURS } from './business-hours.ts';
import { assertBusinessHours, businessHoursProblems, tidyBusinessHours } from './business-hours-rules.ts';

const ok = {
  ...DEFAULT_BUSINESS_HOURS,
  timeZone: 'Europe/Berlin',
  holidayCountry: 'DE',
  holidayRegion: 'BY',
};
const fields = (hours: BusinessHours) => businessHoursProblems(hours).map((p) => p.field);

describe('business hours rules', () => {
  it('good hours have no problems', () => {
    assert.deepEqual(businessHoursProblems(ok), []);
    assert.deepEqual(businessHoursProblems({ ...ok, weekly: { 1: [{ start: '22:00', end: '24:00' }] } }), []);
  });

  it('an unknown time zone is refused', () => {
    assert.deepEqual(fields({ ...ok, timeZone: 'Mars/Olympus' }), ['timeZone']);
  });

  it('an unknown holiday country or region is refused; a region needs a country', () => {
    assert.deepEqual(fields({ ...ok, holidayCountry: 'XX', holidayRegion: undefined }), ['holidayCountry']);
    assert.deepEqual(fields({ ...ok, holidayRegion: 'ZZ' }), ['holidayRegion']);
    assert.deepEqual(fields({ ...ok, holidayCountry: undefined }), ['holidayRegion']);
  });

  it('bad HH:mm, unordered, overlapping and midnight-crossing spans are refused', () => {
    assert.deepEqual(fields({ ...ok, weekly: { 1: [{ start: '9:00', end: '17:00' }] } }), [
      'weekly.1.0.start',
    ]);
    assert.deepEqual(fields({ ...ok, weekly: { 1: [{ start: '09:00', end: '25:00' }] } }), [
      'weekly.1.0.end',
    ]);
    assert.deepEqual(fields({ ...ok, weekly: { 1: [{ start: '24:00', end: '24:00' }] } }), [
      'weekly.1.0.start',
    ]);
    assert.deepEqual(fields({ ...ok, weekly: { 2: [{ start: '22:00', end: '06:00' }] } }), [
      'weekly.2.0.end',
    ]);
    const overlapping = [
      { start: '09:00', end: '13:00' },
      { start: '12:00', end: '17:00' },
    ];
    assert.deepEqual(fields({ ...ok, weekly: { 3: overlapping } }), ['weekly.3.1.start']);
    const unordered = [
      { start: '13:00', end: '17:00' },
      { start: '09:00', end: '12:00' },
    ];
    assert.deepEqual(fields({ ...ok, weekly: { 4: unordered } }), ['weekly.4.1.start']);
  });

  it('a week with no open time is refused', () => {
    assert.deepEqual(fields({ ...ok, weekly: {} }), ['weekly']);
    assert.deepEqual(fields({ ...ok, weekly: { 1: [] } }), ['weekly']);
  });

  it('days off must be real dates', () => {
    assert.deepEqual(fields({ ...ok, daysOff: ['2026-12-31', '2026-02-30', 'tomorrow'] }), [
      'daysOff.1',
      'daysOff.2',
    ]);
  });

  it('refusal is VALIDATION_FAILED with each problem beside its field and a sentence naming it', () => {
    assert.throws(
      () => assertBusinessHours({ ...ok, timeZone: 'Nowhere' }),
      (error) =>
        error instanceof AppError &&
        error.code === 'VALIDATION_FAILED' &&
        /Time zone "Nowhere"/.test(error.message) &&
        (error.details?.errors as { field: string }[] | undefined)?.[0]?.field === 'timeZone',
    );
  });

  it('kept tidy: days off sorted once each, empty days dropped', () => {
    const tidy = tidyBusinessHours({
      ...ok,
      weekly: { 1: [], 2: [{ start: '09:00', end: '10:00' }] },
      daysOff: ['2026-12-31', '2026-01-01', '2026-12-31'],
    });
    assert.deepEqual(tidy.daysOff, ['2026-01-01', '2026-12-31']);
    assert.deepEqual(Object.keys(tidy.weekly), ['2']);
  });
});
