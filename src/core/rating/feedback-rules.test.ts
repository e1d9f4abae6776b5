import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  customerValue,
  feedbackSeverity,
  needsRecovery,
  DEFAULT_FEEDBACK_RULES as rules,
} from './feedback-rules.ts';

describe('severity of a case opened from feedback', () => {
  const table = [
    { kind: 'thermometer', score: 1, value: undefined, expected: 'high' },
    { kind: 'thermometer', score: 2, value: undefined, expected: 'normal' },
    { kind: 'thermometer', score: 2, value: 999, expected: 'normal' },
    { kind: 'thermometer', score: 2, value: 1000, expected: 'high' },
    { kind: 'thermometer', score: 1, value: 5000, expected: 'critical' },
    { kind: 'csat', score: 1, value: undefined, expected: 'high' },
    { kind: 'csat', score: 2, value: undefined, expected: 'normal' },
    { kind: 'nps', score: 3, value: undefined, expected: 'high' },
    { kind: 'nps', score: 4, value: undefined, expected: 'normal' },
    { kind: 'nps', score: undefined, value: undefined, expected: 'normal' },
  ] as const;
  for (const row of table) {
    it(`${row.kind} ${row.score ?? 'no score'} from a customer worth ${row.value ?? 'unknown'} is ${row.expected}`, () => {
      assert.equal(
        feedbackSeverity({ kind: row.kind, score: row.score, value: row.value }, rules),
        row.expected,
      );
    });
  }
});

describe('reading a customer value', () => {
  it('takes a number, or a numeric string with currency, from the configured attribute', () => {
    assert.equal(customerValue({ lifetimeValue: 1200 }, rules), 1200);
    assert.equal(customerValue({ lifetimeValue: '$1,200.50' }, rules), 1200.5);
    assert.equal(customerValue({ lifetimeValue: 'gold' }, rules), undefined);
    assert.equal(customerValue({}, rules), undefined);
    assert.equal(customerValue({ ltv: 10 }, { ...rules, valueAttribute: 'ltv' }), 10);
  });
});

describe('when feedback needs a recovery case', () => {
  it('is needed for a negative rating, not for neutral or happy ones', () => {
    assert.equal(needsRecovery({ kind: 'thermometer', score: 2, negativeComment: false }, rules), true);
    assert.equal(needsRecovery({ kind: 'nps', score: 8, negativeComment: false }, rules), false);
    assert.equal(needsRecovery({ kind: 'csat', score: 5, negativeComment: false }, rules), false);
  });
  it('is needed for a negative comment alone, after a neutral score, and after a happy one', () => {
    assert.equal(
      needsRecovery({ kind: 'thermometer', score: undefined, negativeComment: true }, rules),
      true,
    );
    assert.equal(needsRecovery({ kind: 'nps', score: 7, negativeComment: true }, rules), true);
    assert.equal(needsRecovery({ kind: 'thermometer', score: 3, negativeComment: true }, rules), true);
    assert.equal(needsRecovery({ kind: 'thermometer', score: 4, negativeComment: false }, rules), false);
  });
  it('follows the rules when an admin turns either trigger off', () => {
    assert.equal(
      needsRecovery(
        { kind: 'thermometer', score: 1, negativeComment: false },
        { ...rules, openCaseOnNegativeRating: false },
      ),
      false,
    );
    assert.equal(
      needsRecovery(
        { kind: 'nps', score: undefined, negativeComment: true },
        { ...rules, openCaseOnNegativeComment: false },
      ),
      false,
    );
  });
});
