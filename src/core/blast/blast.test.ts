import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeResponseRate } from './blast.ts';

describe('blast response rate', () => {
  const cases: [{ answered: number; sent: number; held: number }, number | undefined][] = [
    [{ answered: 0, sent: 0, held: 0 }, undefined],
    [{ answered: 0, sent: 4, held: 0 }, 0],
    [{ answered: 1, sent: 3, held: 1 }, 0.25],
    [{ answered: 2, sent: 0, held: 2 }, 1],
    // A request answered from a forwarded link while its email still shows sending is not over 100%.
    [{ answered: 5, sent: 4, held: 0 }, 1],
  ];
  for (const [counts, rate] of cases) {
    it(`is ${rate} for ${JSON.stringify(counts)}`, () => {
      assert.equal(computeResponseRate(counts), rate);
    });
  }
});
