import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeResponseRate } from './blast.ts';

describe('blast response rate', () => {
  const cases: [{ answered: number; sent: number }, number | undefined][] = [
    [{ answered: 0, sent: 0 }, undefined],
    [{ answered: 0, sent: 4 }, 0],
    [{ answered: 1, sent: 4 }, 0.25],
    // Held emails were never delivered: answers from their links give no rate to divide by.
    [{ answered: 2, sent: 0 }, undefined],
    // A request answered from a forwarded link while its email still shows sending is not over 100%.
    [{ answered: 5, sent: 4 }, 1],
  ];
  for (const [counts, rate] of cases) {
    it(`is ${rate} for ${JSON.stringify(counts)}`, () => {
      assert.equal(computeResponseRate(counts), rate);
    });
  }
});
