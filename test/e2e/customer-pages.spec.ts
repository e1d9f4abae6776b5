import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type BrowserApp, newDesk, serveAppWithBrowser, WAIT } from '../support/browser.ts';
import { buildRatingRequest } from '../support/factories.ts';

describe('Customer pages in a browser', () => {
  let served: BrowserApp;

  before(async () => {
    served = await serveAppWithBrowser();
  });
  after(() => served?.close());

  it('render in the page’s own font, not the browser’s default serif, on every kind of page', async () => {
    const { linkFor } = await buildRatingRequest(served.ctx);
    const page = await newDesk(served.browser);
    // Scripts off, so the confirm page stays as the customer first sees it.
    await page.context().route('**/assets/confirm-rating.js', (route) => route.abort());
    for (const url of [linkFor(3), '/r/not-a-link', '/u/not-a-link']) {
      await page.goto(`${served.url}${url}`);
      await page.locator('h1').waitFor(WAIT);
      const font = await page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { family: style.fontFamily, size: style.fontSize };
      });
      assert.match(font.family, /^system-ui, -apple-system, "Segoe UI", Roboto, sans-serif$/, url);
      assert.equal(font.size, '17px', url);
    }
  });

  it('show the app’s icon, served as SVG, on customer pages and the console', async () => {
    const page = await newDesk(served.browser);
    for (const url of ['/r/not-a-link', '/']) {
      await page.goto(`${served.url}${url}`);
      const href = await page.locator('link[rel="icon"]').getAttribute('href');
      assert.equal(href, '/favicon.svg', url);
      const icon = await page.request.get(`${served.url}${href}`);
      assert.equal(icon.status(), 200);
      assert.equal(icon.headers()['content-type'], 'image/svg+xml');
      assert.match(await icon.text(), /^<svg /);
    }
    const old = await page.request.get(`${served.url}/favicon.ico`);
    assert.equal(old.status(), 200, 'the old name leads to the same icon');
    assert.equal(old.headers()['content-type'], 'image/svg+xml');
  });
});
