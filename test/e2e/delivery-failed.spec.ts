import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { createMailer } from '../../src/mail/out/mailer.ts';
import { queueOutboundEmails } from '../../src/store/outbound-email.store.ts';
import {
  type BrowserApp,
  markWindow,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
  wasReloaded,
} from '../support/browser.ts';
import { buildCase, buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';

describe('A mail about a case that could not be delivered', () => {
  let served: BrowserApp;
  let owner: User;
  let peer: SmtpPeer;

  before(async () => {
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'agent', name: 'Olive Owner' });
    peer = await startSmtpPeer();
  });
  after(async () => {
    await peer?.close();
    await served?.close();
  });

  it("shows on the case's timeline, live, with the address and the server's answer", async () => {
    const opened = await buildCase(served.ctx, { ownerId: owner.id, title: 'Boiler still cold' });
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, owner, `/cases/${opened.id}`);
    await page.getByRole('heading', { level: 1, name: 'Boiler still cold' }).waitFor(WAIT);
    await markWindow(page);

    await served.ctx.db.transaction().execute((trx) =>
      queueOutboundEmails(trx, [
        {
          intentKey: `case-alert:${opened.id}:${owner.id}`,
          kind: 'case-alert',
          toAddress: owner.email,
          blastId: undefined,
          ratingRequestId: undefined,
          caseId: opened.id,
          createdAt: new Date(),
        },
      ]),
    );
    // The owner's mail server refuses the message for good.
    peer.refuseData(owner.email, 554);
    const mailer = createMailer({
      smtpUrl: peer.url,
      from: { name: 'Amends', address: 'alerts@shop.example' },
    });
    try {
      await runJobs(served, mailer);
    } finally {
      await mailer.close();
    }

    const event = page.locator('[data-kind="delivery_failed"]');
    await event.waitFor(WAIT);
    const text = (await event.textContent()) ?? '';
    assert.match(text, new RegExp(`A mail to ${owner.email.replace(/[.+]/g, '\\$&')} was not delivered`));
    assert.match(text, /554/);
    assert.equal(await wasReloaded(page), false, 'it arrived without a reload');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: '/tmp/delivery-failed.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await event.waitFor(WAIT);
    await page.screenshot({ path: '/tmp/delivery-failed-390.png', fullPage: true });
    assert.equal(
      await page.evaluate(() => document.documentElement.scrollWidth),
      390,
      'the long address wraps: the page is no wider than the phone',
    );
  });
});
