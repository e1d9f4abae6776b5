import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultScale } from '../rating/survey-scale.ts';
import { resolveAnswerLook } from './customer-story.ts';

describe('how a story shows an answer', () => {
  const scale = defaultScale('thermometer');
  it('uses the survey’s words and colour for the score', () => {
    const point = scale.find((p) => p.score === 1);
    assert.ok(point);
    assert.deepEqual(resolveAnswerLook(scale, 1), { label: point.label, colour: point.colour });
  });

  it('falls back to the bare number for a score the scale no longer has', () => {
    assert.deepEqual(resolveAnswerLook(scale, 9), { label: '9', colour: '#777777' });
  });
});
