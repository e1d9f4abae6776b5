import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { listGestureTypes, replaceAuthorityLimits } from '../../src/store/amend-catalogue.store.ts';
import { addCodes } from '../../src/store/amend-code.store.ts';
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

describe('Amends in the console', () => {
  let served: BrowserApp;
  let agent: User;
  let supervisor: User;
  let admin: User;

  before(async () => {
    served = await serveAppWithBrowser();
    agent = await buildUser(served.ctx, { role: 'agent', name: 'Alice Agent' });
    supervisor = await buildUser(served.ctx, { role: 'supervisor', name: 'Sam Supervisor' });
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    const types = await listGestureTypes(served.ctx.db);
    const refund = types.find((type) => type.kind === 'refund')!;
    const coupon = types.find((type) => type.kind === 'coupon')!;
    const limit = (gestureTypeId: string, perGestureMinor: number) => ({
      role: 'agent' as const,
      gestureTypeId,
      currency: 'EUR',
      perGestureMinor,
      perCaseMinor: undefined,
      perAgentMonthMinor: undefined,
    });
    await replaceAuthorityLimits(served.ctx.db, [limit(refund.id, 5000), limit(coupon.id, 2000)], new Date());
    await addCodes(served.ctx.db, coupon.id, ['SORRY-7Q2X'], admin.id, new Date());
  });

  after(() => served?.close());

  it('an agent issues a coupon within the limit, asks for a refund over it, a supervisor approves it live, and the timeline shows both', async () => {
    const customer = await buildCustomer(served.ctx, { name: 'Dana Whitfield' });
    const opened = await buildCase(served.ctx, {
      customerId: customer.id,
      ownerId: agent.id,
      title: 'Vase arrived in pieces, twice',
    });

    // The supervisor watches the approval queue before anything is asked.
    const lead = await newDesk(served.browser);
    await signInThroughForm(lead, served.url, supervisor, '/amends');
    await lead.getByRole('heading', { name: 'Amends to approve' }).waitFor(WAIT);
    await markWindow(lead);

    const desk = await newDesk(served.browser);
    await signInThroughForm(desk, served.url, agent, `/cases/${opened.id}`);
    const card = desk.getByTestId('amends-card');
    await card.getByLabel('Gesture').selectOption({ label: 'Coupon' });
    await card.getByLabel('Amount').fill('15');
    await card.getByLabel('Currency').fill('EUR');
    await card.getByRole('button', { name: 'Issue' }).click();
    await card.locator('[data-testid="gesture"][data-kind="coupon"][data-state="issued"]').waitFor(WAIT);
    await card.getByText('code SORRY-7Q2X').waitFor(WAIT);

    await card.getByLabel('Gesture').selectOption({ label: 'Refund' });
    await card.getByLabel('Amount').fill('80.00');
    await card.getByLabel('Why (for the approver, optional)').fill('Second broken vase in a month');
    await card.getByRole('button', { name: 'Issue' }).click();
    await card
      .getByTestId('offer-outcome')
      .filter({ hasText: 'Asked a supervisor to approve' })
      .waitFor(WAIT);
    await card
      .locator('[data-testid="gesture"][data-kind="refund"][data-state="pending_approval"]')
      .waitFor(WAIT);
    await desk.setViewportSize({ width: 1366, height: 900 });
    await desk.screenshot({ path: '/tmp/amends-case-1366.png', fullPage: true });

    // It reaches the supervisor's queue without a reload; they approve in one click.
    const item = lead.getByTestId('approval-item').filter({ hasText: 'Second broken vase in a month' });
    await item.waitFor(WAIT);
    await item.getByText('€80.00').waitFor(WAIT);
    await lead.setViewportSize({ width: 390, height: 844 });
    await lead.screenshot({ path: '/tmp/amends-queue-390.png', fullPage: true });
    await lead.setViewportSize({ width: 1366, height: 900 });
    await lead.screenshot({ path: '/tmp/amends-queue-1366.png', fullPage: true });
    await item.getByLabel('Reason (needed to decline)').fill('Fair, given the second breakage');
    await item.getByRole('button', { name: 'Approve' }).click();
    await item.waitFor({ state: 'detached', ...WAIT });
    assert.equal(await wasReloaded(lead), false, 'the queue updated live');

    // The agent's card and timeline show the approval live; they record the refund issued by hand.
    const refund = card.locator('[data-testid="gesture"][data-kind="refund"][data-state="approved"]');
    await refund.waitFor(WAIT);
    await refund.getByLabel('Issued by hand: reference').fill('RF-2291');
    await refund.getByRole('button', { name: 'Mark issued' }).click();
    await card.locator('[data-testid="gesture"][data-kind="refund"][data-state="issued"]').waitFor(WAIT);

    const timeline = desk.getByTestId('timeline');
    await timeline
      .locator('[data-kind="amends_issued"]')
      .filter({ hasText: 'Coupon of €15.00' })
      .waitFor(WAIT);
    await timeline
      .locator('[data-kind="amends_requested"]')
      .filter({ hasText: 'Refund of €80.00' })
      .waitFor(WAIT);
    await timeline
      .locator('[data-kind="amends_approved"]')
      .filter({ hasText: 'Sam Supervisor' })
      .waitFor(WAIT);
    await timeline.locator('[data-kind="amends_issued"]').filter({ hasText: 'RF-2291' }).waitFor(WAIT);
    await desk.screenshot({ path: '/tmp/amends-case-issued-1366.png', fullPage: true });
    await desk.setViewportSize({ width: 390, height: 844 });
    await desk.screenshot({ path: '/tmp/amends-case-390.png', fullPage: true });
  });

  it('shows Settings → Amends to an admin at 1366 and 390 px', async () => {
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, admin, '/settings/amends');
    await page.getByRole('heading', { name: 'Catalogue' }).waitFor(WAIT);
    await page.getByRole('heading', { name: 'Authority limits' }).waitFor(WAIT);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: '/tmp/amends-settings-1366.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: '/tmp/amends-settings-390.png', fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the page fits a phone (${width}px wide)`);
  });
});
