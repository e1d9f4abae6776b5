import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { replyAddressFor } from '../../src/core/case/case-links.ts';
import type { User } from '../../src/core/team/user.ts';
import {
  type BrowserApp,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildCase, buildCustomer, buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type MailIn, startMailIn } from '../support/mail-in.ts';

describe('A customer’s email in the console', () => {
  let served: BrowserApp;
  let owner: User;
  let mailIn: MailIn;

  before(async () => {
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'supervisor', name: 'Olive Owner' });
    mailIn = await startMailIn(served.ctx);
  });
  after(async () => {
    await mailIn?.close();
    await served?.close();
  });

  it('shows the reply live on the case, the whole email on demand, and the case as awaiting an answer in the inbox', async () => {
    const customer = await buildCustomer(served.ctx, { name: 'Rita Reyes', email: 'rita@customer.test' });
    const opened = await buildCase(served.ctx, {
      customerId: customer.id,
      ownerId: owner.id,
      title: 'Sofa delivered with a torn cushion',
    });
    const quiet = await buildCase(served.ctx, { ownerId: owner.id, title: 'A case nobody wrote on' });
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, owner);
    await page.goto(`${served.url}/cases/${opened.id}`);
    await page.getByRole('heading', { level: 1, name: opened.title }).waitFor(WAIT);

    const boundary = 'sep';
    await mailIn.send(
      [
        'From: Rita Reyes <rita@customer.test>',
        `To: ${replyAddressFor(served.ctx.linkSecret, served.ctx.replyMailbox, opened.replyKey)}`,
        'Subject: Re: Your sofa',
        'MIME-Version: 1.0',
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        '',
        `--${boundary}`,
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>The <b>new</b> cushion is torn too.</p><script>document.title="owned"</script>',
        '<p>On Mon, 7 Dec 2026, Shop &lt;support@shop.test&gt; wrote:</p><blockquote>We are sorry.</blockquote>',
        `--${boundary}`,
        'Content-Type: image/jpeg; name="cushion.jpg"',
        'Content-Disposition: attachment; filename="cushion.jpg"',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('not really a jpeg').toString('base64'),
        `--${boundary}--`,
        '',
      ].join('\r\n'),
    );
    await runJobs(served);

    const message = page.getByTestId('timeline-event').filter({ hasText: 'The customer wrote' });
    await message.waitFor(WAIT);
    await message.getByTestId('event-body').filter({ hasText: 'The new cushion is torn too.' }).waitFor(WAIT);
    assert.doesNotMatch((await message.getByTestId('event-body').textContent()) ?? '', /We are sorry/);
    await message.getByText('Show the whole email').click();
    const whole = message.getByTestId('whole-email');
    await whole.waitFor(WAIT);
    const frame = whole.locator('iframe');
    assert.equal(await frame.getAttribute('sandbox'), '');
    assert.doesNotMatch((await frame.getAttribute('srcdoc')) ?? '', /script/);
    const download = whole.getByRole('link', { name: 'cushion.jpg' });
    assert.match(
      (await download.getAttribute('href')) ?? '',
      /\/api\/v1\/inbound-emails\/[0-9a-f-]+\/attachments\//,
    );
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: '/tmp/amends-mail-in-case-1366.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: '/tmp/amends-mail-in-case-390.png', fullPage: true });

    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${served.url}/`);
    const row = page.getByTestId('inbox-row').filter({ hasText: opened.title });
    await row.getByTestId('unanswered').waitFor(WAIT);
    await page.getByTestId('inbox-row').filter({ hasText: quiet.title }).waitFor(WAIT);
    await page.getByLabel('Awaiting our answer').check();
    await page.waitForURL(/unanswered=1/, WAIT);
    await page
      .getByTestId('inbox-row')
      .filter({ hasText: quiet.title })
      .waitFor({ state: 'detached', ...WAIT });
    await page.getByTestId('inbox-row').filter({ hasText: opened.title }).waitFor(WAIT);
    assert.equal(await page.getByTestId('inbox-row').count(), 1);
    await page.screenshot({ path: '/tmp/amends-mail-in-inbox-1366.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: '/tmp/amends-mail-in-inbox-390.png', fullPage: true });
  });

  it('lists a flagged email for a supervisor, who runs it again', async () => {
    const id = await mailIn.send('not an email at all\r\n');
    await runJobs(served);
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, owner);
    await page.goto(`${served.url}/outbox`);
    await page.getByRole('link', { name: 'Mail in' }).click();
    const row = page.getByTestId('mail-in-row').filter({ hasText: 'no mail headers' });
    await row.waitFor(WAIT);
    // A mail with no subject says so rather than leaving the cell blank.
    await row.getByText('(no subject)').waitFor(WAIT);
    await page.screenshot({ path: '/tmp/amends-mail-in-flagged-1280.png', fullPage: true });
    await row.getByRole('button', { name: 'Run again' }).click();
    await row.waitFor({ state: 'detached', ...WAIT });
    const status = await served.ctx.db
      .selectFrom('inbound_emails')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(status.status, 'received', 'queued for another run');
  });
});
