import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { addCaseNote } from '../../src/app/cases/add-case-note.ts';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { listCaseEvents } from '../../src/app/cases/list-case-events.ts';
import type { Case } from '../../src/core/case/case.ts';
import type { Actor, User } from '../../src/core/team/user.ts';
import {
  type BrowserApp,
  markWindow,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
  wasReloaded,
} from '../support/browser.ts';
import { buildCase, buildUser, RESOLUTION } from '../support/factories.ts';
import { statusPathOf, writeToCustomer } from '../support/status-page.ts';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

describe('The case status page in a browser', () => {
  let served: BrowserApp;
  let maya: User;
  let mayaActs: Actor;

  before(async () => {
    served = await serveAppWithBrowser();
    maya = await buildUser(served.ctx, { name: 'Maya Lind', email: 'maya@example.test' });
    mayaActs = { userId: maya.id, role: maya.role, via: 'session' };
  });
  after(() => served?.close());

  /** A customer's phone: its own profile, scripts on or off. */
  async function customerPhone(javaScriptEnabled = true): Promise<Page> {
    const context = await served.browser.newContext({ viewport: PHONE, javaScriptEnabled });
    return context.newPage();
  }

  async function newCase(title: string): Promise<{ opened: Case; url: string }> {
    const opened = await buildCase(served.ctx, {
      ownerId: maya.id,
      title,
      story: 'The parcel arrived crushed and the vase inside was in pieces.',
    });
    return { opened, url: `${served.url}${await statusPathOf(served.ctx, opened.id)}` };
  }

  const messages = (page: Page) => page.getByTestId('message');

  it('shows the owner’s message and the new status live, without a reload, and never a note', async () => {
    const { opened, url } = await newCase('Vase arrived broken');
    const page = await customerPhone();
    await page.goto(url);
    await page.getByRole('heading', { name: 'Vase arrived broken' }).waitFor(WAIT);
    assert.equal(await page.getByTestId('case-status').textContent(), 'Received');
    await markWindow(page);

    await addCaseNote(served.ctx, mayaActs, opened.id, { body: 'NOTE: offer a 20% voucher' });
    await writeToCustomer(served.ctx, opened.id, maya.id, 'So sorry! A new vase ships today.');
    await messages(page).filter({ hasText: 'A new vase ships today.' }).waitFor(WAIT);
    assert.match(
      await messages(page).first().innerText(),
      /^Maya · .+\n+So sorry! A new vase ships today\.$/,
    );
    // Said to a screen reader too, in a polite live region.
    const news = page.locator('#live-news[role="status"]');
    await news.filter({ hasText: 'New message from Maya.' }).waitFor({ ...WAIT, state: 'attached' });

    await changeCaseStatus(served.ctx, mayaActs, opened.id, { status: 'acknowledged' });
    await page.getByTestId('case-status').filter({ hasText: 'We’re on it' }).waitFor(WAIT);
    assert.equal(await wasReloaded(page), false, 'the page updated in place');
    assert.ok(!(await page.content()).includes('20% voucher'), 'the note never reaches the page');
    await page.context().close();
  });

  it('shows a reply from the customer’s phone live in their other tab and on the owner’s console', async () => {
    const { opened, url } = await newCase('Charged twice');
    const owner = await newDesk(served.browser);
    await signInThroughForm(owner, served.url, maya, `/cases/${opened.id}`);
    await owner.getByTestId('case-page').waitFor(WAIT);
    const phone = await customerPhone();
    const otherTab = await phone.context().newPage();
    await otherTab.goto(url);
    await otherTab.getByRole('heading', { name: 'Charged twice' }).waitFor(WAIT);
    await markWindow(otherTab);

    await phone.goto(url);
    await phone.getByLabel('Write to us').fill('Still two charges on my card. <b>Please</b> help.');
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByTestId('sent-notice').waitFor(WAIT);

    await messages(otherTab)
      .filter({ hasText: 'Still two charges on my card. <b>Please</b> help.' })
      .waitFor(WAIT);
    assert.equal(await wasReloaded(otherTab), false);
    await owner
      .getByTestId('timeline-event')
      .filter({ hasText: 'Still two charges on my card. <b>Please</b> help.' })
      .waitFor(WAIT);
    await phone.context().close();
    await owner.context().close();
  });

  it('takes a reply with scripts off: the form posts, and the page shows it with a notice; a resolved case reopens', async () => {
    const { opened, url } = await newCase('Furnace still cold');
    await changeCaseStatus(served.ctx, mayaActs, opened.id, { status: 'resolved', resolution: RESOLUTION });
    const page = await customerPhone(false);
    await page.goto(url);
    assert.equal(await page.getByTestId('case-status').textContent(), 'Resolved');

    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('alert').filter({ hasText: 'Write your message first' }).waitFor(WAIT);
    assert.equal(await page.getByLabel('Write to us').getAttribute('aria-invalid'), 'true');

    await page.getByLabel('Write to us').fill('It went out again last night.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('sent-notice').waitFor(WAIT);
    assert.match(await messages(page).first().innerText(), /^You · .+ UTC\n+It went out again last night\.$/);
    assert.equal(await page.getByTestId('case-status').textContent(), 'Received', 'reopened');
    const written = (await listCaseEvents(served.ctx, opened.id, { limit: 100 })).filter(
      (event) => event.kind === 'message_in',
    );
    assert.deepEqual(
      written.map((event) => [event.body, event.data]),
      [['It went out again last night.', { channel: 'status_page' }]],
    );
    await page.context().close();
  });

  it('issues a new link from the console: the customer’s open page says the old link no longer works', async () => {
    const { opened, url } = await newCase('Wrong size delivered');
    const customer = await customerPhone();
    await customer.goto(url);
    await customer.getByRole('heading', { name: 'Wrong size delivered' }).waitFor(WAIT);

    const owner = await newDesk(served.browser);
    await signInThroughForm(owner, served.url, maya, `/cases/${opened.id}`);
    const link = owner.getByLabel('Status page link');
    assert.equal(await link.inputValue(), url);
    await owner.getByRole('button', { name: 'Issue a new status link' }).click();
    await owner.getByRole('button', { name: 'Keep the current link' }).click();
    assert.equal(await link.inputValue(), url, 'keeping it changes nothing');
    await owner.getByRole('button', { name: 'Issue a new status link' }).click();
    await owner.getByRole('button', { name: 'Issue the new link' }).click();
    await owner.getByRole('status').filter({ hasText: 'New link issued' }).waitFor(WAIT);
    await owner.waitForFunction(
      (old) => (document.querySelector('textarea[readonly]') as HTMLTextAreaElement | null)?.value !== old,
      url,
      WAIT,
    );
    const fresh = await link.inputValue();
    assert.match(fresh, /\/s\/[0-9a-f]{32}\./);

    await customer.getByRole('heading', { name: 'This link no longer works' }).waitFor(WAIT);
    await customer.goto(fresh);
    await customer.getByRole('heading', { name: 'Wrong size delivered' }).waitFor(WAIT);
    await customer.context().close();
    await owner.context().close();
  });

  it('reads well at 1366 px and 390 px (screenshots in /tmp), and on the console’s case page', async () => {
    const { opened, url } = await newCase('Vase arrived broken, and the replacement too');
    await writeToCustomer(
      served.ctx,
      opened.id,
      maya.id,
      'I am so sorry the vase arrived broken. A new one ships today by courier; I will write again when it is on its way.',
    );
    const reply = await fetch(`${url}/reply`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ message: 'Thank you, Maya.\nPlease ring the bell twice: it is quiet.' }),
      redirect: 'manual',
    });
    assert.equal(reply.status, 303);
    await changeCaseStatus(served.ctx, mayaActs, opened.id, { status: 'acknowledged' });
    for (const [name, viewport] of [
      ['390', PHONE],
      ['1366', LAPTOP],
    ] as const) {
      const context = await served.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(url);
      await messages(page).first().waitFor(WAIT);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= viewport.width, `no sideways scrolling at ${name} px (${width})`);
      // On a phone the page is the card: no frame of its own around the messages' boxes.
      const frame = await page.locator('main > .card').evaluate((card) => {
        const style = getComputedStyle(card);
        return {
          shadow: style.boxShadow,
          card: style.backgroundColor,
          page: getComputedStyle(document.body).backgroundColor,
        };
      });
      if (name === '390') {
        assert.equal(frame.shadow, 'none', 'no shadow framing the page on a phone');
        assert.equal(frame.card, frame.page, 'the card is the page’s own colour on a phone');
      } else {
        assert.notEqual(frame.shadow, 'none', 'on a laptop the page stays a card');
        assert.notEqual(frame.card, frame.page, 'on a laptop the card stands out from the page');
      }
      await page.screenshot({ path: `/tmp/amends-status-page-${name}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByRole('alert').waitFor(WAIT);
      await page.screenshot({ path: `/tmp/amends-status-page-refused-${name}.png`, fullPage: true });
      await signInThroughForm(page, served.url, maya, `/cases/${opened.id}`);
      await page.getByLabel('Status page link').waitFor(WAIT);
      await page.getByRole('heading', { name: 'Customer’s status page' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/amends-case-status-link-${name}.png`, fullPage: true });
      await context.close();
    }
  });
});
