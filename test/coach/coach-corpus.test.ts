import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COACH_KINDS, type CoachKind } from '../../src/core/coach/coach-finding.ts';
import { coachMessage } from '../../src/core/coach/message-coach.ts';
import { halfOf, type Labelled, loadCorpus, precision, recall, score } from './corpus.ts';

/**
 * The floors the README reports (section "The message coach"): precision and recall per kind on the
 * measuring half, which the rules were never tuned on. With ../shared/data: hand-written and real
 * replies; without it, the hand-written ones alone (their own floors).
 */
const FLOORS: Record<'withReal' | 'handWritten', Record<CoachKind, { precision: number; recall: number }>> = {
  withReal: {
    blame: { precision: 0.95, recall: 0.8 },
    nothing_i_can_do: { precision: 0.95, recall: 0.8 },
    unbacked_date: { precision: 0.75, recall: 0.9 },
    unrecorded_fault: { precision: 0.95, recall: 0.95 },
    public_apology: { precision: 0.7, recall: 0.95 },
    no_apology: { precision: 0.95, recall: 0.95 },
    no_next_step: { precision: 0.75, recall: 0.95 },
  },
  handWritten: {
    blame: { precision: 0.95, recall: 0.8 },
    nothing_i_can_do: { precision: 0.95, recall: 0.95 },
    unbacked_date: { precision: 0.8, recall: 0.95 },
    unrecorded_fault: { precision: 0.95, recall: 0.95 },
    public_apology: { precision: 0.95, recall: 0.95 },
    no_apology: { precision: 0.95, recall: 0.95 },
    no_next_step: { precision: 0.85, recall: 0.95 },
  },
};

const corpus = loadCorpus();
const measuring = corpus.entries.filter((entry) => halfOf(entry.id) === 'measuring');
const kindsFound = (entry: Labelled) => coachMessage(entry.text, entry.context).map((found) => found.kind);

function assertFloors(entries: Labelled[], floors: (typeof FLOORS)['withReal']) {
  const { scores } = score(entries, kindsFound);
  const below = scores.flatMap((tally) => {
    const floor = floors[tally.kind];
    const got = { precision: precision(tally), recall: recall(tally) };
    return got.precision < floor.precision || got.recall < floor.recall
      ? [
          `${tally.kind}: precision ${got.precision.toFixed(2)} (floor ${floor.precision}), recall ${got.recall.toFixed(2)} (floor ${floor.recall})`,
        ]
      : [];
  });
  assert.deepEqual(below, []);
}

describe('the message coach on its labelled corpus', () => {
  it('has at least 300 labelled replies, every kind labelled in both halves', () => {
    assert.ok(corpus.entries.length + (corpus.realMissing ? corpus.realCount : 0) >= 300);
    for (const half of ['tuning', 'measuring'] as const) {
      const labelled = new Set(
        corpus.entries.filter((entry) => halfOf(entry.id) === half).flatMap((entry) => entry.kinds),
      );
      assert.deepEqual(
        [...COACH_KINDS].filter((kind) => !labelled.has(kind)),
        [],
        half,
      );
    }
  });

  it('keeps precision and recall per kind above the floors on the measuring half, real replies included', (t) => {
    if (corpus.realMissing) {
      t.skip(`skipped: ${corpus.realMissing}, so the real brand replies cannot be read`);
      return;
    }
    assertFloors(measuring, FLOORS.withReal);
  });

  it('keeps precision and recall per kind above the floors on the measuring half of the hand-written replies', () => {
    assertFloors(
      measuring.filter((entry) => !entry.real),
      FLOORS.handWritten,
    );
  });
});
