import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeResponseRate, preparedShare } from './blast.ts';

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

describe('how far a blast is prepared', () => {
  const cases: [
    { recipients: number; queued: number; skippedSuppressed: number; skippedInvalid: number },
    number,
  ][] = [
    [{ recipients: 3000, queued: 0, skippedSuppressed: 0, skippedInvalid: 0 }, 0],
    [{ recipients: 3000, queued: 1000, skippedSuppressed: 10, skippedInvalid: 490 }, 0.5],
    [{ recipients: 3, queued: 2, skippedSuppressed: 0, skippedInvalid: 1 }, 1],
    // Refused lines count as done from the upload on.
    [{ recipients: 3, queued: 0, skippedSuppressed: 0, skippedInvalid: 1 }, 1 / 3],
    [{ recipients: 0, queued: 0, skippedSuppressed: 0, skippedInvalid: 0 }, 1],
  ];
  for (const [counts, share] of cases)
    it(`is ${share.toFixed(2)} for ${JSON.stringify(counts)}`, () => {
      assert.equal(preparedShare(counts), share);
    });
});
