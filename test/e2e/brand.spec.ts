import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import {
  type BrowserApp,
  newDesk,
  openFromHeader,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildRatingRequest, buildUser } from '../support/factories.ts';

const HOSTILE = '<script>window.hacked=1</script> "Vases" & Sons';

describe('The brand, from the console to a customer’s page', () => {
  let served: BrowserApp;
  let admin: User;

  before(async () => {
    served = await serveAppWithBrowser();
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
  });
  after(() => served?.close());

  it('lets an admin see a light accent refused with its reason, save a dark one, and the customer page follows', async () => {
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, admin);
    await openFromHeader(page, 'Brand');
    await page.getByRole('heading', { name: 'Brand' }).waitFor(WAIT);
    const preview = page.getByTestId('brand-preview');
    await preview.getByText('Amends').waitFor(WAIT);

    // A light yellow: the console says why at once, and the server refuses it with the same reason.
    await page.getByLabel('Business name').fill(HOSTILE);
    await page.getByLabel('Accent colour', { exact: true }).fill('#f0b429');
    await preview.getByText(HOSTILE).waitFor(WAIT);
    await page
      .getByTestId('brand-problem')
      .getByText(/too light for white button text/)
      .waitFor(WAIT);
    await page.getByRole('button', { name: 'Save brand' }).click();
    await page
      .getByRole('alert')
      .getByText(/#f0b429 is too light for white button text/)
      .waitFor(WAIT);
    assert.equal((await served.app.inject({ method: 'GET', url: '/r/x' })).body.includes('Vases'), false);

    // A dark red passes; the preview's button takes it before saving.
    await page.getByLabel('Accent colour', { exact: true }).fill('#8b1e3f');
    assert.equal(await page.getByTestId('brand-problem').count(), 0);
    assert.equal(
      await preview.locator('.brand-preview-button').evaluate((el) => getComputedStyle(el).backgroundColor),
      'rgb(139, 30, 63)',
    );
    await page.getByRole('button', { name: 'Save brand' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor(WAIT);
    await page.screenshot({ path: '/tmp/brand-console.png' });

    // The customer's confirm page: the name as text (no script ran), the accent on the button.
    const { linkFor } = await buildRatingRequest(served.ctx);
    const customer = await newDesk(served.browser);
    await customer.context().route('**/assets/confirm-rating.js', (route) => route.abort());
    await customer.goto(`${served.url}${linkFor(2)}`);
    assert.equal(await customer.getByTestId('brand').textContent(), HOSTILE);
    assert.equal(await customer.evaluate(() => (window as { hacked?: number }).hacked), undefined);
    assert.equal(
      await customer
        .getByRole('button', { name: 'Record my answer' })
        .evaluate((el) => getComputedStyle(el).backgroundColor),
      'rgb(139, 30, 63)',
    );
    assert.match(await customer.title(), /· <script>window\.hacked=1<\/script> "Vases" & Sons$/);
    await customer.screenshot({ path: '/tmp/brand-customer.png' });
  });

  it('is not offered to an agent, and its address shows nothing to them', async () => {
    const agent = await buildUser(served.ctx, { role: 'agent', name: 'Alice Agent' });
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, agent, '/settings/brand');
    assert.equal(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Brand' }).count(),
      0,
    );
    assert.equal(await page.getByRole('button', { name: 'Save brand' }).count(), 0);
  });
});
