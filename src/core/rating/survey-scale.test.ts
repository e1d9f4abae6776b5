import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type AnswerMood,
  defaultScale,
  happyAtLeast,
  isValidScore,
  moodOf,
  negativeAtMost,
  type ScalePoint,
  SURVEY_KINDS,
  type SurveyKind,
  scaleProblems,
} from './survey-scale.ts';

describe('the scores each kind of survey accepts', () => {
  const cases: [SurveyKind, number, boolean][] = [
    ['thermometer', 0, false],
    ['thermometer', 1, true],
    ['thermometer', 4, true],
    ['thermometer', 5, false],
    ['csat', 0, false],
    ['csat', 1, true],
    ['csat', 5, true],
    ['csat', 6, false],
    ['nps', -1, false],
    ['nps', 0, true],
    ['nps', 10, true],
    ['nps', 11, false],
    ['thermometer', 2.5, false],
    ['nps', Number.NaN, false],
  ];
  for (const [kind, score, valid] of cases) {
    it(`${valid ? 'accepts' : 'refuses'} ${score} on a ${kind} survey`, () => {
      assert.equal(isValidScore(kind, score), valid);
    });
  }
});

describe('how an answer feels, at every score of every kind', () => {
  const moods: Record<SurveyKind, Record<number, AnswerMood>> = {
    thermometer: { 1: 'negative', 2: 'negative', 3: 'positive', 4: 'positive' },
    csat: { 1: 'negative', 2: 'negative', 3: 'neutral', 4: 'positive', 5: 'positive' },
    nps: {
      0: 'negative',
      1: 'negative',
      2: 'negative',
      3: 'negative',
      4: 'negative',
      5: 'negative',
      6: 'negative',
      7: 'neutral',
      8: 'neutral',
      9: 'positive',
      10: 'positive',
    },
  };
  for (const kind of SURVEY_KINDS) {
    for (const [score, mood] of Object.entries(moods[kind])) {
      it(`calls ${score} on a ${kind} survey ${mood}`, () => {
        assert.equal(moodOf(kind, Number(score)), mood);
      });
    }
  }

  it('draws the negative line at red and amber, CSAT 2 and NPS detractors', () => {
    assert.deepEqual(
      SURVEY_KINDS.map((kind) => [kind, negativeAtMost(kind), happyAtLeast(kind)]),
      [
        ['thermometer', 2, 3],
        ['csat', 2, 4],
        ['nps', 6, 9],
      ],
    );
  });
});

describe('the default scales', () => {
  for (const kind of SURVEY_KINDS) {
    it(`gives a ${kind} survey a scale with no problems`, () => {
      assert.deepEqual(scaleProblems(kind, defaultScale(kind)), []);
    });

    it(`lists the ${kind} answers best first`, () => {
      const scores = defaultScale(kind).map((p) => p.score);
      assert.deepEqual(
        scores,
        [...scores].sort((a, b) => b - a),
      );
    });
  }

  it('makes the thermometer gold, green, amber and red', () => {
    assert.deepEqual(
      defaultScale('thermometer').map((p) => [p.score, p.label, p.colour]),
      [
        [4, 'Excellent', '#C9A227'],
        [3, 'Good', '#2E8B57'],
        [2, 'Not great', '#E08A1E'],
        [1, 'Poor', '#C0392B'],
      ],
    );
  });

  it('hands out a fresh copy, so editing one survey cannot change the default', () => {
    const scale = defaultScale('thermometer');
    scale[0]!.label = 'Changed';
    assert.equal(defaultScale('thermometer')[0]!.label, 'Excellent');
  });
});

describe('checking an edited scale', () => {
  const good = defaultScale('thermometer');
  const edit = (score: number, change: Partial<ScalePoint>) =>
    good.map((p) => (p.score === score ? { ...p, ...change } : p));

  const cases: [string, SurveyKind, ScalePoint[], string[]][] = [
    ['accepts the default scale', 'thermometer', good, []],
    [
      'catches a duplicated score',
      'thermometer',
      edit(1, { score: 2 }),
      ['A thermometer scale has exactly the scores 1 to 4, once each.'],
    ],
    [
      'catches a missing score',
      'thermometer',
      good.slice(0, 3),
      ['A thermometer scale has exactly the scores 1 to 4, once each.'],
    ],
    [
      'catches a score out of range',
      'csat',
      defaultScale('csat').map((p) => (p.score === 5 ? { ...p, score: 6 } : p)),
      ['A csat scale has exactly the scores 1 to 5, once each.'],
    ],
    ['catches an empty scale', 'nps', [], ['A nps scale has exactly the scores 0 to 10, once each.']],
    [
      'catches a colour that is a name',
      'thermometer',
      edit(4, { colour: 'gold' }),
      ["Score 4's colour must look like #2E8B57."],
    ],
    [
      'catches a short hex colour',
      'thermometer',
      edit(3, { colour: '#2E8' }),
      ["Score 3's colour must look like #2E8B57."],
    ],
    [
      'catches a colour that smuggles CSS',
      'thermometer',
      edit(3, { colour: '#2E8B57;x' }),
      ["Score 3's colour must look like #2E8B57."],
    ],
    ['catches a blank label', 'thermometer', edit(2, { label: '   ' }), ['Score 2 needs a label.']],
    [
      'catches a missing icon',
      'thermometer',
      edit(1, { icon: ' ' }),
      ["Score 1's icon must be 1 to 4 characters."],
    ],
    [
      'catches an icon longer than four characters',
      'thermometer',
      edit(1, { icon: 'sad :(' }),
      ["Score 1's icon must be 1 to 4 characters."],
    ],
    ['counts an emoji icon as one character', 'thermometer', edit(4, { icon: '😀' }), []],
    [
      'reports every problem at once',
      'thermometer',
      [...edit(4, { label: '', colour: 'red' }), { score: 4, label: 'Again', colour: '#000000', icon: '?' }],
      [
        'A thermometer scale has exactly the scores 1 to 4, once each.',
        'Score 4 needs a label.',
        "Score 4's colour must look like #2E8B57.",
      ],
    ],
  ];
  for (const [name, kind, scale, problems] of cases) {
    it(name, () => assert.deepEqual(scaleProblems(kind, scale), problems));
  }
});
