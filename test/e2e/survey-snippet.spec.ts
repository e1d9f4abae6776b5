import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Customer } from '../../src/core/customer/customer.ts';
import type { User } from '../../src/core/team/user.ts';
import { buildSurvey } from '../support/blasts.ts';
import {
  type BrowserApp,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildCustomer, buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';

describe('Survey snippets and tests in the console', () => {
  let served: BrowserApp;
  let admin: User;
  let customer: Customer;
  let page: Page;
  let surveyName: string;

  before(async () => {
    served = await serveAppWithBrowser();
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    customer = await buildCustomer(served.ctx, { name: 'Grace Hopper', email: 'grace@example.test' });
    surveyName = (await buildSurvey(served.ctx, 'How was your repair?')).name;
    page = await newDesk(served.browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.url });
    await signInThroughForm(page, served.url, admin, '/surveys');
  });
  after(() => served?.close());

  it('makes a rating request for a customer and touchpoint, previews its snippet and copies it', async () => {
    const form = page.getByRole('form', { name: 'Get a snippet' });
    await form.waitFor(WAIT);
    await form.getByLabel('Survey').selectOption({ label: `${surveyName} — “How was your repair?”` });
    await form.getByLabel('Find by name, email or external id').fill('Grace');
    await form.getByRole('radio', { name: /Grace Hopper/ }).check();
    await form.getByLabel('Touchpoint reference').fill('order 4471');
    await form.getByRole('button', { name: 'Get snippet' }).click();

    const preview = page.frameLocator('iframe[title="The snippet as an email shows it"]');
    await preview.getByText('How was your repair?').waitFor(WAIT);
    await preview.getByRole('link', { name: /Excellent/ }).waitFor(WAIT);
    assert.equal(
      await form.locator('iframe[title="The snippet as an email shows it"]').getAttribute('sandbox'),
      '',
    );

    const request = await served.ctx.db
      .selectFrom('rating_requests')
      .select(['key', 'customer_id'])
      .where('touchpoint_ref', '=', 'order 4471')
      .executeTakeFirstOrThrow();
    assert.equal(request.customer_id, customer.id);
    const html = await form.getByLabel('HTML', { exact: true }).inputValue();
    const text = await form.getByLabel('Text', { exact: true }).inputValue();
    assert.ok(html.startsWith('<'), html.slice(0, 40));
    const links = [...text.matchAll(/https?:\/\/\S+\/r\/\S+/g)].map((match) => match[0]);
    assert.equal(links.length, 4, text);
    for (const link of links) assert.ok(html.includes(link.replaceAll('&', '&amp;')), link);
    // A link of the snippet opens that request's confirm page.
    const confirm = await fetch(links[0]!);
    assert.equal(confirm.status, 200);

    await form.getByRole('button', { name: 'Copy html' }).click();
    await form.getByRole('status').filter({ hasText: 'Copied.' }).waitFor(WAIT);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), html);
    await page.screenshot({ path: '/tmp/survey-snippet.png', fullPage: true });
  });

  it('says what is missing when no customer was chosen, and creates nothing', async () => {
    await page.reload();
    const form = page.getByRole('form', { name: 'Get a snippet' });
    await form.getByLabel('Touchpoint reference').fill('order 9999');
    await form.getByRole('button', { name: 'Get snippet' }).click();
    await form.getByText('Choose the customer first').waitFor(WAIT);
    const made = await served.ctx.db
      .selectFrom('rating_requests')
      .select('id')
      .where('touchpoint_ref', '=', 'order 9999')
      .execute();
    assert.deepEqual(made, []);
  });

  it("sends me a test of a survey's email, held in the outbox without SMTP", async () => {
    await page.goto(`${served.url}/surveys`);
    const form = page.getByRole('form', { name: `Survey ${surveyName}` });
    await form.getByRole('button', { name: 'Send me a test' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Test sent to ${admin.email}` })
      .waitFor(WAIT);
    await runJobs(served);
    await form.getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { name: 'Outbox' }).waitFor(WAIT);
    const row = page.getByRole('row', { name: new RegExp(admin.email) });
    await row.getByText('Held').waitFor(WAIT);
    await row.getByRole('button', { name: admin.email }).click();
    await page.frameLocator('.mail-preview iframe').getByText('How was your repair?').waitFor(WAIT);
  });
});
