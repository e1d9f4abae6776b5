import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { User } from '../../src/core/team/user.ts';
import {
  type BrowserApp,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildCase, buildCustomer, buildUser } from '../support/factories.ts';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1366, height: 900 };

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('Knock-on needs in the console', () => {
  let served: BrowserApp;
  let owner: User;
  let admin: User;

  before(async () => {
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'agent', name: 'Owen Park' });
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
  });
  after(() => served?.close());

  const flooded = async () =>
    (
      await served.ctx.db
        .selectFrom('issue_types')
        .select('id')
        .where('name', '=', 'Flooded basement')
        .executeTakeFirstOrThrow()
    ).id;

  it('an admin writes a checklist; the owner sets the issue type on a case, ticks a need, and the referral task appears', async () => {
    const settings = await newDesk(served.browser);
    await settings.setViewportSize(DESK);
    await signInThroughForm(settings, served.url, admin, '/settings/issue-types');
    await settings.getByLabel('Add an issue type (e.g. Flooded basement)').fill('Flooded basement');
    await settings.getByRole('button', { name: 'Add', exact: true }).click();
    const editor = settings.locator('[data-testid="issue-type"][data-name="Flooded basement"]');
    await editor.waitFor(WAIT);
    await editor.getByRole('button', { name: 'Add a need' }).click();
    await editor.getByRole('button', { name: 'Add a need' }).click();
    await editor.getByRole('button', { name: 'Add a need' }).click();
    await editor.getByRole('textbox', { name: 'Need 1', exact: true }).fill('An insurance letter');
    await editor.getByRole('textbox', { name: 'Need 2', exact: true }).fill('Water damage restoration');
    await editor.getByLabel('Partner (optional)').nth(1).fill('DryFast');
    await editor.getByLabel('Partner contact').nth(1).fill('+1 555 0100');
    await editor.getByRole('textbox', { name: 'Need 3', exact: true }).fill('Temporary heating');
    // A contact with no partner is refused beside its field, and nothing is saved.
    await editor.getByLabel('Partner contact').nth(2).fill('rentals@heat.example');
    await editor.getByRole('button', { name: 'Save Flooded basement' }).click();
    await editor.getByText('name the partner whose contact this is').waitFor(WAIT);
    assert.equal(
      (await served.ctx.db.selectFrom('knock_on_needs').select('id').execute()).length,
      0,
      'a refused checklist saves none of it',
    );
    await editor.getByLabel('Partner (optional)').nth(2).fill('HeatHire');
    // Restoration first: the order is the order to ask in.
    await editor.getByRole('button', { name: 'Move need 2 up' }).click();
    await editor.getByRole('button', { name: 'Save Flooded basement' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved.' }).waitFor(WAIT);
    const saved = await served.ctx.db
      .selectFrom('knock_on_needs')
      .select(['label', 'partner_name', 'partner_contact', 'position'])
      .orderBy('position')
      .execute();
    assert.deepEqual(
      saved.map((n) => [n.label, n.partner_name, n.partner_contact]),
      [
        ['Water damage restoration', 'DryFast', '+1 555 0100'],
        ['An insurance letter', null, null],
        ['Temporary heating', 'HeatHire', 'rentals@heat.example'],
      ],
    );
    await settings.screenshot({ path: '/tmp/knock-on-settings-1366.png', fullPage: true });
    await settings.setViewportSize(PHONE);
    await settings.screenshot({ path: '/tmp/knock-on-settings-390.png', fullPage: true });
    assert.ok((await pageWidth(settings)) <= PHONE.width, 'Settings fits a phone');

    const customer = await buildCustomer(served.ctx, { name: 'Marcus Bell' });
    const c = await buildCase(served.ctx, {
      customerId: customer.id,
      ownerId: owner.id,
      title: 'Basement flooded: the sump pump failed',
    });
    const desk = await newDesk(served.browser);
    await desk.setViewportSize(DESK);
    await signInThroughForm(desk, served.url, owner, `/cases/${c.id}`);
    const card = desk.getByTestId('knock-on-needs');
    await card.getByText('Pick the issue type').waitFor(WAIT);
    await card.getByLabel('Issue type').selectOption({ label: 'Flooded basement' });
    const restoration = card.getByTestId('knock-on-need').filter({ hasText: 'Water damage restoration' });
    await restoration.getByText('Partner: DryFast · +1 555 0100').waitFor(WAIT);
    await restoration.getByRole('button', { name: 'Water damage restoration: needed' }).click();
    await restoration.getByTestId('need-answer').filter({ hasText: 'Referred to DryFast' }).waitFor(WAIT);

    // The referral is a task on the case, for the owner.
    const task = desk.getByTestId('case-task').filter({ hasText: 'Water damage restoration' });
    await task.getByText('Referral').waitFor(WAIT);
    await task.getByText('For Owen Park').waitFor(WAIT);
    await task.getByTestId('task-partner').filter({ hasText: 'DryFast · +1 555 0100' }).waitFor(WAIT);

    // No partner for the letter: the owner says what they will do.
    const letter = card.getByTestId('knock-on-need').filter({ hasText: 'An insurance letter' });
    await letter.getByRole('button', { name: 'An insurance letter: needed' }).click();
    await letter
      .getByLabel('What will you do about it?')
      .fill('I will write it today, with the install date.');
    await letter.getByRole('button', { name: 'Save: needed' }).click();
    await letter.getByTestId('need-answer').filter({ hasText: 'owner looks after it' }).waitFor(WAIT);
    const heating = card.getByTestId('knock-on-need').filter({ hasText: 'Temporary heating' });
    await heating.getByRole('button', { name: 'Temporary heating: not needed' }).click();
    await heating.getByTestId('need-answer').filter({ hasText: 'Not needed' }).waitFor(WAIT);
    // The customer thinks again: the furnace is out after all.
    await heating.getByRole('button', { name: 'Temporary heating: needed after all' }).click();
    await heating.getByTestId('need-answer').filter({ hasText: 'Referred to HeatHire' }).waitFor(WAIT);
    assert.equal(await heating.getByRole('button', { name: /needed/ }).count(), 0, 'a referral is final');

    const timeline = desk.getByTestId('timeline');
    await timeline
      .locator('[data-kind="issue_type_set"]')
      .filter({ hasText: 'Flooded basement' })
      .waitFor(WAIT);
    await timeline.locator('[data-kind="need_referred"]').filter({ hasText: 'DryFast' }).waitFor(WAIT);
    await timeline
      .locator('[data-kind="need_noted"]')
      .filter({ hasText: 'I will write it today, with the install date.' })
      .waitFor(WAIT);
    await timeline
      .locator('[data-kind="need_not_needed"]')
      .filter({ hasText: 'Temporary heating' })
      .waitFor(WAIT);

    const tasks = await served.ctx.db
      .selectFrom('case_tasks')
      .select(['kind', 'what', 'partner_name', 'assignee_user_id'])
      .where('case_id', '=', c.id)
      .orderBy('created_at')
      .execute();
    assert.deepEqual(tasks, [
      {
        kind: 'referral',
        what: 'Water damage restoration',
        partner_name: 'DryFast',
        assignee_user_id: owner.id,
      },
      {
        kind: 'referral',
        what: 'Temporary heating',
        partner_name: 'HeatHire',
        assignee_user_id: owner.id,
      },
    ]);
    await desk.screenshot({ path: '/tmp/knock-on-case-1366.png', fullPage: true });
    await desk.setViewportSize(PHONE);
    await desk.screenshot({ path: '/tmp/knock-on-case-390.png', fullPage: true });
    assert.ok((await pageWidth(desk)) <= PHONE.width, 'the case page fits a phone');
  });

  it('the owner names the issue type when opening a case, and its checklist is on the case page', async () => {
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, owner, '/cases/new');
    await page.getByRole('radio', { name: 'New customer' }).check();
    await page.getByLabel('Name', { exact: true }).fill('Nora Quill');
    await page.getByLabel('Email', { exact: true }).fill('nora.quill@example.test');
    await page.getByLabel('Title', { exact: true }).fill('Water in the basement after the repair');
    await page.getByLabel("The customer's story").fill('The pipe you repaired burst again overnight.');
    await page.getByLabel('Issue type (optional)').selectOption({ label: 'Flooded basement' });
    await page.getByRole('button', { name: 'Open case' }).click();
    const card = page.getByTestId('knock-on-needs');
    await card.getByTestId('knock-on-need').filter({ hasText: 'Water damage restoration' }).waitFor(WAIT);
    assert.equal(await card.getByLabel('Issue type').inputValue(), await flooded());
  });
});
