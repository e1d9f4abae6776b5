import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { getFeedbackRules } from '../../src/app/recovery/feedback-rules.ts';
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
import { confirmClickOverHttp, postFormOverHttp } from '../support/customer-pages.ts';
import { buildCustomer, buildRatingRequest, buildUser } from '../support/factories.ts';

describe('The feedback monitor in the console', () => {
  let served: BrowserApp;
  let admin: User;
  let agent: User;

  before(async () => {
    served = await serveAppWithBrowser();
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    agent = await buildUser(served.ctx, { role: 'agent', name: 'Alice Agent' });
  });

  after(() => served?.close());

  /** Signs in, waits for the live stream, and opens the monitor from the main navigation. */
  async function openMonitor(page: Page, person: User): Promise<void> {
    await signInThroughForm(page, served.url, person);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feedback' }).click();
    await page.getByRole('heading', { level: 1, name: 'Feedback' }).waitFor(WAIT);
  }

  /** A customer's confirmed click (and comment) through the real customer pages. */
  async function rate(link: string, comment?: string): Promise<void> {
    const commentPage = await confirmClickOverHttp(served.url, link);
    if (comment === undefined) return;
    const commented = await postFormOverHttp(served.url, commentPage, { comment });
    assert.equal(commented.status, 303);
  }

  it('shows answers and comments live as they arrive, comments as plain text, and the happiness factor follows', async () => {
    const page = await newDesk(served.browser);
    await openMonitor(page, agent);
    await page.getByRole('region', { name: 'Latest answers' }).getByText('No answers yet.').waitFor(WAIT);
    await page.getByTestId('happiness-factor').filter({ hasText: '–' }).waitFor(WAIT);
    assert.equal(
      await page.getByRole('form', { name: 'Feedback rules' }).count(),
      0,
      'agents see no rules panel',
    );
    assert.equal(
      await page.getByRole('link', { name: 'Feedback rules' }).count(),
      0,
      'agents see no link to the rules',
    );
    await markWindow(page);

    const happy = await buildCustomer(served.ctx, { name: 'Hana Happy' });
    const gold = await buildRatingRequest(served.ctx, { customerId: happy.id, touchpointRef: 'order 118' });
    await rate(gold.linkFor(4));
    const first = page.getByTestId('feedback-entry').filter({ hasText: 'Hana Happy' });
    await first.waitFor(WAIT);
    assert.equal(await first.getByTestId('answer').textContent(), 'Excellent');
    assert.equal(
      await first.getByTestId('feedback-touchpoint').textContent(),
      ` · delivery order 118 · ${gold.survey.name}`,
    );
    await page.getByTestId('happiness-factor').filter({ hasText: '100 %' }).waitFor(WAIT);

    const unhappy = await buildCustomer(served.ctx, { name: 'Rory Red' });
    const red = await buildRatingRequest(served.ctx, { customerId: unhappy.id, touchpointRef: 'order 119' });
    const hostile = '<img src=x onerror="document.title=\'owned\'"> Broken on arrival.';
    await rate(red.linkFor(1), hostile);
    const second = page.getByTestId('feedback-entry').filter({ hasText: 'Rory Red' });
    await second.getByTestId('feedback-comment').filter({ hasText: 'Broken on arrival.' }).waitFor(WAIT);
    assert.equal(await second.getByTestId('feedback-comment').textContent(), hostile);
    assert.equal(await page.locator('.feedback-list img').count(), 0, 'the comment is text, never markup');
    assert.equal(await second.getAttribute('data-mood'), 'negative');
    await page.getByTestId('happiness-factor').filter({ hasText: '50 %' }).waitFor(WAIT);
    await page
      .getByTestId('happiness-overall')
      .filter({ hasText: '1 of 2 happy · 1 negative' })
      .waitFor(WAIT);

    // The trend tile splits the same answers by day (last 7 days) or by week (last 30), newest last.
    // Its figures come with the overall tile's, which already shows both answers.
    const answeredIn = async (tile: string) => {
      const rows = await page
        .getByRole('region', { name: tile })
        .getByTestId('happiness-group')
        .allTextContents();
      const answers = rows.reduce((n, row) => n + Number(/of (\d+) happy/.exec(row)?.[1] ?? 0), 0);
      return { rows, answers };
    };
    const byDay = await answeredIn('By day');
    assert.equal(byDay.answers, 2, byDay.rows.join(' | '));
    assert.ok(byDay.rows.at(-1)?.startsWith(new Date().toISOString().slice(0, 10)), byDay.rows.join(' | '));
    await page.getByLabel('Last 30 days').check();
    await page.getByRole('region', { name: 'By week' }).waitFor(WAIT);
    const byWeek = await answeredIn('By week');
    assert.equal(byWeek.answers, 2, byWeek.rows.join(' | '));
    assert.match(byWeek.rows.at(-1) ?? '', /^Week of \d{4}-\d{2}-\d{2}/);

    // Newest first, and the page never reloaded.
    const customers = await page.getByTestId('feedback-customer').allTextContents();
    assert.deepEqual(customers, ['Rory Red', 'Hana Happy']);
    assert.equal(await wasReloaded(page), false);
  });

  /** The rules live in Settings; the Feedback page links there for admins. */
  async function openRules(page: Page): Promise<void> {
    await openMonitor(page, admin);
    await page.getByRole('link', { name: 'Feedback rules' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor(WAIT);
    // Brand has its own screen; Settings only leads there.
    assert.equal(
      await page.locator('a.settings-link', { hasText: 'Brand' }).getAttribute('href'),
      '/settings/brand',
    );
  }

  it('lets an admin change the feedback rules, which the server then applies', async () => {
    const page = await newDesk(served.browser);
    await openRules(page);
    const form = page.getByRole('form', { name: 'Feedback rules' });
    const negativeRating = form.getByLabel('Open a recovery case for a negative rating');
    await negativeRating.waitFor(WAIT);
    assert.equal(await negativeRating.isChecked(), true);
    await negativeRating.uncheck();
    await form.getByLabel('Customer value attribute').fill('annualSpend');
    await form.getByLabel('High value from').fill('2500');
    await form.getByRole('button', { name: 'Save rules' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor(WAIT);

    assert.deepEqual(await getFeedbackRules(served.ctx.db), {
      openCaseOnNegativeRating: false,
      openCaseOnNegativeComment: true,
      valueAttribute: 'annualSpend',
      highValueAtLeast: 2500,
    });
  });

  it('shows the server’s words when a rule is refused, and keeps what was saved', async () => {
    const page = await newDesk(served.browser);
    await openRules(page);
    const form = page.getByRole('form', { name: 'Feedback rules' });
    const attribute = form.getByLabel('Customer value attribute');
    await attribute.waitFor(WAIT);
    const saved = await getFeedbackRules(served.ctx.db);
    // Spaces only: the browser lets it through (required is met), the server trims it and refuses.
    await attribute.fill('   ');
    const answer = page.waitForResponse((response) => response.url().endsWith('/feedback-rules'), WAIT);
    await form.getByRole('button', { name: 'Save rules' }).click();
    const response = await answer;
    assert.equal(response.status(), 400);
    const { detail } = (await response.json()) as { detail: string };
    const alert = form.getByRole('alert');
    await alert.waitFor(WAIT);
    assert.equal(await alert.textContent(), detail);
    assert.deepEqual(await getFeedbackRules(served.ctx.db), saved);
  });
});
