import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TimeBudget } from '../time/time-budget.ts';
import { dueClocks, nextDue } from './case-clocks.ts';
import type { CasePolicy } from './case-policy.ts';

const wall = (minutes: number): TimeBudget => ({ minutes, business: false });
const policy: CasePolicy = {
  severity: 'normal',
  acknowledgeWithin: wall(60),
  updateEvery: wall(240),
  resolveWithin: wall(1440),
  holdingMessage: false,
};
const add = (start: Date, budget: TimeBudget) => new Date(start.getTime() + budget.minutes * 60_000);
const at = (iso: string) => new Date(iso);

describe('a case’s clocks', () => {
  const opened = {
    status: 'open' as const,
    openedAt: at('2026-12-07T09:00:00Z'),
    reopenedAt: undefined,
    acknowledgedAt: undefined,
    lastMessageOutAt: undefined,
  };

  it('an open case runs acknowledge and resolve, not update', () => {
    const clocks = dueClocks(opened, policy, add);
    assert.deepEqual(clocks, {
      acknowledgeDueAt: at('2026-12-07T10:00:00Z'),
      updateDueAt: undefined,
      resolveDueAt: at('2026-12-08T09:00:00Z'),
    });
    assert.deepEqual(nextDue(clocks), { clock: 'acknowledge', dueAt: at('2026-12-07T10:00:00Z') });
  });

  it('once acknowledged, every word to the customer restarts the update clock (the void timer)', () => {
    const acknowledged = {
      ...opened,
      status: 'acknowledged' as const,
      acknowledgedAt: at('2026-12-07T09:30:00Z'),
    };
    assert.deepEqual(dueClocks(acknowledged, policy, add).updateDueAt, at('2026-12-07T13:30:00Z'));
    const written = { ...acknowledged, lastMessageOutAt: at('2026-12-07T12:00:00Z') };
    assert.deepEqual(dueClocks(written, policy, add).updateDueAt, at('2026-12-07T16:00:00Z'));
    assert.equal(dueClocks(written, policy, add).acknowledgeDueAt, undefined);
  });

  it('a reopened case counts acknowledge and resolve from its reopening', () => {
    const reopened = { ...opened, reopenedAt: at('2026-12-09T09:00:00Z') };
    assert.deepEqual(dueClocks(reopened, policy, add).acknowledgeDueAt, at('2026-12-09T10:00:00Z'));
  });

  it('a resolved or closed case runs no clock', () => {
    for (const status of ['resolved', 'closed'] as const) {
      const clocks = dueClocks({ ...opened, status }, policy, add);
      assert.equal(nextDue(clocks), undefined);
    }
  });
});
