import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Brand, brandProblem, buttonContrast, DEFAULT_BRAND, resolveBrand } from './brand.ts';

const brand = (changes: Partial<Brand>): Brand => ({ ...DEFAULT_BRAND, ...changes });

describe('a business’s brand', () => {
  it('accepts the default, and a dark accent with an https logo', () => {
    assert.equal(brandProblem(DEFAULT_BRAND), undefined);
    assert.equal(
      brandProblem(
        brand({
          businessName: 'The Vase Shop',
          logoUrl: 'https://cdn.example.com/logo.png',
          accentColor: '#8B1E3F',
        }),
      ),
      undefined,
    );
  });

  it('measures white text on the accent as WCAG does', () => {
    assert.equal(buttonContrast('#000000').toFixed(1), '21.0');
    assert.equal(buttonContrast('#ffffff').toFixed(1), '1.0');
    assert.equal(buttonContrast('#767676').toFixed(2), '4.54');
  });

  const refused: [string, Partial<Brand>, RegExp][] = [
    [
      'a light accent, with its contrast and the bar',
      { accentColor: '#f0b429' },
      /#f0b429 is too light for white button text \(1\.\d:1; WCAG AA needs 4\.5:1\)/,
    ],
    ['a grey just under the bar', { accentColor: '#777777' }, /too light .*4\.5:1/],
    ['a colour not written #rrggbb', { accentColor: 'red' }, /must be written #rrggbb/],
    ['a colour that would close the style', { accentColor: '#123456}body{display:none' }, /#rrggbb/],
    ['an http logo', { logoUrl: 'http://example.com/logo.png' }, /https:\/\//],
    ['a script as logo', { logoUrl: 'javascript:alert(1)' }, /https:\/\//],
    ['an empty name', { businessName: '   ' }, /Give the business a name/],
    ['a name over 80 characters', { businessName: 'x'.repeat(81) }, /81 characters long; keep it to 80/],
    [
      'a name with a line break (a header injection)',
      { businessName: 'Shop\r\nBcc: x@evil.test' },
      /one line/,
    ],
  ];
  for (const [name, changes, reason] of refused) {
    it(`refuses ${name} with a sentence`, () => assert.match(brandProblem(brand(changes)) ?? '', reason));
  }

  it('keeps a name with markup or quotes as text (escaping is the renderer’s job)', () => {
    assert.equal(brandProblem(brand({ businessName: '<script>alert("x")</script> & "Sons"' })), undefined);
  });

  it('reads back a saved brand only when it still passes, else the default', () => {
    const saved = { businessName: 'Shop', logoUrl: undefined, accentColor: '#123456' };
    assert.deepEqual(resolveBrand(saved), saved);
    assert.deepEqual(resolveBrand({ ...saved, logoUrl: null }), saved);
    assert.deepEqual(resolveBrand({ ...saved, accentColor: '#ffff00' }), DEFAULT_BRAND);
    assert.deepEqual(resolveBrand(undefined), DEFAULT_BRAND);
    assert.deepEqual(resolveBrand('nonsense'), DEFAULT_BRAND);
  });
});
