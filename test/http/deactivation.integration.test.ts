import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { buildCase, buildUser, RESOLUTION, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('deactivating a person', () => {
  let t: TestApp;
  let admin: User;
  let asAdmin: Client;

  before(async () => {
    t = await startTestApp();
    admin = await buildUser(t.ctx, { role: 'admin' });
    asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
  });
  after(() => t.close());

  it('is refused while they own open cases, naming how many, and changes nothing', async () => {
    const owner = await buildUser(t.ctx, { role: 'agent', name: 'Olive Owner' });
    const session = await signIn(t.app, owner.email, TEST_PASSWORD);
    const first = await buildCase(t.ctx, { ownerId: owner.id });
    await buildCase(t.ctx, { ownerId: owner.id });
    const refused = await asAdmin.request('PATCH', `/api/v1/users/${owner.id}`, {
      active: false,
      name: 'Renamed',
    });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'OWNS_ACTIVE_CASES');
    assert.equal(
      refused.json().detail,
      'Olive Owner still owns 2 open cases. Hand them off to a colleague first, then deactivate.',
    );
    const still = (await asAdmin.request('GET', `/api/v1/users/${owner.id}`)).json().user;
    assert.deepEqual([still.active, still.name], [true, 'Olive Owner']);
    assert.equal((await session.request('GET', '/api/v1/me')).statusCode, 200);

    // Resolved cases do not hold anyone back; one left open still does.
    const status = await asAdmin.request('POST', `/api/v1/cases/${first.id}/status`, {
      status: 'resolved',
      resolution: RESOLUTION,
      note: 'Refunded in full.',
    });
    assert.equal(status.statusCode, 200, status.body);
    const once = await asAdmin.request('PATCH', `/api/v1/users/${owner.id}`, { active: false });
    assert.equal(
      once.json().detail,
      'Olive Owner still owns 1 open case. Hand it off to a colleague first, then deactivate.',
    );
  });

  it('ends the sessions of a person who owns nothing open, who then cannot sign in', async () => {
    const leaver = await buildUser(t.ctx, { role: 'agent' });
    const session = await signIn(t.app, leaver.email, TEST_PASSWORD);
    const done = await asAdmin.request('PATCH', `/api/v1/users/${leaver.id}`, { active: false });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().user.active, false);
    assert.equal((await session.request('GET', '/api/v1/me')).statusCode, 401);
    await assert.rejects(signIn(t.app, leaver.email, TEST_PASSWORD), /401/);
  });
});
