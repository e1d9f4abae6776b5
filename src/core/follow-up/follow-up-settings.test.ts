import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALWAYS_OPEN, DEFAULT_BUSINESS_HOURS } from '../time/business-hours.ts';
import { addTimeBudget } from '../time/time-budget.ts';
import {
  DEFAULT_FOLLOW_UP_SETTINGS,
  followUpBudget,
  followUpSettingsOf,
  replyReopens,
} from './follow-up-settings.ts';

describe('follow-up settings', () => {
  it('keeps saved values within limits, defaults otherwise', () => {
    assert.deepEqual(followUpSettingsOf(undefined), DEFAULT_FOLLOW_UP_SETTINGS);
    assert.deepEqual(followUpSettingsOf({ reopenWithinDays: 7, followUpBusinessDays: 0 }), {
      reopenWithinDays: 7,
      followUpBusinessDays: 3,
    });
    assert.deepEqual(
      followUpSettingsOf({ reopenWithinDays: 2.5, followUpBusinessDays: '5' }),
      DEFAULT_FOLLOW_UP_SETTINGS,
    );
  });
  it('a reply within N days reopens, after them it does not', () => {
    const resolved = new Date('2026-12-01T10:00:00Z');
    const settings = { reopenWithinDays: 14, followUpBusinessDays: 3 };
    assert.equal(replyReopens(resolved, new Date('2026-12-15T10:00:00Z'), settings), true);
    assert.equal(replyReopens(resolved, new Date('2026-12-15T10:00:01Z'), settings), false);
  });
  it('N business days are N of the team’s open days, counted in business time', () => {
    assert.deepEqual(followUpBudget(3, DEFAULT_BUSINESS_HOURS), { minutes: 3 * 480, business: true });
    assert.deepEqual(followUpBudget(3, ALWAYS_OPEN), { minutes: 3 * 1440, business: true });
    assert.deepEqual(followUpBudget(2, { ...DEFAULT_BUSINESS_HOURS, weekly: {} }), {
      minutes: 2 * 1440,
      business: false,
    });
  });
  it('three business days after a Friday afternoon resolution is the Wednesday after, at the same hour', () => {
    const friday = new Date('2026-12-04T16:00:00Z');
    const due = addTimeBudget(friday, followUpBudget(3, DEFAULT_BUSINESS_HOURS), DEFAULT_BUSINESS_HOURS);
    assert.equal(due.toISOString(), '2026-12-09T16:00:00.000Z');
  });
});
