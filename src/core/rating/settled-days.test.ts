import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveHappinessParts, resolveSettledDays } from './settled-days.ts';

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

describe('how each part of a happiness window is counted', () => {
  const iso = (range: { from: Date; to: Date } | undefined) =>
    range && `${range.from.toISOString()} – ${range.to.toISOString()}`;
  const partsOf = (from: string, to: string, now: string) => {
    const parts = resolveHappinessParts({ from: at(from), to: at(to) }, at(now));
    return { kept: days(parts.kept), settledEdges: parts.settledEdges.map(iso), recent: iso(parts.recent) };
  };
  const table: [string, [string, string, string], ReturnType<typeof partsOf>][] = [
    [
      'the last 30 days: settled days kept, the partial first day at the edge, the last eight days recent',
      ['2026-02-03T12:00:00Z', '2026-03-05T12:00:00Z', '2026-03-05T12:00:00Z'],
      {
        kept: ['2026-02-04', '2026-02-25'],
        settledEdges: ['2026-02-03T12:00:00.000Z – 2026-02-04T00:00:00.000Z'],
        recent: '2026-02-25T00:00:00.000Z – 2026-03-05T12:00:00.000Z',
      },
    ],
    [
      'the last 7 days: nothing settled, all of it recent',
      ['2026-02-26T12:00:00Z', '2026-03-05T12:00:00Z', '2026-03-05T12:00:00Z'],
      { kept: undefined, settledEdges: [], recent: '2026-02-26T12:00:00.000Z – 2026-03-05T12:00:00.000Z' },
    ],
    [
      'a window of whole settled days has no edges and nothing recent',
      ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', '2026-03-05T12:00:00Z'],
      { kept: ['2026-01-01', '2026-02-01'], settledEdges: [], recent: undefined },
    ],
    [
      'partial days at both ends of a settled window are both edges',
      ['2026-01-01T09:00:00Z', '2026-02-01T17:00:00Z', '2026-03-05T12:00:00Z'],
      {
        kept: ['2026-01-02', '2026-02-01'],
        settledEdges: [
          '2026-01-01T09:00:00.000Z – 2026-01-02T00:00:00.000Z',
          '2026-02-01T00:00:00.000Z – 2026-02-01T17:00:00.000Z',
        ],
        recent: undefined,
      },
    ],
    [
      'hours of a settled day are one edge',
      ['2026-01-01T01:00:00Z', '2026-01-01T23:00:00Z', '2026-03-05T12:00:00Z'],
      {
        kept: undefined,
        settledEdges: ['2026-01-01T01:00:00.000Z – 2026-01-01T23:00:00.000Z'],
        recent: undefined,
      },
    ],
    [
      'nearly two settled days with no whole day between are one edge',
      ['2026-01-01T00:30:00Z', '2026-01-02T23:30:00Z', '2026-03-05T12:00:00Z'],
      {
        kept: undefined,
        settledEdges: ['2026-01-01T00:30:00.000Z – 2026-01-02T23:30:00.000Z'],
        recent: undefined,
      },
    ],
    [
      'a window reaching from the day before the unsettled days into them is recent from its start',
      ['2026-02-24T06:00:00Z', '2026-02-27T00:00:00Z', '2026-03-05T12:00:00Z'],
      { kept: undefined, settledEdges: [], recent: '2026-02-24T06:00:00.000Z – 2026-02-27T00:00:00.000Z' },
    ],
    [
      'an unsettled window in the past is recent: its answers can still change',
      ['2026-02-26T00:00:00Z', '2026-02-28T00:00:00Z', '2026-03-05T12:00:00Z'],
      { kept: undefined, settledEdges: [], recent: '2026-02-26T00:00:00.000Z – 2026-02-28T00:00:00.000Z' },
    ],
  ];
  for (const [name, [from, to, now], expected] of table) {
    it(name, () => assert.deepEqual(partsOf(from, to, now), expected));
  }

  it('starts the recent part no earlier than the day before the unsettled days, whatever the window', () => {
    const now = at('2026-03-05T12:00:00Z');
    const unsettledFrom = at('2026-02-25T00:00:00Z').getTime();
    for (let hours = 1; hours <= 366 * 24; hours += 7) {
      const { recent } = resolveHappinessParts(
        { from: new Date(now.getTime() - hours * 3600_000), to: now },
        now,
      );
      assert.ok(recent, `${hours} hours`);
      assert.ok(recent.from.getTime() >= unsettledFrom - 24 * 3600_000, `${hours} hours`);
    }
  });
});
