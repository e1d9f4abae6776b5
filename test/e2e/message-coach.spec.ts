import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { upsertCustomer } from '../../src/app/customers/upsert-customer.ts';
import type { User } from '../../src/core/team/user.ts';
import { findAccessibilityViolations } from '../support/axe.ts';
import {
  type BrowserApp,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildCase, buildUser } from '../support/factories.ts';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1366, height: 900 };

describe('The message coach in the case composer', () => {
  let served: BrowserApp;
  let owner: User;

  before(async () => {
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'agent', name: 'Owen Park' });
  });
  after(() => served?.close());

  for (const [size, viewport] of [
    ['1366', DESK],
    ['390', PHONE],
  ] as const) {
    it(`at ${size} px: a blaming sentence shows its finding as the owner types, the suggestion removes it, and sending works with findings still there`, async () => {
      const { customer } = await upsertCustomer(served.ctx, undefined, {
        name: 'Rita Moreno',
        emails: [`rita-${size}@example.test`],
      });
      const opened = await buildCase(served.ctx, {
        customerId: customer.id,
        ownerId: owner.id,
        title: 'Vase arrived in pieces',
      });
      const page = await newDesk(served.browser);
      await page.setViewportSize(viewport);
      await signInThroughForm(page, served.url, owner, `/cases/${opened.id}`);
      await page.getByRole('heading', { level: 1, name: 'Vase arrived in pieces' }).waitFor(WAIT);

      const coachAsked: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/v1/coach')) coachAsked.push(request.postDataJSON().text);
      });
      const box = page.getByLabel(/^Message to Rita Moreno/);
      await box.click();
      // Typed key by key, as a person does: the coach is asked once typing pauses, not per key.
      await box.pressSequentially('I am sorry. You should have read the manual. I will send a new vase.', {
        delay: 10,
      });
      const blame = page.locator('[data-testid="coach-finding"][data-kind="blame"]');
      await blame.waitFor(WAIT);
      assert.match((await blame.textContent()) ?? '', /You should have read/);
      assert.ok(
        coachAsked.length < 10,
        `the coach was asked ${coachAsked.length} times for one burst of typing`,
      );
      assert.equal(await page.locator('mark.coach-mark-blame').textContent(), 'You should have read');
      await page.screenshot({ path: `/tmp/amends-coach-${size}.png`, fullPage: true });

      await blame.getByRole('button', { name: /Use suggestion/ }).click();
      assert.equal(
        await box.inputValue(),
        'I am sorry. It helps to have read the manual. I will send a new vase.',
      );
      await blame.waitFor({ ...WAIT, state: 'detached' });

      // A finding that is still there never stops the message being sent.
      await box.fill("I'm sorry. There's nothing I can do about the delivery fee.");
      await page.locator('[data-testid="coach-finding"][data-kind="nothing_i_can_do"]').waitFor(WAIT);
      await page.screenshot({ path: `/tmp/amends-coach-${size}-send.png`, fullPage: true });
      await page.getByRole('button', { name: 'Send to customer' }).click();
      const sent = page.locator('[data-testid="timeline-event"][data-kind="message_out"]');
      await sent.waitFor(WAIT);
      assert.match((await sent.textContent()) ?? '', /wrote to the customer/);
      await page.close();
    });
  }

  it('an admitted fault is flagged until the owner records it on the case; the timeline shows it; the findings pass axe', async () => {
    const { customer } = await upsertCustomer(served.ctx, undefined, {
      name: 'Rita Moreno',
      emails: ['rita-fault@example.test'],
    });
    const opened = await buildCase(served.ctx, {
      customerId: customer.id,
      ownerId: owner.id,
      title: 'Wrong size',
    });
    // axe-core is injected as an inline script, which the console's Content-Security-Policy forbids.
    const page = await (await served.browser.newContext({ viewport: DESK, bypassCSP: true })).newPage();
    await signInThroughForm(page, served.url, owner, `/cases/${opened.id}`);
    await page.getByRole('heading', { level: 1, name: 'Wrong size' }).waitFor(WAIT);
    const box = page.getByLabel(/^Message to Rita Moreno/);
    await box.fill('I am sorry, this was our mistake. I have sent the right size today.');
    const fault = page.locator('[data-testid="coach-finding"][data-kind="unrecorded_fault"]');
    await fault.waitFor(WAIT);
    await fault.getByRole('button', { name: /record the fault on the case/ }).click();
    await page.getByLabel('What went wrong on our side').fill('We picked the wrong size in the warehouse.');
    await page.screenshot({ path: '/tmp/amends-coach-fault-1366.png', fullPage: true });
    assert.deepEqual(
      await findAccessibilityViolations(page),
      [],
      'WCAG 2.1 A/AA with findings and the fault form open',
    );
    await page.getByRole('button', { name: 'Record the fault', exact: true }).click();
    await fault.waitFor({ ...WAIT, state: 'detached' });
    const recorded = page.locator('[data-testid="timeline-event"][data-kind="fault_recorded"]');
    await recorded.waitFor(WAIT);
    assert.match((await recorded.textContent()) ?? '', /We picked the wrong size in the warehouse/);
    assert.equal(
      await box.inputValue(),
      'I am sorry, this was our mistake. I have sent the right size today.',
    );
    await page.close();
  });
});
