import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../shared/app-error.ts';
import type { CasePolicy } from './case-policy.ts';
import { assertCasePolicy, casePolicyProblems } from './case-policy-rules.ts';

const policy: CasePolicy = {
  severity: 'high',
  acknowledgeWithin: { minutes: 60, business: true },
  updateEvery: { minutes: 240, business: true },
  resolveWithin: { minutes: 1440, business: false },
  holdingMessage: true,
};
const fields = (p: CasePolicy) => casePolicyProblems(p).map((x) => x.field);

describe('case policy rules', () => {
  it('a sensible policy has no problems', () => {
    assert.deepEqual(casePolicyProblems(policy), []);
  });

  it('a cadence longer than the resolve target is refused', () => {
    assert.deepEqual(fields({ ...policy, updateEvery: { minutes: 1441, business: true } }), [
      'updateEvery.minutes',
    ]);
    assert.throws(
      () => assertCasePolicy({ ...policy, updateEvery: { minutes: 2000, business: false } }),
      (e) =>
        e instanceof AppError &&
        e.code === 'VALIDATION_FAILED' &&
        /Update every must not be longer/.test(e.message),
    );
  });

  it('acknowledging may not take longer than resolving', () => {
    assert.deepEqual(fields({ ...policy, acknowledgeWithin: { minutes: 2000, business: true } }), [
      'acknowledgeWithin.minutes',
    ]);
  });

  it('minutes must be whole, positive and at most 90 days', () => {
    assert.deepEqual(fields({ ...policy, acknowledgeWithin: { minutes: 0, business: true } }), [
      'acknowledgeWithin.minutes',
    ]);
    assert.deepEqual(fields({ ...policy, updateEvery: { minutes: 1.5, business: true } }), [
      'updateEvery.minutes',
    ]);
    assert.deepEqual(fields({ ...policy, resolveWithin: { minutes: 90 * 1440 + 1, business: true } }), [
      'resolveWithin.minutes',
    ]);
    assert.deepEqual(
      casePolicyProblems({ ...policy, resolveWithin: { minutes: 90 * 1440, business: true } }),
      [],
    );
  });
});
