import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import {
  type BrowserApp,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';

describe('password links by mail, in the console', () => {
  let served: BrowserApp;
  let peer: SmtpPeer;
  let mailer: Mailer;

  before(async () => {
    served = await serveAppWithBrowser();
    peer = await startSmtpPeer();
    mailer = createMailer({ smtpUrl: peer.url, from: { name: 'Example Shop', address: 'desk@shop.test' } });
  });
  after(async () => {
    await mailer?.close();
    await peer?.close();
    await served?.close();
  });

  /** Sends what is queued over SMTP, and the one link the person got. */
  const mailedLink = async (to: string) => {
    await runJobs(served, mailer);
    const mails = peer.received.filter((mail) => mail.envelopeTo.includes(to));
    assert.equal(mails.length, 1, `one mail to ${to}`);
    const link = mails[0]?.parsed.text?.match(/https?:\/\/\S+\/reset-password#amr_[\w-]+/)?.[0];
    assert.ok(link, 'the mail has a reset link');
    return link;
  };

  const choosePassword = async (desk: Page, link: string, password: string) => {
    await desk.goto(link);
    await desk.getByLabel('New password').fill(password);
    await desk.getByLabel('The same password again').fill(password);
    await desk.getByRole('button', { name: 'Set password' }).click();
  };

  it('"Forgot your password?" on the sign-in page mails a link that sets a new password once', async () => {
    const fay = await buildUser(served.ctx, { role: 'agent', name: 'Fay Forgetful' });
    const desk = await newDesk(served.browser);
    await desk.goto(served.url);
    await desk.getByRole('link', { name: 'Forgot your password?' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor(WAIT);

    // An address that is not one is refused beside its field.
    await desk.getByLabel('Email').fill('fay at work');
    await desk.getByRole('button', { name: 'Mail me a link' }).click();
    const field = desk.getByLabel('Email');
    await desk.locator('#forgot-email-error').filter({ hasText: 'like name@example.com' }).waitFor(WAIT);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');

    await field.fill(fay.email);
    await desk.getByRole('button', { name: 'Mail me a link' }).click();
    await desk
      .getByRole('status')
      .filter({ hasText: 'a link to choose a new password is on its way' })
      .waitFor(WAIT);

    const link = await mailedLink(fay.email);
    await choosePassword(desk, link, 'remembered it now');
    await desk.getByRole('status').filter({ hasText: 'Your password is set.' }).waitFor(WAIT);
    await desk.getByRole('link', { name: 'Sign in' }).click();
    await signInThroughForm(desk, served.url, fay, '/', 'remembered it now');

    // The link worked once.
    const again = await newDesk(served.browser);
    await choosePassword(again, link, 'a second go at it');
    await again.getByRole('alert').filter({ hasText: 'This link does not work' }).waitFor(WAIT);
  });

  it('an admin mails a person their link from People, and it never shows on the admin’s screen', async () => {
    const admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    const sam = await buildUser(served.ctx, { role: 'agent', name: 'Sam Support' });
    const desk = await newDesk(served.browser);
    await signInThroughForm(desk, served.url, admin, '/people');
    const row = desk.locator(`[data-testid="person-row"][data-person="${sam.email}"]`);
    await row.getByRole('button', { name: 'Mail link to Sam Support to choose a password' }).click();
    const notice = desk.getByRole('status').filter({ hasText: `on its way to ${sam.email}` });
    await notice.waitFor(WAIT);

    const link = await mailedLink(sam.email);
    const secret = link.slice(link.indexOf('#') + 1);
    assert.ok(!(await desk.content()).includes(secret), 'the secret is on the admin’s screen');
    const samDesk = await newDesk(served.browser);
    await choosePassword(samDesk, link, 'chosen by sam himself');
    await samDesk.getByRole('status').filter({ hasText: 'Your password is set.' }).waitFor(WAIT);
  });
});
