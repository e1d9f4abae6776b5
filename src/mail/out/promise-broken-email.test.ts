import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_BRAND } from '../../core/brand/brand.ts';
import { renderPromiseBrokenEmail } from './promise-broken-email.ts';

const facts = {
  toAddress: 'sam@example.test',
  recipientName: 'Sam\r\nBcc: x@evil.test',
  recipientIsOwner: false,
  ownerName: 'Owen Park',
  caseNumber: 1042,
  title: 'Vase <b>broken</b>\nX-Injected: yes',
  what: 'refund <script>alert(1)</script> & more',
  confidence: 'certain' as const,
  dueText: 'Tuesday 8 December',
  customerVisible: true,
  caseUrl: 'https://amends.example/cases/abc',
};
const sender = { from: { name: 'Amends', address: 'amends@example.test' }, messageId: '<1@example.test>' };

describe('promise-broken email', () => {
  it('names the case, the promise and its due time; keeps people’s text out of the headers and escaped in the HTML', () => {
    const mail = renderPromiseBrokenEmail(facts, sender, DEFAULT_BRAND);
    assert.equal(mail.subject, 'Promise broken on case 1042: Vase <b>broken</b> X-Injected: yes');
    assert.equal(mail.to.name, 'Sam Bcc: x@evil.test');
    assert.match(mail.text, /A promise on Owen Park’s case 1042 was due Tuesday 8 December/);
    assert.match(mail.text, /Promised \(a firm date\): refund <script>alert\(1\)<\/script> & more/);
    assert.match(mail.text, /The customer could see this promise/);
    assert.ok(!mail.html.includes('<script>'));
    assert.match(mail.html, /refund &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; more/);
    assert.match(mail.html, /href="https:\/\/amends\.example\/cases\/abc"/);
  });

  it('speaks to the owner about their own case', () => {
    const mail = renderPromiseBrokenEmail(
      { ...facts, recipientIsOwner: true, recipientName: 'Owen Park' },
      sender,
      DEFAULT_BRAND,
    );
    assert.match(mail.text, /A promise on your case 1042/);
  });
});
