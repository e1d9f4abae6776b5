import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { requestGesture } from '../../src/app/amends/request-gesture.ts';
import { ensureDefaultSurvey } from '../../src/app/surveys/ensure-default-survey.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import type { User } from '../../src/core/team/user.ts';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import {
  listAuthorityLimits,
  listGestureTypes,
  replaceAuthorityLimits,
  replaceTeamBudgets,
  saveGestureType,
} from '../../src/store/amend-catalogue.store.ts';
import { addCodes } from '../../src/store/amend-code.store.ts';
import { listCaseTimers } from '../../src/store/case-timer.store.ts';
import {
  type BrowserApp,
  markWindow,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
  wasReloaded,
} from '../support/browser.ts';
import { buildCase, buildCustomer, buildTeam, buildUser, RESOLUTION } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';

/**
 * The reason field and the buttons beside it: each button as tall as the field, and, where a button
 * shares the field's line, on the same bottom edge (within 2 px).
 */
async function assertDecisionRowAligned(item: Locator, label: string): Promise<void> {
  const field = await item.getByLabel('Reason (needed to decline)').boundingBox();
  assert.ok(field, `${label}: the reason field is shown`);
  const buttons = item.locator('.approval-actions > button');
  const boxes = await Promise.all((await buttons.all()).map((button) => button.boundingBox()));
  assert.ok(boxes.length > 0 && boxes.every(Boolean), `${label}: buttons shown`);
  const bottoms = boxes.map((box) => box!.y + box!.height);
  for (const box of boxes) {
    assert.ok(
      Math.abs(box!.height - field.height) <= 2,
      `${label}: ${box!.height} px tall as the field's ${field.height}`,
    );
    const bottom = box!.y + box!.height;
    assert.ok(
      Math.abs(bottom - bottoms[0]!) <= 2,
      `${label}: the buttons share one bottom edge (${bottoms})`,
    );
    const beside = box!.y < field.y + field.height;
    if (beside)
      assert.ok(
        Math.abs(bottom - (field.y + field.height)) <= 2,
        `${label}: a button beside the field sits on its line`,
      );
  }
}

describe('Amends in the console', () => {
  let served: BrowserApp;
  let agent: User;
  let supervisor: User;
  let admin: User;
  let peer: SmtpPeer;
  let mailer: Mailer;
  let teamId: string;

  before(async () => {
    served = await serveAppWithBrowser();
    await ensureDefaultSurvey(served.ctx);
    peer = await startSmtpPeer();
    mailer = createMailer({ smtpUrl: peer.url, from: { name: 'Shop', address: 'care@shop.test' } });
    teamId = (await buildTeam(served.ctx, 'Care desk')).id;
    agent = await buildUser(served.ctx, { role: 'agent', name: 'Alice Agent', teamIds: [teamId] });
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
    await replaceTeamBudgets(served.ctx.db, [{ teamId, currency: 'EUR', monthlyMinor: 50000 }], new Date());
  });

  after(async () => {
    await mailer?.close();
    await peer?.close();
    await served?.close();
  });

  it('an agent issues a coupon within the limit, asks for a refund over it, a supervisor approves it live, and the status page, the customer’s history and the follow-up name the amends', async () => {
    const customer = await buildCustomer(served.ctx, { name: 'Dana Whitfield', email: 'dana@customer.test' });
    const opened = await buildCase(served.ctx, {
      customerId: customer.id,
      ownerId: agent.id,
      teamId,
      title: 'Vase arrived in pieces, twice',
    });

    // The supervisor watches the approval queue before anything is asked.
    const lead = await newDesk(served.browser);
    await signInThroughForm(lead, served.url, supervisor, '/amends');
    await lead.getByRole('heading', { name: 'Amends to approve' }).waitFor(WAIT);
    const budget = lead.getByTestId('team-budget');
    await budget.filter({ hasText: 'Care desk: €0.00 spent of €500.00 (€500.00 left)' }).waitFor(WAIT);
    await markWindow(lead);

    const desk = await newDesk(served.browser);
    await signInThroughForm(desk, served.url, agent, `/cases/${opened.id}`);
    const card = desk.getByTestId('amends-card');
    await card.getByLabel('Gesture').selectOption({ label: 'Coupon' });
    await card.getByLabel('Amount').fill('15');
    await card.getByLabel('Currency').fill('EUR');
    // Before clicking, the agent sees what they can still give here without asking.
    await card
      .getByTestId('amends-room')
      .filter({ hasText: 'You can still give up to €20.00 here without approval.' })
      .waitFor(WAIT);
    await card.getByRole('button', { name: 'Issue' }).click();
    await card.locator('[data-testid="gesture"][data-kind="coupon"][data-state="issued"]').waitFor(WAIT);
    await card.getByText('code SORRY-7Q2X').waitFor(WAIT);

    await card.getByLabel('Gesture').selectOption({ label: 'Refund' });
    await card
      .getByTestId('amends-room')
      .filter({ hasText: 'You can still give up to €50.00 here without approval.' })
      .waitFor(WAIT);
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
    // The team's budget used so far, live: the coupon counts; the refund will once approved.
    await budget.filter({ hasText: 'Care desk: €15.00 spent of €500.00 (€485.00 left)' }).waitFor(WAIT);
    await lead.setViewportSize({ width: 390, height: 844 });
    await assertDecisionRowAligned(item, '390 px');
    await lead.screenshot({ path: '/tmp/amends-queue-390.png', fullPage: true });
    await lead.setViewportSize({ width: 1366, height: 900 });
    await assertDecisionRowAligned(item, '1366 px');
    // On a laptop all three share one line.
    const approveBox = await item.getByRole('button', { name: 'Approve' }).boundingBox();
    const fieldBox = await item.getByLabel('Reason (needed to decline)').boundingBox();
    assert.ok(
      approveBox && fieldBox && approveBox.y < fieldBox.y + fieldBox.height,
      'Approve beside the field',
    );
    await lead.screenshot({ path: '/tmp/amends-queue-1366.png', fullPage: true });
    await item.getByLabel('Reason (needed to decline)').fill('Fair, given the second breakage');
    await item.getByRole('button', { name: 'Approve' }).click();
    await item.waitFor({ state: 'detached', ...WAIT });
    await budget.filter({ hasText: 'Care desk: €95.00 spent of €500.00 (€405.00 left)' }).waitFor(WAIT);
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
    await desk.setViewportSize({ width: 1366, height: 900 });

    // The customer's status page, at the address the case gives, names both amends.
    const read = await desk.request.get(`${served.url}/api/v1/cases/${opened.id}`);
    assert.equal(read.status(), 200, await read.text());
    const { statusPageUrl } = (await read.json()) as { statusPageUrl: string };
    const phone = await newDesk(served.browser);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(statusPageUrl);
    const madeRight = phone.getByText('To make it right, we have:');
    await madeRight.waitFor(WAIT);
    await phone.getByText('sent you a coupon worth €15.00 (code SORRY-7Q2X)').waitFor(WAIT);
    await phone.getByText('refunded €80.00').waitFor(WAIT);
    await phone.screenshot({ path: '/tmp/amends-status-page-390.png', fullPage: true });

    // The customer's history in the console lists both gestures with their case.
    await desk.goto(`${served.url}/customers/${customer.id}`);
    const inHistory = desk.getByTestId('story-amends');
    await inHistory.filter({ hasText: 'Coupon' }).filter({ hasText: '€15.00' }).waitFor(WAIT);
    const refundInHistory = inHistory.filter({ hasText: '€80.00' });
    await refundInHistory.waitFor(WAIT);
    assert.equal(await refundInHistory.getAttribute('data-state'), 'issued');
    await refundInHistory.getByRole('link', { name: `case #${opened.number}` }).waitFor(WAIT);
    assert.match((await desk.getByTestId('story-summary').innerText()) ?? '', /2 amends given/);
    await desk.screenshot({ path: '/tmp/amends-customer-history-1366.png', fullPage: true });
    await desk.setViewportSize({ width: 390, height: 844 });
    await desk.screenshot({ path: '/tmp/amends-customer-history-390.png', fullPage: true });
    await desk.setViewportSize({ width: 1366, height: 900 });

    // The owner resolves the case in the resolve dialog; no prompt about amends, as some were made.
    await refundInHistory.getByRole('link', { name: `case #${opened.number}` }).click();
    await desk.getByRole('button', { name: 'Resolve', exact: true }).click();
    const dialog = desk.getByRole('dialog', { name: `Resolve case #${opened.number}` });
    await dialog.waitFor(WAIT);
    await dialog.getByLabel('What went wrong').fill(RESOLUTION.whatWentWrong);
    await dialog.getByLabel('How it was fixed').fill(RESOLUTION.howFixed);
    await dialog.getByLabel("Why it won't happen again").fill(RESOLUTION.whyNotAgain);
    assert.equal(await dialog.getByTestId('amends-resolve-prompt').count(), 0, 'amends were made: no prompt');
    // The resolution message, drafted from the three parts, names the amends made.
    await dialog.getByRole('button', { name: 'Draft the message from the three parts' }).click();
    const named =
      'To make it right, we sent you a coupon worth €15.00 (code SORRY-7Q2X) and refunded €80.00.';
    await desk.waitForFunction(
      (text) =>
        (document.getElementById('resolve-message-text') as HTMLTextAreaElement | null)?.value.includes(text),
      named,
      WAIT,
    );
    await dialog.getByRole('button', { name: 'Resolve and send' }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    await desk.locator('.case-badges').getByText('Resolved').waitFor(WAIT);

    // Its follow-up falls due (the clock moved past the timer); it and the resolution message go out
    // through a real SMTP peer, and both name the amends made.
    const timer = (await listCaseTimers(served.ctx.db, opened.id)).find((x) => x.kind === 'follow_up_due');
    assert.ok(timer, 'the follow-up is timed');
    const realNow = served.ctx.now;
    served.ctx.now = () => new Date(timer.dueAt.getTime() + 1000);
    try {
      assert.equal(await fireCaseTimer(served.ctx, timer.id), true, 'the follow-up fired');
    } finally {
      served.ctx.now = realNow;
    }
    await runJobs(served, mailer);
    const resolution = peer.received.find((mail) => mail.parsed.subject?.startsWith('Your case is resolved'));
    assert.ok(resolution, `the resolution arrived (got: ${peer.received.map((m) => m.parsed.subject)})`);
    assert.ok((resolution.parsed.text ?? '').includes(named), resolution.parsed.text);
    const followUp = peer.received.find(
      (mail) => mail.parsed.subject === `How are things since we resolved your case? [#${opened.number}]`,
    );
    assert.ok(followUp, `the follow-up arrived (got: ${peer.received.map((m) => m.parsed.subject)})`);
    assert.deepEqual(followUp.envelopeTo, ['dana@customer.test']);
    const text = followUp.parsed.text ?? '';
    assert.match(text, /To make it right, we /);
    assert.ok(text.includes('sent you a coupon worth €15.00 (code SORRY-7Q2X)'), text);
    assert.ok(text.includes('refunded €80.00'), text);
  });

  it('shows a supervisor beforehand a request beyond their own authority, with Decline only', async () => {
    const types = await listGestureTypes(served.ctx.db);
    const refund = types.find((type) => type.kind === 'refund')!;
    await replaceAuthorityLimits(
      served.ctx.db,
      [
        { role: 'agent' as const, gestureTypeId: refund.id, currency: 'EUR', perGestureMinor: 5000 },
        { role: 'supervisor' as const, gestureTypeId: refund.id, currency: 'EUR', perGestureMinor: 10000 },
      ].map((limit) => ({ ...limit, perCaseMinor: undefined, perAgentMonthMinor: undefined })),
      new Date(),
    );
    const customer = await buildCustomer(served.ctx, { name: 'Bo Big', email: 'bo@customer.test' });
    const opened = await buildCase(served.ctx, { ownerId: agent.id, customerId: customer.id, teamId });
    const { gesture } = await requestGesture(
      served.ctx,
      { userId: agent.id, role: 'agent', via: 'session' },
      opened.id,
      {
        gestureTypeId: refund.id,
        amountMinor: 15000,
        currency: 'EUR',
        reason: 'The whole order, twice late',
        reference: undefined,
        idempotencyKey: 'beyond-authority-e2e',
      },
    );
    assert.equal(gesture.state, 'pending_approval');

    const lead = await newDesk(served.browser);
    await signInThroughForm(lead, served.url, supervisor, '/amends');
    const item = lead.getByTestId('approval-item').filter({ hasText: 'The whole order, twice late' });
    await item
      .getByTestId('beyond-your-authority')
      .filter({ hasText: '€150.00 is above the €100.00 a supervisor may approve for one gesture' })
      .waitFor(WAIT);
    assert.equal(await item.getByRole('button', { name: 'Approve' }).count(), 0, 'no Approve to click');
    await item.getByRole('button', { name: 'Decline' }).waitFor(WAIT);
    await assertDecisionRowAligned(item, 'Decline only');

    const desk = await newDesk(served.browser);
    await signInThroughForm(desk, served.url, admin, '/amends');
    const forAdmin = desk.getByTestId('approval-item').filter({ hasText: 'The whole order, twice late' });
    await forAdmin.getByRole('button', { name: 'Approve' }).waitFor(WAIT);
    assert.equal(await forAdmin.getByTestId('beyond-your-authority').count(), 0);
  });

  it('shows Settings → Amends to an admin at 1366 and 390 px, each gesture’s default amount in its currency', async () => {
    const types = await listGestureTypes(served.ctx.db);
    const credit = types.find((type) => type.kind === 'account_credit')!;
    await saveGestureType(
      served.ctx.db,
      credit.id,
      { ...credit, defaultAmountMinor: 1250, defaultCurrency: 'GBP' },
      new Date(),
    );
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, admin, '/settings/amends');
    await page.getByRole('heading', { name: 'Catalogue' }).waitFor(WAIT);
    await page.getByRole('heading', { name: 'Authority limits' }).waitFor(WAIT);
    const defaultOf = async (name: string) =>
      (
        await page.getByRole('row').filter({ hasText: name }).getByTestId('gesture-default').innerText()
      ).trim();
    assert.equal(
      await defaultOf('Account credit'),
      '£12.50',
      'the stored default, formatted in its currency',
    );
    assert.equal(await defaultOf('Refund'), 'None', 'money, but no default set');
    assert.equal(await defaultOf('Free shipping'), '—', 'no money, so no amount');
    const cells = await page.getByTestId('gesture-default').allInnerTexts();
    assert.equal(cells.length, types.length);
    assert.ok(
      cells.every((text) => text.trim() !== ''),
      `no empty Default cell: ${JSON.stringify(cells)}`,
    );
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: '/tmp/amends-settings-1366.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: '/tmp/amends-settings-390.png', fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the page fits a phone (${width}px wide)`);
  });

  it('lets an admin set a gesture’s default amount in the console, refuses a bad one in words, and the case’s form starts from it; clearing it leaves None', async () => {
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, admin, '/settings/amends');
    const defaultOf = async (name: string) =>
      (
        await page.getByRole('row').filter({ hasText: name }).getByTestId('gesture-default').innerText()
      ).trim();
    const form = page.getByRole('form', { name: 'Default amount' });
    await form.getByLabel('Gesture').selectOption({ label: 'Waived fee' });
    assert.equal(await defaultOf('Waived fee'), 'None');

    // Refused by the server: its sentence under the field it is about, the field marked, nothing saved.
    const amount = form.getByLabel('Amount');
    const currency = form.getByLabel('Currency');
    await amount.fill('-5');
    await currency.fill('GBP');
    await form.getByRole('button', { name: 'Set default' }).click();
    await form.getByRole('alert').filter({ hasText: 'The amount must be more than zero.' }).waitFor(WAIT);
    assert.equal(await amount.getAttribute('aria-invalid'), 'true');
    await amount.fill('12.50');
    await currency.fill('XYZ');
    await form.getByRole('button', { name: 'Set default' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'The currency XYZ is not an ISO 4217 currency we know.' })
      .waitFor(WAIT);
    assert.equal(await currency.getAttribute('aria-invalid'), 'true');
    assert.equal(await amount.getAttribute('aria-invalid'), null, 'the amount is not the problem now');
    assert.equal(await defaultOf('Waived fee'), 'None', 'a refused default is not kept');

    await currency.fill('GBP');
    await form.getByRole('button', { name: 'Set default' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: 'Waived fee' })
      .getByTestId('gesture-default')
      .filter({ hasText: '£12.50' })
      .waitFor(WAIT);
    assert.equal(await form.getByRole('alert').count(), 0, 'no error left once saved');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: '/tmp/amends-default-set-1366.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: '/tmp/amends-default-set-390.png', fullPage: true });

    // The case's amends form starts from it for that gesture; and from the first gesture's own default
    // before anything is chosen (here set in the store, 30.00 EUR).
    const first = (await listGestureTypes(served.ctx.db)).filter((type) => type.active)[0]!;
    await saveGestureType(
      served.ctx.db,
      first.id,
      { ...first, defaultAmountMinor: 3000, defaultCurrency: 'EUR' },
      new Date(),
    );
    const opened = await buildCase(served.ctx, {
      ownerId: agent.id,
      teamId,
      title: 'Late fee charged twice',
    });
    const desk = await newDesk(served.browser);
    await signInThroughForm(desk, served.url, agent, `/cases/${opened.id}`);
    const card = desk.getByTestId('amends-card');
    await card.getByLabel('Amount').waitFor(WAIT);
    assert.equal(await card.getByLabel('Gesture').inputValue(), first.id, `${first.name} comes first`);
    assert.equal(await card.getByLabel('Amount').inputValue(), '30.00');
    assert.equal(await card.getByLabel('Currency').inputValue(), 'EUR');
    await saveGestureType(served.ctx.db, first.id, first, new Date());
    await card.getByLabel('Gesture').selectOption({ label: 'Waived fee' });
    assert.equal(await card.getByLabel('Amount').inputValue(), '12.50');
    assert.equal(await card.getByLabel('Currency').inputValue(), 'GBP');

    // Cleared: the table says None again, and the stored entry has neither amount nor currency.
    await form.getByLabel('Gesture').selectOption({ label: 'Waived fee' });
    assert.equal(await amount.inputValue(), '12.50', 'the form shows the default it would change');
    await form.getByRole('button', { name: 'Clear default' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: 'Waived fee' })
      .getByTestId('gesture-default')
      .filter({ hasText: 'None' })
      .waitFor(WAIT);
    const stored = (await listGestureTypes(served.ctx.db)).find((type) => type.name === 'Waived fee');
    assert.equal(stored?.defaultAmountMinor, undefined);
    assert.equal(stored?.defaultCurrency, undefined);
  });

  it('takes a gesture off offer and back from the catalogue’s checkbox', async () => {
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, admin, '/settings/amends');
    const onOffer = page.getByLabel('Free trial on offer');
    assert.equal(await onOffer.isChecked(), true);
    await onOffer.click();
    await page.waitForFunction(
      () => !(document.querySelector('[aria-label="Free trial on offer"]') as HTMLInputElement).checked,
      undefined,
      WAIT,
    );
    const off = (await listGestureTypes(served.ctx.db)).find((type) => type.name === 'Free trial');
    assert.equal(off?.active, false, 'stored off offer');
    await onOffer.click();
    await page.waitForFunction(
      () => (document.querySelector('[aria-label="Free trial on offer"]') as HTMLInputElement).checked,
      undefined,
      WAIT,
    );
    assert.equal(await page.locator('.error-message').count(), 0);
  });

  it('puts the authority limits’ first row right under the headings at 390 px (no empty band)', async () => {
    const page = await newDesk(served.browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await signInThroughForm(page, served.url, admin, '/settings/amends');
    const table = page.locator('table.limits-table');
    await table.locator('tbody tr').first().waitFor(WAIT);
    // Where each heading's words end (not its cell: the cells of a row always touch the next row).
    const gaps = await table.evaluate((element) => {
      const firstRow = element.querySelector('tbody tr')!.getBoundingClientRect().top;
      return [...element.querySelectorAll('thead th')].map((th) => {
        const words = document.createRange();
        words.selectNodeContents(th);
        return { heading: th.textContent, gap: firstRow - words.getBoundingClientRect().bottom };
      });
    });
    assert.equal(gaps.length, 6);
    for (const { heading, gap } of gaps)
      assert.ok(gap >= 0 && gap <= 8, `${heading}: ${gap} px from its words to the first row`);
    await page.locator('section.card', { has: table }).screenshot({ path: '/tmp/amends-limits-390.png' });

    // A limit that is not an amount is refused in words, never saved as "not limited".
    const before = await listAuthorityLimits(served.ctx.db);
    assert.ok(
      before.some((limit) => limit.perGestureMinor !== undefined),
      'a limit to keep',
    );
    await table.getByLabel('Per gesture').first().fill('-5');
    await page.getByRole('button', { name: 'Save limits' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Write each limit like 50.00, in figures, or leave it empty for none (not “-5”).' })
      .waitFor(WAIT);
    assert.deepEqual(await listAuthorityLimits(served.ctx.db), before, 'the limits are unchanged');
  });
});
