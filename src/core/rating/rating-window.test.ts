import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isRatingRequestExpired,
  RATING_CHANGE_DAYS,
  RATING_REQUEST_DAYS,
  ratingLinksExpireAt,
} from './rating-window.ts';

const DAY = 24 * 3600 * 1000;
const createdAt = new Date('2026-01-10T09:00:00Z');
const at = (days: number, ms = 0) => new Date(createdAt.getTime() + days * DAY + ms);

describe('when rating links stop recording', () => {
  it('keeps the waiting periods at 60 days unanswered and 7 days after the first answer', () => {
    assert.equal(RATING_REQUEST_DAYS, 60);
    assert.equal(RATING_CHANGE_DAYS, 7);
  });

  const expiries: [string, Date | undefined, Date][] = [
    ['expires 60 days after the request while unanswered', undefined, at(60)],
    ['expires 7 days after an answer on the first day', at(1), at(8)],
    ['expires 7 days after an answer given within the hour', at(0, 3600_000), at(7, 3600_000)],
    ['extends past the 60 days when the first answer comes late', at(59), at(66)],
  ];
  for (const [name, firstAnsweredAt, expected] of expiries) {
    it(name, () => assert.deepEqual(ratingLinksExpireAt({ createdAt, firstAnsweredAt }), expected));
  }

  const windows: [string, Date | undefined, Date, boolean][] = [
    ['records a click on an unanswered request the moment it is made', undefined, at(0), true],
    ['records a click on an unanswered request a millisecond before 60 days', undefined, at(60, -1), true],
    ['refuses a click on an unanswered request at exactly 60 days', undefined, at(60), false],
    ['refuses a click on an unanswered request after 60 days', undefined, at(61), false],
    ['lets the customer change their mind a millisecond before 7 days', at(2), at(9, -1), true],
    ['refuses a change at exactly 7 days after the first answer', at(2), at(9), false],
    ['refuses a change after 7 days even though 60 days have not passed', at(2), at(20), false],
    ['lets a late first answer be changed beyond the 60 days', at(59), at(65), true],
  ];
  for (const [name, firstAnsweredAt, now, allowed] of windows) {
    it(name, () => {
      const expiresAt = ratingLinksExpireAt({ createdAt, firstAnsweredAt });
      assert.equal(isRatingRequestExpired({ expiresAt }, now), !allowed);
    });
  }
});
