import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_FOLLOW_UP_SETTINGS, followUpSettingsOf, replyReopens } from './follow-up-settings.ts';

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
});
