import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import type { User } from '../../src/core/team/user.ts';
import { listCaseTimers } from '../../src/store/case-timer.store.ts';
import { buildCase, buildTeam, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('the promise-kept rate per agent, team and period', () => {
  let t: TestApp;
  let clock = new Date('2026-12-01T09:00:00Z');
  let ann: User;
  let bob: User;
  let annClient: Client;
  let bobClient: Client;
  let supervisor: Client;
  let teams: { x: string; y: string };
  before(async () => {
    t = await startTestApp({ now: () => clock });
    teams = { x: (await buildTeam(t.ctx, 'Xpress')).id, y: (await buildTeam(t.ctx, 'Yonder')).id };
    ann = await buildUser(t.ctx, { name: 'Ann Agent', teamIds: [teams.x] });
    bob = await buildUser(t.ctx, { name: 'Bob Agent', teamIds: [teams.y] });
    annClient = await signIn(t.app, ann.email, TEST_PASSWORD);
    bobClient = await signIn(t.app, bob.email, TEST_PASSWORD);
    const lead = await buildUser(t.ctx, { role: 'supervisor' });
    supervisor = await signIn(t.app, lead.email, TEST_PASSWORD);

    const promiseOn = async (who: User, client: Client, teamId: string) => {
      const opened = await buildCase(t.ctx, { ownerId: who.id, teamId });
      const response = await client.request('POST', `/api/v1/cases/${opened.id}/promises`, {
        what: 'send a new vase',
        dueAt: new Date(clock.getTime() + 3 * 86_400_000).toISOString(),
        confidence: 'estimate',
        customerVisible: true,
      });
      assert.equal(response.statusCode, 201, response.body);
      return { caseId: opened.id, id: response.json().promise.id as string };
    };
    const settle = async (client: Client, id: string, body: unknown) =>
      assert.equal((await client.request('PATCH', `/api/v1/promises/${id}`, body)).statusCode, 200);

    // Before the period: one kept by Ann, which must not count.
    const early = await promiseOn(ann, annClient, teams.x);
    clock = new Date('2026-12-01T10:00:00Z');
    await settle(annClient, early.id, { state: 'kept' });

    // In the period (from 2 December): Ann keeps 3, breaks 1 (by its due time), renegotiates 1.
    clock = new Date('2026-12-02T09:00:00Z');
    const annPromises = await Promise.all([1, 2, 3, 4, 5].map(() => promiseOn(ann, annClient, teams.x)));
    clock = new Date('2026-12-03T09:00:00Z');
    for (const p of annPromises.slice(0, 3)) await settle(annClient, p.id, { state: 'kept' });
    const [, , , toRenegotiate, toBreak] = annPromises;
    await settle(annClient, toRenegotiate?.id ?? '', {
      state: 'renegotiated',
      dueAt: '2026-12-09T17:00:00Z',
      message: 'Sorry for the wait: it will reach you by 9 December.',
    });
    const due = (await listCaseTimers(t.ctx.db, toBreak?.caseId ?? '')).find((x) => x.kind === 'promise_due');
    assert.ok(due);
    clock = due.dueAt;
    assert.equal(await fireCaseTimer(t.ctx, due.id), true);
    // Bob keeps 1 and says 1 broke.
    const bobPromises = await Promise.all([1, 2].map(() => promiseOn(bob, bobClient, teams.y)));
    await settle(bobClient, bobPromises[0]?.id ?? '', { state: 'kept' });
    await settle(bobClient, bobPromises[1]?.id ?? '', { state: 'broken' });
    clock = new Date('2026-12-07T09:00:00Z');
  });
  after(() => t.close());

  const report = (query: string) => supervisor.request('GET', `/api/v1/reports/promises?${query}`);

  it('per agent: kept ÷ (kept + broken), renegotiated beside it, only promises ended in the period', async () => {
    const response = await report('groupBy=agent&from=2026-12-02&to=2026-12-08');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.deepEqual(body.total, { kept: 4, broken: 2, renegotiated: 1, keptRate: 4 / 6 });
    assert.deepEqual(body.groups, [
      { id: ann.id, name: 'Ann Agent', kept: 3, broken: 1, renegotiated: 1, keptRate: 0.75 },
      { id: bob.id, name: 'Bob Agent', kept: 1, broken: 1, renegotiated: 0, keptRate: 0.5 },
    ]);
  });

  it('per team, and a period before any promise ended has no rate', async () => {
    const byTeam = (await report('groupBy=team&from=2026-12-02&to=2026-12-08')).json();
    assert.deepEqual(
      byTeam.groups.map((g: { id: string; kept: number; broken: number; keptRate: number }) => [
        g.id,
        g.kept,
        g.broken,
        g.keptRate,
      ]),
      [
        [teams.x, 3, 1, 0.75],
        [teams.y, 1, 1, 0.5],
      ],
    );
    const early = (await report('groupBy=team&from=2026-12-01&to=2026-12-01T10:00:00Z')).json();
    assert.deepEqual(early.total, { kept: 0, broken: 0, renegotiated: 0, keptRate: null });
    const first = (await report('groupBy=agent&from=2026-12-01&to=2026-12-02')).json();
    assert.deepEqual(first.total, { kept: 1, broken: 0, renegotiated: 0, keptRate: 1 });
  });

  it('is for supervisors and admins, and refuses a backwards period or an unknown grouping', async () => {
    assert.equal((await annClient.request('GET', '/api/v1/reports/promises')).statusCode, 403);
    const backwards = await report('from=2026-12-08&to=2026-12-02');
    assert.equal(backwards.statusCode, 400);
    assert.equal(backwards.json().code, 'VALIDATION_FAILED');
    const unknown = await report('groupBy=planet');
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json().detail, /Group by must be agent or team/);
  });
});
