import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { answerTextColour } from './answer-colour.ts';
import { defaultScale } from './survey-scale.ts';

extend([a11yPlugin]);

describe('answerTextColour', () => {
  const cases: [background: string, text: string][] = [
    ['#C9A227', '#000000'], // the thermometer's gold: white would be 2.4:1
    ['#2E8B57', '#000000'], // its green: white would be 4.2:1
    ['#E08A1E', '#000000'], // its amber
    ['#C0392B', '#ffffff'], // its red
    ['#1f5f8b', '#ffffff'],
    ['#ffffff', '#000000'],
    ['#000000', '#ffffff'],
    ['orange-ish', '#000000'],
  ];
  for (const [background, text] of cases) {
    it(`writes ${text} on ${background}`, () => assert.equal(answerTextColour(background), text));
  }

  it('reaches 4.5:1 on every default answer colour and on greys across the whole range', () => {
    const scales = (['thermometer', 'csat', 'nps'] as const).flatMap((kind) => defaultScale(kind));
    const greys = Array.from({ length: 256 }, (_, v) => colord({ r: v, g: v, b: v }).toHex());
    for (const background of [...scales.map((p) => p.colour), ...greys]) {
      const ratio = colord(background).contrast(answerTextColour(background));
      assert.ok(ratio >= 4.5, `${background}: ${ratio}`);
    }
  });
});
