import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RATING_CHANGE_DAYS, RATING_REQUEST_DAYS } from './rating-window.ts';
import { findScannerBurstAnswers, resolveStandingAnswer, type TimedAnswer } from './scanner-burst.ts';

const t0 = new Date('2026-03-02T08:00:00Z');
const DAY = 24 * 3600 * 1000;
const at = (ms: number) => new Date(t0.getTime() + ms);
/** Answers from [score, ms after t0] pairs, ids in the order given. */
const answers = (...pairs: [number, number][]): TimedAnswer[] =>
  pairs.map(([score, ms], i) => ({ id: i + 1, score, at: at(ms) }));

describe('which answers a scanner gave', () => {
  const cases: [string, TimedAnswer[], number[]][] = [
    ['a single click stands', answers([1, 0]), []],
    ['no answers, nothing set aside', [], []],
    [
      'every link of a thermometer within a second is a scanner',
      answers([4, 0], [3, 200], [2, 400], [1, 600]),
      [1, 2, 3, 4],
    ],
    ['three different scores within seconds are a scanner', answers([1, 0], [4, 3000], [2, 6000]), [1, 2, 3]],
    ['a person correcting a slip (two scores) stands', answers([1, 0], [4, 4000]), []],
    ['the same link twice and another (two scores) stands', answers([1, 0], [1, 500], [2, 1000]), []],
    [
      'each click within the gap of the one before makes one run',
      answers([4, 0], [3, 9000], [2, 18_000]),
      [1, 2, 3],
    ],
    ['a gap just over ten seconds ends the run', answers([4, 0], [3, 5000], [2, 15_001]), []],
    ['a gap of exactly ten seconds keeps the run', answers([4, 0], [3, 5000], [2, 15_000]), [1, 2, 3]],
    [
      'a person’s click days after a scanner’s run stands',
      answers([4, 0], [3, 100], [2, 200], [1, 300], [2, 2 * DAY]),
      [1, 2, 3, 4],
    ],
    [
      'a person’s answer before a scanner’s run stands',
      answers([3, 0], [4, DAY], [3, DAY + 100], [2, DAY + 200], [1, DAY + 300]),
      [2, 3, 4, 5],
    ],
    [
      'answers out of order are put in time order first',
      [
        { id: 3, score: 2, at: at(400) },
        { id: 1, score: 4, at: at(0) },
        { id: 2, score: 3, at: at(200) },
      ],
      [1, 2, 3],
    ],
    [
      'every link of an NPS survey within seconds is a scanner',
      answers(...Array.from({ length: 11 }, (_, i): [number, number] => [10 - i, i * 700])),
      Array.from({ length: 11 }, (_, i) => i + 1),
    ],
  ];
  for (const [name, given, expected] of cases) {
    it(name, () => assert.deepEqual(findScannerBurstAnswers(given), expected));
  }
});

describe('what a request says once a scanner’s answers are set aside', () => {
  const request = { createdAt: t0 };

  it('is unanswered again, its links working until the request’s own expiry, when nothing remains', () => {
    assert.deepEqual(resolveStandingAnswer(request, []), {
      lastScore: undefined,
      firstAnsweredAt: undefined,
      lastAnsweredAt: undefined,
      expiresAt: at(RATING_REQUEST_DAYS * DAY),
    });
  });

  it('keeps the latest remaining score, and the change window the earliest remaining answer opened', () => {
    const remaining = answers([2, 5 * DAY], [3, DAY]);
    assert.deepEqual(resolveStandingAnswer(request, remaining), {
      lastScore: 2,
      firstAnsweredAt: at(DAY),
      lastAnsweredAt: at(5 * DAY),
      expiresAt: at(DAY + RATING_CHANGE_DAYS * DAY),
    });
  });
});
