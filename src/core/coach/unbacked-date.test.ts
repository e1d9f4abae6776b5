import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CoachContext } from './coach-finding.ts';
import { coachMessage } from './message-coach.ts';
import { rememberedSentenceChars, SEEN_LONGEST_SENTENCE } from './unbacked-date.ts';

const context: CoachContext = {
  channel: 'email',
  firstReply: false,
  recordedFault: false,
  certainPromiseDates: [],
  now: new Date('2026-12-07T10:00:00Z'),
};

describe('the coach’s memory of sentences it read', () => {
  it('stays small when drafts are made of very long sentences, and still finds their dates', () => {
    // 50 drafts of one 5,000-character sentence each, every one different: none is remembered.
    const before = rememberedSentenceChars();
    for (let i = 0; i < 50; i++) {
      const sentence = `It will arrive on Friday ${'and then some more words '.repeat(200)}${i}.`;
      assert.ok(sentence.length > SEEN_LONGEST_SENTENCE);
      const kinds = coachMessage(sentence, context).map((found) => found.kind);
      assert.ok(kinds.includes('unbacked_date'), 'a long sentence is still read for dates');
    }
    assert.equal(rememberedSentenceChars(), before, 'no long sentence is remembered');
    // Short sentences are remembered: at most 2,000 of them, at most 500 characters each.
    for (let i = 0; i < 2500; i++) coachMessage(`We will call you on Monday about order ${i}.`, context);
    assert.ok(rememberedSentenceChars() > 0, 'short sentences are remembered');
    assert.ok(
      rememberedSentenceChars() <= 2000 * (SEEN_LONGEST_SENTENCE + 20),
      `${rememberedSentenceChars()} characters remembered`,
    );
  });
});
