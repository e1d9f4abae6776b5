import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { anonymousClient, type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const HOUR = 60 * 60 * 1000;

describe('password-reset links', () => {
  let t: TestApp;
  let now = new Date('2026-12-06T10:00:00Z');
  let admin: User;
  let asAdmin: Client;

  before(async () => {
    t = await startTestApp({ now: () => now });
    admin = await buildUser(t.ctx, { role: 'admin' });
    asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
  });
  after(() => t.close());

  const makeLink = async (userId: string) => {
    const response = await asAdmin.request('POST', `/api/v1/users/${userId}/password-reset-link`);
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { link: string; expiresAt: string };
  };
  const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);
  const choose = async (token: string, password: string) =>
    (await anonymousClient(t.app)).request('POST', '/api/v1/auth/password-reset', { token, password });

  it('lets a person choose a new password once, ends their sessions, and stores only a hash', async () => {
    const agent = await buildUser(t.ctx, { role: 'agent' });
    const oldSession = await signIn(t.app, agent.email, TEST_PASSWORD);
    const { link, expiresAt } = await makeLink(agent.id);
    assert.match(link, /^http:\/\/amends\.test\/reset-password#amr_[\w-]{43}$/);
    assert.equal(expiresAt, '2026-12-07T10:00:00.000Z');
    const stored = await t.ctx.db
      .selectFrom('password_resets')
      .selectAll()
      .where('user_id', '=', agent.id)
      .execute();
    assert.equal(stored.length, 1);
    assert.ok(!JSON.stringify(stored).includes(tokenOf(link).slice(4)), 'the secret itself is stored');

    // Until the link is used, the old password still works: a reset asked by mistake locks nobody out.
    await signIn(t.app, agent.email, TEST_PASSWORD);
    assert.equal((await choose(tokenOf(link), 'a brand new password')).statusCode, 204);
    await signIn(t.app, agent.email, 'a brand new password');
    await assert.rejects(signIn(t.app, agent.email, TEST_PASSWORD), /401/);
    assert.equal((await oldSession.request('GET', '/api/v1/me')).statusCode, 401);

    const again = await choose(tokenOf(link), 'another new password');
    assert.equal(again.statusCode, 410);
    assert.equal(again.json().code, 'RESET_LINK_INVALID');
    assert.match(again.json().detail, /Ask for a new link with “Forgot your password\?” on the sign-in page/);
    await signIn(t.app, agent.email, 'a brand new password');
  });

  it('refuses a link after a day, and an older link once a newer one is made', async () => {
    const agent = await buildUser(t.ctx, { role: 'agent' });
    const first = await makeLink(agent.id);
    const second = await makeLink(agent.id);
    assert.equal((await choose(tokenOf(first.link), 'password from the old link')).statusCode, 410);
    now = new Date(now.getTime() + 24 * HOUR + 1000);
    assert.equal((await choose(tokenOf(second.link), 'password from a stale link')).statusCode, 410);
    await signIn(t.app, agent.email, TEST_PASSWORD);
  });

  it('lets a person added without a password sign in only after choosing one', async () => {
    const created = await asAdmin.request('POST', '/api/v1/users', {
      email: 'new.hire@example.test',
      name: 'New Hire',
      role: 'agent',
    });
    assert.equal(created.statusCode, 201, created.body);
    await assert.rejects(signIn(t.app, 'new.hire@example.test', ''), /40/);
    const { link } = await makeLink(created.json().user.id);
    assert.equal((await choose(tokenOf(link), 'chosen by the new hire')).statusCode, 204);
    await signIn(t.app, 'new.hire@example.test', 'chosen by the new hire');
  });

  it('refuses a short password and an unknown token, changing nothing', async () => {
    const agent = await buildUser(t.ctx, { role: 'agent' });
    const { link } = await makeLink(agent.id);
    const short = await choose(tokenOf(link), 'short');
    assert.equal(short.statusCode, 400);
    assert.equal(short.json().errors[0].field, 'body.password');
    assert.equal((await choose('amr_not-a-real-token', 'a long enough password')).statusCode, 410);
    // The refused short password did not use the link up.
    assert.equal((await choose(tokenOf(link), 'a long enough password')).statusCode, 204);
  });

  it('answers 404 for an unknown person and refuses a deactivated one', async () => {
    const unknown = await asAdmin.request(
      'POST',
      '/api/v1/users/00000000-0000-4000-8000-000000000000/password-reset-link',
    );
    assert.equal(unknown.statusCode, 404);
    const leaver = await buildUser(t.ctx, { role: 'agent', name: 'Lee Leaver' });
    await asAdmin.request('PATCH', `/api/v1/users/${leaver.id}`, { active: false });
    const refused = await asAdmin.request('POST', `/api/v1/users/${leaver.id}/password-reset-link`);
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().detail, 'Lee Leaver is deactivated; reactivate them first.');
  });
});
