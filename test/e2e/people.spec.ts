import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { User } from '../../src/core/team/user.ts';
import { findUserById } from '../../src/store/user.store.ts';
import {
  type BrowserApp,
  newDesk,
  openFromHeader,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildCase, buildTeam, buildUser } from '../support/factories.ts';

describe('People in the console', () => {
  let served: BrowserApp;
  let admin: User;
  let page: Page;

  before(async () => {
    served = await serveAppWithBrowser();
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, admin);
    await openFromHeader(page, 'People');
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor(WAIT);
  });
  after(() => served?.close());

  const rowOf = (email: string) => page.locator(`[data-testid="person-row"][data-person="${email}"]`);

  it('adds a person to a new team, whose link (shown once) lets them choose a password and sign in', async () => {
    const teams = page.getByRole('form', { name: 'New team' });
    await teams.getByLabel('New team').fill('Night shift');
    await teams.getByRole('button', { name: 'Add team' }).click();
    await teams.getByRole('status').filter({ hasText: 'Night shift is added' }).waitFor(WAIT);

    const form = page.getByRole('form', { name: 'Add a person' });
    await form.getByLabel('Name').fill('Nia New');
    await form.getByLabel('Email').fill('nia@example.test');
    await form.getByLabel('Role').selectOption('agent');
    await form.getByLabel('Night shift').check();
    await form.getByRole('button', { name: 'Add person' }).click();
    const shown = page.getByRole('region', { name: /Nia New is added/ });
    await shown.waitFor(WAIT);
    // The link takes focus, so a keyboard user lands on what they must copy now.
    assert.equal(await shown.evaluate((el) => el === document.activeElement), true);
    const link = (await shown.getByTestId('shown-once').textContent()) ?? '';
    assert.match(link, /\/reset-password#amr_/);
    await rowOf('nia@example.test').locator('summary', { hasText: 'Night shift' }).waitFor(WAIT);

    // Nia opens her link at her own desk, chooses a password, and signs in with it.
    const nia = await newDesk(served.browser);
    await nia.goto(link.replace('http://amends.test', served.url));
    await nia.getByLabel('New password').fill('nights are long here');
    await nia.getByLabel('The same password again').fill('nights are long here');
    await nia.getByRole('button', { name: 'Set password' }).click();
    await nia.getByRole('status').filter({ hasText: 'Your password is set.' }).waitFor(WAIT);
    assert.equal(new URL(nia.url()).hash, '', 'the secret stays out of the address bar');
    await nia.getByRole('link', { name: 'Sign in' }).click();
    await nia.getByLabel('Email').fill('nia@example.test');
    await nia.getByLabel('Password').fill('nights are long here');
    await nia.getByRole('button', { name: 'Sign in' }).click();
    await nia.getByTestId('signed-in-as').filter({ hasText: 'Nia New' }).waitFor(WAIT);

    // The same link again is refused with the server's sentence.
    await nia.goto(link.replace('http://amends.test', served.url));
    await nia.getByLabel('New password').fill('a second try at this');
    await nia.getByLabel('The same password again').fill('a second try at this');
    await nia.getByRole('button', { name: 'Set password' }).click();
    await nia.getByRole('alert').filter({ hasText: 'This link does not work' }).waitFor(WAIT);
  });

  it('adds someone to a team and changes their role, and the server keeps both', async () => {
    const team = await buildTeam(served.ctx, 'Returns');
    const sam = await buildUser(served.ctx, { role: 'agent', name: 'Sam Support' });
    await page.reload();
    const row = rowOf(sam.email);
    await row.waitFor(WAIT);
    await row.locator('summary', { hasText: 'No team' }).click();
    await row.getByLabel('Returns').check();
    await row.locator('summary').filter({ hasText: 'Returns' }).waitFor(WAIT);
    const saved = page.waitForResponse(
      (r) =>
        r.url().endsWith(`/api/v1/users/${sam.id}`) &&
        r.request().method() === 'PATCH' &&
        (r.request().postData() ?? '').includes('"role"'),
      WAIT,
    );
    await row.getByLabel('Role of Sam Support').selectOption('supervisor');
    assert.equal((await saved).status(), 200);
    const stored = await findUserById(served.ctx.db, sam.id);
    assert.deepEqual([stored?.role, stored?.teamIds], ['supervisor', [team.id]]);
  });

  it('shows a password link for someone who forgot theirs, once, from their row', async () => {
    const fay = await buildUser(served.ctx, { role: 'agent', name: 'Fay Forgetful' });
    await page.reload();
    await rowOf(fay.email)
      .getByRole('button', { name: 'Show link for Fay Forgetful to choose a password' })
      .click();
    const shown = page.getByRole('region', { name: 'Password link for Fay Forgetful' });
    await shown.waitFor(WAIT);
    assert.match((await shown.getByTestId('shown-once').textContent()) ?? '', /\/reset-password#amr_/);
    await shown.getByText('Their current password works until they use it.').waitFor(WAIT);
  });

  it('refuses to deactivate someone who owns open cases, in the server’s words, and deactivates once they own none', async () => {
    const olive = await buildUser(served.ctx, { role: 'agent', name: 'Olive Owner' });
    const busy = await buildCase(served.ctx, { ownerId: olive.id });
    await page.reload();
    const row = rowOf(olive.email);
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await page
      .getByRole('alert')
      .filter({
        hasText: 'Olive Owner still owns 1 open case. Hand it off to a colleague first, then deactivate.',
      })
      .waitFor(WAIT);
    assert.equal((await findUserById(served.ctx.db, olive.id))?.active, true);

    await served.ctx.db.updateTable('cases').set({ status: 'resolved' }).where('id', '=', busy.id).execute();
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await row.getByText('Deactivated').waitFor(WAIT);
    assert.equal((await findUserById(served.ctx.db, olive.id))?.active, false);
    await row.getByRole('button', { name: 'Reactivate' }).waitFor(WAIT);
  });

  it('shows agents no admin links, and tells them whom to ask at the People screen’s address', async () => {
    const agent = await buildUser(served.ctx, { role: 'agent', name: 'Andy Agent' });
    const desk = await newDesk(served.browser);
    await signInThroughForm(desk, served.url, agent);
    const nav = desk.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Customers' }).waitFor(WAIT);
    for (const name of ['People', 'Audit', 'Settings', 'Surveys'])
      assert.equal(await nav.getByRole('link', { name }).count(), 0, `${name} is shown to an agent`);
    await nav.getByRole('button', { name: 'More' }).click();
    for (const name of ['People', 'Audit', 'Settings', 'Surveys', 'Brand', 'Outbox', 'Blasts'])
      assert.equal(await nav.getByRole('link', { name }).count(), 0, `${name} is offered to an agent`);
    await nav.getByRole('link', { name: 'API tokens' }).waitFor(WAIT);
    await desk.goto(`${served.url}/people`);
    await desk.getByRole('heading', { level: 1, name: 'Only admins can open this' }).waitFor(WAIT);
    assert.equal(await desk.getByRole('button', { name: 'Add person' }).count(), 0);
  });
});
