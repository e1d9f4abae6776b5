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
});
