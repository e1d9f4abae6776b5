import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CaseMessageFacts } from '../../app/conversation/find-case-message-facts.ts';
import { DEFAULT_BRAND } from '../../core/brand/brand.ts';
import { renderCaseMessageEmail } from './case-message-email.ts';

const facts = (overrides: Partial<CaseMessageFacts> = {}): CaseMessageFacts => ({
  toAddress: 'rita@example.test',
  customerName: 'Rita Moreno',
  caseNumber: 1042,
  subject: 'We are sorry, and we are on it',
  text: 'Hello Rita,\n\nI am sorry.\nOwen will call you.\n\nYour page: https://amends.example/s/k.s',
  statusPageUrl: 'https://amends.example/s/k.s',
  replyTo: 'support+0123-abcd@shop.example',
  thread: undefined,
  answersCustomer: false,
  ...overrides,
});
const sender = { from: { name: 'Amends', address: 'support@shop.example' }, messageId: '<e1@shop.example>' };

describe('a message to the customer, as mail', () => {
  it('says the words as written in text, and as escaped paragraphs in HTML', () => {
    const mail = renderCaseMessageEmail(
      facts({ text: 'Hello <b>Rita</b> & Co,\n\nline one\nline two' }),
      sender,
      DEFAULT_BRAND,
    );
    assert.match(mail.text, /^Hello <b>Rita<\/b> & Co,\n\nline one\nline two\n\n--\n/);
    assert.ok(!mail.html.includes('<b>Rita'), 'no markup from the text');
    assert.ok(mail.html.includes('>Hello &lt;b&gt;Rita&lt;/b&gt; &amp; Co,</td>'));
    assert.ok(mail.html.includes('>line one<br>line two</td>'));
  });

  it('links the status page in both parts, in the footer of every message and where the text names it', () => {
    const mail = renderCaseMessageEmail(facts(), sender, DEFAULT_BRAND);
    assert.match(
      mail.text,
      /a place to write to us: https:\/\/amends\.example\/s\/k\.s\nOr reply to this email\.$/,
    );
    const links = mail.html.match(/href="https:\/\/amends\.example\/s\/k\.s"/g) ?? [];
    assert.equal(links.length, 2);
    const plain = renderCaseMessageEmail(facts({ text: 'Just words.' }), sender, DEFAULT_BRAND);
    assert.equal((plain.html.match(/href="https:\/\/amends\.example\/s\/k\.s"/g) ?? []).length, 1);
  });

  it('threads: Reply-To the case, In-Reply-To and References to the latest message, Re: when answering the customer', () => {
    const mail = renderCaseMessageEmail(
      facts({
        thread: { inReplyTo: '<c@mail.test>', references: ['<a@mail.test>', '<c@mail.test>'] },
        answersCustomer: true,
      }),
      sender,
      DEFAULT_BRAND,
    );
    assert.deepEqual(mail.headers, {
      'Reply-To': 'support+0123-abcd@shop.example',
      'In-Reply-To': '<c@mail.test>',
      References: '<a@mail.test> <c@mail.test>',
    });
    assert.equal(mail.subject, 'Re: We are sorry, and we are on it [#1042]');
    assert.equal(mail.messageId, '<e1@shop.example>');
    const first = renderCaseMessageEmail(facts(), sender, DEFAULT_BRAND);
    assert.deepEqual(first.headers, { 'Reply-To': 'support+0123-abcd@shop.example' });
    assert.equal(first.subject, 'We are sorry, and we are on it [#1042]');
  });

  it('keeps line breaks of a name or a title out of every header', () => {
    const mail = renderCaseMessageEmail(
      facts({ customerName: 'Eve\r\nX-Evil: yes', subject: 'Broken\r\nX-Injected: yes' }),
      sender,
      { ...DEFAULT_BRAND, businessName: 'Shop\nBcc: y@evil.test' },
    );
    assert.equal(mail.to.name, 'Eve X-Evil: yes');
    assert.equal(mail.subject, 'Broken X-Injected: yes [#1042]');
    assert.equal(mail.from.name, 'Shop Bcc: y@evil.test');
    for (const value of [mail.to.name, mail.subject, mail.from.name, ...Object.values(mail.headers)])
      assert.doesNotMatch(value, /[\r\n]/);
  });

  it('greets nobody by address: a customer known only by address has no name in To', () => {
    assert.equal(
      renderCaseMessageEmail(facts({ customerName: 'rita@example.test' }), sender, DEFAULT_BRAND).to.name,
      '',
    );
  });
});
