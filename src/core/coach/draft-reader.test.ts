import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_COACHED_TEXT } from './coach-finding.ts';
import { learnedWords, MAX_LEARNED_WORDS, mostLearnedFrom } from './draft-reader.ts';
import { coachMessage, readForCoach } from './message-coach.ts';

const now = new Date('2026-12-07T10:00:00Z');
const context = {
  channel: 'email',
  firstReply: true,
  recordedFault: false,
  certainPromiseDates: [],
  now,
} as const;

/** Deterministic, so a failure repeats: xorshift32. */
function randomLetters(seed: number): () => string {
  let state = seed;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  return () => {
    let word = '';
    for (let i = 0; i < 9; i++) word += String.fromCharCode(97 + Math.floor(next() * 26));
    // Half in title case: a word and its lower case are two entries in wink-nlp's cache.
    return next() < 0.5 ? word[0]!.toUpperCase() + word.slice(1) : word;
  };
}

/** Drafts of the longest length the coach reads, together holding `count` distinct made-up words. */
function* draftsOfDistinctWords(count: number, seed: number): Generator<string> {
  const word = randomLetters(seed);
  const seen = new Set<string>();
  let words: string[] = [];
  let length = 0;
  while (seen.size < count) {
    const next = word();
    if (seen.has(next.toLowerCase())) continue;
    seen.add(next.toLowerCase());
    if (length + next.length + 1 > MAX_COACHED_TEXT - 1) {
      yield `${words.join(' ')}.`;
      words = [];
      length = 0;
    }
    words.push(next);
    length += next.length + 1;
  }
  if (words.length > 0) yield `${words.join(' ')}.`;
}

const DRAFTS = [
  "Hi Jane, you should have read the manual. There's nothing I can do now. It will arrive on Friday.",
  '😀 Café crème 🎉 — it was your fault. I will refund you.',
  "I can't wait to help! Please send me the model number.",
  'So sorry! We refunded $45.20 for order #48213 and will DM you.',
  'Dr. Smith said it was not your fault, and at 3 p.m. I will call you. See https://example.com/a.b',
  'Thanks for the message.',
];

describe("the coach's wink-nlp reader", () => {
  it('leaves room under the bound for the longest draft the coach reads', () => {
    assert.ok(mostLearnedFrom('x'.repeat(MAX_COACHED_TEXT)) <= MAX_LEARNED_WORDS);
  });

  it('never holds more than MAX_LEARNED_WORDS unknown words, through 200,000 distinct made-up words', () => {
    readForCoach('A first draft, to load the reader.', now);
    let learned = learnedWords();
    let words = 0;
    let replaced = 0;
    let mostHeld = 0;
    for (const draft of draftsOfDistinctWords(200_000, 0x9e3779b9)) {
      words += draft.split(' ').length;
      assert.ok(readForCoach(draft, now));
      const held = learnedWords();
      assert.ok(held <= MAX_LEARNED_WORDS, `held ${held} after ${words} words`);
      if (held < learned) replaced++;
      learned = held;
      mostHeld = Math.max(mostHeld, held);
    }
    assert.equal(words, 200_000);
    // The count is real: each made-up word (and its lower case) was learned until the reader was
    // replaced, so without the bound the cache would hold them all, past the bound twice over.
    assert.ok(mostHeld > MAX_LEARNED_WORDS / 2, `most held ${mostHeld}`);
    assert.ok(replaced >= 2, `replaced ${replaced} times`);
  });

  it('finds the same in a draft before and after its reader is replaced', () => {
    const before = DRAFTS.map((draft) => coachMessage(draft, context));
    const learned = learnedWords();
    for (const draft of draftsOfDistinctWords(40_000, 7)) readForCoach(draft, now);
    assert.ok(learnedWords() < learned + 40_000, 'the reader was replaced');
    const after = DRAFTS.map((draft) => coachMessage(draft, context));
    assert.deepEqual(after, before);
    assert.ok(
      before.some((found) => found.length > 0),
      'the drafts have findings to compare',
    );
  });
});
