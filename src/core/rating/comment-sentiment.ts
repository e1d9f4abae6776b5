/**
 * Is a free-text customer comment negative? A comment alone can open a recovery case, so this is
 * the rule that says so.
 *
 * Library: wink-sentiment (AFINN-165 word list + Emoji Sentiment Ranking, two-word phrases such as
 * "not working", negation up to two words back, emoticons and hashtags). Its lexicon ships inside
 * the package and is held in memory: no download, no I/O.
 *
 * Why this one: `npm run bench -- sentiment` (figures in bench/results/sentiment.json) scored four
 * candidates on real complaints (CFPB narratives; customer tweets to brands that report a problem)
 * against real brand replies in ../shared/data. Nothing there is labelled for sentiment, so that
 * split is a proxy; thresholds were tuned on half the rows and measured on the other half.
 * - Accuracy (balanced: complaints caught vs. replies left alone): wink-sentiment 70.4%,
 *   `sentiment` (plain AFINN-165) 70.0%, vader-sentiment 64.5%, wink-nlp 63.1%. The top two tie on
 *   the real data; wink-sentiment wins on short comments, which is what a comment page gets: it
 *   reads "not working", "Not a good product", "I do not like it" as negative where `sentiment`
 *   scores them 0 or positive (20 vs. 17 of 24 hand-written comments in the bench). wink-nlp, the
 *   winkjs project's actively released successor, negates to the end of the sentence, so in long
 *   complaints "they have not removed the bankruptcy" turns "bankruptcy" positive.
 * - Maintenance: neither wink-sentiment nor `sentiment` has had a release in years; their lexicon
 *   is a frozen word list with no other dependency to rot, and wink-sentiment's organisation still
 *   releases wink-nlp. The maintained candidates measured worse on the same split (2026-11-23):
 *   wink-nlp 63.1%, and `natural` 8 (AFINN) 61.3% on whole texts, 66.3% only with our own clause
 *   splitting (its negation runs to the end of the text), with a 77 MB install of database drivers
 *   it never loads; neither passes the data test's floors. So accuracy wins over release dates here.
 *   It sits behind this one function: swapping it is this file and a bench run.
 * - Size and speed: about 530 KB with its tokenizer; several thousand texts a second on one core,
 *   most of them long letters (`sentiment` is about four times faster; both are far beyond need).
 *
 * What it cannot do: sarcasm, context, any language but English, or complaints with no emotive
 * word ("The app keeps crashing"): it catches about 2 in 3 complaint letters but only 2 in 5
 * problem-report tweets. It flags about 1 in 8 brand replies, over half of them apologies. AFINN
 * also counts "support" and "help" as positive, so "Very disappointed with the support" scores 0.
 */
// @ts-expect-error wink-sentiment ships no type declarations; WinkSentiment below types the one call.
import winkSentimentUntyped from 'wink-sentiment';

type WinkSentiment = (phrase: string) => { score: number; normalizedScore: number };
const winkSentiment = winkSentimentUntyped as WinkSentiment;

/**
 * Characters analysed. A comment page allows long stories (CFPB narratives reach 22,000
 * characters), but the opening says whether it is a complaint, and the cap bounds the work done
 * on untrusted input. 5,000 takes 98.6% of the CFPB narratives whole (median 782).
 */
export const MAX_ANALYSED_CHARS = 5_000;

/**
 * A comment whose score is at or below this is negative: in effect, any net negative sentiment.
 * Tuned by `npm run bench -- sentiment` for the best balanced accuracy (complaints caught vs. brand
 * replies left alone), which climbs steadily towards zero (tuning half: 61% at -0.05, 68% at
 * -0.01, 69.4% here). Searched below zero only: a comment with no sentiment words ("The parcel
 * came on Tuesday.") scores 0 and must never open a case, and the data has no neutral class to
 * say so.
 */
export const NEGATIVE_SCORE_AT_MOST = -0.001;

/** wink-sentiment's normalised score runs from -5 to +5; ours runs from -1 to +1. */
const LIBRARY_SCORE_RANGE = 5;

export type CommentAssessment = {
  /** -1 (most negative) … 0 (no sentiment) … +1 (most positive), normalised for length. */
  score: number;
  isNegative: boolean;
};

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  return entities[body.toLowerCase()] ?? entity;
}

/**
 * The text the library sees: at most MAX_ANALYSED_CHARS (cut at a word boundary, never inside an
 * emoji), tags dropped and entities decoded (comments pasted from email, tweets with `&amp;`),
 * links and @handles removed (their letters are not the customer's words), whitespace collapsed.
 *
 * @example normaliseCommentText('<p>Not&nbsp;happy @acme https://t.co/x</p>') // 'Not happy'
 */
export function normaliseCommentText(text: string): string {
  let capped = text;
  if (capped.length > MAX_ANALYSED_CHARS) {
    capped = capped.slice(0, MAX_ANALYSED_CHARS);
    const lastSpace = capped.search(/\s\S*$/);
    if (lastSpace > MAX_ANALYSED_CHARS * 0.9) capped = capped.slice(0, lastSpace);
    else if (/[\uD800-\uDBFF]$/.test(capped)) capped = capped.slice(0, -1);
  }
  return capped
    .replace(/<[^<>]*>/g, ' ')
    .replace(/<[^<>]*$/, ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, decodeEntity)
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/(^|[^\w@])@\w+/g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Scores a free-text comment and says whether it is negative enough to act on.
 *
 * @example assessComment('Still waiting for my refund, this is terrible 😡') // { score: -0.5…, isNegative: true }
 * @example assessComment('Thank you, the engineer was great!') // { score: 0.5…, isNegative: false }
 * @example assessComment('   ') // { score: 0, isNegative: false }
 */
export function assessComment(text: string): CommentAssessment {
  const analysed = normaliseCommentText(text);
  if (analysed === '') return { score: 0, isNegative: false };
  const raw = winkSentiment(analysed).normalizedScore / LIBRARY_SCORE_RANGE;
  // `|| 0` turns -0 into 0, so a neutral comment reads as exactly 0.
  const score = Math.max(-1, Math.min(1, raw)) || 0;
  return { score, isNegative: score <= NEGATIVE_SCORE_AT_MOST };
}
