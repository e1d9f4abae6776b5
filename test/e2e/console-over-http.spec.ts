import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, newDesk, WAIT } from '../support/browser.ts';
import { type ServedApp, serveApp } from '../support/serve-app.ts';

/** A name that is not localhost, as on a LAN or behind a proxy: browsers give it none of localhost's exemptions. */
const NAME = 'amends.lan';

describe('The console over plain HTTP on a name that is not localhost', () => {
  let served: ServedApp;
  let browser: Browser;

  before(async () => {
    served = await serveApp();
    browser = await launchBrowser([`--host-resolver-rules=MAP ${NAME} 127.0.0.1`]);
  });
  after(async () => {
    await browser?.close();
    await served?.close();
  });

  it('loads its scripts and shows the sign-in form instead of a blank page', async () => {
    const page = await newDesk(browser);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    const url = served.url.replace('127.0.0.1', NAME);
    assert.match(url, /^http:\/\/amends\.lan:\d+$/);
    await page.goto(`${url}/`);
    await page.getByLabel('Email').waitFor(WAIT);
    assert.deepEqual(failed, []);
  });
});
