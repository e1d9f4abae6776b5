import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createApiToken } from '../../src/app/auth/create-api-token.ts';
import type { User } from '../../src/core/team/user.ts';
import { type BrowserApp, serveAppWithBrowser, signInThroughForm, WAIT } from '../support/browser.ts';
import { buildCase, buildCustomer, buildTeam, buildUser } from '../support/factories.ts';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };

/**
 * The admin screens at a phone's width: nothing in the page is wider than the screen (wide tables
 * scroll inside their own box). Screenshots at both widths go to /tmp for a person to look at.
 */
describe('The admin and customer screens on a phone', () => {
  let served: BrowserApp;
  let admin: User;
  let page: Page;
  let screens: { name: string; path: string; ready: string }[];

  before(async () => {
    served = await serveAppWithBrowser();
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    const team = await buildTeam(served.ctx, 'Front line with a rather long team name');
    await buildUser(served.ctx, { name: 'Priyanka Ramaswamy-Oyelaran', teamIds: [team.id] });
    await createApiToken(
      served.ctx,
      { userId: admin.id, role: 'admin', via: 'session' },
      { name: 'Shop checkout' },
    );
    const customer = await buildCustomer(served.ctx, {
      name: 'Maximiliana Featherstonehaugh',
      email: 'maximiliana.featherstonehaugh@a-long-domain.example.test',
    });
    await buildCase(served.ctx, { customerId: customer.id, title: 'A parcel that arrived soaked through' });
    screens = [
      { name: 'people', path: '/people', ready: 'person-row' },
      { name: 'tokens', path: '/tokens', ready: 'token-row' },
      { name: 'audit', path: '/audit', ready: 'audit-entry' },
      { name: 'settings', path: '/settings', ready: '' },
      { name: 'message-templates', path: '/settings/templates', ready: 'template-preview' },
      { name: 'customers', path: '/customers', ready: '' },
      { name: 'customer-story', path: `/customers/${customer.id}`, ready: 'story-item' },
    ];
    const context = await served.browser.newContext({ viewport: DESK });
    page = await context.newPage();
    await signInThroughForm(page, served.url, admin);
  });
  after(() => served?.close());

  async function open(screen: { path: string; ready: string }): Promise<void> {
    await page.goto(`${served.url}${screen.path}`);
    await page.locator('h1').waitFor(WAIT);
    if (screen.ready) await page.getByTestId(screen.ready).first().waitFor(WAIT);
  }

  it('keeps every screen within a phone’s width', async () => {
    const tooWide: string[] = [];
    for (const screen of screens) {
      await page.setViewportSize(DESK);
      await open(screen);
      await page.screenshot({ path: `/tmp/amends-${screen.name}-1280.png`, fullPage: true });
      // At a desk's width not even the header (an admin's ten links) may widen the page.
      const page1280 = await page.evaluate(() => document.documentElement.scrollWidth);
      if (page1280 > DESK.width) tooWide.push(`${screen.path} at 1280: ${page1280}px`);
      await page.setViewportSize(PHONE);
      await open(screen);
      await page.screenshot({ path: `/tmp/amends-${screen.name}-390.png`, fullPage: true });
      const widths = await page
        .locator('main')
        .evaluate((main) => ({ scroll: main.scrollWidth, client: main.clientWidth }));
      if (widths.scroll > widths.client)
        tooWide.push(`${screen.path}: ${widths.scroll}px in ${widths.client}px`);
    }
    assert.deepEqual(tooWide, []);
  });
});
