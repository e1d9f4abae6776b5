/**
 * The visible reply on real reply-parser suites (../shared/data/emails, read only): per suite, the
 * cases src/mail/in/visible-reply.ts gets right by that suite's own expectation (bench/reply-text.ts
 * says what counts) must not fall below what `npm run bench -- reply-text` measured
 * (bench/results/reply-text.json), so a broken header rule, a library update that changes its
 * answers, or a normalisation bug fails the build. Skips, saying so, when the data is not there.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { emailsDir, loadReplyCases, passRates, type ReplySuite } from '../../bench/reply-text.ts';
import { extractVisibleReply } from '../../src/mail/in/visible-reply.ts';

/**
 * Measured on 2026-12-06. What the misses are (each a place where suites disagree, or a choice):
 * - discourse: keeps "Best regards, Name" (3; crisp's suite drops sign-offs, and so do we), a
 *   reply that is only a quote (we give '': nothing new), a quote at the top of a reply (2), and one
 *   blank line more or less in two interleaved replies;
 * - github and willdurand: drop the sign-off "-Abhishek Kona" (crisp's suite keeps it, as we do);
 * - willdurand: drops the quotes of an interleaved reply (we keep them as `>` lines).
 */
const FLOORS: Record<ReplySuite, number> = { crisp: 76, discourse: 56, github: 8, willdurand: 7, zapier: 4 };

const present = existsSync(emailsDir);
const skipMessage = `${emailsDir} (../shared/data/emails) is not here, so the reply-extraction check on real suites was skipped`;

describe('the visible reply on the five reply-parser suites', () => {
  const results = present
    ? passRates(loadReplyCases(), (body) => extractVisibleReply({ text: body, html: undefined }))
    : undefined;

  for (const [suite, floor] of Object.entries(FLOORS) as [ReplySuite, number][]) {
    it(`gets at least ${floor} of the ${suite} suite's cases right`, (t) => {
      if (!results) return t.skip(skipMessage);
      const { passed, cases, failed } = results[suite];
      t.diagnostic(
        `${suite}: ${passed}/${cases} (${((passed / cases) * 100).toFixed(1)}%); missed: ${failed.join(', ') || 'none'}`,
      );
      assert.ok(
        cases >= floor,
        `the ${suite} suite has ${cases} cases, fewer than the floor ${floor}: was the data changed?`,
      );
      assert.ok(passed >= floor, `${passed}/${cases} fell below ${floor}; missed: ${failed.join(', ')}`);
    });
  }
});
