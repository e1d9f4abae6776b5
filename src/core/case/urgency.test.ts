import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareUrgency, type UrgencyFacts } from './urgency.ts';

const facts = (name: string, f: Omit<UrgencyFacts, 'waitingSince'> & { waitingSince: string }) => ({
  name,
  ...f,
  waitingSince: new Date(f.waitingSince),
});

describe('inbox urgency', () => {
  it('puts the more severe first, then the longest waiting, whether acknowledged or not', () => {
    const cases = [
      facts('ack critical old', {
        status: 'acknowledged',
        severity: 'critical',
        waitingSince: '2026-11-20T00:00:00Z',
      }),
      facts('open low new', { status: 'open', severity: 'low', waitingSince: '2026-11-23T09:00:00Z' }),
      facts('open high new', { status: 'open', severity: 'high', waitingSince: '2026-11-23T09:30:00Z' }),
      facts('open high old', { status: 'open', severity: 'high', waitingSince: '2026-11-22T09:30:00Z' }),
      facts('ack normal old', {
        status: 'acknowledged',
        severity: 'normal',
        waitingSince: '2026-11-01T00:00:00Z',
      }),
      facts('ack critical new', {
        status: 'acknowledged',
        severity: 'critical',
        waitingSince: '2026-11-23T00:00:00Z',
      }),
    ];
    const order = [...cases].sort(compareUrgency).map((c) => c.name);
    assert.deepEqual(order, [
      'ack critical old',
      'ack critical new',
      'open high old',
      'open high new',
      'ack normal old',
      'open low new',
    ]);
  });

  it('treats equal facts as equal', () => {
    const a = facts('a', { status: 'open', severity: 'normal', waitingSince: '2026-11-23T09:00:00Z' });
    assert.equal(compareUrgency(a, { ...a }), 0);
  });
});
