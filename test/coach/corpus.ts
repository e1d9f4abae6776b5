/**
 * The message coach's labelled corpus (test/coach/corpus.json): hand-written replies kept here, and
 * real brand replies named by reference and read from ../shared/data when it is there. Each entry is
 * in the tuning half or the measuring half by a hash of its id, so the split never changes as entries
 * are added, and the rules are tuned only on the tuning half.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { COACH_KINDS, type CoachContext, type CoachKind } from '../../src/core/coach/coach-finding.ts';

const corpusFile = path.join(import.meta.dirname, 'corpus.json');
/** ../shared/data beside the repository's folder. */
const sharedData = path.resolve(import.meta.dirname, '../../../shared/data');
export const SHARED_DATA = existsSync(sharedData) ? sharedData : undefined;

type HandWritten = {
  id: string;
  text: string;
  kinds: CoachKind[];
  context?: Partial<Omit<CoachContext, 'now' | 'certainPromiseDates'>> & { promiseDays?: number[] };
};
type Real = { id: string; file: string; tweetId: string; kinds: CoachKind[] };
type CorpusFile = { now: string; hand_written: HandWritten[]; real: Real[] };

export type Labelled = { id: string; text: string; kinds: CoachKind[]; context: CoachContext; real: boolean };

const DAY_MS = 86_400_000;

/** FNV-1a over the id: even → tuning, odd → measuring. */
export function halfOf(id: string): 'tuning' | 'measuring' {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? 'tuning' : 'measuring';
}

export function loadCorpus(): { entries: Labelled[]; realMissing: string | undefined; realCount: number } {
  const corpus = JSON.parse(readFileSync(corpusFile, 'utf8')) as CorpusFile;
  const now = new Date(corpus.now);
  const entries: Labelled[] = corpus.hand_written.map((entry) => {
    const { promiseDays = [], ...context } = entry.context ?? {};
    return {
      id: entry.id,
      text: entry.text,
      kinds: entry.kinds,
      real: false,
      context: {
        channel: 'email',
        firstReply: false,
        recordedFault: false,
        ...context,
        certainPromiseDates: promiseDays.map((days) => new Date(now.getTime() + days * DAY_MS)),
        now,
      },
    };
  });
  if (!SHARED_DATA)
    return { entries, realMissing: '../shared/data is not here', realCount: corpus.real.length };
  const tweets = new Map<string, { text: string; createdAt: string }>();
  for (const file of new Set(corpus.real.map((entry) => entry.file))) {
    const rows = parse(readFileSync(path.join(SHARED_DATA, file)), { columns: true }) as {
      tweet_id: string;
      text: string;
      created_at: string;
    }[];
    for (const row of rows)
      tweets.set(`${file}:${row.tweet_id}`, { text: row.text, createdAt: row.created_at });
  }
  for (const entry of corpus.real) {
    const tweet = tweets.get(`${entry.file}:${entry.tweetId}`);
    if (!tweet) throw new Error(`${entry.file} has no tweet ${entry.tweetId}: the data changed`);
    entries.push({
      id: entry.id,
      // The handle a reply starts with is Twitter's addressing, not the agent's words.
      text: tweet.text.replace(/^(?:@\w+\s+)+/, ''),
      kinds: entry.kinds,
      real: true,
      context: {
        channel: 'public',
        firstReply: false,
        recordedFault: false,
        certainPromiseDates: [],
        now: new Date(tweet.createdAt),
      },
    });
  }
  return { entries, realMissing: undefined, realCount: corpus.real.length };
}

export type Score = {
  kind: CoachKind;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
};

/** Per kind, over replies: a kind found in a reply labelled with it is a true positive. */
export function score(
  entries: readonly Labelled[],
  found: (entry: Labelled) => readonly CoachKind[],
): { scores: Score[]; mistakes: { id: string; kind: CoachKind; wrong: 'missed' | 'extra' }[] } {
  const scores = COACH_KINDS.map((kind) => ({
    kind,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
  }));
  const mistakes: { id: string; kind: CoachKind; wrong: 'missed' | 'extra' }[] = [];
  for (const entry of entries) {
    const kinds = new Set(found(entry));
    for (const tally of scores) {
      const expected = entry.kinds.includes(tally.kind);
      const got = kinds.has(tally.kind);
      if (expected && got) tally.truePositives++;
      if (!expected && got) {
        tally.falsePositives++;
        mistakes.push({ id: entry.id, kind: tally.kind, wrong: 'extra' });
      }
      if (expected && !got) {
        tally.falseNegatives++;
        mistakes.push({ id: entry.id, kind: tally.kind, wrong: 'missed' });
      }
    }
  }
  return { scores, mistakes };
}

export const precision = (s: Score) => s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
export const recall = (s: Score) => s.truePositives / Math.max(1, s.truePositives + s.falseNegatives);
