import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findUnstorableText, isStorableText, toStorableText } from './storable-text.ts';

describe('text PostgreSQL can store', () => {
  it('accepts ordinary text, emoji (a whole surrogate pair) and other control characters', () => {
    for (const text of ['', 'Très bien', 'late 😞 again', 'tab\there', 'line\nbreak'])
      assert.equal(isStorableText(text), true, JSON.stringify(text));
  });

  it('refuses NUL, and a high or low surrogate on its own', () => {
    for (const text of ['a\u0000b', '\u0000', 'x\ud800', '\udc00y', '😞'.slice(0, 1)])
      assert.equal(isStorableText(text), false, JSON.stringify(text));
  });

  it('replaces each unstorable character with U+FFFD and keeps the rest', () => {
    assert.equal(toStorableText('late\u0000 again \ud800!'), 'late\ufffd again \ufffd!');
    assert.equal(toStorableText('fine 😞'), 'fine 😞');
  });

  it('names the path to the first unstorable text, a key included', () => {
    const cases: [unknown, string[] | undefined][] = [
      [{ name: 'Ada', emails: ['a@x'] }, undefined],
      [{ customer: { name: 'A\u0000' } }, ['customer', 'name']],
      [{ emails: ['ok', 'b\ud800'] }, ['emails', '1']],
      [{ attributes: { 'plan\u0000': 'gold' } }, ['attributes', 'plan\ufffd']],
      ['a\u0000', []],
      ['email,name\nann@x,Ann\nbob@x,B\u0000b', ['line 3']],
      [42, undefined],
      [null, undefined],
    ];
    for (const [value, path] of cases)
      assert.deepEqual(findUnstorableText(value), path, JSON.stringify(value));
  });
});
