import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getCase } from '../../src/app/cases/get-case.ts';
import type { User } from '../../src/core/team/user.ts';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import {
  type BrowserApp,
  markWindow,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
  wasReloaded,
} from '../support/browser.ts';
import { buildCase, buildCustomer, buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type MailIn, startMailIn } from '../support/mail-in.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';

/**
 * The whole conversation of one case, as its people live it: the owner writes from the console, the
 * customer reads it live on their status page and answers there, the owner sees that live, and the
 * customer's answer to the email (through the SMTP listener) lands on the same timeline.
 */
describe('One conversation across the console, the status page and email', () => {
  let served: BrowserApp;
  let owner: User;
  let mailIn: MailIn;
  let peer: SmtpPeer;
  let mailer: Mailer;

  before(async () => {
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'agent', name: 'Maya Okafor' });
    mailIn = await startMailIn(served.ctx);
    peer = await startSmtpPeer();
    mailer = createMailer({ smtpUrl: peer.url, from: { name: 'Shop', address: 'care@shop.test' } });
  });
  after(async () => {
    await mailer?.close();
    await peer?.close();
    await mailIn?.close();
    await served?.close();
  });

  it('carries every word both ways, live, on one timeline', async () => {
    const customer = await buildCustomer(served.ctx, { name: 'Rita Reyes', email: 'rita@customer.test' });
    const opened = await buildCase(served.ctx, {
      customerId: customer.id,
      ownerId: owner.id,
      title: 'Sofa delivered with a torn cushion',
      story: 'The cushion was torn open when the sofa arrived.',
    });
    const { statusPageUrl, replyTo } = await getCase(served.ctx, opened.id);

    const desk = await newDesk(served.browser);
    await signInThroughForm(desk, served.url, owner, `/cases/${opened.id}`);
    await desk.getByRole('heading', { level: 1, name: opened.title }).waitFor(WAIT);
    await markWindow(desk);

    const phone = await newDesk(served.browser);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(statusPageUrl);
    await phone.getByRole('heading', { name: opened.title }).waitFor(WAIT);
    await markWindow(phone);
    const onStatusPage = (text: string) => phone.getByTestId('message').filter({ hasText: text });
    const onTimeline = (kind: string, text: string) =>
      desk.locator(`[data-testid="timeline-event"][data-kind="${kind}"]`).filter({ hasText: text });

    // The owner writes; the customer's open page shows it without a reload.
    const update = 'A new cushion leaves our workshop on Thursday; I will tell you when it ships.';
    await desk.getByRole('tab', { name: 'Message to customer' }).click();
    await desk.getByLabel(/^Message to Rita Reyes/).fill(update);
    await desk.getByRole('button', { name: 'Send to customer' }).click();
    await onTimeline('message_out', update).waitFor(WAIT);
    await onStatusPage(update).waitFor(WAIT);

    // The mail leaves through a real SMTP peer, threaded to the case and pointing at the page.
    await runJobs(served, mailer);
    await onTimeline('message_out', update)
      .locator('[data-testid="delivery"][data-status="sent"]')
      .waitFor(WAIT);
    const mail = peer.received.find((m) => m.parsed.text?.includes(update));
    assert.ok(mail, 'the peer received the message');
    assert.equal(mail.parsed.replyTo?.value[0]?.address, replyTo);
    assert.ok(mail.parsed.text?.includes(statusPageUrl), 'the status page link is in the mail');
    const ourMessageId = mail.parsed.messageId;
    assert.ok(ourMessageId);

    // The customer answers on their page; the owner sees it live.
    const onPage = 'Thursday is fine. Please ring twice, the bell is quiet.';
    await phone.getByLabel('Write to us').fill(onPage);
    await phone.getByRole('button', { name: 'Send' }).click();
    await onStatusPage(onPage).waitFor(WAIT);
    await onTimeline('message_in', onPage).getByText('on their case page').waitFor(WAIT);
    // The form posted and came back to the page (it works without scripts); from here it stays put.
    await markWindow(phone);

    // Then answers the email, quoting it: only their own words reach the timeline, and the page.
    const byMail = 'One more thing: the armrest is scratched as well.';
    await mailIn.send(
      [
        'From: Rita Reyes <rita@customer.test>',
        `To: ${replyTo}`,
        `Subject: Re: ${mail.parsed.subject}`,
        `In-Reply-To: ${ourMessageId}`,
        `References: ${ourMessageId}`,
        'Message-ID: <reply-1@customer.test>',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        '',
        byMail,
        '',
        'On Mon, 7 Dec 2026 at 10:00, Shop <care@shop.test> wrote:',
        `> ${update}`,
        '',
      ].join('\r\n'),
      { from: 'rita@customer.test', to: [replyTo] },
    );
    await runJobs(served, mailer);
    const fromMail = onTimeline('message_in', byMail);
    await fromMail.getByText('by email').waitFor(WAIT);
    assert.equal(
      ((await fromMail.getByTestId('event-body').textContent()) ?? '').trim(),
      byMail,
      'the quoted history is not part of the message',
    );
    await onStatusPage(byMail).waitFor(WAIT);

    assert.equal(await wasReloaded(desk), false, 'the console never reloaded');
    assert.equal(await wasReloaded(phone), false, 'the email reply reached the status page live');
    const detail = await getCase(served.ctx, opened.id);
    assert.equal(detail.case.status, 'acknowledged', 'the first message acknowledged the case');
    assert.ok(detail.case.unansweredSince, 'the customer waits for an answer');
  });
});
