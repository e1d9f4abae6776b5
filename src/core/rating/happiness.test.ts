import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../shared/app-error.ts';
import {
  countAnswer,
  type HappinessCounts,
  happinessOf,
  resolveHappinessWindow,
  sumCounts,
} from './happiness.ts';
import type { SurveyKind } from './survey-scale.ts';

const DAY = 24 * 3600 * 1000;

describe('what one latest answer counts as', () => {
  const cases: [SurveyKind, number, 'happy' | 'negative' | 'neither'][] = [
    ['thermometer', 4, 'happy'],
    ['thermometer', 3, 'happy'],
    ['thermometer', 2, 'negative'],
    ['thermometer', 1, 'negative'],
    ['csat', 5, 'happy'],
    ['csat', 4, 'happy'],
    ['csat', 3, 'neither'],
    ['csat', 2, 'negative'],
    ['csat', 1, 'negative'],
    ['nps', 10, 'happy'],
    ['nps', 9, 'happy'],
    ['nps', 8, 'neither'],
    ['nps', 7, 'neither'],
    ['nps', 6, 'negative'],
    ['nps', 0, 'negative'],
  ];
  for (const [kind, score, counted] of cases) {
    it(`counts ${score} on a ${kind} survey as one answer, ${counted}`, () => {
      assert.deepEqual(countAnswer(kind, score), {
        answers: 1,
        happy: counted === 'happy' ? 1 : 0,
        negative: counted === 'negative' ? 1 : 0,
      });
    });
  }
});

describe('the happiness factor from counts', () => {
  const factors: [string, HappinessCounts, number | undefined][] = [
    ['is unknown, not zero, when nobody answered', { answers: 0, happy: 0, negative: 0 }, undefined],
    ['is 1 when everyone was happy', { answers: 4, happy: 4, negative: 0 }, 1],
    ['is 0 when nobody was happy', { answers: 3, happy: 0, negative: 3 }, 0],
    ['leaves neutral answers in the denominator', { answers: 4, happy: 2, negative: 1 }, 0.5],
    ['rounds to four decimal places', { answers: 3, happy: 2, negative: 1 }, 0.6667],
    ['rounds a share below 0.005 % down to 0', { answers: 30_000, happy: 1, negative: 0 }, 0],
    ['rounds a near-whole share up', { answers: 7, happy: 6, negative: 0 }, 0.8571],
  ];
  for (const [name, counts, factor] of factors) {
    it(name, () => assert.deepEqual(happinessOf(counts), { ...counts, factor }));
  }

  it('adds groups up to the whole', () => {
    assert.deepEqual(
      sumCounts([
        { answers: 3, happy: 2, negative: 1 },
        { answers: 5, happy: 1, negative: 4 },
        { answers: 0, happy: 0, negative: 0 },
      ]),
      { answers: 8, happy: 3, negative: 5 },
    );
    assert.deepEqual(sumCounts([]), { answers: 0, happy: 0, negative: 0 });
  });
});

describe('the window to measure', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  const windows: [string, { from?: Date; to?: Date }, { from: Date; to: Date }][] = [
    ['is the last 30 days by default', {}, { from: ago(30), to: now }],
    ['ends now when only from is given', { from: ago(7) }, { from: ago(7), to: now }],
    ['is the 30 days before to when only to is given', { to: ago(10) }, { from: ago(40), to: ago(10) }],
    ['is what was asked when both are given', { from: ago(60), to: ago(50) }, { from: ago(60), to: ago(50) }],
    ['may be a whole year and a leap day', { from: ago(366) }, { from: ago(366), to: now }],
  ];
  for (const [name, asked, expected] of windows) {
    it(name, () => assert.deepEqual(resolveHappinessWindow(asked, now), expected));
  }

  const refused: [string, { from?: Date; to?: Date }, RegExp][] = [
    ['refuses a window that ends where it starts', { from: now, to: now }, /before/],
    ['refuses a reversed window', { from: now, to: ago(1) }, /before/],
    ['refuses from in the future with no to', { from: new Date(now.getTime() + DAY) }, /before/],
    ['refuses more than 366 days', { from: new Date(ago(366).getTime() - 1) }, /at most 366 days/],
  ];
  for (const [name, asked, message] of refused) {
    it(name, () =>
      assert.throws(
        () => resolveHappinessWindow(asked, now),
        (error: unknown) =>
          error instanceof AppError && error.code === 'VALIDATION_FAILED' && message.test(error.message),
      ),
    );
  }
});
