import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { addRatingComment } from '../../src/app/rating-clicks/add-rating-comment.ts';
import { signRatingToken, signRequestToken } from '../../src/core/rating/rating-link.ts';
import type { User } from '../../src/core/team/user.ts';
import {
  type BrowserApp,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { confirmClickOverHttp } from '../support/customer-pages.ts';
import { buildCase, buildCustomer, buildRatingRequest, buildUser } from '../support/factories.ts';

describe('Customers in the console', () => {
  let served: BrowserApp;
  let agent: User;
  let page: Page;

  before(async () => {
    served = await serveAppWithBrowser();
    agent = await buildUser(served.ctx, { role: 'agent', name: 'Cora Agent' });
    page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, agent);
  });
  after(() => served?.close());

  it('finds a customer and opens their story: case, answer and comment (as plain text)', async () => {
    const mia = await buildCustomer(served.ctx, { name: 'Mia Story', email: 'mia@example.test' });
    await buildCustomer(served.ctx, { name: 'Max Other' });
    const opened = await buildCase(served.ctx, {
      customerId: mia.id,
      title: 'Parcel soaked',
      ownerId: agent.id,
    });
    const { request, survey } = await buildRatingRequest(served.ctx, {
      customerId: mia.id,
      touchpointRef: 'order 77',
    });
    await confirmClickOverHttp(
      served.url,
      `/r/${signRatingToken(served.ctx.linkSecret, { key: request.key, score: 1 })}`,
    );
    await addRatingComment(
      served.ctx,
      signRequestToken(served.ctx.linkSecret, 'comment', request.key),
      '<img src=x onerror=alert(1)> soaked box',
    );

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    await page.getByLabel('Name, email or external id').fill('mia@exa');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByRole('region', { name: 'Customers found' });
    // The newest customers show before the search answers: wait for Max to go, then Mia must remain.
    await page.waitForURL(/\/customers\?q=mia%40exa$/, WAIT);
    await results.getByRole('link', { name: 'Max Other' }).waitFor({ state: 'detached', ...WAIT });
    await results.getByRole('link', { name: 'Mia Story' }).waitFor(WAIT);

    await results.getByRole('link', { name: 'Mia Story' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mia Story' }).waitFor(WAIT);
    const story = page.getByRole('list', { name: 'Story' });
    await story.getByRole('link', { name: `#${opened.number} Parcel soaked` }).waitFor(WAIT);
    const answer = story.getByTestId('story-item').filter({ has: page.getByTestId('answer') });
    assert.match(
      (await answer.textContent()) ?? '',
      new RegExp(`${survey.scale.find((p) => p.score === 1)?.label}`),
    );
    assert.match((await answer.textContent()) ?? '', /order 77/);
    assert.equal(
      await story.getByTestId('story-comment').textContent(),
      '<img src=x onerror=alert(1)> soaked box',
    );
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.match((await page.getByTestId('story-summary').textContent()) ?? '', /1 case \(1 open\)/);

    await story.getByRole('link', { name: `#${opened.number} Parcel soaked` }).click();
    await page.waitForURL(`**/cases/${opened.id}`, WAIT);
  });

  it('says so when nobody matches', async () => {
    await page.goto(`${served.url}/customers?q=${encodeURIComponent('nobody-like-this')}`);
    await page.getByText('No customer matches “nobody-like-this”.').waitFor(WAIT);
  });
});
