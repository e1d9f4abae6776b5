import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { sendFollowUp } from '../../src/app/follow-up/send-follow-up.ts';
import { makePromise } from '../../src/app/promises/make-promise.ts';
import { ensureDefaultSurvey } from '../../src/app/surveys/ensure-default-survey.ts';
import type { Case } from '../../src/core/case/case.ts';
import type { User } from '../../src/core/team/user.ts';
import { findAccessibilityViolations } from '../support/axe.ts';
import {
  type BrowserApp,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildCase, buildCustomer, buildUser, RESOLUTION } from '../support/factories.ts';

describe('Resolving a case in the console', () => {
  let served: BrowserApp;
  let maya: User;
  let admin: User;
  let vase: Case;
  let page: Page;

  before(async () => {
    served = await serveAppWithBrowser();
    await ensureDefaultSurvey(served.ctx);
    maya = await buildUser(served.ctx, { role: 'agent', name: 'Maya Lopez' });
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    const rita = await buildCustomer(served.ctx, { name: 'Rita Moreno', email: 'rita@example.test' });
    vase = await buildCase(served.ctx, {
      customerId: rita.id,
      ownerId: maya.id,
      title: 'Vase arrived broken',
    });
    // axe-core goes in as an inline script, which the console's Content-Security-Policy forbids.
    const context = await served.browser.newContext({
      viewport: { width: 1366, height: 900 },
      bypassCSP: true,
    });
    page = await context.newPage();
    await signInThroughForm(page, served.url, maya, `/cases/${vase.number}`);
  });
  after(() => served?.close());

  it('asks for the three parts, drafts the resolution message from them, and resolves and sends it', async () => {
    await page.getByRole('button', { name: 'Resolve', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Resolve case #${vase.number}` });
    await dialog.waitFor(WAIT);

    // Nothing written: the server names the first part missing beside its field, and nothing changes.
    await dialog.getByRole('button', { name: 'Resolve', exact: true }).click();
    await dialog.locator('#resolve-whatWentWrong-error').waitFor(WAIT);
    assert.match(await dialog.locator('#resolve-whatWentWrong-error').innerText(), /what went wrong/);

    await dialog.getByLabel('What went wrong').fill(RESOLUTION.whatWentWrong);
    await dialog.getByLabel('How it was fixed').fill(RESOLUTION.howFixed);
    await dialog.getByLabel("Why it won't happen again").fill(RESOLUTION.whyNotAgain);
    await dialog.getByRole('button', { name: 'Draft the message from the three parts' }).click();
    const message = dialog.getByLabel('Message text');
    await page.waitForFunction(
      () =>
        (document.getElementById('resolve-message-text') as HTMLTextAreaElement | null)?.value.includes(
          'What went wrong',
        ),
      undefined,
      WAIT,
    );
    const drafted = await message.inputValue();
    assert.ok(drafted.startsWith('Hello Rita,'), drafted);
    assert.ok(drafted.includes(`What went wrong: ${RESOLUTION.whatWentWrong}`));
    assert.ok(drafted.includes(`How we fixed it: ${RESOLUTION.howFixed}`));
    assert.ok(drafted.includes(`Why it will not happen again: ${RESOLUTION.whyNotAgain}`));
    await message.fill(`${drafted}\n\nP.S. The vase is on us.`);
    // No gesture on the case: a gentle prompt asks, never blocks, and a reason quiets it.
    const prompt = dialog.getByTestId('amends-resolve-prompt');
    assert.equal(await prompt.count(), 1, 'no amends on the case: the dialog asks about them');
    await dialog
      .getByLabel('Why no amends are needed (optional)')
      .fill('Rita asked only for a working vase.');
    await prompt.waitFor({ state: 'detached', ...WAIT });

    assert.equal(
      await dialog.locator('#resolve-whatWentWrong-error').count(),
      0,
      'its refusal goes once it is written',
    );
    await page.setViewportSize({ width: 1366, height: 900 });
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the open dialog passes axe (WCAG 2.1 AA)');
    await page.screenshot({ path: '/tmp/amends-resolve-dialog-1366.png', fullPage: false });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: '/tmp/amends-resolve-dialog-390.png', fullPage: false });
    await page.setViewportSize({ width: 1366, height: 900 });

    await dialog.getByRole('button', { name: 'Resolve and send' }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    await page.locator('.case-badges').getByText('Resolved').waitFor(WAIT);
    const parts = page.getByTestId('resolution-parts');
    await parts.waitFor(WAIT);
    assert.ok((await parts.innerText()).includes(RESOLUTION.whyNotAgain));
    await page.getByText('No amends: Rita asked only for a working vase.').waitFor(WAIT);
    const sent = page.locator('[data-kind="message_out"]').getByTestId('event-body');
    await sent.waitFor(WAIT);
    assert.ok((await sent.innerText()).includes('P.S. The vase is on us.'), 'the edited message went');
    await page.screenshot({ path: '/tmp/amends-resolved-case-1366.png', fullPage: true });
  });

  it('shows the follow-up call with its script, and records its outcome', async () => {
    const { id: resolutionId } = await served.ctx.db
      .selectFrom('case_resolutions')
      .select('id')
      .where('case_id', '=', vase.id)
      .executeTakeFirstOrThrow();
    await served.ctx.db
      .transaction()
      .execute((trx) => sendFollowUp(served.ctx, trx, resolutionId, served.ctx.now()));
    const task = page.getByTestId('case-task');
    await task.waitFor(WAIT);
    assert.ok((await page.getByTestId('task-script').innerText()).includes(RESOLUTION.howFixed));
    await page.locator('[data-kind="follow_up_sent"]').waitFor(WAIT);
    await page.screenshot({ path: '/tmp/amends-follow-up-task-1366.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await task.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/amends-follow-up-task-390.png', fullPage: true });
    await task.screenshot({ path: '/tmp/amends-follow-up-task-card-390.png' });
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the tasks card passes axe at 390 px');
    await page.setViewportSize({ width: 1366, height: 900 });
    await task.getByLabel('How did the call go?').fill('Reached Rita: the new vase is on her shelf.');
    await task.getByRole('button', { name: 'Record the outcome' }).click();
    await page.locator('[data-testid="case-task"][data-status="done"]').waitFor(WAIT);
    await page.locator('[data-kind="task_done"]').waitFor(WAIT);
  });

  it('shows an admin the reconciliation: none missing, none doubled', async () => {
    const desk = await newDesk(served.browser);
    await signInThroughForm(desk, served.url, admin, '/settings/follow-ups');
    const missing = desk.getByTestId('follow-ups-missing');
    await missing.waitFor(WAIT);
    assert.equal(await missing.getAttribute('data-count'), '0');
    assert.equal(await desk.getByTestId('follow-ups-doubled').getAttribute('data-count'), '0');
    await desk.setViewportSize({ width: 1366, height: 900 });
    await desk.screenshot({ path: '/tmp/amends-follow-ups-1366.png', fullPage: true });
    await desk.setViewportSize({ width: 390, height: 844 });
    await desk.screenshot({ path: '/tmp/amends-follow-ups-390.png', fullPage: true });
  });

  it('lists the case’s open promises and has the owner settle them before it resolves', async () => {
    const late = await buildCase(served.ctx, { ownerId: maya.id, title: 'Sofa delivery missed twice' });
    const actor = { userId: maya.id, role: 'agent' as const, via: 'session' as const };
    const dueAt = new Date(Date.now() + 2 * 86_400_000);
    await makePromise(served.ctx, actor, late.id, {
      what: 'deliver the sofa on Thursday',
      dueAt,
      confidence: 'certain',
      customerVisible: true,
    });
    await makePromise(served.ctx, actor, late.id, {
      what: 'call you when the van leaves',
      dueAt,
      confidence: 'estimate',
      customerVisible: true,
    });
    const desk = await newDesk(served.browser);
    await desk.setViewportSize({ width: 1366, height: 900 });
    await signInThroughForm(desk, served.url, maya, `/cases/${late.number}`);
    await desk.getByRole('button', { name: 'Resolve', exact: true }).click();
    const dialog = desk.getByRole('dialog', { name: `Resolve case #${late.number}` });
    const open = dialog.getByTestId('resolve-open-promise');
    await dialog.getByRole('heading', { name: 'Settle the 2 open promises first' }).waitFor(WAIT);
    assert.equal(await open.count(), 2);
    await dialog.getByLabel('What went wrong').fill(RESOLUTION.whatWentWrong);
    await dialog.getByLabel('How it was fixed').fill(RESOLUTION.howFixed);
    await dialog.getByLabel("Why it won't happen again").fill(RESOLUTION.whyNotAgain);
    await dialog
      .getByLabel('Why no amends are needed (optional)')
      .fill('A delivery date was all they asked.');

    // Resolving now is refused, naming the promises; nothing changes.
    await dialog.getByRole('button', { name: 'Resolve', exact: true }).click();
    await dialog
      .getByText(
        "Settle the case's open promises first — kept or broken: “deliver the sofa on Thursday”, “call you when the van leaves”.",
      )
      .waitFor(WAIT);
    await desk.screenshot({ path: '/tmp/amends-resolve-promises-1366.png' });
    await desk.setViewportSize({ width: 390, height: 844 });
    await dialog.getByTestId('resolve-open-promises').scrollIntoViewIfNeeded();
    await desk.screenshot({ path: '/tmp/amends-resolve-promises-390.png' });
    const width = await desk.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the dialog fits a phone (${width}px wide)`);
    await desk.setViewportSize({ width: 1366, height: 900 });

    // The owner settles each: one kept, one broken; then the case resolves.
    await open
      .filter({ hasText: 'deliver the sofa on Thursday' })
      .getByRole('button', { name: 'Kept' })
      .click();
    await open.filter({ hasText: 'deliver the sofa on Thursday' }).waitFor({ state: 'detached', ...WAIT });
    await dialog.getByRole('heading', { name: 'Settle the open promise first' }).waitFor(WAIT);
    await open
      .filter({ hasText: 'call you when the van leaves' })
      .getByRole('button', { name: 'Broken' })
      .click();
    await dialog.getByTestId('resolve-open-promises').waitFor({ state: 'detached', ...WAIT });
    await dialog.getByRole('button', { name: 'Resolve', exact: true }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    await desk.locator('.case-badges').getByText('Resolved').waitFor(WAIT);
    await desk.locator('[data-kind="promise_kept"]').waitFor(WAIT);
    await desk.locator('[data-kind="promise_broken"]').waitFor(WAIT);
  });
});
