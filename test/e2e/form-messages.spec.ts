import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { setPasswordFromLink } from '../../src/app/auth/set-password-from-link.ts';
import { createPasswordResetLink } from '../../src/app/users/create-password-reset-link.ts';
import type { User } from '../../src/core/team/user.ts';
import { buildSurvey } from '../support/blasts.ts';
import {
  type BrowserApp,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildCase, buildUser } from '../support/factories.ts';

/** Words of a validator or a field path that a person filling a form should never read. */
const MACHINE_WORDS =
  /body\.|querystring\.|expected|received|>=|<=|Invalid|Too small|Too big|request is not valid/;

describe('Every console form answers bad input beside the field, in words a person can act on', () => {
  let served: BrowserApp;
  let admin: User;
  let colleague: User;
  let page: Page;

  before(async () => {
    served = await serveAppWithBrowser();
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    colleague = await buildUser(served.ctx, { role: 'agent', name: 'Theo Tanaka' });
    await buildSurvey(served.ctx);
    page = await newDesk(served.browser);
  });
  after(() => served?.close());

  /** The sentence under a field (found by its label), and that the field says it is in error. */
  async function expectFieldError(field: Locator, sentence: string): Promise<void> {
    const id = await field.getAttribute('id');
    const message = page.locator(`#${id}-error`);
    await message.filter({ hasText: sentence }).waitFor(WAIT);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match(String(await field.getAttribute('aria-describedby')), new RegExp(`${id}-error`));
  }

  /** Which element has keyboard focus, by id. */
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

  /** Every error shown on the screen is a sentence without a validator's words. */
  async function expectOnlyHumanWords(): Promise<void> {
    const shown = await page.locator('.field-error, [role="alert"]').allInnerTexts();
    assert.ok(shown.length > 0, 'no error is shown');
    for (const text of shown) assert.doesNotMatch(text, MACHINE_WORDS);
  }

  it('sign-in: an empty form names the email, then the password, and focus goes to the field', async () => {
    await page.goto(`${served.url}/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectFieldError(page.getByLabel('Email'), 'Enter the email address you sign in with.');
    assert.equal(await focusedId(), 'login-email');
    await expectOnlyHumanWords();
    await page.getByLabel('Email').fill(admin.email);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectFieldError(page.getByLabel('Password'), 'Enter your password.');
    assert.equal(await focusedId(), 'login-password');
  });

  it('new case: no customer, then a new customer with nothing filled in, each field says what it needs', async () => {
    await signInThroughForm(page, served.url, admin, '/cases/new');
    await page.getByRole('button', { name: 'Open case' }).click();
    const search = page.getByLabel('Find by name, email or external id');
    await expectFieldError(search, 'Choose the customer first: search for them, or choose “New customer”.');
    assert.equal(await focusedId(), 'customer-search');

    await page.getByRole('radio', { name: 'New customer' }).check();
    await page.getByRole('button', { name: 'Open case' }).click();
    await expectFieldError(page.getByLabel('Name', { exact: true }), 'Name is empty: fill it in.');
    await expectFieldError(
      page.getByLabel('Email', { exact: true }),
      'Write the email address in full, like name@example.com.',
    );
    await expectFieldError(
      page.getByLabel('Title', { exact: true }),
      'Give the case a title: one line for the inbox, e.g. Order 4471 arrived broken.',
    );
    await expectFieldError(
      page.getByLabel("The customer's story"),
      "Write the customer's story, in their words.",
    );
    assert.equal(await focusedId(), 'customer-name');
    await expectOnlyHumanWords();
  });

  it('case page: an empty note, a hand-off without a person or a reason, an over-long status note', async () => {
    const opened = await buildCase(served.ctx, { ownerId: admin.id });
    await page.goto(`${served.url}/cases/${opened.id}`);
    // The case's owner may write to the customer, so that tab comes first; notes are the other tab.
    await page.getByRole('tab', { name: 'Internal note' }).click();
    const noteBox = page.getByLabel('Add an internal note');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expectFieldError(noteBox, 'Write a note first.');
    assert.equal(await focusedId(), 'note-body');
    await expectOnlyHumanWords();

    // A note added by the button leaves focus in the note box, ready for the next one.
    await noteBox.fill('Called the customer back; the technician comes at 8.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByTestId('event-body').filter({ hasText: 'the technician comes at 8' }).waitFor(WAIT);
    assert.equal(await noteBox.inputValue(), '');
    assert.equal(await focusedId(), 'note-body');
    assert.equal(await page.locator('#note-body-error').count(), 0);

    const handoff = page.getByRole('form', { name: 'Hand off the case' });
    await handoff.getByRole('button', { name: 'Hand off' }).click();
    await expectFieldError(page.getByLabel('New owner'), 'Choose who takes the case.');
    assert.equal(await focusedId(), 'handoff-to');
    await page.getByLabel('New owner').selectOption({ label: colleague.name });
    await handoff.getByRole('button', { name: 'Hand off' }).click();
    await expectFieldError(
      page.getByLabel('Reason'),
      "Say why the case changes hands (at least 5 characters): the next owner and the customer's story depend on it.",
    );
    assert.equal(await focusedId(), 'handoff-reason');
    await expectOnlyHumanWords();

    await page.getByLabel('Note for the timeline (optional)').fill('x'.repeat(5001));
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await expectFieldError(
      page.getByLabel('Note for the timeline (optional)'),
      'Note is too long: keep it to 5,000 characters or fewer.',
    );
    assert.equal(await focusedId(), 'status-note');

    // A hand-off that goes through leaves focus on the timeline, where it now shows.
    await page.getByLabel('Reason').fill('Theo knows this boiler model; he takes it from here.');
    await handoff.getByRole('button', { name: 'Hand off' }).click();
    await page.getByTestId('case-owner').filter({ hasText: colleague.name }).waitFor(WAIT);
    assert.equal(await focusedId(), 'timeline-title');
  });

  it('surveys: a new survey with nothing filled in, and an existing one emptied', async () => {
    await page.goto(`${served.url}/surveys`);
    const create = page.getByRole('form', { name: 'New survey' });
    await create.getByRole('button', { name: 'Create survey' }).click();
    await expectFieldError(create.getByLabel('Name'), 'Give the survey a name, e.g. After delivery.');
    await expectFieldError(
      create.getByLabel('Touchpoint type'),
      'Say which touchpoint it follows, e.g. delivery.',
    );
    await expectFieldError(
      create.getByLabel('Question'),
      'Write the question customers see, e.g. How was your delivery?',
    );
    assert.equal(await focusedId(), 'new-survey-name');

    const existing = page.locator('form.survey-form').first();
    await existing.getByLabel('Question').fill('  ');
    await existing.getByRole('button', { name: 'Save survey' }).click();
    await expectFieldError(
      existing.getByLabel('Question'),
      'Write the question customers see, e.g. How was your delivery?',
    );
    await expectOnlyHumanWords();
  });

  it('blasts: no file, then a list without its column names', async () => {
    await page.goto(`${served.url}/blasts`);
    const file = page.getByLabel('Customer list (CSV)');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expectFieldError(file, 'Choose a CSV file first.');
    assert.equal(await focusedId(), 'blast-file');
    await file.setInputFiles({
      name: 'list.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('ann@example.test\n'),
    });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page
      .locator('#blast-file-error')
      .filter({ hasText: /first line of the CSV must name its columns/ })
      .waitFor(WAIT);
    await expectOnlyHumanWords();
  });

  it('feedback rules: an empty attribute and a negative threshold', async () => {
    await page.goto(`${served.url}/settings`);
    const rules = page.getByRole('form', { name: 'Feedback rules' });
    await rules.getByLabel('Customer value attribute').fill('');
    await rules.getByLabel('High value from').fill('-5');
    await rules.getByRole('button', { name: 'Save rules' }).click();
    await expectFieldError(
      rules.getByLabel('Customer value attribute'),
      'Name the customer attribute that holds what they are worth, e.g. lifetimeValue.',
    );
    await expectFieldError(
      rules.getByLabel('High value from'),
      'The high-value threshold must be 0 or more.',
    );
    assert.equal(await focusedId(), 'rules-attribute');
    await expectOnlyHumanWords();
  });

  it('account: an empty password form names both fields, two different new ones the second, a wrong current one the first', async () => {
    await page.goto(`${served.url}/account`);
    const form = page.getByRole('form', { name: 'Change your password' });
    const change = form.getByRole('button', { name: 'Change password' });
    await change.click();
    await expectFieldError(form.getByLabel('Current password'), 'Current password is empty: fill it in.');
    await expectFieldError(
      form.getByLabel('New password', { exact: true }),
      'New password needs at least 12 characters.',
    );
    assert.equal(await focusedId(), 'current-password');
    await expectOnlyHumanWords();

    await form.getByLabel('Current password').fill('not my password at all');
    await form.getByLabel('New password', { exact: true }).fill('a long new password');
    await form.getByLabel('The same password again').fill('a long new pasword');
    await change.click();
    await expectFieldError(
      form.getByLabel('The same password again'),
      'The two passwords differ: type the same one twice.',
    );
    assert.equal(await focusedId(), 'new-repeat');

    await form.getByLabel('The same password again').fill('a long new password');
    await change.click();
    await expectFieldError(form.getByLabel('Current password'), 'That is not your current password.');
    assert.equal(await form.locator('.error-message').count(), 0, 'nothing is left for the foot');
  });

  it('reset link: a short password beside it, two different ones beside the second, a used link at the foot', async () => {
    const person = await buildUser(served.ctx, { role: 'agent' });
    const { link } = await createPasswordResetLink(
      served.ctx,
      { userId: admin.id, role: 'admin', via: 'session' },
      person.id,
    );
    const desk = await newDesk(served.browser);
    const open = () => desk.goto(link.replace('http://amends.test', served.url));
    const choose = desk.getByRole('button', { name: 'Set password' });
    const fieldErrorOn = async (label: string, sentence: string) => {
      const field = desk.getByLabel(label, { exact: true });
      const id = await field.getAttribute('id');
      await desk.locator(`#${id}-error`).filter({ hasText: sentence }).waitFor(WAIT);
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
    };
    await open();
    await desk.getByLabel('New password', { exact: true }).fill('short');
    await desk.getByLabel('The same password again').fill('short');
    await choose.click();
    await fieldErrorOn('New password', 'Password needs at least 12 characters.');

    await desk.getByLabel('New password', { exact: true }).fill('a long enough password');
    await choose.click();
    await fieldErrorOn('The same password again', 'The two passwords differ: type the same one twice.');

    // Used up elsewhere: not about a field, so it shows at the foot of the form.
    await choosePasswordWith(link, 'chosen at another desk');
    await desk.getByLabel('The same password again').fill('a long enough password');
    await choose.click();
    await desk.locator('.error-message').filter({ hasText: 'This link does not work' }).waitFor(WAIT);
    assert.equal(await desk.locator('.field-error').count(), 0);
  });

  /** Uses a reset link through the API, as the person would at another desk. */
  async function choosePasswordWith(link: string, password: string): Promise<void> {
    const token = link.slice(link.indexOf('#') + 1);
    await setPasswordFromLink(served.ctx, { token, password });
  }

  it('API tokens: a blank name beside the field', async () => {
    await page.goto(`${served.url}/tokens`);
    const form = page.getByRole('form', { name: 'New token' });
    await form.getByLabel('What will use it').fill('   ');
    await form.getByRole('button', { name: 'Create token' }).click();
    await expectFieldError(form.getByLabel('What will use it'), 'Name is empty: fill it in.');
    assert.equal(await focusedId(), 'token-name');
    await expectOnlyHumanWords();
  });

  it('people: a person with no name and an address that is not one, a taken address, a blank and a taken team', async () => {
    await page.goto(`${served.url}/people`);
    const person = page.getByRole('form', { name: 'Add a person' });
    await person.getByLabel('Email').fill('not an address');
    await person.getByRole('button', { name: 'Add person' }).click();
    await expectFieldError(person.getByLabel('Name'), 'Name is empty: fill it in.');
    await expectFieldError(person.getByLabel('Email'), 'Email must be an email address');
    assert.equal(await focusedId(), 'person-name');
    await expectOnlyHumanWords();
    await person.getByLabel('Name').fill('Theo Again');
    await person.getByLabel('Email').fill(colleague.email);
    await person.getByRole('button', { name: 'Add person' }).click();
    await expectFieldError(person.getByLabel('Email'), `Someone already uses ${colleague.email}.`);

    const team = page.getByRole('form', { name: 'New team' });
    await team.getByRole('button', { name: 'Add team' }).click();
    await expectFieldError(team.getByLabel('New team'), 'Name is empty: fill it in.');
    await team.getByLabel('New team').fill('Returns desk');
    await team.getByRole('button', { name: 'Add team' }).click();
    await team.getByRole('status').filter({ hasText: 'Returns desk is added' }).waitFor(WAIT);
    await team.getByLabel('New team').fill('Returns desk');
    await team.getByRole('button', { name: 'Add team' }).click();
    await expectFieldError(team.getByLabel('New team'), 'A team called Returns desk already exists.');
  });
});
