import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assessComment,
  MAX_ANALYSED_CHARS,
  NEGATIVE_SCORE_AT_MOST,
  normaliseCommentText,
} from './comment-sentiment.ts';

type Verdict = 'negative' | 'not negative';
const table: { name: string; text: string; expected: Verdict }[] = [
  { name: 'a plain complaint', text: 'Worst delivery ever', expected: 'negative' },
  { name: 'a negated positive ("not happy")', text: 'I am not happy with this', expected: 'negative' },
  { name: 'a negation two words back', text: 'Not a good experience at all', expected: 'negative' },
  { name: 'a two-word phrase with no negative word in it', text: 'It is not working', expected: 'negative' },
  { name: 'an angry emoji beside a word', text: 'Terrible service 😡', expected: 'negative' },
  { name: 'angry emoji alone', text: '😡😡', expected: 'negative' },
  { name: 'a sad emoticon', text: 'My order arrived broken :(', expected: 'negative' },
  { name: 'a complaint pasted as HTML', text: '<p>This is <b>awful</b></p>', expected: 'negative' },
  { name: 'an HTML entity between the words', text: 'Not&nbsp;happy', expected: 'negative' },
  { name: 'thanks', text: 'Thank you so much!', expected: 'not negative' },
  { name: 'praise with an emoji', text: 'Great service, very quick 👍', expected: 'not negative' },
  { name: 'a negated negative ("not bad")', text: 'Not bad at all, happy with it', expected: 'not negative' },
  { name: 'a loving emoji alone', text: '😍', expected: 'not negative' },
  { name: 'a plain fact', text: 'The parcel came on Tuesday.', expected: 'not negative' },
  { name: 'a question', text: 'Could you send me the invoice please?', expected: 'not negative' },
  {
    name: 'a negative word inside a link',
    text: 'see https://example.com/fail-terrible',
    expected: 'not negative',
  },
];

describe('assessComment', () => {
  for (const { name, text, expected } of table) {
    it(`calls ${name} ${expected}`, () => {
      const { isNegative } = assessComment(text);
      assert.equal(isNegative ? 'negative' : 'not negative', expected);
    });
  }

  for (const text of ['', '   ', '\n\t ', '<br/>', '&nbsp;']) {
    it(`scores ${JSON.stringify(text)} exactly 0 and not negative, as there is nothing to read`, () => {
      assert.deepEqual(assessComment(text), { score: 0, isNegative: false });
    });
  }

  it('keeps every score between -1 and +1', () => {
    for (const text of ['horrible terrible awful disgusting 😡😡😡', 'amazing superb wonderful 😍😍😍']) {
      const { score } = assessComment(text);
      assert.ok(score >= -1 && score <= 1, `${text}: ${score}`);
    }
  });
});

describe('the negative threshold', () => {
  it('sits below zero, so a comment with no sentiment words never opens a case', () => {
    assert.ok(NEGATIVE_SCORE_AT_MOST < 0);
    assert.equal(assessComment('The parcel came on Tuesday.').score, 0);
  });

  it('calls a comment negative exactly when its score is at or below the threshold', () => {
    for (const { text } of table) {
      const { score, isNegative } = assessComment(text);
      assert.equal(isNegative, score <= NEGATIVE_SCORE_AT_MOST, text);
    }
  });

  it('still catches one mild negative word in a long, otherwise neutral comment', () => {
    const text = `${'The parcel came on Tuesday and the driver left it at the door. '.repeat(30)}No.`;
    const { score, isNegative } = assessComment(text);
    assert.ok(score < 0 && score > -0.1, `length dilutes the score: ${score}`);
    assert.equal(isNegative, true);
  });
});

describe('very long text', () => {
  const filler = 'The parcel came on Tuesday. '.repeat(Math.ceil(MAX_ANALYSED_CHARS / 28) + 10);

  it('reads only the first MAX_ANALYSED_CHARS characters', () => {
    assert.equal(assessComment(`${filler} This is terrible.`).isNegative, false);
    assert.equal(assessComment(`This is terrible. ${filler}`).isNegative, true);
  });
});

describe('normaliseCommentText', () => {
  const cases: { name: string; text: string; expected: string }[] = [
    {
      name: 'drops tags, links and handles and decodes entities',
      text: '<p>Not&nbsp;happy @AcmeHelp https://t.co/x</p>',
      expected: 'Not happy',
    },
    { name: 'decodes numeric entities', text: 'I &#10084; it &#x1F621;', expected: 'I ❤ it 😡' },
    {
      name: 'keeps an email address whole',
      text: 'write to bob@example.com',
      expected: 'write to bob@example.com',
    },
    { name: 'drops a tag cut off at the end', text: 'fine <a href="x', expected: 'fine' },
    { name: 'collapses whitespace', text: '  a \n\n b\t', expected: 'a b' },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => assert.equal(normaliseCommentText(text), expected));
  }

  it('never cuts an emoji in half at the cap', () => {
    const text = normaliseCommentText(`${'a'.repeat(MAX_ANALYSED_CHARS - 1)}😡😡`);
    assert.ok(text.length <= MAX_ANALYSED_CHARS);
    assert.doesNotMatch(text, /[\uD800-\uDBFF]$/);
  });

  it('cuts at a word boundary near the cap', () => {
    const text = normaliseCommentText('word '.repeat(MAX_ANALYSED_CHARS));
    assert.ok(text.length <= MAX_ANALYSED_CHARS);
    assert.ok(text.endsWith('word'));
  });
});
