import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { defaultScale } from '../rating/survey-scale.ts';
import { contrastRatio, readableTextOn } from './contrast.ts';

extend([a11yPlugin]);

describe('readableTextOn', () => {
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
    it(`writes ${text} on ${background}`, () => assert.equal(readableTextOn(background), text));
  }

  it('measures the WCAG ratio', () => {
    assert.equal(contrastRatio('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
  });

  it('reaches 4.5:1 on every default answer colour and on greys across the whole range', () => {
    const scales = (['thermometer', 'csat', 'nps'] as const).flatMap((kind) => defaultScale(kind));
    const greys = Array.from({ length: 256 }, (_, v) => colord({ r: v, g: v, b: v }).toHex());
    for (const background of [...scales.map((p) => p.colour), ...greys]) {
      const ratio = contrastRatio(readableTextOn(background), background);
      assert.ok(ratio >= 4.5, `${background}: ${ratio}`);
    }
  });
});
