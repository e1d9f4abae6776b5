/**
 * `npm run bench -- sentiment`: how well candidate sentiment libraries tell a complaint from a
 * non-complaint on real text, and which one src/core/rating/comment-sentiment.ts uses.
 *
 * Nothing in ../shared/data is labelled for sentiment, so the labels are a proxy, stated here:
 * - complaints (should be negative):
 *   - every CFPB consumer complaint narrative (cfpb_narratives_combined_4876.csv): complaints by
 *     construction, though many are written as calm, formal letters;
 *   - customer tweets to a brand (twcs_random5000.csv, inbound, mentioning a brand handle; customers
 *     are numbers there, brands are names) that report a problem: they match COMPLAINT_MARKERS,
 *     problem-report phrases picked because they carry little or no weight in the word lists
 *     ("still", "why", "can't", "waiting", "no response"), so the selection does not pre-pick what a
 *     lexicon would flag.
 * - non-complaints (should not be negative): every brand reply (twcs, inbound = False). Replies
 *   often apologise ("sorry to hear that"), which a word list reads as negative: a hard, honest case.
 * There is no neutral class; the thresholds are searched below zero only, so neutral text stays 0.
 *
 * Each set is split by row parity: thresholds are tuned on even rows, every figure is on odd rows.
 * Writes bench/results/sentiment.json. Skips, and exits 0, when ../shared/data is not there.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
export const dataDir = path.resolve(repo, '../shared/data');
const resultsFile = path.join(repo, 'bench/results/sentiment.json');

/** Rows of the fixed sample the integration test checks (test/sentiment-data.integration.test.ts). */
export const INTEGRATION_SAMPLE_SIZE = 300;

/** A customer tweet that reports a problem: still broken, waiting, nobody answers, why. */
export const COMPLAINT_MARKERS =
  /\b(not working|(does|did|is|was|are|were)n['’]?t work(ing)?|won['’]?t|can['’]?t|cannot|still|never (received|arrived|got|came)|(has|have|had)n['’]?t|no (response|reply|answer|one|service|signal|internet|wifi|power)|waiting|on hold|why|refund|(is|are|went) down)\b/i;

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and newlines. */
export function* parseCsv(text: string): Generator<string[]> {
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      yield row;
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) yield [...row, field];
}

function readCsvRecords(file: string): Record<string, string>[] {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const first = rows.next();
  const header: string[] = first.done ? [] : first.value;
  return [...rows].map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

export type EvaluationSets = {
  /** CFPB complaint narratives, file order. */
  cfpbNarratives: string[];
  /** Customer tweets to a brand that match COMPLAINT_MARKERS. */
  tweetComplaints: string[];
  /** Every customer tweet to a brand, complaint or not (context only: no label). */
  tweetsToBrands: string[];
  /** Brand replies, file order. */
  brandReplies: string[];
};

/** The files of ../shared/data the evaluation reads. */
export const EVALUATION_FILES = [
  'cfpb/cfpb_narratives_combined_4876.csv',
  'twcs/twcs_random5000.csv',
] as const;

export function loadEvaluationSets(dir: string = dataDir): EvaluationSets {
  const [cfpbFile, tweetsFile] = EVALUATION_FILES;
  const cfpb = readCsvRecords(path.join(dir, cfpbFile));
  const tweets = readCsvRecords(path.join(dir, tweetsFile));
  const tweetsToBrands = tweets
    .filter((t) => t.inbound === 'True' && /@[A-Za-z_]\w*/.test(t.text ?? ''))
    .map((t) => t.text ?? '');
  return {
    cfpbNarratives: cfpb.map((r) => r['Consumer complaint narrative'] ?? '').filter((t) => t.trim() !== ''),
    tweetComplaints: tweetsToBrands.filter((t) => COMPLAINT_MARKERS.test(t)),
    tweetsToBrands,
    brandReplies: tweets.filter((t) => t.inbound === 'False').map((t) => t.text ?? ''),
  };
}

/**
 * Short comments written here, as a comment page gets them: illustrative only (24 is no sample),
 * but they show negation and emoticons at work, which the real sets rarely isolate. Some are
 * beyond any word list ("The app keeps crashing"); they stay in so the figure is not flattering.
 */
export const HAND_WRITTEN_COMMENTS: { text: string; negative: boolean }[] = [
  ...[
    'It is not working',
    'Not a good experience at all',
    'I do not like the new app',
    'Still waiting for my refund, this is ridiculous',
    'Terrible service 😡',
    'The driver was rude and the food was cold',
    'Worst delivery ever',
    'Nobody answered my emails for two weeks',
    'My order arrived broken :(',
    'Very disappointed with the support',
    'The app keeps crashing',
    'Charged twice and no one will help',
  ].map((text) => ({ text, negative: true })),
  ...[
    'Thanks, all sorted!',
    'Great service, very quick 👍',
    'The engineer was friendly and fixed it',
    'Not bad at all, happy with it',
    'Delivered on Tuesday as promised',
    'No problems, thank you',
    'Love the new design',
    'Could you send me the invoice please?',
    'Fine.',
    'Well done team',
    'The parcel came on time',
    'I was worried but it all worked out',
  ].map((text) => ({ text, negative: false })),
];

/** Scores a raw comment from -1 (negative) to +1 (positive). */
type Candidate = { name: string; packages: string[]; loadMs: number; score: (text: string) => number };

async function timed<T>(load: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  return [await load(), performance.now() - started];
}

type Core = typeof import('../src/core/rating/comment-sentiment.ts');

async function loadCandidates(): Promise<{ core: Core; candidates: Candidate[] }> {
  // Imported here, not at the top, so its load time is measured like the others'.
  const [core, winkMs] = await timed(() => import('../src/core/rating/comment-sentiment.ts'));
  const { assessComment, normaliseCommentText } = core;
  const [Sentiment, afinnMs] = await timed(async () => (await import('sentiment')).default);
  const afinn = new Sentiment();
  // @ts-expect-error vader-sentiment ships no type declarations.
  const [vader, vaderMs] = await timed(async () => (await import('vader-sentiment')).default);
  const [nlp, winkNlpMs] = await timed(async () => {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    return winkNLP(model, ['sbd', 'negation', 'sentiment']);
  });
  const candidates: Candidate[] = [
    {
      name: 'wink-sentiment',
      packages: ['wink-sentiment', 'wink-tokenizer'],
      loadMs: winkMs,
      score: (t) => assessComment(t).score,
    },
    {
      name: 'sentiment',
      packages: ['sentiment'],
      loadMs: afinnMs,
      // AFINN words weigh -5…+5; `comparative` is the sum over all tokens divided by their count.
      score: (t) => afinn.analyze(normaliseCommentText(t)).comparative / 5,
    },
    {
      name: 'vader-sentiment',
      packages: ['vader-sentiment'],
      loadMs: vaderMs,
      score: (t) =>
        vader.SentimentIntensityAnalyzer.polarity_scores(normaliseCommentText(t)).compound as number,
    },
    {
      name: 'wink-nlp',
      packages: ['wink-nlp', 'wink-eng-lite-web-model'],
      loadMs: winkNlpMs,
      score: (t) => nlp.readDoc(normaliseCommentText(t)).out(nlp.its.sentiment) as number,
    },
  ];
  return { core, candidates };
}

const THRESHOLDS = [-0.5, -0.4, -0.3, -0.2, -0.15, -0.1, -0.075, -0.05, -0.03, -0.02, -0.01, -0.005, -0.001];

const flaggedCount = (scores: number[], threshold: number) => scores.filter((s) => s <= threshold).length;
const rate = (scores: number[], threshold: number) =>
  scores.length === 0 ? 0 : flaggedCount(scores, threshold) / scores.length;

/** Figures at one threshold: recall per complaint source, false alarms on replies, pooled P/R/F1. */
export function measure(scores: { cfpb: number[]; tweets: number[]; replies: number[] }, threshold: number) {
  const cfpbRecall = rate(scores.cfpb, threshold);
  const tweetRecall = rate(scores.tweets, threshold);
  const repliesFlagged = rate(scores.replies, threshold);
  const truePositives = flaggedCount(scores.cfpb, threshold) + flaggedCount(scores.tweets, threshold);
  const flagged = truePositives + flaggedCount(scores.replies, threshold);
  const precision = flagged === 0 ? 0 : truePositives / flagged;
  const recall = truePositives / Math.max(1, scores.cfpb.length + scores.tweets.length);
  return {
    threshold,
    cfpb_recall: cfpbRecall,
    tweet_complaint_recall: tweetRecall,
    replies_flagged: repliesFlagged,
    replies_left_alone: 1 - repliesFlagged,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    // Each complaint source counts half, so 4,876 letters do not drown 400 tweets.
    balanced_accuracy: ((cfpbRecall + tweetRecall) / 2 + (1 - repliesFlagged)) / 2,
  };
}

const half = <T>(items: T[], parity: 0 | 1) => items.filter((_, i) => i % 2 === parity);
const round = (value: number, digits = 4) => Number(value.toFixed(digits));
const roundAll = (figures: Record<string, number>) =>
  Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v)]));
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function installedBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(dir).reduce((sum, entry) => sum + installedBytes(path.join(dir, entry)), 0);
}

const packageVersion = (name: string): string =>
  JSON.parse(readFileSync(path.join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Scores every set with one library, tunes its threshold on even rows, measures on odd rows. */
function evaluate(candidate: Candidate, sets: EvaluationSets) {
  const started = performance.now();
  const scores = {
    cfpb: sets.cfpbNarratives.map(candidate.score),
    tweets: sets.tweetComplaints.map(candidate.score),
    replies: sets.brandReplies.map(candidate.score),
  };
  const toBrands = sets.tweetsToBrands.map(candidate.score);
  const seconds = (performance.now() - started) / 1000;
  const texts = scores.cfpb.length + scores.tweets.length + scores.replies.length + toBrands.length;
  const split = (parity: 0 | 1) => ({
    cfpb: half(scores.cfpb, parity),
    tweets: half(scores.tweets, parity),
    replies: half(scores.replies, parity),
  });
  const sweep = THRESHOLDS.map((t) => measure(split(0), t));
  // Ties keep the earlier, more negative threshold: fewer cases opened for the same accuracy.
  const tuned = sweep.reduce((best, m) => (m.balanced_accuracy > best.balanced_accuracy ? m : best));
  const installed = candidate.packages.map((p) => installedBytes(path.join(repo, 'node_modules', p)));
  return {
    library: candidate.name,
    version: packageVersion(candidate.name),
    threshold_tuned: tuned.threshold,
    held_out: roundAll(measure(split(1), tuned.threshold)),
    tweets_to_brands_flagged: round(rate(half(toBrands, 1), tuned.threshold)),
    hand_written_correct: HAND_WRITTEN_COMMENTS.filter(
      (c) => candidate.score(c.text) <= tuned.threshold === c.negative,
    ).length,
    texts_per_s: Math.round(texts / seconds),
    load_ms: round(candidate.loadMs, 1),
    installed_kb: Math.round(installed.reduce((sum, bytes) => sum + bytes, 0) / 1024),
    scores,
    sweep: sweep.map((m) => ({ threshold: m.threshold, balanced_accuracy: round(m.balanced_accuracy) })),
  };
}

function printTable(results: ReturnType<typeof evaluate>[]): void {
  const header = ['library', 'threshold', 'CFPB recall', 'tweet recall', 'replies flagged', 'precision'];
  header.push('F1', 'balanced acc', 'hand-written', 'texts/s', 'load ms', 'size KB');
  const rows = [...results]
    .sort((a, b) => b.held_out.balanced_accuracy! - a.held_out.balanced_accuracy!)
    .map((r) => [
      `${r.library} ${r.version}`,
      `≤ ${r.threshold_tuned}`,
      ...[
        'cfpb_recall',
        'tweet_complaint_recall',
        'replies_flagged',
        'precision',
        'f1',
        'balanced_accuracy',
      ].map((figure) => pct(r.held_out[figure]!)),
      `${r.hand_written_correct}/${HAND_WRITTEN_COMMENTS.length}`,
      ...[r.texts_per_s, r.load_ms, r.installed_kb].map(String),
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}

export async function main(): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(`Skipped: ${dataDir} (../shared/data) is not here, so there is nothing to measure.`);
    console.log('bench/results/sentiment.json is left as it was.');
    return;
  }
  const sets = loadEvaluationSets();
  console.log(
    `Complaints: ${sets.cfpbNarratives.length} CFPB narratives, ${sets.tweetComplaints.length} customer tweets ` +
      `reporting a problem (of ${sets.tweetsToBrands.length} to brands). Non-complaints: ${sets.brandReplies.length} brand replies.`,
  );
  const { core, candidates } = await loadCandidates();
  const { MAX_ANALYSED_CHARS, NEGATIVE_SCORE_AT_MOST: shippedThreshold } = core;
  const results = candidates.map((candidate) => evaluate(candidate, sets));

  const chosen = results.find((r) => r.library === 'wink-sentiment')!;
  const odd = { cfpb: half(chosen.scores.cfpb, 1), tweets: half(chosen.scores.tweets, 1) };
  const oddReplies = half(chosen.scores.replies, 1);
  const shipped = measure({ ...odd, replies: oddReplies }, shippedThreshold);
  const apologetic = /\b(sorry|apologi[sz]e|apologies|inconvenience|frustrat)/i;
  const flaggedReplies = half(sets.brandReplies, 1).filter((_, i) => oddReplies[i]! <= shippedThreshold);
  const apologising =
    flaggedReplies.filter((t) => apologetic.test(t)).length / Math.max(1, flaggedReplies.length);
  const sample = measure(
    {
      cfpb: chosen.scores.cfpb.slice(0, INTEGRATION_SAMPLE_SIZE),
      tweets: [],
      replies: chosen.scores.replies.slice(0, INTEGRATION_SAMPLE_SIZE),
    },
    shippedThreshold,
  );

  console.log('\nHeld-out half (odd rows), each library at the threshold tuned on the even rows:\n');
  printTable(results);
  console.log(
    `\nShipped: wink-sentiment at NEGATIVE_SCORE_AT_MOST = ${shippedThreshold} (tuned here: ${chosen.threshold_tuned}): ` +
      `CFPB recall ${pct(shipped.cfpb_recall)}, tweet recall ${pct(shipped.tweet_complaint_recall)}, ` +
      `replies flagged ${pct(shipped.replies_flagged)}, balanced accuracy ${pct(shipped.balanced_accuracy)}.`,
  );
  console.log(
    `Of the brand replies it flags, ${pct(apologising)} apologise or name the customer's frustration.`,
  );
  console.log(
    `Integration sample (first ${INTEGRATION_SAMPLE_SIZE} CFPB narratives, first ${INTEGRATION_SAMPLE_SIZE} brand replies): ` +
      `CFPB recall ${pct(sample.cfpb_recall)}, replies left alone ${pct(sample.replies_left_alone)}.`,
  );

  const report = {
    command: 'npm run bench -- sentiment',
    measured_at: new Date().toISOString().slice(0, 10),
    node: process.version,
    proxy: {
      complaints: `${sets.cfpbNarratives.length} CFPB narratives + ${sets.tweetComplaints.length} customer tweets to brands matching COMPLAINT_MARKERS (bench/sentiment.ts)`,
      non_complaints: `${sets.brandReplies.length} brand replies (twcs inbound = False)`,
      split: 'thresholds tuned on even rows of each set; every figure on odd rows',
      analysed_chars_at_most: MAX_ANALYSED_CHARS,
    },
    libraries: results.map(({ scores: _scores, sweep: _sweep, ...r }) => r),
    chosen: {
      library: chosen.library,
      version: chosen.version,
      threshold: shippedThreshold,
      held_out: roundAll(shipped),
      replies_flagged_that_apologise: round(apologising),
      threshold_sweep_on_tuning_half: chosen.sweep,
      integration_sample: {
        cfpb_narratives: INTEGRATION_SAMPLE_SIZE,
        brand_replies: INTEGRATION_SAMPLE_SIZE,
        cfpb_recall: round(sample.cfpb_recall),
        replies_left_alone: round(sample.replies_left_alone),
      },
    },
  };
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(repo, resultsFile)}.`);
}
