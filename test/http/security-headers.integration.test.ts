import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('the Content-Security-Policy and the public URL', () => {
  let plain: TestApp;
  let https: TestApp;

  before(async () => {
    plain = await startTestApp();
    https = await startTestApp({ database: plain.database, secureCookies: true });
  });
  after(async () => {
    await https?.close();
    await plain?.close();
  });

  const csp = async (t: TestApp, url: string) =>
    String((await t.app.inject({ method: 'GET', url })).headers['content-security-policy']);

  it('does not ask browsers to upgrade requests when people reach us over plain HTTP', async () => {
    for (const url of ['/api/v1/health', '/r/not-a-link', '/favicon.svg'])
      assert.doesNotMatch(await csp(plain, url), /upgrade-insecure-requests/, url);
  });

  it('asks browsers to upgrade insecure requests when the public URL is https', async () => {
    for (const url of ['/api/v1/health', '/r/not-a-link'])
      assert.match(await csp(https, url), /upgrade-insecure-requests/, url);
  });
});
