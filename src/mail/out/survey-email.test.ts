import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SurveyEmailFacts } from '../../app/blasts/find-survey-email-facts.ts';
import { DEFAULT_BRAND } from '../../core/brand/brand.ts';
import { displayName, renderSurveyEmail } from './survey-email.ts';

const facts = (overrides: Partial<SurveyEmailFacts> = {}): SurveyEmailFacts => ({
  toAddress: 'ann@example.com',
  customerName: 'Ann Lee',
  question: 'How did we do?',
  links: [
    { score: 4, label: 'Excellent', colour: '#C9A227', icon: '★', url: 'https://amends.example/r/k.4.s' },
    { score: 1, label: 'Poor', colour: '#C0392B', icon: '✕', url: 'https://amends.example/r/k.1.s' },
  ],
  unsubscribeUrl: 'https://amends.example/u/k.s',
  ...overrides,
});
const sender = {
  from: { name: 'Example Shop', address: 'surveys@example.com' },
  messageId: '<e1@example.com>',
};

describe('the survey email', () => {
  it('greets by name, asks with one link per answer, and ends with the unsubscribe link, in text and HTML', () => {
    const mail = renderSurveyEmail(facts(), sender, DEFAULT_BRAND);
    assert.equal(mail.subject, 'How did we do?');
    assert.deepEqual(mail.to, { name: 'Ann Lee', address: 'ann@example.com' });
    assert.match(
      mail.text,
      /^Hello Ann Lee,\n\nHow did we do\?\n\nExcellent: https:\/\/amends\.example\/r\/k\.4\.s\n/,
    );
    assert.match(mail.text, /unsubscribe: https:\/\/amends\.example\/u\/k\.s$/);
    assert.ok(mail.html.includes('href="https://amends.example/r/k.4.s"'));
    assert.ok(mail.html.includes('href="https://amends.example/u/k.s"'));
    assert.equal(mail.messageId, '<e1@example.com>');
  });

  it('carries RFC 2369 List-Unsubscribe with the https link and RFC 8058 one-click', () => {
    assert.deepEqual(renderSurveyEmail(facts(), sender, DEFAULT_BRAND).headers, {
      'List-Unsubscribe': '<https://amends.example/u/k.s>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('escapes every customer and survey value in the HTML', () => {
    const mail = renderSurveyEmail(
      facts({ customerName: '<img src=x onerror=alert(1)> "Ann"', question: 'Was it <b>good</b> & fast?' }),
      { ...sender, from: { name: 'Shop <script>', address: 'surveys@example.com' } },
      DEFAULT_BRAND,
    );
    assert.ok(!mail.html.includes('<img'), 'no markup from the name');
    assert.ok(!mail.html.includes('<b>'), 'no markup from the question');
    assert.ok(!mail.html.includes('<script'), 'no markup from the sender name');
    assert.ok(mail.html.includes('Hello &lt;img src=x onerror=alert(1)&gt; &quot;Ann&quot;,'));
    assert.ok(mail.html.includes('Was it &lt;b&gt;good&lt;/b&gt; &amp; fast?'));
  });

  it('keeps line breaks out of every header value', () => {
    const mail = renderSurveyEmail(
      facts({ customerName: 'Eve\r\nBcc: x@evil.test', question: 'Rate us\r\nX-Spam: no' }),
      sender,
      DEFAULT_BRAND,
    );
    assert.equal(mail.to.name, 'Eve Bcc: x@evil.test');
    assert.equal(mail.subject, 'Rate us X-Spam: no');
    for (const value of [mail.to.name, mail.subject, ...Object.values(mail.headers)])
      assert.doesNotMatch(value, /[\r\n]/);
  });

  it('says "Hello," when all it knows of the name is the address, and cuts a long subject', () => {
    assert.match(
      renderSurveyEmail(facts({ customerName: 'Ann@Example.com' }), sender, DEFAULT_BRAND).text,
      /^Hello,\n/,
    );
    assert.equal(displayName('Unknown customer', 'ann@example.com'), '');
    assert.equal(displayName('  Ann  ', 'ann@example.com'), 'Ann');
    const subject = renderSurveyEmail(facts({ question: 'x'.repeat(300) }), sender, DEFAULT_BRAND).subject;
    assert.equal(subject.length, 150);
    assert.ok(subject.endsWith('…'));
  });

  it('is headed by the business’s logo or name in its accent, and comes from the business by name', () => {
    const brand = { businessName: 'The Vase Shop', logoUrl: undefined, accentColor: '#8b1e3f' };
    const mail = renderSurveyEmail(facts(), sender, brand);
    assert.deepEqual(mail.from, { name: 'The Vase Shop', address: 'surveys@example.com' });
    assert.match(mail.html, /color:#8b1e3f;">The Vase Shop<\/td>/);
    assert.match(mail.text, /survey from The Vase Shop at ann@example\.com/);
    const withLogo = renderSurveyEmail(facts(), sender, {
      ...brand,
      logoUrl: 'https://cdn.example/logo.png?a=1&b=2',
    });
    assert.match(
      withLogo.html,
      /<img src="https:\/\/cdn\.example\/logo\.png\?a=1&amp;b=2" alt="The Vase Shop"/,
    );
  });

  it('keeps a business name with markup, quotes or line breaks as text in the header and the body', () => {
    const brand = {
      businessName: '<script>alert(1)</script> "Vases" & Sons\r\nBcc: x@evil.test',
      logoUrl: undefined,
      accentColor: '#8b1e3f',
    };
    const mail = renderSurveyEmail(facts(), sender, brand);
    assert.equal(mail.from.name, '<script>alert(1)</script> "Vases" & Sons Bcc: x@evil.test');
    assert.ok(!mail.html.includes('<script'), 'no markup from the business name');
    assert.match(mail.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;Vases&quot; &amp; Sons/);
  });

  it('keeps the name of MAIL_FROM until an admin names the business', () => {
    assert.deepEqual(renderSurveyEmail(facts(), sender, DEFAULT_BRAND).from, sender.from);
  });
});
