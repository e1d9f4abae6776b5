import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { anonymousClient, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('signing in, sessions, CSRF and API tokens', () => {
  let t: TestApp;
  let agent: User;
  before(async () => {
    t = await startTestApp();
    agent = await buildUser(t.ctx, { role: 'agent' });
  });
  after(() => t.close());

  it('signs in with email and password and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const client = await anonymousClient(t.app);
    const response = await client.request('POST', '/api/v1/auth/login', {
      email: agent.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().user.id, agent.id);
    assert.equal(response.json().user.passwordHash, undefined);
    const cookie = String(response.headers['set-cookie']);
    assert.match(cookie, /amends_session=/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    const me = await client.request('GET', '/api/v1/me');
    assert.equal(me.json().user.email, agent.email);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const client = await anonymousClient(t.app);
    const wrong = await client.request('POST', '/api/v1/auth/login', {
      email: agent.email,
      password: 'not the password',
    });
    const unknown = await client.request('POST', '/api/v1/auth/login', {
      email: 'nobody@example.test',
      password: TEST_PASSWORD,
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.json().code, 'INVALID_CREDENTIALS');
    assert.equal(wrong.json().detail, unknown.json().detail);
    assert.match(String(wrong.headers['content-type']), /application\/problem\+json/);
  });

  it('refuses a login without the CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: agent.email, password: TEST_PASSWORD },
    });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'CSRF_TOKEN_INVALID');
  });

  it('fails with 401 when no session or token comes with the request', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/cases' });
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().code, 'UNAUTHENTICATED');
  });

  it('refuses a cookie-authenticated change without the CSRF token, and changes nothing', async () => {
    const client = await signIn(t.app, agent.email, TEST_PASSWORD);
    const response = await client.request(
      'POST',
      '/api/v1/customers',
      { name: 'Forged Customer' },
      { 'x-csrf-token': 'forged' },
    );
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'CSRF_TOKEN_INVALID');
    const search = await client.request('GET', '/api/v1/customers?q=Forged');
    assert.equal(search.json().customers.length, 0);
  });

  it('ends the session on logout', async () => {
    const client = await signIn(t.app, agent.email, TEST_PASSWORD);
    const sessionCookie = client.cookies.amends_session;
    assert.equal((await client.request('POST', '/api/v1/auth/logout')).statusCode, 204);
    const replay = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `amends_session=${sessionCookie}` },
    });
    assert.equal(replay.statusCode, 401);
  });

  it('ends every session of a person who is deactivated', async () => {
    const admin = await buildUser(t.ctx, { role: 'admin' });
    const leaving = await buildUser(t.ctx, { role: 'agent' });
    const theirs = await signIn(t.app, leaving.email, TEST_PASSWORD);
    const adminClient = await signIn(t.app, admin.email, TEST_PASSWORD);
    const response = await adminClient.request('PATCH', `/api/v1/users/${leaving.id}`, { active: false });
    assert.equal(response.statusCode, 200);
    assert.equal((await theirs.request('GET', '/api/v1/me')).statusCode, 401);
    const again = await anonymousClient(t.app);
    assert.equal(
      (await again.request('POST', '/api/v1/auth/login', { email: leaving.email, password: TEST_PASSWORD }))
        .statusCode,
      401,
    );
  });

  it('creates an API token shown once, accepts it without CSRF, never lists the secret, and refuses it once revoked', async () => {
    const client = await signIn(t.app, agent.email, TEST_PASSWORD);
    const created = await client.request('POST', '/api/v1/api-tokens', { name: 'billing system' });
    assert.equal(created.statusCode, 201);
    const { secret, apiToken } = created.json();
    assert.match(secret, /^amd_/);
    assert.ok(secret.startsWith(apiToken.prefix));

    const listed = await client.request('GET', '/api/v1/api-tokens');
    assert.ok(!listed.body.includes(secret));

    const bearer = { authorization: `Bearer ${secret}` };
    const viaToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: bearer,
      payload: { name: 'Token Customer', emails: ['token@example.test'] },
    });
    assert.equal(viaToken.statusCode, 201);

    assert.equal((await client.request('DELETE', `/api/v1/api-tokens/${apiToken.id}`)).statusCode, 204);
    const revoked = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer });
    assert.equal(revoked.statusCode, 401);
    assert.equal((await client.request('DELETE', `/api/v1/api-tokens/${apiToken.id}`)).statusCode, 404);
  });

  it('refuses an unknown bearer token with 401', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Bearer amd_made_up' },
    });
    assert.equal(response.statusCode, 401);
  });
});
