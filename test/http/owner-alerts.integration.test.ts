import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { confirmClick } from '../support/customer-pages.ts';
import {
  buildCase,
  buildCustomer,
  buildRatingRequest,
  buildUser,
  RESOLUTION,
  TEST_PASSWORD,
} from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Item = { case: { id: string; title: string; ownerSeenAt: string | null }; customer: { name: string } };

/** "New case for you" is the server's truth: unseen until the owner opens the case, whatever the browser forgot. */
describe('owner alerts: the new cases an owner has not opened yet', () => {
  let t: TestApp;
  let owner: Client;
  let other: Client;
  let ownerId: string;
  let otherId: string;

  const unseen = async (client: Client) => {
    const response = await client.request('GET', '/api/v1/cases/unseen');
    assert.equal(response.statusCode, 200, response.body);
    return (response.json().cases as Item[]).map((item) => item.case.id);
  };
  const seen = (client: Client, caseId: string) => client.request('POST', `/api/v1/cases/${caseId}/seen`);

  before(async () => {
    t = await startTestApp();
    const a = await buildUser(t.ctx, { name: 'Ada Owner' });
    const b = await buildUser(t.ctx, { name: 'Ben Other', role: 'supervisor' });
    ownerId = a.id;
    otherId = b.id;
    // Only Ada is available, so the assignment rule gives her the rating's case.
    await t.ctx.db.updateTable('users').set({ available: false }).where('id', '=', b.id).execute();
    owner = await signIn(t.app, a.email, TEST_PASSWORD);
    other = await signIn(t.app, b.email, TEST_PASSWORD);
  });
  after(() => t.close());

  it('lists a case a red rating opened for its owner until they open it, and only for them', async () => {
    const customer = await buildCustomer(t.ctx, { name: 'Rita Red' });
    const { linkFor } = await buildRatingRequest(t.ctx, { customerId: customer.id });
    await confirmClick(t, linkFor(1));
    await runJobs(t);
    const [caseId] = (
      await t.ctx.db.selectFrom('cases').select('id').where('customer_id', '=', customer.id).execute()
    ).map((row) => row.id);
    assert.ok(caseId);

    const listed = (await owner.request('GET', '/api/v1/cases/unseen')).json().cases as Item[];
    assert.deepEqual(
      listed.map((item) => [item.case.id, item.customer.name, item.case.ownerSeenAt]),
      [[caseId, 'Rita Red', null]],
    );
    assert.deepEqual(await unseen(other), [], 'nobody else is told');
    assert.deepEqual(await unseen(owner), [caseId], 'asked again (a reload): still there');

    // Someone else reading the case has not told its owner anything.
    assert.equal((await seen(other, caseId)).statusCode, 204);
    assert.deepEqual(await unseen(owner), [caseId]);

    assert.equal((await seen(owner, caseId)).statusCode, 204);
    assert.deepEqual(await unseen(owner), []);
    const detail = (await owner.request('GET', `/api/v1/cases/${caseId}`)).json();
    assert.ok(detail.case.ownerSeenAt, 'the case says when its owner saw it');
    assert.equal((await seen(owner, caseId)).statusCode, 204, 'seen twice is seen once');
  });

  it('does not alert whoever opened a case for themselves, and alerts the new owner of a hand-off', async () => {
    const mine = await owner.request('POST', '/api/v1/cases', {
      customer: { name: 'Carl Caller', emails: ['carl@example.test'] },
      title: 'Boiler leaking',
      story: 'Carl called: the boiler is leaking onto the kitchen floor.',
      severity: 'high',
      channel: 'phone',
      ownerId,
    });
    assert.equal(mine.statusCode, 201, mine.body);
    const caseId = mine.json().case.id as string;
    assert.deepEqual(await unseen(owner), []);

    const handed = await owner.request('POST', `/api/v1/cases/${caseId}/handoff`, {
      toUserId: otherId,
      reason: 'Ben handles warranty claims for boilers and has the installer on call.',
    });
    assert.equal(handed.statusCode, 200, handed.body);
    assert.deepEqual(await unseen(other), [caseId], 'new to Ben');
    assert.deepEqual(await unseen(owner), []);
  });

  it('leaves resolved cases out, lists the newest first, and refuses an unknown case', async () => {
    const older = await buildCase(t.ctx, { ownerId, title: 'Older' });
    const newer = await buildCase(t.ctx, { ownerId, title: 'Newer' });
    const done = await buildCase(t.ctx, { ownerId, title: 'Done' });
    const resolved = await other.request('POST', `/api/v1/cases/${done.id}/status`, {
      status: 'resolved',
      resolution: RESOLUTION,
    });
    assert.equal(resolved.statusCode, 200, resolved.body);
    assert.deepEqual((await unseen(owner)).slice(0, 2), [newer.id, older.id]);
    assert.ok(!(await unseen(owner)).includes(done.id));

    const missing = await seen(owner, '00000000-0000-4000-8000-000000000000');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().code, 'NOT_FOUND');
    const tooMany = await owner.request('GET', '/api/v1/cases/unseen?limit=500');
    assert.equal(tooMany.statusCode, 400);
  });
});
