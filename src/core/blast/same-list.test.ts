import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError } from '../shared/app-error.ts';
import type { Recipient } from './recipient-rows.ts';
import { assertNotSentBefore, listHash, SAME_LIST_WINDOW_MS } from './same-list.ts';

const row = (line: number, email: string, more: Partial<Recipient> = {}): Recipient => ({
  line,
  email,
  name: undefined,
  externalId: undefined,
  touchpointRef: undefined,
  ...more,
});

describe('the same list', () => {
  const survey = '5f0c8f1e-0000-4000-8000-000000000001';
  const list = [row(2, 'ann@example.com', { name: 'Ann' }), row(3, 'bob@example.com')];

  it('is the same in another order, at other lines', () => {
    assert.equal(
      listHash(survey, list),
      listHash(survey, [row(9, 'bob@example.com'), row(4, 'ann@example.com', { name: 'Ann' })]),
    );
  });

  const others: [string, string, Recipient[]][] = [
    ['another survey', '5f0c8f1e-0000-4000-8000-000000000002', list],
    ['another name', survey, [row(2, 'ann@example.com', { name: 'Anne' }), row(3, 'bob@example.com')]],
    [
      'another touchpoint',
      survey,
      [row(2, 'ann@example.com', { name: 'Ann', touchpointRef: 'order-2' }), row(3, 'bob@example.com')],
    ],
    ['one more row', survey, [...list, row(4, 'cy@example.com')]],
    ['one row fewer', survey, list.slice(0, 1)],
  ];
  for (const [name, otherSurvey, rows] of others)
    it(`differs with ${name}`, () => {
      assert.notEqual(listHash(otherSurvey, rows), listHash(survey, list));
    });

  const now = new Date('2026-12-07T12:00:00Z');
  const earlier = (ms: number) => ({
    id: 'b1',
    name: 'November deliveries',
    createdAt: new Date(now.getTime() - ms),
  });

  it('is refused within a day, naming the earlier blast', () => {
    assert.throws(
      () => assertNotSentBefore(earlier(12 * 60_000), now),
      (error) =>
        isAppError(error) &&
        error.code === 'SAME_LIST_SENT' &&
        error.details?.blastId === 'b1' &&
        /12 min ago, as “November deliveries”/.test(error.message),
    );
    assert.throws(() => assertNotSentBefore(earlier(SAME_LIST_WINDOW_MS - 1), now), /23 h ago|24 h ago/);
  });

  it('is sent again after a day, or when there was none', () => {
    assert.doesNotThrow(() => assertNotSentBefore(earlier(SAME_LIST_WINDOW_MS), now));
    assert.doesNotThrow(() => assertNotSentBefore(undefined, now));
  });
});
