import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_BRAND } from '../../core/brand/brand.ts';
import { renderTaskAskedEmail, renderTaskOverdueEmail } from './task-email.ts';

const facts = {
  toAddress: 'hana@example.test',
  recipientName: 'Hana\r\nBcc: x@evil.test',
  recipientIsOwner: false,
  askerName: 'Owen Park',
  ownerName: 'Owen Park',
  askedOf: 'Hana Help',
  what: 'Check <script>alert(1)</script>\nX-Injected: yes',
  caseNumber: 1042,
  title: 'Vase <b>broken</b>',
  dueText: 'Tuesday 8 December at 15:00 (UTC)',
  url: 'https://amends.example/tasks',
};
const sender = { from: { name: 'Amends', address: 'amends@example.test' }, messageId: '<1@example.test>' };

describe('help task emails', () => {
  for (const [name, render] of [
    ['asked', renderTaskAskedEmail],
    ['overdue', renderTaskOverdueEmail],
  ] as const)
    it(`${name}: people's words stay one header line and escaped in the HTML`, () => {
      const mail = render(facts, sender, DEFAULT_BRAND);
      assert.ok(!mail.subject.includes('\n'));
      assert.equal(mail.to.name, 'Hana Bcc: x@evil.test');
      assert.ok(!mail.html.includes('<script>'));
      assert.ok(!mail.html.includes('<b>broken</b>'));
      assert.match(mail.html, /Check &lt;script&gt;/);
      assert.match(mail.text, /^> Check <script>alert\(1\)<\/script>\n> X-Injected: yes$/m);
      assert.match(mail.text, /https:\/\/amends\.example\/tasks$/);
    });

  it('asked: says who asks, by when, and that the owner stays the customer’s contact', () => {
    const mail = renderTaskAskedEmail(facts, sender, DEFAULT_BRAND);
    assert.match(mail.subject, /^Help asked on case 1042: Check <script>/);
    assert.match(mail.text, /Owen Park asks you for help on case 1042/);
    assert.match(mail.text, /Needed by Tuesday 8 December at 15:00 \(UTC\)\./);
    assert.match(mail.text, /Owen Park stays the customer’s one contact/);
  });

  it('overdue: the owner reads about the help they asked for, with the case link', () => {
    const mail = renderTaskOverdueEmail(
      { ...facts, recipientIsOwner: true, url: 'https://amends.example/cases/abc' },
      sender,
      DEFAULT_BRAND,
    );
    assert.match(mail.text, /The help you asked of Hana Help on your case 1042/);
    assert.match(mail.text, /Open the case: https:\/\/amends\.example\/cases\/abc$/);
  });
});
