import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { markCaseSeen } from '../../src/app/cases/mark-case-seen.ts';
import { upsertCustomer } from '../../src/app/customers/upsert-customer.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import type { Actor, User } from '../../src/core/team/user.ts';
import { findCasePolicy, updateCasePolicy } from '../../src/store/case-policy.store.ts';
import { listCaseTimers } from '../../src/store/case-timer.store.ts';
import { findAccessibilityViolations } from '../support/axe.ts';
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
import { statusPathOf } from '../support/status-page.ts';

/**
 * The clocks as everyone sees them, with a short policy (high: update every minute, wall time, with a
 * holding message) so the void timer can run out: the case is opened and acknowledged two minutes
 * ago, and the test fires its timer as the worker would at the due time.
 */
describe('Clocks and the void timer in the console', () => {
  let served: BrowserApp;
  let owner: User;
  let asOwner: Actor;
  before(async () => {
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'agent', name: 'Owen Owner' });
    asOwner = { userId: owner.id, role: 'agent', via: 'session' };
    const high = await findCasePolicy(served.ctx.db, 'high');
    await updateCasePolicy(
      served.ctx.db,
      { ...high, updateEvery: { minutes: 1, business: false }, holdingMessage: true },
      { userId: undefined, now: new Date() },
    );
  });
  after(() => served?.close());

  it('shows each case’s countdown, a breached clock unmistakably, and nudges the owner live when the void timer fires', async () => {
    const twoMinutesAgo = new Date(Date.now() - 2 * 60_000);
    const past = { ...served.ctx, now: () => twoMinutesAgo };
    const { customer } = await upsertCustomer(served.ctx, undefined, {
      name: 'Greta Gray',
      emails: ['greta@example.test'],
      attributes: { timeZone: 'Europe/Berlin' },
    });
    const silent = await buildCase(past, {
      ownerId: owner.id,
      customerId: customer.id,
      severity: 'high',
      title: 'Vase arrived in pieces',
    });
    await changeCaseStatus(past, asOwner, silent.id, { status: 'acknowledged' });
    const fresh = await buildCase(served.ctx, {
      ownerId: owner.id,
      severity: 'normal',
      title: 'Invoice twice',
    });
    for (const c of [silent, fresh]) await markCaseSeen(served.ctx, asOwner, c.id);

    // axe-core is injected as an inline script, which our Content-Security-Policy forbids.
    const page = await (
      await served.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
    ).newPage();
    await signInThroughForm(page, served.url, owner);
    await markWindow(page);

    // The inbox: the silent case's update clock ran out a minute ago — first, and in words and sign.
    const rows = page.getByTestId('inbox-row');
    await rows.first().waitFor(WAIT);
    assert.equal(
      await rows.first().getAttribute('data-case-id'),
      silent.id,
      'the clock that broke comes first',
    );
    const silentClock = page.locator(
      `[data-testid="inbox-row"][data-case-id="${silent.id}"] [data-testid="clock"]`,
    );
    await silentClock.filter({ hasText: /^⚠ update overdue by 1 min$/ }).waitFor(WAIT);
    assert.equal(await silentClock.getAttribute('data-state'), 'breached');
    const freshClock = page.locator(
      `[data-testid="inbox-row"][data-case-id="${fresh.id}"] [data-testid="clock"]`,
    );
    assert.match((await freshClock.textContent()) ?? '', /^acknowledge in \d/);
    await screenshots(page, 'inbox-breached');
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the breached clock keeps AA contrast');

    // The worker fires the void timer: the owner's nudge arrives live, and the inbox follows (the
    // holding message restarted the update clock: no longer overdue).
    const nudge = page.locator(`[data-testid="update-nudge"][data-case-id="${silent.id}"]`);
    assert.equal(await nudge.count(), 0, 'no nudge before the timer fires');
    const timer = (await listCaseTimers(served.ctx.db, silent.id)).find((x) => x.kind === 'update_due');
    assert.ok(timer);
    assert.equal(await fireCaseTimer(served.ctx, timer.id), true);
    await nudge.filter({ hasText: 'No update to Greta Gray for 1 minute: send one now' }).waitFor(WAIT);
    await page
      .locator(
        `[data-testid="inbox-row"][data-case-id="${silent.id}"] [data-testid="clock"]:not([data-state="breached"])`,
      )
      .waitFor(WAIT);
    assert.equal(await wasReloaded(page), false, 'nudge and inbox came live, without a reload');

    // Across a reload the nudge stays: it goes only when a person writes to the customer.
    await page.reload();
    await nudge.waitFor(WAIT);
    await screenshots(page, 'inbox-nudged');
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the nudge keeps AA contrast');

    // Its link opens the case with the composer on the update draft, and the case page shows each clock.
    await nudge.getByRole('link').click();
    await page.getByTestId('case-clocks').waitFor(WAIT);
    const box = page.getByLabel(/Message to Greta Gray/);
    await page.waitForFunction(
      () =>
        (document.getElementById('message-text') as HTMLTextAreaElement | null)?.value.includes(
          'Here is where things stand',
        ),
      undefined,
      WAIT,
    );
    assert.match(await box.inputValue(), /Hello Greta,/);
    await page.getByTestId('update-nudge-banner').waitFor(WAIT);
    assert.equal(await nudge.count(), 0, 'the case page says it once: the banner, not the alert too');
    const updateClock = page.getByTestId('case-clock-update');
    assert.match((await updateClock.textContent()) ?? '', /Any message to the customer restarts it/);
    assert.match((await updateClock.textContent()) ?? '', /every 1 minute round the clock/);
    assert.match(
      (await page.getByTestId('case-clock-acknowledge').textContent()) ?? '',
      /Stopped: acknowledged/,
    );
    // The holding message Amends sent is on the timeline.
    await page
      .getByText(/No news yet, but your case has not been forgotten/)
      .first()
      .waitFor(WAIT);
    await screenshots(page, 'case-clocks');
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the case page with its clocks and banner');

    // Sending the update ends the nudge, live.
    await box.fill('Hello Greta, a new vase ships today; tracking follows by tomorrow noon.');
    await page.getByRole('button', { name: 'Send to customer' }).click();
    await page.getByTestId('update-nudge-banner').waitFor({ state: 'detached', ...WAIT });
    await page.getByRole('link', { name: 'Inbox', exact: true }).first().click();
    await rows.first().waitFor(WAIT);
    await nudge.waitFor({ state: 'detached', ...WAIT });
    await page.reload();
    await rows.first().waitFor(WAIT);
    assert.equal(await nudge.count(), 0, 'and stays gone after a reload');

    // The customer's status page: next update by …, in their own zone.
    const status = await newDesk(served.browser);
    await status.goto(`${served.url}${await statusPathOf(served.ctx, silent.id)}`);
    const line = status.getByTestId('next-update-by');
    await line.waitFor(WAIT);
    assert.match(
      (await line.textContent()) ?? '',
      /^Next update by \w+ \d+ \w+ at \d\d:\d\d \(Central European Standard Time\)/,
    );
    await screenshots(status, 'status-next-update');
  });
});

/** The screen at a laptop's width and a phone's, for a person to look at (/tmp/clocks-helper-*.png). */
async function screenshots(page: import('playwright-core').Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/clocks-helper-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
