import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { buildCase, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { countRowsOfEveryTable } from '../support/row-counts.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('issuing a new status link for a case', () => {
  let t: TestApp;
  let owner: User;
  let asOwner: Client;
  let asColleague: Client;
  let asSupervisor: Client;
  let asAdmin: Client;

  before(async () => {
    t = await startTestApp();
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Maya Lind' });
    const colleague = await buildUser(t.ctx, { role: 'agent' });
    const supervisor = await buildUser(t.ctx, { role: 'supervisor' });
    const admin = await buildUser(t.ctx, { role: 'admin' });
    asOwner = await signIn(t.app, owner.email, TEST_PASSWORD);
    asColleague = await signIn(t.app, colleague.email, TEST_PASSWORD);
    asSupervisor = await signIn(t.app, supervisor.email, TEST_PASSWORD);
    asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
  });
  after(() => t.close());

  const statusPathOf = async (client: Client, caseId: string) =>
    new URL((await client.request('GET', `/api/v1/cases/${caseId}`)).json().statusPageUrl).pathname;
  const open = (path: string) => t.app.inject({ method: 'GET', url: path });

  it('replaces the link: the old one gets the polite page, the answer carries the new one, and the audit log says who', async () => {
    const opened = await buildCase(t.ctx, { ownerId: owner.id, title: 'Vase arrived broken' });
    const old = await statusPathOf(asOwner, opened.id);
    assert.equal((await open(old)).statusCode, 200);

    const issued = await asOwner.request('POST', `/api/v1/cases/${opened.id}/status-link`);
    assert.equal(issued.statusCode, 200, issued.body);
    const fresh = new URL(issued.json().statusPageUrl).pathname;
    assert.notEqual(fresh, old);
    assert.match(fresh, /^\/s\/[0-9a-f]{32}\.[\w-]+$/);
    assert.equal(await statusPathOf(asOwner, opened.id), fresh, 'GET /cases/{id} names the new link');
    assert.equal(issued.json().case.id, opened.id);

    const gone = await open(old);
    assert.equal(gone.statusCode, 404);
    assert.match(gone.body, /This link no longer works/);
    assert.ok(!gone.body.includes('Vase arrived broken'));
    const before = await countRowsOfEveryTable(t.ctx.db);
    const reply = await t.app.inject({
      method: 'POST',
      url: `${old}/reply`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'message=Hello',
    });
    assert.equal(reply.statusCode, 404, 'a reply through the old link is refused');
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before);
    const now = await open(fresh);
    assert.equal(now.statusCode, 200);
    assert.match(now.body, /Vase arrived broken/);

    const audit = await asAdmin.request('GET', '/api/v1/audit?action=case.status_link_issued');
    const entries = audit.json().entries as { actorUserId: string; subjectId: string; details: unknown }[];
    const entry = entries.find((e) => e.subjectId === opened.id);
    assert.equal(entry?.actorUserId, owner.id);
    const keys = [old, fresh].map((path) => path.slice(3, 35));
    for (const key of keys) assert.ok(!JSON.stringify(entry).includes(key), 'no key in the audit log');
  });

  it('lets a supervisor and an admin issue one for someone else’s case, and refuses another agent', async () => {
    const opened = await buildCase(t.ctx, { ownerId: owner.id });
    const before = await statusPathOf(asOwner, opened.id);
    const refused = await asColleague.request('POST', `/api/v1/cases/${opened.id}/status-link`);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().code, 'FORBIDDEN');
    assert.match(refused.json().detail, /owner, a supervisor or an admin/);
    assert.equal(await statusPathOf(asOwner, opened.id), before, 'nothing changed');
    for (const client of [asSupervisor, asAdmin])
      assert.equal((await client.request('POST', `/api/v1/cases/${opened.id}/status-link`)).statusCode, 200);
  });

  it('answers 404 for a case that does not exist', async () => {
    const missing = await asOwner.request(
      'POST',
      '/api/v1/cases/00000000-0000-4000-8000-000000000000/status-link',
    );
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.headers['content-type'], 'application/problem+json; charset=utf-8');
  });
});
