import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettledDays } from './settled-days.ts';

const at = (iso: string) => new Date(iso);
const days = (range: { from: Date; to: Date } | undefined) =>
  range && [range.from.toISOString().slice(0, 10), range.to.toISOString().slice(0, 10)];

describe('settled days of a happiness window', () => {
  const table: [string, string, string, string, string[] | undefined][] = [
    [
      'whole days, long settled',
      '2026-01-01T00:00:00Z',
      '2026-02-01T00:00:00Z',
      '2026-03-05T12:00:00Z',
      ['2026-01-01', '2026-02-01'],
    ],
    [
      'partial first and last days are left to count live',
      '2026-01-01T09:00:00Z',
      '2026-02-01T17:00:00Z',
      '2026-03-05T12:00:00Z',
      ['2026-01-02', '2026-02-01'],
    ],
    [
      'stops eight days before today',
      '2026-02-01T00:00:00Z',
      '2026-03-05T12:00:00Z',
      '2026-03-05T12:00:00Z',
      ['2026-02-01', '2026-02-25'],
    ],
    [
      'a day that a changed answer could still leave is not settled',
      '2026-02-25T00:00:00Z',
      '2026-03-05T00:00:00Z',
      '2026-03-05T00:00:01Z',
      undefined,
    ],
    [
      'the last seven days have nothing settled',
      '2026-02-26T12:00:00Z',
      '2026-03-05T12:00:00Z',
      '2026-03-05T12:00:00Z',
      undefined,
    ],
    [
      'less than a whole day',
      '2026-01-01T01:00:00Z',
      '2026-01-01T23:00:00Z',
      '2026-03-05T12:00:00Z',
      undefined,
    ],
  ];
  for (const [name, from, to, now, expected] of table) {
    it(name, () =>
      assert.deepEqual(days(resolveSettledDays({ from: at(from), to: at(to) }, at(now))), expected),
    );
  }
});
