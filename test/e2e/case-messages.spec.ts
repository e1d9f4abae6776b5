import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { upsertCustomer } from '../../src/app/customers/upsert-customer.ts';
import type { User } from '../../src/core/team/user.ts';
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

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1366, height: 900 };

describe('Writing to the customer from the case page', () => {
  let served: BrowserApp;
  let owner: User;
  let admin: User;

  before(async () => {
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'agent', name: 'Owen Park' });
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
  });
  after(() => served?.close());

  it('the owner sends an acknowledgement from its template; the timeline shows it, acknowledged, and its delivery turns to held live', async () => {
    const { customer } = await upsertCustomer(served.ctx, undefined, {
      name: 'Rita Moreno',
      emails: ['rita.moreno@example.test'],
    });
    const opened = await buildCase(served.ctx, {
      customerId: customer.id,
      ownerId: owner.id,
      title: 'Vase arrived in pieces',
    });
    const page = await newDesk(served.browser);
    await page.setViewportSize(DESK);
    await signInThroughForm(page, served.url, owner, `/cases/${opened.id}`);
    await page.getByRole('heading', { level: 1, name: 'Vase arrived in pieces' }).waitFor(WAIT);
    await markWindow(page);

    // The owner's tab is the message to the customer, saying who reads it.
    const messageTab = page.getByRole('tab', { name: 'Message to customer' });
    assert.equal(await messageTab.getAttribute('aria-selected'), 'true');
    await page.getByText('The customer reads this.').waitFor(WAIT);

    await page.getByLabel('Start from a template').selectOption({ label: 'Acknowledgement and apology' });
    const box = page.getByLabel(/^Message to Rita Moreno/);
    await page.waitForFunction(
      () =>
        (document.getElementById('message-text') as HTMLTextAreaElement | null)?.value.startsWith(
          'Hello Rita,',
        ),
      undefined,
      WAIT,
    );
    const filled = await box.inputValue();
    assert.match(filled, /I am Owen, and I am looking after this for you personally/);
    assert.match(
      filled,
      new RegExp(`${served.url.replace(/[.:/]/g, '\\$&')}/s/[0-9a-f]{32}\\.`),
      'the status page link is filled in',
    );
    await page
      .getByTestId('message-subject')
      .filter({ hasText: `We are sorry, and we are on it [#${opened.number}]` })
      .waitFor(WAIT);
    await box.fill(`${filled}\n\nP.S. A new vase leaves our shop today.`);
    await page.screenshot({ path: '/tmp/amends-case-composer-1366.png', fullPage: true });
    await page.getByRole('button', { name: 'Send to customer' }).click();

    const sent = page.locator('[data-testid="timeline-event"][data-kind="message_out"]');
    await sent.waitFor(WAIT);
    assert.match(
      (await sent.getByTestId('event-body').textContent()) ?? '',
      /P\.S\. A new vase leaves our shop today\.$/,
    );
    await sent.getByText('To the customer').waitFor(WAIT);
    await sent.getByTestId('delivery').filter({ hasText: 'Queued' }).waitFor(WAIT);
    await page
      .getByRole('status')
      .filter({ hasText: 'Sent to the outbox for rita.moreno@example.test' })
      .waitFor(WAIT);
    assert.equal(await box.inputValue(), '', 'the composer is empty again');
    // The first message acknowledged the case, and the timeline says why.
    await page.getByTestId('case-status').filter({ hasText: 'Acknowledged' }).waitFor(WAIT);
    await page
      .locator('[data-testid="timeline-event"][data-kind="status_changed"]')
      .filter({ hasText: 'Acknowledged by the first message to the customer.' })
      .waitFor(WAIT);

    // No SMTP server: the send job holds it in the outbox, and the page hears of it without a reload.
    await runJobs(served);
    await sent.locator('[data-testid="delivery"][data-status="held"]').waitFor(WAIT);
    assert.equal(await wasReloaded(page), false);
    // A tall window rather than fullPage, whose stitching repeats the sticky header over the timeline.
    await page.setViewportSize({ width: DESK.width, height: 1800 });
    await page.screenshot({ path: '/tmp/amends-case-message-sent-1366.png' });
    await page.setViewportSize(DESK);

    // A note is the other tab, and on the timeline it is marked internal, unlike the message.
    await page.getByRole('tab', { name: 'Internal note' }).click();
    await page.getByText('Only your team sees this.').waitFor(WAIT);
    await page.getByLabel('Add an internal note').fill('Rita prefers a call after 5pm.');
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.locator('[data-testid="timeline-event"][data-kind="note"]');
    await note.filter({ hasText: 'Rita prefers a call after 5pm.' }).waitFor(WAIT);
    await note.getByText('Internal note').waitFor(WAIT);
    assert.equal(await note.getByText('To the customer').count(), 0);

    await page.setViewportSize(PHONE);
    await page.getByRole('tab', { name: 'Message to customer' }).click();
    await page.screenshot({ path: '/tmp/amends-case-message-390.png', fullPage: true });
    const widths = await page
      .locator('main')
      .evaluate((main) => ({ scroll: main.scrollWidth, client: main.clientWidth }));
    assert.ok(
      widths.scroll <= widths.client,
      `the case page fits a phone: ${widths.scroll}px in ${widths.client}px`,
    );
  });

  it('an admin edits a template: an unknown variable is named beside the field, the preview follows, and the saved text fills the composer', async () => {
    const page = await newDesk(served.browser);
    await page.setViewportSize(DESK);
    await signInThroughForm(page, served.url, admin, '/settings/templates');
    await page.getByRole('heading', { level: 1, name: 'Message templates' }).waitFor(WAIT);
    const text = page.getByLabel('Text', { exact: true });
    await text.fill('Dear {{customer.frstName}}, we are sorry about case {{case.number}}.');
    const error = page.locator('#template-body-error');
    await error.filter({ hasText: 'Unknown variable {{customer.frstName}}' }).waitFor(WAIT);
    assert.equal(await text.getAttribute('aria-invalid'), 'true');
    await page.screenshot({ path: '/tmp/amends-templates-error-1366.png', fullPage: true });

    await text.fill('Dear {{customer.firstName}}, we are sorry about case {{case.number}}.');
    await error.waitFor({ state: 'detached', ...WAIT });
    await page
      .getByTestId('template-preview-body')
      .filter({ hasText: 'Dear Rita, we are sorry about case 1042.' })
      .waitFor(WAIT);
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Reset to default' }).waitFor(WAIT);
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/amends-templates-390.png', fullPage: true });

    // The owner's composer starts from the saved text.
    const opened = await buildCase(served.ctx, { ownerId: owner.id, title: 'Late delivery' });
    const ownerPage = await newDesk(served.browser);
    await signInThroughForm(ownerPage, served.url, owner, `/cases/${opened.id}`);
    await ownerPage
      .getByLabel('Start from a template')
      .selectOption({ label: 'Acknowledgement and apology' });
    await ownerPage.waitForFunction(
      (n) =>
        (document.getElementById('message-text') as HTMLTextAreaElement | null)?.value.endsWith(
          `we are sorry about case ${n}.`,
        ),
      opened.number,
      WAIT,
    );
  });
});
