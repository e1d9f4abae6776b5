import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_BRAND } from '../../core/brand/brand.ts';
import { renderPasswordResetEmail } from './password-reset-email.ts';

const facts = {
  toAddress: 'nia@example.test',
  name: 'Nia <b>New</b>\r\nBcc: x@evil.test',
  link: 'https://amends.example/reset-password#amr_the-secret',
  keptLink: 'https://amends.example/reset-password#not-kept',
  expiresAt: new Date('2026-12-07T10:00:00Z'),
  askedBy: undefined,
};
const sender = { from: { name: 'Amends', address: 'amends@example.test' }, messageId: '<1@example.test>' };

describe('password-reset email', () => {
  it('keeps a name out of the headers and escaped in the HTML', () => {
    const mail = renderPasswordResetEmail(facts, sender, DEFAULT_BRAND);
    assert.equal(mail.to.name, 'Nia <b>New</b> Bcc: x@evil.test');
    assert.ok(!mail.html.includes('<b>New</b>'));
    assert.match(mail.html, /Hello Nia &lt;b&gt;New&lt;\/b&gt;/);
  });

  it('links the page in both parts and says until when, in UTC, and who asked', () => {
    const mail = renderPasswordResetEmail(facts, sender, DEFAULT_BRAND);
    assert.match(
      mail.text,
      /Choose a new password: https:\/\/amends\.example\/reset-password#amr_the-secret\n/,
    );
    assert.match(mail.html, /href="https:\/\/amends\.example\/reset-password#amr_the-secret"/);
    assert.match(mail.text, /until 7 December 2026 at 10:00 UTC/);
    assert.match(mail.text, /Someone asked on the sign-in page/);
    const byAdmin = renderPasswordResetEmail({ ...facts, askedBy: 'Ada Admin' }, sender, DEFAULT_BRAND);
    assert.match(byAdmin.text, /Ada Admin sent you this link/);
  });

  it('leaves the secret out of the copy the outbox keeps', () => {
    const kept = renderPasswordResetEmail(facts, sender, DEFAULT_BRAND, { kept: true });
    assert.ok(!kept.text.includes('the-secret') && !kept.html.includes('the-secret'));
    assert.match(kept.text, /reset-password#not-kept/);
  });
});
