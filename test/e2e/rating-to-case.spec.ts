import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApiToken } from '../../src/app/auth/create-api-token.ts';
import type { User } from '../../src/core/team/user.ts';
import { startWorker, type Worker } from '../../src/jobs/worker.ts';
import {
  type BrowserApp,
  markWindow,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  wasReloaded,
} from '../support/browser.ts';
import { buildUser } from '../support/factories.ts';

/** Longer than support's WAIT: a worker job runs between the click and the case. */
const WAIT = { timeout: 15_000 };
const CASE_URL = /\/cases\/[0-9a-f-]{36}$/;

describe('From a rating in an email to a recovery case in the console', () => {
  let served: BrowserApp;
  let worker: Worker;
  let admin: User;
  let agent: User;
  let apiToken: string;

  before(async () => {
    served = await serveAppWithBrowser();
    // serve-app runs no worker; this one opens the case from the rating, as a running Amends would.
    worker = await startWorker(served.ctx, { concurrency: 2 });
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    agent = await buildUser(served.ctx, { role: 'agent', name: 'Alice Agent' });
    // The admin is away, so the assignment rule gives the case to the agent.
    await served.ctx.db.updateTable('users').set({ available: false }).where('id', '=', admin.id).execute();
    apiToken = (
      await createApiToken(served.ctx, { userId: admin.id, role: 'admin', via: 'session' }, { name: 'shop' })
    ).secret;
  });

  after(async () => {
    await worker?.stop();
    await served?.close();
  });

  /** The business's own systems calling the API with a token, as a shop sending a receipt would. */
  async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${served.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }

  it('records a red click from a rendered email and its comment, and the new case appears live in an agent’s inbox and alert with both on its timeline', async () => {
    const comment = 'The parcel came two days late and soaked through; the vase inside is in pieces.';

    // The shop creates the survey, the customer and the rating request through the API, and gets the snippet.
    const { survey } = await api<{ survey: { id: string } }>('POST', '/api/v1/surveys', {
      name: 'After delivery',
      touchpointType: 'delivery',
      question: 'How was your delivery?',
    });
    const { customer } = await api<{ customer: { id: string } }>('POST', '/api/v1/customers', {
      name: 'Dana Whitfield',
      emails: ['dana.whitfield@example.test'],
    });
    const snippet = await api<{ html: string; ratingRequest: { id: string } }>(
      'POST',
      '/api/v1/rating-requests/snippet',
      { surveyId: survey.id, customerId: customer.id, touchpointRef: '4471' },
    );

    // The agent watches the inbox; the marker proves the page never reloads.
    const agentPage = await newDesk(served.browser);
    await signInThroughForm(agentPage, served.url, agent);
    await agentPage.getByText('No cases waiting.').waitFor(WAIT);
    await markWindow(agentPage);

    // The customer reads the receipt in their mail client and clicks "Poor"; the link opens a new tab.
    const mail = await newDesk(served.browser);
    const customerContext = mail.context();
    await mail.setContent(
      `<!doctype html><html><head><title>Your order 4471 has been delivered</title></head><body>` +
        `<p>Hi Dana, your order 4471 was delivered today.</p>${snippet.html}<p>— The Vase Shop</p></body></html>`,
    );
    const opened = customerContext.waitForEvent('page', WAIT);
    await mail.getByRole('link', { name: 'Poor' }).click();
    const customerPage = await opened;

    // Scripts on: the confirm page records the answer by itself and the apology asks what happened.
    await customerPage
      .getByRole('heading', { name: 'We are sorry. Thank you for telling us.' })
      .waitFor(WAIT);
    assert.match(customerPage.url(), /\/rating\/[^/]+$/);
    await customerPage.getByLabel('What happened?').fill(comment);
    await customerPage.getByRole('button', { name: 'Send' }).click();
    await customerPage.getByRole('heading', { name: 'Thank you — we have passed it on.' }).waitFor(WAIT);

    // The case opens by itself and reaches the agent's inbox without a reload.
    const row = agentPage.getByTestId('inbox-row').filter({ hasText: 'on delivery 4471' });
    await row.waitFor(WAIT);
    assert.match((await row.textContent()) ?? '', /Dana Whitfield/);
    assert.equal(await wasReloaded(agentPage), false);

    // The agent, its owner, is alerted wherever they are; the alert opens the case.
    const alert = agentPage.getByTestId('owner-alert');
    await alert.waitFor(WAIT);
    assert.match(
      (await alert.textContent()) ?? '',
      /New case for you · High.*on delivery 4471 — Dana Whitfield/,
    );
    await alert.getByRole('link').click();
    await agentPage.waitForURL(CASE_URL, WAIT);
    assert.equal(await alert.count(), 0, 'opening the case dismisses its alert');
    const feedback = agentPage.locator('[data-testid="timeline-event"][data-kind="feedback"]');
    const rating = feedback.filter({ has: agentPage.getByTestId('answer').filter({ hasText: 'Poor' }) });
    await rating.waitFor(WAIT);
    assert.match((await rating.textContent()) ?? '', /After delivery · delivery 4471/);
    const said = feedback.filter({ has: agentPage.getByTestId('event-body').filter({ hasText: comment }) });
    await said.waitFor(WAIT);
    assert.equal(await wasReloaded(agentPage), false);

    // And the request knows its case.
    const request = await api<{ ratingRequest: { caseId: string | null; lastScore: number | null } }>(
      'GET',
      `/api/v1/rating-requests/${snippet.ratingRequest.id}`,
    );
    assert.equal(request.ratingRequest.lastScore, 1);
    assert.equal(agentPage.url().split('/').pop(), request.ratingRequest.caseId);
  });

  it('keeps a comment under the answer it followed, and after a change of mind suggests resolving without changing the status', async () => {
    const comment = 'Left on the doorstep in the rain; the box is soaked and the lamp is broken.';
    const { survey } = await api<{ survey: { id: string } }>('POST', '/api/v1/surveys', {
      name: 'Lamp delivery',
      touchpointType: 'delivery',
      question: 'How was your delivery?',
    });
    const { customer } = await api<{ customer: { id: string } }>('POST', '/api/v1/customers', {
      name: 'Eli Evans',
      emails: ['eli.evans@example.test'],
    });
    const snippet = await api<{ html: string }>('POST', '/api/v1/rating-requests/snippet', {
      surveyId: survey.id,
      customerId: customer.id,
      touchpointRef: '5120',
    });

    const agentPage = await newDesk(served.browser);
    await signInThroughForm(agentPage, served.url, agent);
    const mail = await newDesk(served.browser);
    await mail.setContent(`<!doctype html><html><body>${snippet.html}</body></html>`);
    const click = async (label: string) => {
      const opened = mail.context().waitForEvent('page', WAIT);
      await mail.getByRole('link', { name: label }).click();
      return opened;
    };

    const sorry = await click('Poor');
    await sorry.getByLabel('What happened?').fill(comment);
    await sorry.getByRole('button', { name: 'Send' }).click();
    await sorry.getByRole('heading', { name: 'Thank you — we have passed it on.' }).waitFor(WAIT);

    const row = agentPage.getByTestId('inbox-row').filter({ hasText: 'on delivery 5120' });
    await row.waitFor(WAIT);
    await row.getByRole('link').first().click();
    await agentPage.waitForURL(CASE_URL, WAIT);
    await agentPage.getByTestId('case-story').filter({ hasText: comment }).waitFor(WAIT);
    assert.equal(await agentPage.getByTestId('case-suggestion').count(), 0, 'nothing to suggest yet');

    // The customer thinks again and clicks the best answer in the same email.
    const thanks = await click('Excellent');
    await thanks
      .getByRole('heading', { name: /Thank you/ })
      .first()
      .waitFor(WAIT);

    // Live on the case page: the change of mind is told and suggested; the status stays the owner's.
    const suggestion = agentPage.getByTestId('case-suggestion');
    await suggestion.waitFor(WAIT);
    assert.match(
      (await suggestion.textContent()) ?? '',
      /now says “Excellent” — consider resolving the case/,
    );
    const changed = agentPage
      .locator('[data-testid="timeline-event"][data-kind="feedback"]')
      .filter({ hasText: 'The customer changed their mind' });
    assert.match((await changed.textContent()) ?? '', /Poor.*→.*Excellent/);
    assert.equal(await agentPage.getByTestId('case-status').first().textContent(), 'Open');
    await agentPage.getByTestId('case-story').filter({ hasText: comment }).waitFor(WAIT);

    // The Feedback page shows the angry words under the red answer, not under the gold one.
    await agentPage.getByRole('link', { name: 'Feedback' }).click();
    const entries = agentPage.getByTestId('feedback-entry').filter({ hasText: 'delivery 5120' });
    await entries.nth(1).waitFor(WAIT);
    const shown = await entries.evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('[data-testid="answer"]')?.textContent?.trim(),
        [...item.querySelectorAll('[data-testid="feedback-comment"]')].map((c) => c.textContent),
      ]),
    );
    assert.deepEqual(shown, [
      ['Excellent', []],
      ['Poor', [comment]],
    ]);
  });

  it('keeps an unseen alert across a reload, never over the note form, and drops it for good once the case is opened', async () => {
    const { customer } = await api<{ customer: { id: string } }>('POST', '/api/v1/customers', {
      name: 'Fay Fairweather',
      emails: ['fay@example.test'],
    });
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, agent);
    // Another case of the agent's, whose note form the alert must leave free.
    const other = await api<{ case: { id: string } }>('POST', '/api/v1/cases', {
      customerId: customer.id,
      title: 'Invoice sent twice',
      story: 'Fay got the same invoice twice and worries she will be charged twice.',
      severity: 'low',
      channel: 'email',
      ownerId: agent.id,
    });
    const opened = await api<{ case: { id: string } }>('POST', '/api/v1/cases', {
      customerId: customer.id,
      title: 'Boiler leaking after the service',
      story: 'Fay called: water under the boiler since yesterday’s service.',
      severity: 'high',
      channel: 'phone',
      ownerId: agent.id,
    });
    const alertFor = (caseId: string) =>
      page.locator(`[data-testid="owner-alert"][data-case-id="${caseId}"]`);
    await alertFor(opened.case.id).waitFor(WAIT);

    await page.reload();
    await alertFor(opened.case.id).waitFor(WAIT);

    // Dismissed is seen: it stays gone after a reload, while the other alert stays.
    await alertFor(other.case.id).getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await alertFor(other.case.id).count(), 0);
    await page.waitForFunction(
      async ([url, id]) =>
        !((await (await fetch(url)).json()) as { cases: { case: { id: string } }[] }).cases.some(
          (item) => item.case.id === id,
        ),
      [`${served.url}/api/v1/cases/unseen`, other.case.id] as const,
      WAIT,
    );
    await page.reload();
    await alertFor(opened.case.id).waitFor(WAIT);
    assert.equal(await alertFor(other.case.id).count(), 0);

    // On the other case (a small screen, scrolled to where one writes a message or a note), the alert covers nothing.
    await page.setViewportSize({ width: 700, height: 600 });
    await page.goto(`${served.url}/cases/${other.case.id}`);
    const form = page.getByTestId('write');
    await form.waitFor(WAIT);
    await alertFor(opened.case.id).waitFor(WAIT);
    for (const scroll of [0, 10_000]) {
      await page.evaluate((y) => window.scrollTo(0, y), scroll);
      const a = await alertFor(opened.case.id).boundingBox();
      const f = await form.boundingBox();
      assert.ok(a && f);
      const overlap =
        a.x < f.x + f.width && f.x < a.x + a.width && a.y < f.y + f.height && f.y < a.y + a.height;
      assert.equal(overlap, false, `alert ${JSON.stringify(a)} over the note form ${JSON.stringify(f)}`);
    }

    await page.evaluate(() => window.scrollTo(0, 0));
    await alertFor(opened.case.id).getByRole('link').click();
    await page.waitForURL(`${served.url}/cases/${opened.case.id}`, WAIT);
    assert.equal(await alertFor(opened.case.id).count(), 0);
    // The server now knows it was seen: a reload brings the alert back no more.
    await page.waitForFunction(
      async (url) => ((await (await fetch(url)).json()) as { cases: unknown[] }).cases.length === 0,
      `${served.url}/api/v1/cases/unseen`,
      WAIT,
    );
    await page.reload();
    await page.getByTestId('case-page').waitFor(WAIT);
    assert.equal(await page.getByTestId('owner-alert').count(), 0);
  });
});
