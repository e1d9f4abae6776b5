import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { anonymousClient, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const NEW_PASSWORD = 'a brand new password';

describe('changing passwords', () => {
  let t: TestApp;
  const canSignIn = async (email: string, password: string) => {
    const client = await anonymousClient(t.app);
    return (await client.request('POST', '/api/v1/auth/login', { email, password })).statusCode === 200;
  };

  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('refuses a wrong current password with 403 and a sentence, and changes nothing', async () => {
    const person = await buildUser(t.ctx);
    const client = await signIn(t.app, person.email, TEST_PASSWORD);
    const response = await client.request('POST', '/api/v1/me/password', {
      currentPassword: 'not my password',
      newPassword: NEW_PASSWORD,
    });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'CURRENT_PASSWORD_WRONG');
    assert.match(response.json().detail, /not your current password/);
    assert.deepEqual(response.json().errors, [{ field: 'currentPassword', message: response.json().detail }]);
    assert.equal(await canSignIn(person.email, TEST_PASSWORD), true);
  });

  it('changes it with the current one, ends the other sessions, keeps this one and the API tokens, and says so', async () => {
    const person = await buildUser(t.ctx);
    const here = await signIn(t.app, person.email, TEST_PASSWORD);
    const elsewhere = await signIn(t.app, person.email, TEST_PASSWORD);
    const token = (await here.request('POST', '/api/v1/api-tokens', { name: 'billing system' })).json()
      .secret;

    const response = await here.request('POST', '/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(
      { endedSessions: response.json().endedSessions, liveApiTokens: response.json().liveApiTokens },
      { endedSessions: 1, liveApiTokens: 1 },
    );
    assert.match(response.json().message, /signed out on one other browser/);
    assert.match(response.json().message, /API token still works/);

    assert.equal((await here.request('GET', '/api/v1/me')).statusCode, 200);
    assert.equal((await elsewhere.request('GET', '/api/v1/me')).statusCode, 401);
    const viaToken = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(viaToken.statusCode, 200);
    assert.equal(await canSignIn(person.email, TEST_PASSWORD), false);
    assert.equal(await canSignIn(person.email, NEW_PASSWORD), true);
  });

  it('refuses a short new password, or the same one again, naming the field', async () => {
    const person = await buildUser(t.ctx);
    const client = await signIn(t.app, person.email, TEST_PASSWORD);
    const short = await client.request('POST', '/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    assert.equal(short.statusCode, 400);
    assert.equal(short.json().errors[0].field, 'body.newPassword');
    const same = await client.request('POST', '/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: TEST_PASSWORD,
    });
    assert.equal(same.statusCode, 400);
    assert.equal(same.json().errors[0].field, 'newPassword');
    assert.match(same.json().detail, /same as the current one/);
  });
});

// Its own app: sign-ins are limited to ten a minute from one address, and the tests above use seven.
describe('changing passwords through the user update', () => {
  let t: TestApp;
  const canSignIn = async (email: string, password: string) => {
    const client = await anonymousClient(t.app);
    return (await client.request('POST', '/api/v1/auth/login', { email, password })).statusCode === 200;
  };

  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('refuses a change of one’s own password through the user update, which asks for no current password', async () => {
    const admin = await buildUser(t.ctx, { role: 'admin' });
    const client = await signIn(t.app, admin.email, TEST_PASSWORD);
    const response = await client.request('PATCH', `/api/v1/users/${admin.id}`, { password: NEW_PASSWORD });
    assert.equal(response.statusCode, 403);
    assert.match(response.json().detail, /POST \/api\/v1\/me\/password/);
    assert.equal(await canSignIn(admin.email, TEST_PASSWORD), true);
  });

  it('ends every session of a person whose password an admin resets', async () => {
    const admin = await signIn(t.app, (await buildUser(t.ctx, { role: 'admin' })).email, TEST_PASSWORD);
    const person = await buildUser(t.ctx);
    const theirs = await signIn(t.app, person.email, TEST_PASSWORD);
    const reset = await admin.request('PATCH', `/api/v1/users/${person.id}`, { password: NEW_PASSWORD });
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal((await theirs.request('GET', '/api/v1/me')).statusCode, 401);
    assert.equal(await canSignIn(person.email, NEW_PASSWORD), true);
  });
});
