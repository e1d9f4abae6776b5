import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { User } from '../../src/core/team/user.ts';
import {
  type BrowserApp,
  newDesk,
  openFromHeader,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildUser } from '../support/factories.ts';

describe('API tokens in the console', () => {
  let served: BrowserApp;
  let agent: User;
  let page: Page;

  before(async () => {
    served = await serveAppWithBrowser();
    agent = await buildUser(served.ctx, { role: 'agent', name: 'Tomas Token' });
    page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, agent);
  });
  after(() => served?.close());

  const callAs = (secret: string) =>
    fetch(`${served.url}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } });

  it('creates a token shown once, which works until it is revoked', async () => {
    await openFromHeader(page, 'API tokens');
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor(WAIT);
    await page.getByText('You have no API tokens.').waitFor(WAIT);
    const form = page.getByRole('form', { name: 'New token' });
    await form.getByLabel('What will use it').fill('Shop checkout');
    await form.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByRole('region', { name: 'Token for Shop checkout' });
    const secret = (await shown.getByTestId('shown-once').textContent()) ?? '';
    assert.match(secret, /^amd_[\w-]{43}$/);
    const me = await callAs(secret);
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { user: { name: string } }).user.name, 'Tomas Token');

    // Listed by name and prefix only; after a reload the secret is nowhere on the page.
    await page.reload();
    const row = page.getByTestId('token-row').filter({ hasText: 'Shop checkout' });
    await row.waitFor(WAIT);
    assert.equal(await page.getByText(secret).count(), 0);
    assert.match((await row.textContent()) ?? '', new RegExp(secret.slice(0, 10)));

    // Revoking asks once more; "Keep it" changes nothing.
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByRole('button', { name: 'Keep it' }).click();
    assert.equal((await callAs(secret)).status, 200);
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByRole('button', { name: 'Revoke Shop checkout' }).click();
    await row.getByText(/^Revoked/).waitFor(WAIT);
    assert.equal((await callAs(secret)).status, 401);
  });

  it('shows the server’s sentence when a name is refused', async () => {
    const form = page.getByRole('form', { name: 'New token' });
    // Spaces only: the browser lets it through (required is met), the server trims it and refuses.
    await form.getByLabel('What will use it').fill('   ');
    await form.getByRole('button', { name: 'Create token' }).click();
    await page.getByRole('region', { name: 'New token' }).getByRole('alert').waitFor(WAIT);
    const tokens = await served.ctx.db.selectFrom('api_tokens').select('name').execute();
    assert.deepEqual(
      tokens.map((t) => t.name),
      ['Shop checkout'],
    );
  });
});
