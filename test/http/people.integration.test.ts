import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('people and teams over HTTP', () => {
  let t: TestApp;
  let admin: User;
  let agent: User;
  let asAdmin: Client;
  let asAgent: Client;

  before(async () => {
    t = await startTestApp();
    admin = await buildUser(t.ctx, { role: 'admin' });
    agent = await buildUser(t.ctx, { role: 'agent' });
    asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
  });
  after(() => t.close());

  it('lets an admin create a team and a person in it, who can then sign in', async () => {
    const team = await asAdmin.request('POST', '/api/v1/teams', { name: 'Front line' });
    assert.equal(team.statusCode, 201);
    const created = await asAdmin.request('POST', '/api/v1/users', {
      email: 'Priya@Example.test',
      name: 'Priya Patel',
      role: 'agent',
      password: 'a long enough password',
      teamIds: [team.json().team.id],
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().user.email, 'priya@example.test');
    assert.deepEqual(created.json().user.teamIds, [team.json().team.id]);
    await signIn(t.app, 'priya@example.test', 'a long enough password');
    const teams = (await asAgent.request('GET', '/api/v1/teams')).json().teams;
    const frontLine = teams.find((x: { name: string }) => x.name === 'Front line');
    assert.deepEqual(frontLine.memberIds, [created.json().user.id]);
  });

  it('refuses to let an agent create people or teams', async () => {
    const user = await asAgent.request('POST', '/api/v1/users', {
      email: 'x@example.test',
      name: 'X',
      role: 'admin',
      password: 'a long enough password',
    });
    assert.equal(user.statusCode, 403);
    assert.equal(user.json().code, 'FORBIDDEN');
    const team = await asAgent.request('POST', '/api/v1/teams', { name: 'Rogue' });
    assert.equal(team.statusCode, 403);
    const users = (await asAdmin.request('GET', '/api/v1/users')).json().users;
    assert.ok(!users.some((u: { email: string }) => u.email === 'x@example.test'));
  });

  it('refuses a second person with the same email, whatever its case', async () => {
    const response = await asAdmin.request('POST', '/api/v1/users', {
      email: agent.email.toUpperCase(),
      name: 'Twin',
      role: 'agent',
      password: 'a long enough password',
    });
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().errors[0].field, 'email');
  });

  it('refuses a bad role, a short password and an unknown field, naming each', async () => {
    const response = await asAdmin.request('POST', '/api/v1/users', {
      email: 'new@example.test',
      name: 'New',
      role: 'overlord',
      password: 'short',
      shoeSize: 44,
    });
    assert.equal(response.statusCode, 400);
    const fields = response
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    assert.ok(fields.includes('body.role'), fields.join());
    assert.ok(fields.includes('body.password'), fields.join());
    assert.match(response.json().detail, /shoeSize/);
  });

  it('refuses a duplicate team name', async () => {
    await asAdmin.request('POST', '/api/v1/teams', { name: 'Billing' });
    const again = await asAdmin.request('POST', '/api/v1/teams', { name: 'billing' });
    assert.equal(again.statusCode, 409);
  });

  it('lets a person set their own availability but not their role', async () => {
    const away = await asAgent.request('PATCH', `/api/v1/users/${agent.id}`, { available: false });
    assert.equal(away.statusCode, 200);
    assert.equal(away.json().user.available, false);
    const promote = await asAgent.request('PATCH', `/api/v1/users/${agent.id}`, { role: 'admin' });
    assert.equal(promote.statusCode, 403);
    const me = (await asAgent.request('GET', '/api/v1/me')).json().user;
    assert.equal(me.role, 'agent');
  });

  it("refuses an agent changing someone else's availability", async () => {
    const response = await asAgent.request('PATCH', `/api/v1/users/${admin.id}`, { available: false });
    assert.equal(response.statusCode, 403);
  });

  it('adds a member to a team, and answers 404 for an unknown person or team', async () => {
    const team = (await asAdmin.request('POST', '/api/v1/teams', { name: 'Escalations' })).json().team;
    const added = await asAdmin.request('POST', `/api/v1/teams/${team.id}/members`, { userId: agent.id });
    assert.deepEqual(added.json().team.memberIds, [agent.id]);
    const nobody = await asAdmin.request('POST', `/api/v1/teams/${team.id}/members`, {
      userId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(nobody.statusCode, 404);
    const noTeam = await asAdmin.request(
      'POST',
      '/api/v1/teams/00000000-0000-4000-8000-000000000000/members',
      { userId: agent.id },
    );
    assert.equal(noTeam.statusCode, 404);
  });
});

describe('customers over HTTP', () => {
  let t: TestApp;
  let asAgent: Client;
  before(async () => {
    t = await startTestApp();
    const agent = await buildUser(t.ctx);
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
  });
  after(() => t.close());

  it('creates a customer, then merges by external id and by email', async () => {
    const created = await asAgent.request('POST', '/api/v1/customers', {
      externalId: 'crm-1',
      name: 'Ada Lovelace',
      emails: ['ada@example.test'],
      attributes: { plan: 'gold' },
    });
    assert.equal(created.statusCode, 201);
    const byExternal = await asAgent.request('POST', '/api/v1/customers', {
      externalId: 'crm-1',
      phones: ['+44 1234 567890'],
    });
    assert.equal(byExternal.statusCode, 200);
    assert.equal(byExternal.json().customer.id, created.json().customer.id);
    assert.deepEqual(byExternal.json().customer.phones, ['+44 1234 567890']);
    const byEmail = await asAgent.request('POST', '/api/v1/customers', {
      emails: ['ADA@example.test'],
      attributes: { ltv: 900 },
    });
    assert.equal(byEmail.json().customer.id, created.json().customer.id);
    assert.deepEqual(byEmail.json().customer.attributes, { plan: 'gold', ltv: 900 });
    const found = (await asAgent.request('GET', '/api/v1/customers?q=lovelace')).json().customers;
    assert.equal(found.length, 1);
  });

  it('refuses an email that belongs to a customer with another external id', async () => {
    await asAgent.request('POST', '/api/v1/customers', { externalId: 'crm-2', emails: ['bob@example.test'] });
    const clash = await asAgent.request('POST', '/api/v1/customers', {
      externalId: 'crm-3',
      emails: ['bob@example.test'],
    });
    assert.equal(clash.statusCode, 409);
  });

  it('refuses an empty customer and a bad email', async () => {
    assert.equal((await asAgent.request('POST', '/api/v1/customers', {})).statusCode, 400);
    const bad = await asAgent.request('POST', '/api/v1/customers', { emails: ['not-an-email'] });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'body.emails.0');
  });

  it('treats search text literally (no SQL wildcards)', async () => {
    await asAgent.request('POST', '/api/v1/customers', { name: 'Percent Person' });
    const response = await asAgent.request('GET', `/api/v1/customers?q=${encodeURIComponent('%')}`);
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().customers.length, 0);
  });

  it('answers 404 for an unknown customer', async () => {
    assert.equal(
      (await asAgent.request('GET', '/api/v1/customers/00000000-0000-4000-8000-000000000000')).statusCode,
      404,
    );
  });
});

describe('one person by id', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('shows a colleague without any secret, and answers 404 for an unknown id', async () => {
    const agent = await buildUser(t.ctx);
    const colleague = await buildUser(t.ctx, { role: 'supervisor' });
    const client = await signIn(t.app, agent.email, TEST_PASSWORD);
    const response = await client.request('GET', `/api/v1/users/${colleague.id}`);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(Object.keys(response.json().user).sort(), [
      'active',
      'available',
      'createdAt',
      'email',
      'id',
      'name',
      'role',
      'teamIds',
    ]);
    assert.equal(
      (await client.request('GET', '/api/v1/users/00000000-0000-4000-8000-000000000000')).statusCode,
      404,
    );
  });
});
