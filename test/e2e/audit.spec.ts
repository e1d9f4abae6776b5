import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createTeam } from '../../src/app/teams/create-team.ts';
import { updateUser } from '../../src/app/users/update-user.ts';
import type { User } from '../../src/core/team/user.ts';
import {
  type BrowserApp,
  newDesk,
  openFromHeader,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildCase, buildUser } from '../support/factories.ts';

describe('The audit log in the console', () => {
  let served: BrowserApp;
  let ada: User;
  let bo: User;
  let page: Page;
  let caseId: string;

  before(async () => {
    served = await serveAppWithBrowser();
    ada = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    bo = await buildUser(served.ctx, { role: 'admin', name: 'Bo Boss' });
    const bosActor = { userId: bo.id, role: bo.role, via: 'session' } as const;
    await createTeam(served.ctx, bosActor, { name: 'Made by Bo' });
    await updateUser(served.ctx, bosActor, ada.id, { available: false });
    caseId = (await buildCase(served.ctx, { ownerId: ada.id })).id;
    page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, ada);
  });
  after(() => served?.close());

  const shown = async () =>
    page
      .getByTestId('audit-entry')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('[data-testid="audit-who"]')?.textContent,
          row.querySelector('[data-testid="audit-action"]')?.getAttribute('data-action'),
        ]),
      );

  it('filters by person and by action', async () => {
    await openFromHeader(page, 'Audit');
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor(WAIT);
    await page.getByTestId('audit-entry').first().waitFor(WAIT);
    const filters = page.getByRole('form', { name: 'Filter the audit log' });
    await filters.getByLabel('Person').selectOption({ label: 'Bo Boss' });
    await filters.getByRole('button', { name: 'Show' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="audit-who"]')].every((td) => td.textContent === 'Bo Boss'),
    );
    assert.deepEqual(await shown(), [
      ['Bo Boss', 'user.updated'],
      ['Bo Boss', 'team.created'],
    ]);

    await filters.getByLabel('Action').selectOption({ label: 'Team added' });
    await filters.getByRole('button', { name: 'Show' }).click();
    await page
      .getByTestId('audit-entry')
      .nth(1)
      .waitFor({ state: 'detached', ...WAIT });
    assert.deepEqual(await shown(), [['Bo Boss', 'team.created']]);
  });

  it('filters by period: a day with nothing in it shows nothing, and Clear shows everything again', async () => {
    const filters = page.getByRole('form', { name: 'Filter the audit log' });
    await filters.getByLabel('From').fill('2020-01-01');
    await filters.getByLabel('To (inclusive)').fill('2020-01-02');
    await filters.getByRole('button', { name: 'Show' }).click();
    await page.getByText('Nothing in the log matches.').waitFor(WAIT);
    await filters.getByRole('button', { name: 'Clear' }).click();
    await page.getByTestId('audit-entry').nth(2).waitFor(WAIT);
    const who = new Set((await shown()).map(([name]) => name));
    assert.ok(who.has('Ada Admin') && who.has('Bo Boss'), [...who].join());
    // A case the log names is one click away.
    const opened = page.getByTestId('audit-entry').filter({ hasText: 'Case opened' });
    assert.equal(await opened.getByRole('link').getAttribute('href'), `/cases/${caseId}`);
  });

  it('applies a filter given while "Show older" loads, and never adds the older page of the old filter', async () => {
    // More than a page (50) of entries, all Ada's: she adds teams.
    const adasActor = { userId: ada.id, role: ada.role, via: 'session' } as const;
    for (let i = 0; i < 55; i += 1) await createTeam(served.ctx, adasActor, { name: `Team ${i} of Ada` });
    await page.reload();
    await page.getByRole('button', { name: 'Show older' }).waitFor(WAIT);

    // Hold the older page in the network until the new filter's answer is on screen.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let olderAsked!: () => void;
    const olderRequested = new Promise<void>((resolve) => {
      olderAsked = resolve;
    });
    await page.route(/\/api\/v1\/audit\?.*beforeId=/, async (route) => {
      olderAsked();
      await released;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Show older' }).click();
    await olderRequested;
    const filters = page.getByRole('form', { name: 'Filter the audit log' });
    await filters.getByLabel('Person').selectOption({ label: 'Bo Boss' });
    await filters.getByRole('button', { name: 'Show' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="audit-who"]')].every((td) => td.textContent === 'Bo Boss'),
    );
    const olderAnswered = page.waitForResponse(/\/api\/v1\/audit\?.*beforeId=/);
    release();
    await olderAnswered;
    // The older page's answer has arrived: let React render whatever it would.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const who = new Set((await shown()).map(([name]) => name));
    assert.deepEqual([...who], ['Bo Boss']);
    await page.unroute(/\/api\/v1\/audit\?.*beforeId=/);
  });
});
