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

const countRows = async (served: BrowserApp, table: 'outbound_emails') =>
  Number(
    (
      await served.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

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

  it('previews who gets it and the email, sends on confirmation, then shows the held emails in the outbox', async () => {
    await signInThroughForm(page, served.url, supervisor, '/blasts');
    await page.getByRole('heading', { name: 'Blasts' }).waitFor(WAIT);

    writeFileSync(csv, 'email,name\nann@example.test,<b>Ann</b>\nnot-an-address,Bob\ncy@example.test,Cy\n');
    await page.getByLabel('Name (optional)').fill('Spring deliveries');
    await page.getByLabel('Customer list (CSV)').setInputFiles(csv);
    await page.getByRole('button', { name: 'Preview' }).click();

    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByText('2 customers will get this email.').waitFor(WAIT);
    await preview.getByText('"not-an-address" is not an email address we can send to').waitFor(WAIT);
    assert.match((await preview.locator('.line-errors li').first().textContent()) ?? '', /^Line 3:/);
    const frame = preview.locator('iframe.email-frame');
    assert.equal(await frame.getAttribute('sandbox'), '', 'the email renders with no permissions');
    const email = page.frameLocator('iframe.email-frame');
    await email.getByText('How did we do with your delivery?').waitFor(WAIT);
    await email.getByText('Hello <b>Ann</b>,').waitFor(WAIT);
    assert.equal(await email.locator('b').count(), 0, 'the customer name is text, not markup');
    assert.equal(await countRows(served, 'outbound_emails'), 0, 'a preview sends nothing');
    await page.screenshot({ path: '/tmp/blast-preview.png', fullPage: true });

    await preview.getByRole('button', { name: 'Send to 2 customers' }).click();
    // The upload answers before the list is turned into mail: the blast shows while it is prepared.
    await page
      .getByText('“Spring deliveries” is on its way: 2 customers to ask.', { exact: false })
      .waitFor(WAIT);
    const row = page.getByRole('row', { name: /Spring deliveries/ });
    // The refused line (of three) is already done with: a third prepared.
    await row.getByText('Preparing: 33%').waitFor(WAIT);
    await row.getByRole('progressbar', { name: 'Spring deliveries: prepared' }).waitFor(WAIT);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: '/tmp/blast-preparing.png', fullPage: true });
    const desk = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    await row.getByText('Preparing: 33%').waitFor(WAIT);
    await page.screenshot({ path: '/tmp/blast-preparing-390.png', fullPage: true });
    if (desk) await page.setViewportSize(desk);
    assert.equal(await countRows(served, 'outbound_emails'), 0, 'nothing queued yet: the job prepares it');

    // The worker prepares the list and holds its mail; the open list follows without a reload.
    await runJobs(served);
    await row.getByText('2 held in the outbox, not sent').waitFor(WAIT);
    assert.equal(await row.getByText(/Preparing/).count(), 0, 'prepared');
    await page.getByRole('link', { name: 'Spring deliveries' }).click();
    await page.getByRole('heading', { name: 'Outbox' }).waitFor(WAIT);
    // The heading shows before the list has loaded: wait for the second held email, then count.
    const held = page.locator('tbody .badge', { hasText: 'Held' });
    await held.nth(1).waitFor(WAIT);
    assert.equal(await held.count(), 2);
    await page.getByRole('button', { name: 'ann@example.test' }).click();

    const html = page.frameLocator('.mail-preview iframe');
    await html.getByText('Hello <b>Ann</b>,').waitFor(WAIT);
    await html.getByRole('link', { name: 'Unsubscribe from survey emails' }).waitFor(WAIT);
    assert.equal(await page.locator('.mail-preview iframe').getAttribute('sandbox'), '');
    assert.equal(await html.locator('script').count(), 0);
    await page.screenshot({ path: '/tmp/outbox-html.png', fullPage: true });

    await page.getByText('Plain-text part').click();
    const text = (await page.locator('.mail-preview pre').textContent()) ?? '';
    assert.match(text, /^Hello <b>Ann<\/b>,/, 'the customer name is shown as text, not markup');
    assert.match(text, /unsubscribe: http:\/\/127\.0\.0\.1:\d+\/u\//);
  });

  it('shows each email’s recipient, subject and status on a phone, and the four-column table on a laptop', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${served.url}/outbox`);
    const rows = page.locator('table.outbox-table tbody tr');
    await rows.nth(1).waitFor(WAIT);
    assert.equal(await rows.count(), 2);
    for (const row of await rows.all()) {
      const cells = row.locator('td');
      // To, subject, status: each shown whole within the phone's width (no sideways scroll to reach it).
      for (const index of [0, 1, 2]) {
        const cell = cells.nth(index);
        assert.notEqual((await cell.innerText()).trim(), '', `cell ${index} has text`);
        const box = await cell.boundingBox();
        assert.ok(
          box && box.width > 0 && box.x >= 0 && box.x + box.width <= 390,
          `cell ${index} within 390 px`,
        );
      }
      await row.locator('.badge', { hasText: 'Held' }).waitFor({ state: 'visible', ...WAIT });
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the page fits a phone (${width}px wide)`);
    await page.screenshot({ path: '/tmp/outbox-390.png', fullPage: true });

    await page.setViewportSize({ width: 1366, height: 900 });
    const headers = page.locator('table.outbox-table thead th');
    assert.deepEqual(
      (await headers.allInnerTexts()).map((text) => text.trim().toLowerCase()),
      ['to', 'subject', 'status', 'created'],
    );
    // A table again: the cells of a row share one line.
    const first = rows.first().locator('td');
    const tops = await Promise.all(
      [0, 1, 2, 3].map(async (index) => (await first.nth(index).boundingBox())?.y),
    );
    assert.ok(
      tops.every((top) => top !== undefined && Math.abs(top - tops[0]!) <= 2),
      `one line: ${tops}`,
    );
    await page.screenshot({ path: '/tmp/outbox-1366.png', fullPage: true });
  });

  it('counts held emails apart from delivered ones in the blast list', async () => {
    await page.goto(`${served.url}/blasts`);
    const row = page.getByRole('row', { name: /Spring deliveries/ });
    await row.waitFor(WAIT);
    assert.match((await row.textContent()) ?? '', /2 held in the outbox, not sent/);
    assert.equal((await row.locator('td').nth(3).textContent())?.startsWith('0'), true, 'none delivered');
    assert.equal(
      (await row.locator('td').nth(6).textContent())?.trim(),
      '—',
      'no response rate without delivery',
    );
  });

  it('keeps every column of the blast list at 800 and 390 px (the inbox hides two of its own; not these)', async () => {
    await page.goto(`${served.url}/blasts`);
    const row = page.getByRole('row', { name: /Spring deliveries/ });
    await row.waitFor(WAIT);
    const headers = page.locator('table.blast-table thead th');
    const names = ['blast', 'started', 'recipients', 'delivered', 'not sent', 'answered', 'response rate'];
    for (const width of [800, 390]) {
      await page.setViewportSize({ width, height: 844 });
      const shown = await headers.evaluateAll((cells) =>
        cells.filter((cell) => getComputedStyle(cell).display !== 'none').map((cell) => cell.textContent),
      );
      assert.deepEqual(
        shown.map((text) => text?.trim().toLowerCase()),
        names,
        `every heading at ${width} px`,
      );
      const recipients = row.locator('td').nth(2);
      assert.equal(await recipients.isVisible(), true, `Recipients at ${width} px`);
      assert.match(await recipients.innerText(), /^3\b/, `three recipients at ${width} px`);
      assert.equal(await row.locator('td').nth(5).isVisible(), true, `Answered at ${width} px`);
      await page.screenshot({ path: `/tmp/blasts-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
