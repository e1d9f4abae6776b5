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
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';

const NEW_PASSWORD = 'a brand new password';

describe('Changing one’s password in the console', () => {
  let served: BrowserApp;
  let person: User;
  let page: Page;
  let otherDesk: Page;

  before(async () => {
    served = await serveAppWithBrowser();
    person = await buildUser(served.ctx, { name: 'Pat Person' });
    page = await newDesk(served.browser);
    otherDesk = await newDesk(served.browser);
    await signInThroughForm(otherDesk, served.url, person);
    await signInThroughForm(page, served.url, person);
  });
  after(() => served?.close());

  it('shows the server’s sentence for a wrong current password, then changes it and signs the other browser out', async () => {
    await page.getByTestId('signed-in-as').getByRole('link', { name: 'Pat Person' }).click();
    const form = page.getByRole('form', { name: 'Change your password' });
    await form.waitFor(WAIT);

    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await form.getByLabel('The same password again').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('alert').filter({ hasText: 'That is not your current password' }).waitFor(WAIT);

    await form.getByLabel('Current password').fill(TEST_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    const done = form.getByRole('status');
    await done.filter({ hasText: 'Your password is changed' }).waitFor(WAIT);
    assert.match(await done.innerText(), /signed out on one other browser/);
    await page.screenshot({ path: '/tmp/account-password-changed.png' });

    // This browser stays signed in; the other one meets the sign-in form on its next request.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
    await page.getByTestId('signed-in-as').waitFor(WAIT);
    await otherDesk.reload();
    await otherDesk.getByRole('button', { name: 'Sign in' }).waitFor(WAIT);
  });
});
