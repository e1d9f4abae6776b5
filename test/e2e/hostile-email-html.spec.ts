import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
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

/**
 * A customer's HTML, shown with "Show the whole email", in real Chromium: every way HTML has of
 * running a script or fetching something from elsewhere (a tracking pixel tells the sender when and
 * where the mail was read), aimed at a server of our own that counts what reaches it.
 */
describe('A hostile HTML email in the console', () => {
  let served: BrowserApp;
  let owner: User;
  let mailIn: MailIn;
  let tracker: http.Server;
  const tracked: string[] = [];

  before(async () => {
    tracker = http.createServer((request, response) => {
      tracked.push(request.url ?? '');
      response.end();
    });
    await new Promise<void>((resolve) => tracker.listen(0, '127.0.0.1', resolve));
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'supervisor' });
    mailIn = await startMailIn(served.ctx);
  });
  after(async () => {
    await mailIn?.close();
    await served?.close();
    await new Promise<void>((resolve) => tracker.close(() => resolve()));
  });

  it('runs no script, fetches nothing from elsewhere and nothing of its own server, and still shows the words', async () => {
    const remote = `http://127.0.0.1:${(tracker.address() as AddressInfo).port}`;
    const customer = await buildCustomer(served.ctx, { email: 'mallory@customer.test' });
    const opened = await buildCase(served.ctx, { customerId: customer.id, ownerId: owner.id });
    const html = [
      `<html><head><style>body{background:url(${remote}/style-tag)} p{width:expression(fetch('${remote}/expression'))}</style>`,
      `<script>document.title='owned';fetch('${remote}/script')</script>`,
      `<meta http-equiv="refresh" content="0;url=${remote}/refresh"><link rel="stylesheet" href="${remote}/link">`,
      `<base href="${remote}/"></head><body onload="fetch('${remote}/onload')" background="${remote}/body-background">`,
      '<p>The replacement vase is cracked as well.</p>',
      `<img src="${remote}/pixel.gif" width="1" height="1"><img src="//127.0.0.1:${(tracker.address() as AddressInfo).port}/protocol-relative">`,
      `<img src="x" onerror="fetch('${remote}/onerror')"><img src="/api/v1/auth/csrf?from=relative-image">`,
      `<img srcset="${remote}/srcset 1x"><div style="background-image:url(${remote}/style-attribute)">styled</div>`,
      `<svg><script>fetch('${remote}/svg-script')</script><image href="${remote}/svg-image"/></svg>`,
      `<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' onload='fetch(%22${remote}/svg-data%22)'%3E%3Cimage href='${remote}/svg-data-image'/%3E%3C/svg%3E">`,
      `<iframe src="${remote}/iframe"></iframe><object data="${remote}/object"></object><embed src="${remote}/embed">`,
      `<video poster="${remote}/poster" src="${remote}/video"></video><audio src="${remote}/audio"></audio>`,
      `<table background="${remote}/table-background"><tr><td background="${remote}/cell-background">cell</td></tr></table>`,
      `<form action="${remote}/form"><input type="image" src="${remote}/input-image"></form>`,
      `<a href="javascript:fetch('${remote}/javascript-link')">a link</a>`,
      `<math><mtext><table><mglyph><style><img src=x onerror="fetch('${remote}/mxss')"></style></mglyph></table></mtext></math>`,
      `<noscript><p title="</noscript><img src=x onerror=fetch('${remote}/noscript')>"></noscript>`,
      '</body></html>',
    ].join('\n');
    await mailIn.send(
      [
        'From: Mallory <mallory@customer.test>',
        `To: ${replyAddressFor(served.ctx.linkSecret, served.ctx.replyMailbox, opened.replyKey)}`,
        'Subject: Re: the vase',
        'MIME-Version: 1.0',
        'Content-Type: text/html; charset=utf-8',
        '',
        html,
        '',
      ].join('\r\n'),
    );
    await runJobs(served);

    const page = await newDesk(served.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await signInThroughForm(page, served.url, owner);
    await page.goto(`${served.url}/cases/${opened.id}`);
    const message = page.getByTestId('timeline-event').filter({ hasText: 'The customer wrote' });
    await message.waitFor(WAIT);
    const title = await page.title();
    requested.length = 0;
    await message.getByText('Show the whole email').click();
    const frameElement = message.getByTestId('whole-email').locator('iframe');
    await frameElement.waitFor(WAIT);
    const frame = await (await frameElement.elementHandle())?.contentFrame();
    assert.ok(frame, 'the email is in a frame');
    // The frame's load event comes after every image, style and frame in it has loaded or failed.
    await frame.waitForLoadState('load');
    await frame.getByText('The replacement vase is cracked as well.').waitFor(WAIT);

    assert.deepEqual(tracked, [], 'the mail reached the server it names');
    assert.deepEqual(
      requested.filter((url) => url.startsWith(remote) || url.includes('relative-image')),
      [],
    );
    assert.equal(await page.title(), title, 'a script of the mail renamed the page');
    assert.equal(await frame.evaluate(() => document.scripts.length), 0);
    assert.equal(await frame.locator('img[src^="http"], img[src^="/"], [style], [background]').count(), 0);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: '/tmp/amends-hostile-email-1366.png', fullPage: true });
  });
});
