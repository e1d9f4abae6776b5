import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_BRAND } from '../../core/brand/brand.ts';
import { renderUpdateNudgeEmail } from './update-nudge-email.ts';

const facts = {
  toAddress: 'owen@example.test',
  ownerName: 'Owen\r\nBcc: x@evil.test',
  customerName: 'Rita <script>alert(1)</script>\nX-Injected: yes',
  caseNumber: 1042,
  title: 'Vase <b>broken</b>',
  cadence: '2 hours',
  caseUrl: 'https://amends.example/cases/abc?compose=update',
  draft: {
    subject: 'An update on your case',
    text: 'Hello Rita,\n\nHere is where things stand: <img src=x>',
  },
};
const sender = { from: { name: 'Amends', address: 'amends@example.test' }, messageId: '<1@example.test>' };

describe('update nudge email', () => {
  it('says how long the customer has waited, in one header line, with the drafted update escaped', () => {
    const mail = renderUpdateNudgeEmail(facts, sender, DEFAULT_BRAND);
    assert.equal(
      mail.subject,
      'No update to Rita <script>alert(1)</script> X-Injected: yes for 2 hours: case 1042',
    );
    assert.equal(mail.to.name, 'Owen Bcc: x@evil.test');
    assert.ok(!mail.html.includes('<script>'));
    assert.ok(!mail.html.includes('<img src=x>'));
    assert.ok(!mail.html.includes('<b>broken</b>'));
    assert.match(mail.html, /Here is where things stand: &lt;img src=x&gt;/);
    assert.match(mail.text, /^> Here is where things stand: <img src=x>$/m);
  });

  it('links the case with the composer open on the draft, in both parts', () => {
    const mail = renderUpdateNudgeEmail(facts, sender, DEFAULT_BRAND);
    assert.match(
      mail.text,
      /Open the case with this draft: https:\/\/amends\.example\/cases\/abc\?compose=update$/,
    );
    assert.match(mail.html, /href="https:\/\/amends\.example\/cases\/abc\?compose=update"/);
  });
});
