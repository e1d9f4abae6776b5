import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_BRAND } from '../../core/brand/brand.ts';
import { renderCaseAlertEmail } from './case-alert-email.ts';

const facts = {
  toAddress: 'owen@example.test',
  ownerName: 'Owen\r\nBcc: x@evil.test',
  caseNumber: 1042,
  title: '“Poor” on delivery 4471\nX-Injected: yes',
  story: `The vase <b>broke</b>.\n${'and more '.repeat(200)}`,
  severity: 'high' as const,
  customerName: 'Rita & Co',
  caseUrl: 'https://amends.example/cases/abc',
};
const sender = { from: { name: 'Amends', address: 'amends@example.test' }, messageId: '<1@example.test>' };

describe('case alert email', () => {
  it('keeps customer text out of the headers and escaped in the HTML', () => {
    const mail = renderCaseAlertEmail(facts, sender, DEFAULT_BRAND);
    assert.equal(mail.subject, '[high] Case 1042: “Poor” on delivery 4471 X-Injected: yes');
    assert.equal(mail.to.name, 'Owen Bcc: x@evil.test');
    assert.ok(!mail.html.includes('<b>broke</b>'));
    assert.match(mail.html, /The vase &lt;b&gt;broke&lt;\/b&gt;\./);
    assert.match(mail.html, /Rita &amp; Co needs recovery/);
  });

  it('quotes the story up to 600 characters and links the case in both parts', () => {
    const mail = renderCaseAlertEmail(facts, sender, DEFAULT_BRAND);
    const quoted = mail.text
      .split('\n')
      .filter((line) => line.startsWith('> '))
      .join('\n');
    assert.ok(quoted.endsWith('…'));
    assert.ok(quoted.length <= 600 + 2 * 2, `quoted ${quoted.length} characters`);
    assert.match(mail.text, /Open the case: https:\/\/amends\.example\/cases\/abc$/);
    assert.match(mail.html, /href="https:\/\/amends\.example\/cases\/abc"/);
  });
});
