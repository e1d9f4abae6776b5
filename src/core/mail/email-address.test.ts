import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headerText, isEmailAddress } from './email-address.ts';

describe('email addresses and header text', () => {
  it('accepts ordinary addresses and refuses what could smuggle in a recipient', () => {
    for (const good of ['a@b.co', 'ann.lee+x@example.co.uk', "o'neil@example.ie", 'x@xn--bcher-kva.example'])
      assert.ok(isEmailAddress(good), good);
    for (const bad of [
      '',
      'a@b',
      '@b.co',
      'a@',
      'a b@c.co',
      'a@b.co,c@d.co',
      '<a@b.co>',
      'a@-b.co',
      'a@b..co',
    ])
      assert.ok(!isEmailAddress(bad), bad);
  });

  it('turns line breaks and control characters into spaces, so header text stays one header', () => {
    assert.equal(headerText('Eve\r\nBcc: x@evil.test'), 'Eve Bcc: x@evil.test');
    assert.equal(headerText('Ann\nLee\u0000\u2028'), 'Ann Lee');
    assert.equal(headerText('Ann\u0085Lee\u009b'), 'Ann Lee');
    assert.equal(headerText('  Zoë Ångström '), 'Zoë Ångström');
  });
});
