import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CaseStatus } from '../case/case-status.ts';
import {
  changeOfMindEventData,
  isChangeOfMind,
  type SeenAnswer,
  suggestAfterChangeOfMind,
  type TimelineFact,
} from './change-of-mind.ts';

const red: SeenAnswer = { score: 1, label: 'Poor', colour: '#C0392B', mood: 'negative' };
const amber: SeenAnswer = { score: 2, label: 'Not great', colour: '#E08A1E', mood: 'negative' };
const green: SeenAnswer = { score: 3, label: 'Good', colour: '#2E8B57', mood: 'positive' };
const passive: SeenAnswer = { score: 8, label: '8', colour: '#8A8F98', mood: 'neutral' };

const changed = (from: SeenAnswer, to: SeenAnswer): TimelineFact => ({
  kind: 'feedback',
  data: changeOfMindEventData(from, to),
});
const rated: TimelineFact = { kind: 'feedback', data: { type: 'rating', score: 3, label: 'Good' } };
const statusChanged: TimelineFact = { kind: 'status_changed', data: { from: 'open', to: 'acknowledged' } };
const note: TimelineFact = { kind: 'note', data: {} };

describe('isChangeOfMind', () => {
  const cases: [SeenAnswer, SeenAnswer, boolean][] = [
    [red, green, true],
    [green, red, true],
    [red, passive, true],
    [red, amber, false],
    [green, { ...green, score: 4, label: 'Excellent' }, false],
  ];
  for (const [from, to, expected] of cases)
    it(`${from.label} → ${to.label}: ${expected}`, () => assert.equal(isChangeOfMind(from, to), expected));
});

describe('suggestAfterChangeOfMind', () => {
  const table: [string, CaseStatus, TimelineFact[], string | undefined][] = [
    ['no change of mind: nothing to suggest', 'open', [rated, note], undefined],
    [
      'red → green on an open case: consider resolving',
      'open',
      [changed(red, green), note],
      'The customer now says “Good” — consider resolving the case.',
    ],
    [
      'an acknowledged case too',
      'acknowledged',
      [changed(red, green)],
      'The customer now says “Good” — consider resolving the case.',
    ],
    ['a resolved case needs nothing', 'resolved', [changed(red, green)], undefined],
    [
      'the owner changed the status since: that was their answer',
      'acknowledged',
      [changed(red, green), statusChanged],
      undefined,
    ],
    [
      'a change after the owner acted counts again',
      'acknowledged',
      [changed(red, green), statusChanged, changed(green, red)],
      'The customer now says “Poor” — they are unhappy again; get back to them.',
    ],
    [
      'the latest change wins',
      'open',
      [changed(red, green), changed(green, passive)],
      'The customer now says “8” — ask them what is still missing before resolving.',
    ],
    [
      'malformed data is ignored',
      'open',
      [{ kind: 'feedback', data: { type: 'changed_mind', to: 3 } }],
      undefined,
    ],
  ];
  for (const [name, status, events, expected] of table)
    it(name, () => assert.equal(suggestAfterChangeOfMind(status, events), expected));
});
