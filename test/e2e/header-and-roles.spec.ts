import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { User } from '../../src/core/team/user.ts';
import { type BrowserApp, serveAppWithBrowser, signInThroughForm, WAIT } from '../support/browser.ts';
import { buildUser } from '../support/factories.ts';

const LAPTOP = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The vertical middle of each of the header's visible parts: one row means (nearly) one middle. */
async function headerRowMiddles(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const header = document.querySelector('header.site-header');
    const parts = header?.querySelectorAll(
      '.brand, nav > a, .nav-more-button, .live-status, .me-name, .me button',
    );
    const middles: Record<string, number> = {};
    for (const part of parts ?? []) {
      const box = part.getBoundingClientRect();
      if (box.width > 0)
        middles[part.textContent?.trim() || part.className] = Math.round(box.top + box.height / 2);
    }
    return middles;
  });
}

describe('The console header and the screens above a person’s role', () => {
  let served: BrowserApp;
  let admin: User;
  let supervisor: User;
  let agent: User;
  before(async () => {
    served = await serveAppWithBrowser();
    // A long name: the header must hold it on one row too.
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Priyanka Ramaswamy-Oyelaran' });
    supervisor = await buildUser(served.ctx, { role: 'supervisor', name: 'Sam Supervisor' });
    agent = await buildUser(served.ctx, { role: 'agent', name: 'Andy Agent' });
  });
  after(() => served?.close());

  const deskOf = async (person: User, viewport = LAPTOP, path = '/') => {
    const page = await (await served.browser.newContext({ viewport })).newPage();
    await signInThroughForm(page, served.url, person, path);
    return page;
  };

  it('keeps an admin’s header on one row at 1366 px, the rarer screens behind More', async () => {
    const page = await deskOf(admin);
    const middles = await headerRowMiddles(page);
    const spread = Math.max(...Object.values(middles)) - Math.min(...Object.values(middles));
    assert.ok(spread <= 8, `one row: ${JSON.stringify(middles)}`);
    const height = await page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height);
    assert.ok(height < 70, `header ${height}px high`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), LAPTOP.width);

    const nav = page.getByRole('navigation', { name: 'Main' });
    const more = nav.getByRole('button', { name: 'More' });
    assert.equal(await nav.getByRole('link', { name: 'Settings' }).isVisible(), false);
    await more.click();
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Escape');
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    // By keyboard: through its links and on past the last one, and it closes behind.
    await more.press('Enter');
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    const links = await nav.locator('#nav-more-list a').count();
    for (let i = 0; i <= links; i++) await page.keyboard.press('Tab');
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    await more.click();
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor(WAIT);
    // Where you are shows on the button that holds it; the list closed with the new screen.
    assert.equal(await more.getAttribute('data-current'), 'true');
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    await page.screenshot({ path: '/tmp/header-1366.png' });
    // Every settings screen is reached from Settings: Amends had no way in but its address.
    await page.getByRole('link', { name: /^Amends The gestures on offer/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Amends' }).waitFor(WAIT);
  });

  it('lays every screen flat in the phone’s menu, each a comfortable tap', async () => {
    const page = await deskOf(admin, PHONE);
    await page.getByRole('button', { name: 'Menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await nav.getByRole('button', { name: 'More' }).isVisible(), false);
    for (const name of ['Inbox', 'Approvals', 'Outbox', 'People', 'Settings', 'API tokens']) {
      const link = nav.getByRole('link', { name, exact: true });
      assert.equal(await link.isVisible(), true, `${name} in the open menu`);
      const box = await link.boundingBox();
      assert.ok(box && box.height >= 40, `${name} is ${box?.height}px tall`);
    }
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), PHONE.width);
    await page.screenshot({ path: '/tmp/header-390-menu.png', fullPage: true });
  });

  it('tells a supervisor at an admin’s screen whom to ask, and offers them no admin links', async () => {
    const page = await deskOf(supervisor, LAPTOP, '/settings/clocks');
    await page.getByRole('heading', { level: 1, name: 'Only admins can open this' }).waitFor(WAIT);
    const ask = page.getByRole('link', { name: admin.name });
    assert.equal(await ask.getAttribute('href'), `mailto:${admin.email}`);
    assert.equal(await page.getByRole('heading', { name: 'Page not found' }).count(), 0);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Approvals' }).waitFor(WAIT);
    await nav.getByRole('button', { name: 'More' }).click();
    await nav.getByRole('link', { name: 'Outbox' }).waitFor(WAIT);
    for (const name of ['Settings', 'People', 'Audit', 'Surveys', 'Brand'])
      assert.equal(await nav.getByRole('link', { name }).count(), 0, `${name} offered to a supervisor`);
    await page.screenshot({ path: '/tmp/header-not-allowed.png' });
  });

  it('tells an agent at the approvals queue that it is for supervisors and admins', async () => {
    const page = await deskOf(agent, LAPTOP, '/amends');
    await page
      .getByRole('heading', { level: 1, name: 'Only supervisors and admins can open this' })
      .waitFor(WAIT);
    await page.getByRole('link', { name: supervisor.name }).waitFor(WAIT);
    assert.equal(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).count(),
      0,
    );
  });
});
