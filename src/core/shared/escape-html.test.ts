import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml } from './escape-html.ts';

describe('escaping untrusted text for HTML', () => {
  it('escapes the five characters that can break out of text or a quoted attribute', () => {
    assert.equal(
      escapeHtml(`<script>alert("x")</script> & 'y'`),
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });
  it('leaves ordinary text, accents and emoji alone', () => {
    assert.equal(escapeHtml('Crème brûlée 🍮, 12°C'), 'Crème brûlée 🍮, 12°C');
  });
  it('escapes an ampersand once, so entities in the input stay visible as typed', () => {
    assert.equal(escapeHtml('&amp;'), '&amp;amp;');
  });
});
