import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getCase } from '../../src/app/cases/get-case.ts';
import { listCaseEvents } from '../../src/app/cases/list-case-events.ts';
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

const CASE_URL = /\/cases\/[0-9a-f-]{36}$/;

describe('Handing a case off in the console', () => {
  let served: BrowserApp;
  let agent: User;
  let supervisor: User;
  let nextOwner: User;

  before(async () => {
    served = await serveAppWithBrowser();
    agent = await buildUser(served.ctx, { role: 'agent', name: 'Alice Agent' });
    supervisor = await buildUser(served.ctx, { role: 'supervisor', name: 'Sam Supervisor' });
    nextOwner = await buildUser(served.ctx, { role: 'agent', name: 'Theo Tanaka' });
  });

  after(() => served?.close());

  it('shows an agent’s hand-off, with the new owner and the reason, on a supervisor’s open case page without a reload', async () => {
    const title = 'Furnace died the night after the repair';
    const story = 'The technician left at 6pm; by midnight the house was at 12°C with two small children.';
    const reason = 'Theo handles heating warranty claims and can send a technician tomorrow.';

    // The supervisor signs in first and watches the inbox; the marker proves the page never reloads.
    const pageB = await newDesk(served.browser);
    await signInThroughForm(pageB, served.url, supervisor);
    await markWindow(pageB);

    // The agent opens a case for a new customer through the form and lands on the case page.
    const pageA = await newDesk(served.browser);
    await signInThroughForm(pageA, served.url, agent);
    await pageA.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New case' }).click();
    await pageA.getByRole('radio', { name: 'New customer' }).check();
    await pageA.getByLabel('Name', { exact: true }).fill('Dana Whitfield');
    await pageA.getByLabel('Email', { exact: true }).fill('dana.whitfield@example.test');
    await pageA.getByLabel('Title', { exact: true }).fill(title);
    await pageA.getByLabel("The customer's story").fill(story);
    await pageA.getByLabel('Severity', { exact: true }).selectOption({ label: 'Critical' });
    await pageA.getByLabel('Came in by', { exact: true }).selectOption({ label: 'Phone' });
    await pageA.getByLabel('Owner', { exact: true }).selectOption({ label: `Me (${agent.name})` });
    await pageA.getByRole('button', { name: 'Open case' }).click();
    await pageA.waitForURL(CASE_URL, WAIT);
    await pageA.getByRole('heading', { level: 1, name: title }).waitFor(WAIT);
    await pageA.getByTestId('case-story').filter({ hasText: story }).waitFor(WAIT);
    await pageA.getByTestId('case-owner').filter({ hasText: agent.name }).waitFor(WAIT);
    const caseUrl = pageA.url();

    // The new case reaches the supervisor's inbox live; they open it.
    const rowB = pageB.getByTestId('inbox-row').filter({ hasText: title });
    await rowB.waitFor(WAIT);
    await rowB.getByRole('link', { name: title }).click();
    await pageB.getByRole('heading', { level: 1, name: title }).waitFor(WAIT);
    assert.equal(pageB.url(), caseUrl, 'both people have the same case open');

    // The agent hands the case off with a written reason.
    const handoffA = pageA.getByRole('form', { name: 'Hand off the case' });
    await handoffA.getByLabel('New owner').selectOption({ label: nextOwner.name });
    await handoffA.getByLabel('Reason').fill(reason);
    await handoffA.getByRole('button', { name: 'Hand off' }).click();
    await pageA
      .getByRole('status')
      .filter({ hasText: `Handed off to ${nextOwner.name}.` })
      .waitFor(WAIT);

    // The supervisor's page shows it live: new owner and reason on the timeline, the owner card, the count.
    const handoffEvent = pageB
      .locator('[data-testid="timeline-event"][data-kind="handed_off"]')
      .filter({ hasText: reason });
    await handoffEvent.waitFor(WAIT);
    assert.equal(await handoffEvent.getByTestId('handoff-to').textContent(), nextOwner.name);
    assert.equal(await handoffEvent.getByTestId('handoff-from').textContent(), agent.name);
    assert.equal(await handoffEvent.getByTestId('event-body').textContent(), reason);
    await pageB.getByTestId('case-owner').filter({ hasText: nextOwner.name }).waitFor(WAIT);
    await pageB.getByTestId('handoff-count').filter({ hasText: '1' }).waitFor(WAIT);
    assert.equal(await wasReloaded(pageB), false);

    // Back in the inbox (a client-side navigation), the case is listed with its new owner.
    await pageB.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
    const row = pageB.getByTestId('inbox-row').filter({ hasText: title });
    await row.waitFor(WAIT);
    await row.getByTestId('inbox-owner').filter({ hasText: nextOwner.name }).waitFor(WAIT);
    assert.match((await row.textContent()) ?? '', /Dana Whitfield/);
    assert.equal(await wasReloaded(pageB), false);

    const stored = await getCase(served.ctx, caseUrl.split('/').pop() ?? '');
    assert.equal(stored.owner.id, nextOwner.id);
    assert.equal(stored.case.handoffCount, 1);
  });

  it('shows the server’s error for a hand-off without a reason, and changes nothing', async () => {
    const opened = await buildCase(served.ctx, { title: 'Charged twice for one order', ownerId: agent.id });
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, agent, `/cases/${opened.id}`);
    await page.getByRole('heading', { level: 1, name: 'Charged twice for one order' }).waitFor(WAIT);

    const form = page.getByRole('form', { name: 'Hand off the case' });
    await form.getByLabel('New owner').selectOption({ label: nextOwner.name });
    const answer = page.waitForResponse((response) => response.url().endsWith('/handoff'), WAIT);
    await form.getByRole('button', { name: 'Hand off' }).click();
    const response = await answer;
    assert.equal(response.status(), 400);
    const { detail } = (await response.json()) as { detail: string };
    assert.ok(detail.length > 0, 'the server explains what is wrong');

    const alert = form.getByRole('alert');
    await alert.waitFor(WAIT);
    assert.equal(await alert.textContent(), detail);
    assert.equal(await page.getByTestId('case-owner').textContent(), agent.name);
    assert.equal(await page.getByTestId('handoff-count').textContent(), '0');

    const stored = await getCase(served.ctx, opened.id);
    assert.equal(stored.owner.id, agent.id);
    assert.equal(stored.case.handoffCount, 0);
    const events = await listCaseEvents(served.ctx, opened.id, { limit: 100 });
    assert.deepEqual(
      events.filter((event) => event.kind === 'handed_off'),
      [],
    );
  });
});
