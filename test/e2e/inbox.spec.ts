import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import type { Case } from '../../src/core/case/case.ts';
import type { User } from '../../src/core/team/user.ts';
import {
  type BrowserApp,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildCase, buildUser, RESOLUTION } from '../support/factories.ts';

const LONG_TITLE = `Refund${'!'.repeat(400)}`;

describe('The inbox in the console', () => {
  let served: BrowserApp;
  let maya: User;
  let omar: User;
  let furnace: Case;
  let invoice: Case;
  let longTitle: Case;
  let page: Page;

  before(async () => {
    served = await serveAppWithBrowser();
    const ctx = served.ctx;
    maya = await buildUser(ctx, { role: 'supervisor', name: 'Maya Lopez' });
    omar = await buildUser(ctx, { role: 'agent', name: 'Omar Haddad' });
    invoice = await buildCase(ctx, {
      title: 'Paper invoice never arrived',
      severity: 'low',
      ownerId: omar.id,
    });
    furnace = await buildCase(ctx, {
      title: 'Furnace out, baby at home',
      severity: 'critical',
      ownerId: maya.id,
    });
    await changeCaseStatus(ctx, { userId: maya.id, role: 'supervisor', via: 'session' }, furnace.id, {
      status: 'acknowledged',
    });
    longTitle = await buildCase(ctx, { title: LONG_TITLE, severity: 'normal', ownerId: omar.id });
    const resolved = await buildCase(ctx, {
      title: 'Double charge on card',
      severity: 'high',
      ownerId: maya.id,
    });
    await changeCaseStatus(ctx, { userId: maya.id, role: 'supervisor', via: 'session' }, resolved.id, {
      status: 'resolved',
      resolution: RESOLUTION,
    });
    page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, maya);
  });
  after(() => served?.close());

  const rowTitles = () => page.getByTestId('inbox-row').locator('.case-title').allInnerTexts();
  /** Waits until the inbox shows exactly these titles, in this order. */
  async function expectRows(titles: string[]): Promise<void> {
    await page.waitForFunction(
      (want) =>
        JSON.stringify(
          [...document.querySelectorAll('[data-testid="inbox-row"] .case-title')].map((e) => e.textContent),
        ) === JSON.stringify(want),
      titles,
      WAIT,
    );
  }

  it('puts an acknowledged critical case above an open low one: severity first, then waiting time', async () => {
    await page.goto(`${served.url}/`);
    await expectRows([furnace.title, LONG_TITLE, invoice.title]);
  });

  it('filters by whose, status and severity, keeps the filters in the address, and a reload keeps them', async () => {
    await page.getByRole('radio', { name: 'Mine' }).check();
    await expectRows([furnace.title]);
    await page.getByLabel('Status').selectOption('done');
    await expectRows(['Double charge on card']);
    await page.getByRole('heading', { level: 1, name: 'Resolved and closed' }).waitFor(WAIT);
    await page.getByRole('radio', { name: 'Everyone' }).check();
    await page.getByLabel('Status').selectOption('active');
    await page.getByLabel('Severity').selectOption('low');
    await expectRows([invoice.title]);
    assert.equal(new URL(page.url()).search, '?severity=low');

    await page.getByLabel('Severity').selectOption('critical');
    await page.getByRole('radio', { name: 'Mine' }).check();
    await expectRows([furnace.title]);
    await page.reload();
    await expectRows([furnace.title]);
    assert.equal(await page.getByLabel('Severity').inputValue(), 'critical');
    assert.ok(await page.getByRole('radio', { name: 'Mine' }).isChecked());
  });

  it('searches by title, customer or number as the person types, and the address keeps the search', async () => {
    await page.goto(`${served.url}/`);
    await expectRows([furnace.title, LONG_TITLE, invoice.title]);
    await page.getByLabel('Search').fill('invoice');
    await expectRows([invoice.title]);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'invoice');
    await page.getByLabel('Search').fill(`#${furnace.number}`);
    await expectRows([furnace.title]);
    await page.getByLabel('Search').fill('no case has these words');
    await page.getByText('No case matches these filters.').waitFor(WAIT);
    await page.getByRole('link', { name: 'Show every active case' }).click();
    await expectRows([furnace.title, LONG_TITLE, invoice.title]);
    assert.equal(await page.getByLabel('Search').inputValue(), '');
  });

  it('loads more with the cursor, and a live change refreshes every loaded page without repeats', async () => {
    for (let i = 0; i < 52; i++) await buildCase(served.ctx, { title: `Late parcel ${i}`, severity: 'low' });
    await page.goto(`${served.url}/?severity=low`);
    await page.getByTestId('inbox-row').nth(49).waitFor(WAIT);
    assert.equal(await page.getByTestId('inbox-row').count(), 50);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByTestId('inbox-row').nth(52).waitFor(WAIT);
    assert.equal(await page.getByRole('button', { name: 'Load more' }).count(), 0);

    // A new case arrives while 53 are shown: the list becomes 54, each case once, in the server's order.
    const arrived = await buildCase(served.ctx, { title: 'Parcel left in the rain', severity: 'low' });
    await page.getByTestId('inbox-row').nth(53).waitFor(WAIT);
    const titles = await rowTitles();
    assert.equal(titles.length, 54);
    assert.equal(new Set(titles).size, 54);
    assert.equal(titles.at(-1), arrived.title, 'the newest case has waited least');
    assert.equal(titles[0], invoice.title, 'the oldest case has waited longest');
  });

  it('opens a case by its number at /cases/<number>', async () => {
    await page.goto(`${served.url}/cases/${invoice.number}`);
    await page.getByRole('heading', { level: 1, name: invoice.title }).waitFor(WAIT);
    await page.getByTestId('case-owner').filter({ hasText: omar.name }).waitFor(WAIT);
  });

  for (const width of [1280, 390]) {
    it(`wraps a long unbroken title instead of widening the page, at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/', `/cases/${longTitle.id}`]) {
        await page.goto(`${served.url}${path}`);
        await page.getByText(LONG_TITLE).first().waitFor(WAIT);
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        assert.deepEqual(widths, [width, width], `${path} is wider than the window`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  }

  it('folds the header behind a Menu button at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${served.url}/`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = page.getByRole('button', { name: 'Menu' });
    // Wait for the header to be drawn before judging what it hides.
    await menu.waitFor(WAIT);
    await nav.waitFor({ state: 'hidden', ...WAIT });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await nav.getByRole('link', { name: 'Feedback' }).click();
    await page.getByRole('heading', { level: 1, name: 'Feedback' }).waitFor(WAIT);
    // A new screen closes the menu.
    await nav.waitFor({ state: 'hidden', ...WAIT });
    await page.setViewportSize({ width: 1280, height: 900 });
    await nav.waitFor({ state: 'visible', ...WAIT });
    await menu.waitFor({ state: 'hidden', ...WAIT });
  });
});
