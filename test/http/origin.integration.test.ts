import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { anonymousClient, type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

/** The test app's public URL is http://amends.test. */
describe('cookie-authenticated changes are accepted only from our own origin', () => {
  let t: TestApp;
  let client: Client;
  let email: string;
  const countCustomers = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM customers`.execute(t.ctx.db)).rows[0]?.n);
  const addCustomer = (headers: Record<string, string>) =>
    client.request('POST', '/api/v1/customers', { name: 'Ada', emails: ['ada@example.test'] }, headers);

  before(async () => {
    t = await startTestApp();
    const agent = await buildUser(t.ctx);
    email = agent.email;
    client = await signIn(t.app, agent.email, TEST_PASSWORD);
  });
  after(() => t.close());

  it('refuses a change from a foreign Origin even with a valid CSRF token, and changes nothing', async () => {
    const before = await countCustomers();
    const response = await addCustomer({ origin: 'https://evil.example' });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'FOREIGN_ORIGIN');
    assert.match(response.json().detail, /https:\/\/evil\.example/);
    assert.match(response.json().detail, /API token/);
    assert.equal(await countCustomers(), before);
  });

  it('refuses Origin: null and a cross-site Sec-Fetch-Site without an Origin', async () => {
    const refused: Record<string, string>[] = [
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of refused) {
      const response = await addCustomer(headers);
      assert.equal(response.statusCode, 403, JSON.stringify(headers));
      assert.equal(response.json().code, 'FOREIGN_ORIGIN');
    }
  });

  it('accepts the public URL’s origin, the host the request was sent to, and a same-origin fetch', async () => {
    const accepted: Record<string, string>[] = [
      { origin: 'http://amends.test' },
      { origin: 'http://192.168.1.20:3000', host: '192.168.1.20:3000' },
      { 'sec-fetch-site': 'same-origin' },
      {},
    ];
    for (const headers of accepted) {
      const response = await addCustomer(headers);
      assert.ok([200, 201].includes(response.statusCode), `${JSON.stringify(headers)} → ${response.body}`);
    }
  });

  it('does not look at the Origin of reads', async () => {
    const response = await client.request('GET', '/api/v1/me', undefined, { origin: 'https://evil.example' });
    assert.equal(response.statusCode, 200);
  });

  it('refuses a sign-in posted from a foreign page', async () => {
    const anonymous = await anonymousClient(t.app);
    const response = await anonymous.request(
      'POST',
      '/api/v1/auth/login',
      { email, password: TEST_PASSWORD },
      { origin: 'https://evil.example' },
    );
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'FOREIGN_ORIGIN');
    assert.equal(anonymous.cookies.amends_session, undefined);
  });

  it('refuses a password chosen from a reset link on a foreign page', async () => {
    const anonymous = await anonymousClient(t.app);
    const response = await anonymous.request(
      'POST',
      '/api/v1/auth/password-reset',
      { token: 'amr_not-checked-before-the-origin', password: 'a new password long enough' },
      { origin: 'https://evil.example' },
    );
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'FOREIGN_ORIGIN');
  });

  it('does not apply to API tokens, which no browser sends on its own', async () => {
    const created = await client.request('POST', '/api/v1/api-tokens', { name: 'billing system' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { authorization: `Bearer ${created.json().secret}`, origin: 'https://evil.example' },
      payload: { name: 'Bo', emails: ['bo@example.test'] },
    });
    assert.equal(response.statusCode, 201);
  });
});
