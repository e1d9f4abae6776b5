import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getCase } from '../../src/app/cases/get-case.ts';
import { upsertCustomer } from '../../src/app/customers/upsert-customer.ts';
import { makePromise } from '../../src/app/promises/make-promise.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import { firstStatedDate } from '../../src/core/promise/promise-date.ts';
import { promiseSentence } from '../../src/core/promise/promise-words.ts';
import type { User } from '../../src/core/team/user.ts';
import { dueTimeText } from '../../src/core/time/customer-time.ts';
import { listCaseTimers } from '../../src/store/case-timer.store.ts';
import { type BrowserApp, serveAppWithBrowser, signInThroughForm, WAIT } from '../support/browser.ts';
import { buildCase, buildUser } from '../support/factories.ts';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1366, height: 900 };

describe('A promise made in a message reaches the customer’s status page', () => {
  let served: BrowserApp;
  let owner: User;
  before(async () => {
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'agent', name: 'Owen Park' });
  });
  after(() => served?.close());

  it('the owner writes a date, makes it a promise with the message, and the status page (without scripts) says it in plain words', async () => {
    const { customer } = await upsertCustomer(served.ctx, undefined, {
      name: 'Rita Moreno',
      emails: ['rita.moreno@example.test'],
    });
    const opened = await buildCase(served.ctx, {
      customerId: customer.id,
      ownerId: owner.id,
      title: 'Refund never arrived',
    });
    // The console reads "Friday" in its own zone; the business's hours are in UTC: the same here.
    const desk = await (await served.browser.newContext({ viewport: DESK, timezoneId: 'UTC' })).newPage();
    await signInThroughForm(desk, served.url, owner, `/cases/${opened.id}`);
    await desk.getByRole('heading', { level: 1, name: 'Refund never arrived' }).waitFor(WAIT);

    const text = 'Hello Rita,\n\nI am so sorry. We will refund your order by Friday.\n\nOwen';
    await desk.getByLabel(/^Message to Rita Moreno/).fill(text);
    const offer = desk.getByTestId('promise-offer');
    await offer.waitFor(WAIT);
    const stated = firstStatedDate(text, new Date(), 'UTC');
    assert.ok(stated);
    await desk.getByTestId('make-promise').check();
    assert.match((await offer.textContent()) ?? '', /Make this a promise: “Friday” — Friday \d/);
    assert.equal(await desk.getByLabel('What we promise').first().inputValue(), 'refund your order');
    await offer.screenshot({ path: '/tmp/amends-promises-composer-offer-1366.png' });
    await desk.setViewportSize(PHONE);
    await offer.screenshot({ path: '/tmp/amends-promises-composer-offer-390.png' });
    await desk.setViewportSize(DESK);
    await desk.getByRole('button', { name: 'Send and make the promise' }).click();

    const promise = desk.getByTestId('promises').locator('[data-testid="promise"][data-state="open"]');
    await promise.waitFor(WAIT);
    assert.equal(await promise.getByTestId('promise-what').textContent(), 'refund your order');
    await desk.locator('[data-testid="timeline-event"][data-kind="promise_made"]').waitFor(WAIT);
    await desk.locator('[data-testid="timeline-event"][data-kind="message_out"]').waitFor(WAIT);
    await desk.screenshot({ path: '/tmp/amends-promises-case-1366.png', fullPage: true });
    await desk.setViewportSize(PHONE);
    await promise.scrollIntoViewIfNeeded();
    await desk.screenshot({ path: '/tmp/amends-promises-case-390.png', fullPage: true });

    const statusUrl = (await getCase(served.ctx, opened.id)).statusPageUrl;
    const words = promiseSentence(
      { what: 'refund your order', dueAt: stated.at, confidence: 'certain' },
      'UTC',
      new Date(),
    );
    for (const viewport of [PHONE, DESK]) {
      const context = await served.browser.newContext({ viewport, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(statusUrl);
      const shown = page.getByTestId('promise');
      await shown.waitFor(WAIT);
      assert.equal(
        (await shown.textContent())?.trim(),
        `${words.lead} ${words.what} ${words.date}`,
        'the promise in plain words',
      );
      assert.match(words.date, /^by Friday \d{1,2} [A-Z][a-z]+( \d{4})?\.$/);
      // The message acknowledged the case: the update clock runs from it, and the customer is told when.
      const nextUpdate = (await getCase(served.ctx, opened.id)).case.clocks.updateDueAt;
      assert.ok(nextUpdate, 'the update clock runs');
      assert.equal(
        (await page.getByTestId('next-update-by').textContent())?.trim(),
        `Next update by ${dueTimeText(nextUpdate, 'UTC')}, sooner if there is news.`,
      );
      await page.screenshot({ path: `/tmp/amends-promises-status-${viewport.width}.png`, fullPage: true });
      await context.close();
    }
  });

  it('the owner’s console alerts them live when a promise is at risk, and when it broke by itself', async () => {
    const opened = await buildCase(served.ctx, { ownerId: owner.id, title: 'Chair never delivered' });
    const desk = await (await served.browser.newContext({ viewport: DESK })).newPage();
    await signInThroughForm(desk, served.url, owner, '/');
    const actor = { userId: owner.id, role: owner.role, via: 'session' as const };
    const { promise } = await makePromise(served.ctx, actor, opened.id, {
      what: 'deliver the chair',
      dueAt: new Date(Date.now() + 1500),
      confidence: 'certain',
      customerVisible: true,
    });
    const timers = (await listCaseTimers(served.ctx.db, opened.id)).filter((x) => x.subjectId === promise.id);
    // What the worker does at each timer's due time (this app runs no worker): fire it, once due.
    const fireWhenDue = async (kind: string) => {
      const timer = timers.find((x) => x.kind === kind);
      assert.ok(timer);
      const deadline = Date.now() + 10_000;
      while (!(await fireCaseTimer(served.ctx, timer.id))) {
        assert.ok(Date.now() < deadline, `${kind} never fired`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await fireWhenDue('promise_at_risk');
    await desk
      .locator('[data-testid="promise-alert"][data-state="at_risk"]')
      .filter({ hasText: `A promise is at risk on case #${opened.number}` })
      .waitFor(WAIT);
    await fireWhenDue('promise_due');
    const broken = desk.locator('[data-testid="promise-alert"][data-state="broken"]');
    await broken.waitFor(WAIT);
    await desk.screenshot({ path: '/tmp/amends-promise-alerts-1366.png' });
    await broken.filter({ hasText: `A promise broke on case #${opened.number}` }).waitFor(WAIT);
    await broken.getByRole('link', { name: `Open case #${opened.number}` }).click();
    await desk.getByRole('heading', { level: 1, name: 'Chair never delivered' }).waitFor(WAIT);
    await desk.getByTestId('promises').getByText('Earlier promises (1)').click();
    await desk.locator('[data-testid="promise"][data-state="broken"]').waitFor(WAIT);
  });
});
