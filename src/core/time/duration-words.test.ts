import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowanceWords, durationWords } from './duration-words.ts';

describe('duration words', () => {
  it('says a countdown to the unit that matters', () => {
    assert.equal(durationWords(0.5), 'less than a minute');
    assert.equal(durationWords(12), '12 min');
    assert.equal(durationWords(-12), '12 min');
    assert.equal(durationWords(150), '2 h 30 min');
    assert.equal(durationWords(11 * 60 + 5), '11 h');
    assert.equal(durationWords(1440 + 240), '1 day 4 h');
    assert.equal(durationWords(4 * 1440 + 240), '4 days');
  });

  it('spells a policy’s allowance out', () => {
    assert.equal(allowanceWords(1), '1 minute');
    assert.equal(allowanceWords(120), '2 hours');
    assert.equal(allowanceWords(90), '1 hour 30 minutes');
    assert.equal(allowanceWords(1440), '1 day');
  });
});
