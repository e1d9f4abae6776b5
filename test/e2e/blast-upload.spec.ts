import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { User } from '../../src/core/team/user.ts';
import { buildSurvey } from '../support/blasts.ts';
import {
  type BrowserApp,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';

describe('Sending a survey blast from the console', () => {
  let served: BrowserApp;
  let supervisor: User;
  let page: Page;
  const csv = path.join(os.tmpdir(), `amends-blast-${process.pid}.csv`);

  before(async () => {
    served = await serveAppWithBrowser();
    supervisor = await buildUser(served.ctx, { role: 'supervisor', name: 'Sam Supervisor' });
    await buildSurvey(served.ctx, 'How did we do with your delivery?');
    page = await newDesk(served.browser);
  });
  after(async () => {
    rmSync(csv, { force: true });
    await served?.close();
  });

  it('uploads a CSV, shows the queued count and each refused line, then the held emails in the outbox', async () => {
    await signInThroughForm(page, served.url, supervisor, '/blasts');
    await page.getByRole('heading', { name: 'Blasts' }).waitFor(WAIT);

    writeFileSync(csv, 'email,name\nann@example.test,<b>Ann</b>\nnot-an-address,Bob\ncy@example.test,Cy\n');
    await page.getByLabel('Name (optional)').fill('Spring deliveries');
    await page.getByLabel('Customer list (CSV)').setInputFiles(csv);
    await page.getByRole('button', { name: 'Send survey' }).click();
    await page.getByText('2 emails queued for “Spring deliveries”.').waitFor(WAIT);
    await page.getByText('"not-an-address" is not an email address we can send to').waitFor(WAIT);
    assert.match((await page.locator('.line-errors li').first().textContent()) ?? '', /^Line 3:/);
    await page.getByRole('link', { name: 'Spring deliveries' }).waitFor(WAIT);

    await runJobs(served);
    await page.getByRole('link', { name: 'Spring deliveries' }).click();
    await page.getByRole('heading', { name: 'Outbox' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'ann@example.test' }).click();
    const preview = page.locator('.mail-preview pre');
    await preview.waitFor(WAIT);
    const text = (await preview.textContent()) ?? '';
    assert.match(text, /^Hello <b>Ann<\/b>,/, 'the customer name is shown as text, not markup');
    assert.match(text, /unsubscribe: http:\/\/127\.0\.0\.1:\d+\/u\//);
    assert.equal(await page.locator('.mail-preview b').count(), 0);
    assert.equal(await page.locator('tbody .badge', { hasText: 'Held' }).count(), 2);
  });
});
