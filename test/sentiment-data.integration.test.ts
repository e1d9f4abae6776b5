/**
 * The comment-sentiment rule on real text (../shared/data, read only): on a fixed sample it must
 * keep catching complaints and keep leaving brand replies alone, so a broken lexicon, a bad
 * threshold or a normalisation bug fails the build. Floors sit a little below what
 * `npm run bench -- sentiment` measured on the same sample (bench/results/sentiment.json:
 * chosen.integration_sample). Skips, saying so, when ../shared/data is not there.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  dataDir,
  EVALUATION_FILES,
  INTEGRATION_SAMPLE_SIZE,
  loadEvaluationSets,
} from '../bench/sentiment.ts';
import { assessComment } from '../src/core/rating/comment-sentiment.ts';

/** Measured 74.3% on the first 300 CFPB narratives. */
const CFPB_RECALL_FLOOR = 0.7;
/** Measured 85.3% of the first 300 brand replies left alone (most of the rest apologise). */
const REPLIES_LEFT_ALONE_FLOOR = 0.82;

const missing = EVALUATION_FILES.filter((file) => !existsSync(path.join(dataDir, file)));
const sets = missing.length === 0 ? loadEvaluationSets(dataDir) : undefined;
const negativeShare = (texts: string[]) =>
  texts.filter((t) => assessComment(t).isNegative).length / texts.length;
const skipMessage = `../shared/data is not here (${missing.map((file) => path.join(dataDir, file)).join(', ')} missing), so the check on real complaints and replies was skipped`;

describe('comment sentiment on real complaints and replies', () => {
  it(`calls at least ${CFPB_RECALL_FLOOR * 100}% of the first ${INTEGRATION_SAMPLE_SIZE} CFPB complaint narratives negative`, (t) => {
    if (!sets) return t.skip(skipMessage);
    const sample = sets.cfpbNarratives.slice(0, INTEGRATION_SAMPLE_SIZE);
    assert.equal(sample.length, INTEGRATION_SAMPLE_SIZE);
    const recall = negativeShare(sample);
    t.diagnostic(`CFPB recall ${(recall * 100).toFixed(1)}%`);
    assert.ok(recall >= CFPB_RECALL_FLOOR, `recall ${recall} fell below ${CFPB_RECALL_FLOOR}`);
  });

  it(`leaves at least ${REPLIES_LEFT_ALONE_FLOOR * 100}% of the first ${INTEGRATION_SAMPLE_SIZE} brand replies not negative`, (t) => {
    if (!sets) return t.skip(skipMessage);
    const sample = sets.brandReplies.slice(0, INTEGRATION_SAMPLE_SIZE);
    assert.equal(sample.length, INTEGRATION_SAMPLE_SIZE);
    const leftAlone = 1 - negativeShare(sample);
    t.diagnostic(`brand replies left alone ${(leftAlone * 100).toFixed(1)}%`);
    assert.ok(leftAlone >= REPLIES_LEFT_ALONE_FLOOR, `${leftAlone} fell below ${REPLIES_LEFT_ALONE_FLOOR}`);
  });
});
