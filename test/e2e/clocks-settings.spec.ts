import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { User } from '../../src/core/team/user.ts';
import { type BrowserApp, serveAppWithBrowser, signInThroughForm, WAIT } from '../support/browser.ts';
import { buildTeam, buildUser } from '../support/factories.ts';

const DESK = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('Clocks: an admin sets response times and business hours in the console', () => {
  let served: BrowserApp;
  let admin: User;
  let teamId: string;
  let page: Page;

  before(async () => {
    served = await serveAppWithBrowser();
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    teamId = (await buildTeam(served.ctx, 'Night shift')).id;
    const context = await served.browser.newContext({ viewport: DESK });
    page = await context.newPage();
    await signInThroughForm(page, served.url, admin, '/settings');
  });
  after(() => served?.close());

  async function expectFieldError(field: Locator, sentence: RegExp): Promise<void> {
    const id = await field.getAttribute('id');
    await page.locator(`#${id}-error`).filter({ hasText: sentence }).waitFor(WAIT);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match(String(await field.getAttribute('aria-describedby')), new RegExp(`${id}-error`));
  }

  const policyRow = (severity: 'critical' | 'high' | 'normal' | 'low') =>
    served.ctx.db
      .selectFrom('case_policies')
      .selectAll()
      .where('severity', '=', severity)
      .executeTakeFirstOrThrow();
  const orgHours = () =>
    served.ctx.db
      .selectFrom('business_hours')
      .selectAll()
      .where('team_id', 'is', null)
      .executeTakeFirstOrThrow();

  it('changes a severity’s clocks and sees them saved; a cadence longer than resolving is refused beside its field', async () => {
    await page.getByRole('link', { name: /Clocks and business hours/ }).click();
    await page.getByRole('heading', { name: 'Clocks', exact: true }).waitFor(WAIT);
    const normal = page.getByTestId('policy-normal');
    await normal.waitFor(WAIT);

    await normal.getByLabel('Update every (Normal): amount').fill('30');
    await normal.getByLabel('Update every (Normal): unit').selectOption('days');
    await normal.getByRole('button', { name: 'Save normal' }).click();
    await expectFieldError(
      normal.getByLabel('Update every (Normal): amount'),
      /must not be longer than resolve within/,
    );
    assert.equal((await policyRow('normal')).update_minutes, 960, 'nothing saved');

    await normal.getByLabel('Acknowledge within (Normal): amount').fill('2');
    await normal.getByLabel('Acknowledge within (Normal): unit').selectOption('hours');
    await normal.getByLabel('Update every (Normal): amount').fill('4');
    await normal.getByLabel('Update every (Normal): unit').selectOption('hours');
    await normal.getByRole('checkbox', { name: 'in business hours' }).first().uncheck();
    await normal.getByRole('checkbox', { name: /holding message/ }).check();
    await normal.getByRole('button', { name: 'Save normal' }).click();
    await normal.getByRole('status').getByText(/Saved/).waitFor(WAIT);
    const saved = await policyRow('normal');
    assert.deepEqual(
      [saved.acknowledge_minutes, saved.acknowledge_business, saved.update_minutes, saved.holding_message],
      [120, false, 240, true],
    );
    // Shown as kept after a reload.
    await page.reload();
    await page.getByTestId('policy-normal').waitFor(WAIT);
    assert.equal(await page.getByLabel('Acknowledge within (Normal): amount').inputValue(), '2');
    assert.equal(await page.getByLabel('Acknowledge within (Normal): unit').inputValue(), 'hours');
  });

  it('a bad time zone shows its error beside the field; good hours are saved', async () => {
    const form = page.getByRole('form', { name: 'Organisation business hours' });
    const zone = form.getByLabel('Time zone');
    await zone.fill('Mars/Olympus_Mons');
    await form.getByRole('button', { name: 'Save hours' }).click();
    await expectFieldError(zone, /Mars\/Olympus_Mons.*not a time zone we know/);
    assert.equal((await orgHours()).time_zone, 'UTC', 'nothing saved');
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'org-hours-zone',
      'focus on the field',
    );

    await zone.fill('Europe/Berlin');
    await form.getByRole('button', { name: 'Add span on Saturday' }).click();
    await form.getByLabel('Saturday span 1 opens').fill('10:00');
    await form.getByLabel('Saturday span 1 closes').fill('14:00');
    await form.getByLabel('Public holidays of (country)').fill('de');
    await form.getByLabel('Region (optional)').fill('by');
    await form.getByRole('button', { name: 'Add a day off' }).click();
    await form.getByLabel('Day off 1').fill('2026-12-31');
    await form.getByRole('button', { name: 'Save hours' }).click();
    await form.getByRole('status').getByText(/Saved/).waitFor(WAIT);
    const hours = await orgHours();
    assert.equal(hours.time_zone, 'Europe/Berlin');
    assert.equal(hours.holiday_country, 'DE');
    assert.equal(hours.holiday_region, 'BY');
    assert.deepEqual((hours.weekly as Record<string, unknown>)['6'], [{ start: '10:00', end: '14:00' }]);

    // Overlapping spans: the sentence sits beside the span that overlaps.
    await form.getByRole('button', { name: 'Add span on Monday' }).click();
    await form.getByLabel('Monday span 2 opens').fill('16:00');
    await form.getByLabel('Monday span 2 closes').fill('18:00');
    await form.getByRole('button', { name: 'Save hours' }).click();
    await expectFieldError(form.getByLabel('Monday span 2 opens'), /overlaps/);

    await page.screenshot({ path: '/tmp/amends-clocks-1366.png', fullPage: true });
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.getByTestId('policy-critical').waitFor(WAIT);
    await page.screenshot({ path: '/tmp/amends-clocks-390.png', fullPage: true });
    await page.getByTestId('policy-critical').screenshot({ path: '/tmp/amends-clocks-policy-390.png' });
    await form.screenshot({ path: '/tmp/amends-clocks-hours-390.png' });
    const widths = await page
      .locator('main')
      .evaluate((main) => ({ scroll: main.scrollWidth, client: main.clientWidth }));
    assert.ok(widths.scroll <= widths.client, `clocks at 390: ${widths.scroll}px in ${widths.client}px`);
    await page.setViewportSize(DESK);
  });

  it('a team gets hours of its own from the Teams list, and goes back to the organisation’s', async () => {
    await page.goto(`${served.url}/people`);
    await page.getByRole('link', { name: 'Business hours of Night shift' }).click();
    await page.getByRole('heading', { name: 'Night shift: business hours' }).waitFor(WAIT);
    await page
      .getByTestId('team-hours-state')
      .getByText(/uses the organisation’s hours/)
      .waitFor(WAIT);
    const form = page.getByRole('form', { name: 'Team business hours' });
    assert.equal(await form.getByLabel('Time zone').inputValue(), 'Europe/Berlin');
    await form.getByLabel('Time zone').fill('America/New_York');
    await form.getByRole('button', { name: 'Save hours' }).click();
    await page
      .getByTestId('team-hours-state')
      .getByText(/its own hours/)
      .waitFor(WAIT);
    const own = await served.ctx.db
      .selectFrom('business_hours')
      .select('time_zone')
      .where('team_id', '=', teamId)
      .executeTakeFirst();
    assert.equal(own?.time_zone, 'America/New_York');
    await page.screenshot({ path: '/tmp/amends-team-hours-1366.png', fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/amends-team-hours-390.png', fullPage: true });
    await page.setViewportSize(DESK);

    await page.getByRole('button', { name: 'Use organisation hours' }).click();
    await page
      .getByTestId('team-hours-state')
      .getByText(/uses the organisation’s hours/)
      .waitFor(WAIT);
    assert.equal(await form.getByLabel('Time zone').inputValue(), 'Europe/Berlin');
    const gone = await served.ctx.db
      .selectFrom('business_hours')
      .select('id')
      .where('team_id', '=', teamId)
      .execute();
    assert.equal(gone.length, 0);
  });
});
