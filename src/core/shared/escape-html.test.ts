import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml } from './escape-html.ts';

describe('escaping text for HTML', () => {
  const cases: [string, string, string][] = [
    ['leaves plain text alone', 'How did we do?', 'How did we do?'],
    ['escapes an ampersand', 'Fish & chips', 'Fish &amp; chips'],
    [
      'escapes angle brackets so no tag can open',
      '<script>alert(1)</script>',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    ],
    ['escapes double quotes so an attribute cannot end', '" onmouseover="x', '&quot; onmouseover=&quot;x'],
    ['escapes single quotes for single-quoted attributes', "it's", 'it&#39;s'],
    ['escapes an existing entity again rather than trusting it', '&lt;', '&amp;lt;'],
    ['keeps non-ASCII characters as they are', 'Très bien ★ ✓', 'Très bien ★ ✓'],
    ['leaves an empty string empty', '', ''],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(escapeHtml(input), expected));
  }

  it('escapes a URL with a query string for an href', () => {
    assert.equal(escapeHtml('https://x.test/r?a=1&b="2"'), 'https://x.test/r?a=1&amp;b=&quot;2&quot;');
  });
});
