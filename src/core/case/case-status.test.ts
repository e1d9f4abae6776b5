import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../shared/app-error.ts';
import {
  CASE_STATUSES,
  type CaseStatus,
  canMoveCase,
  isCaseActive,
  resolveStatusChange,
} from './case-status.ts';

const now = new Date('2026-11-23T10:00:00Z');

describe('case status machine', () => {
  const allowed: [CaseStatus, CaseStatus][] = [
    ['open', 'acknowledged'],
    ['open', 'resolved'],
    ['acknowledged', 'resolved'],
    ['resolved', 'closed'],
    ['resolved', 'open'],
    ['closed', 'open'],
  ];

  it('allows exactly the moves of the recovery loop', () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        const expected = allowed.some(([a, b]) => a === from && b === to);
        assert.equal(canMoveCase(from, to), expected, `${from} → ${to}`);
      }
    }
  });

  it('refuses a forbidden move with INVALID_STATUS_TRANSITION and says what is allowed', () => {
    assert.throws(
      () => resolveStatusChange('closed', 'resolved', now),
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'INVALID_STATUS_TRANSITION' &&
        /can become open/.test(error.message),
    );
    assert.throws(() => resolveStatusChange('open', 'open', now), AppError);
  });

  const cases: { from: CaseStatus; to: CaseStatus; isReopen: boolean; stamps: string[] }[] = [
    { from: 'open', to: 'acknowledged', isReopen: false, stamps: ['acknowledgedAt'] },
    { from: 'open', to: 'resolved', isReopen: false, stamps: ['resolvedAt', 'acknowledgedAt'] },
    { from: 'acknowledged', to: 'resolved', isReopen: false, stamps: ['resolvedAt'] },
    { from: 'resolved', to: 'closed', isReopen: false, stamps: ['closedAt'] },
    { from: 'resolved', to: 'open', isReopen: true, stamps: [] },
    { from: 'closed', to: 'open', isReopen: true, stamps: [] },
  ];
  for (const c of cases) {
    it(`${c.from} → ${c.to} ${c.isReopen ? 'is a reopening' : `stamps ${c.stamps.join(', ')}`}`, () => {
      const change = resolveStatusChange(c.from, c.to, now);
      assert.equal(change.isReopen, c.isReopen);
      assert.deepEqual(Object.keys(change.stamps).sort(), [...c.stamps].sort());
      for (const value of Object.values(change.stamps)) assert.equal(value, now);
    });
  }

  it('counts open and acknowledged cases as active, the rest not', () => {
    assert.deepEqual(
      CASE_STATUSES.filter((s) => isCaseActive(s)),
      ['open', 'acknowledged'],
    );
  });
});
