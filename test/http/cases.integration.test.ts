import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { updateUser } from '../../src/app/users/update-user.ts';
import type { User } from '../../src/core/team/user.ts';
import {
  buildCase,
  buildCustomer,
  buildTeam,
  buildUser,
  RESOLUTION,
  TEST_PASSWORD,
} from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('cases over HTTP', () => {
  let t: TestApp;
  let agent: User;
  let colleague: User;
  let supervisor: User;
  let asAgent: Client;
  let asColleague: Client;
  let asSupervisor: Client;

  before(async () => {
    t = await startTestApp();
    agent = await buildUser(t.ctx, { role: 'agent', name: 'Maya Agent' });
    colleague = await buildUser(t.ctx, { role: 'agent', name: 'Tom Colleague' });
    supervisor = await buildUser(t.ctx, { role: 'supervisor', name: 'Sam Supervisor' });
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
    asColleague = await signIn(t.app, colleague.email, TEST_PASSWORD);
    asSupervisor = await signIn(t.app, supervisor.email, TEST_PASSWORD);
  });
  after(() => t.close());

  async function openAsAgent(overrides: Record<string, unknown> = {}) {
    const response = await asAgent.request('POST', '/api/v1/cases', {
      customer: { name: 'Jane Doe', emails: ['jane@example.test'] },
      title: 'Double charge on order 4471',
      story: 'I was charged twice for the same order and my rent is due.',
      severity: 'high',
      channel: 'email',
      ownerId: agent.id,
      ...overrides,
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  it('opens a case for a new customer with one owner, and starts the timeline with the story and the assignment', async () => {
    const body = await openAsAgent();
    assert.equal(body.case.status, 'open');
    assert.equal(body.owner.id, agent.id);
    assert.equal(body.customer.emails[0], 'jane@example.test');
    assert.equal(body.case.handoffCount, 0);
    const events = (await asAgent.request('GET', `/api/v1/cases/${body.case.id}/events`)).json().events;
    assert.deepEqual(
      events.map((e: { kind: string }) => e.kind),
      ['created', 'assigned'],
    );
    assert.equal(events[0].body, 'I was charged twice for the same order and my rent is due.');
    assert.deepEqual(events[1].data, { ownerId: agent.id, rule: 'explicit' });
  });

  it('reuses the customer with the same email instead of making a second one', async () => {
    const first = await openAsAgent();
    const second = await openAsAgent({ customer: { emails: ['JANE@example.test'] } });
    assert.equal(second.customer.id, first.customer.id);
    assert.equal(second.customer.name, 'Jane Doe');
  });

  it("assigns a new case to the team's available member with the fewest active cases", async () => {
    const team = await buildTeam(t.ctx);
    const busy = await buildUser(t.ctx, { teamIds: [team.id] });
    const free = await buildUser(t.ctx, { teamIds: [team.id] });
    const away = await buildUser(t.ctx, { teamIds: [team.id] });
    await updateUser(t.ctx, { userId: away.id, role: 'agent', via: 'session' }, away.id, {
      available: false,
    });
    await buildCase(t.ctx, { ownerId: busy.id });
    const customer = await buildCustomer(t.ctx);
    const response = await asAgent.request('POST', '/api/v1/cases', {
      customerId: customer.id,
      title: 'Late delivery',
      story: 'Three days late.',
      teamId: team.id,
    });
    assert.equal(response.statusCode, 201);
    assert.equal(response.json().owner.id, free.id);
    const events = (await asAgent.request('GET', `/api/v1/cases/${response.json().case.id}/events`)).json()
      .events;
    assert.deepEqual(events[1].data, { ownerId: free.id, rule: 'least_active_cases' });
  });

  it('gives the case to the person opening it when nobody in the team is available', async () => {
    const team = await buildTeam(t.ctx);
    const customer = await buildCustomer(t.ctx);
    const response = await asColleague.request('POST', '/api/v1/cases', {
      customerId: customer.id,
      title: 'Wrong item',
      story: 'Got socks, ordered shoes.',
      teamId: team.id,
    });
    assert.equal(response.statusCode, 201);
    assert.equal(response.json().owner.id, colleague.id);
  });

  it('hands a case off with a reason, counts it and tells the timeline', async () => {
    const opened = await openAsAgent();
    const response = await asAgent.request('POST', `/api/v1/cases/${opened.case.id}/handoff`, {
      toUserId: colleague.id,
      reason: 'Tom handles billing disputes',
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().owner.id, colleague.id);
    assert.equal(response.json().case.handoffCount, 1);
    const events = (await asAgent.request('GET', `/api/v1/cases/${opened.case.id}/events`)).json().events;
    const handoff = events.at(-1);
    assert.equal(handoff.kind, 'handed_off');
    assert.equal(handoff.body, 'Tom handles billing disputes');
    assert.deepEqual(handoff.data, { fromUserId: agent.id, toUserId: colleague.id });
  });

  it('refuses a hand-off without a reason and changes nothing', async () => {
    const opened = await openAsAgent();
    const noReason = await asAgent.request('POST', `/api/v1/cases/${opened.case.id}/handoff`, {
      toUserId: colleague.id,
      reason: ' ok ',
    });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().code, 'VALIDATION_FAILED');
    const empty = await asAgent.request('POST', `/api/v1/cases/${opened.case.id}/handoff`, {
      toUserId: colleague.id,
      reason: '',
    });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.json().detail, /Say why the case changes hands/);
    const missing = await asAgent.request('POST', `/api/v1/cases/${opened.case.id}/handoff`, {
      toUserId: colleague.id,
    });
    assert.equal(missing.statusCode, 400);
    const after = (await asAgent.request('GET', `/api/v1/cases/${opened.case.id}`)).json();
    assert.equal(after.owner.id, agent.id);
    assert.equal(after.case.handoffCount, 0);
    const events = (await asAgent.request('GET', `/api/v1/cases/${opened.case.id}/events`)).json().events;
    assert.equal(events.length, 2);
  });

  it('refuses a hand-off by an agent who does not own the case, but lets a supervisor do it', async () => {
    const opened = await openAsAgent();
    const byColleague = await asColleague.request('POST', `/api/v1/cases/${opened.case.id}/handoff`, {
      toUserId: colleague.id,
      reason: 'I will take it from here',
    });
    assert.equal(byColleague.statusCode, 403);
    const bySupervisor = await asSupervisor.request('POST', `/api/v1/cases/${opened.case.id}/handoff`, {
      toUserId: colleague.id,
      reason: 'Maya is out this afternoon',
    });
    assert.equal(bySupervisor.statusCode, 200);
  });

  it('refuses a hand-off to an unknown person with 404', async () => {
    const opened = await openAsAgent();
    const response = await asAgent.request('POST', `/api/v1/cases/${opened.case.id}/handoff`, {
      toUserId: '00000000-0000-4000-8000-000000000000',
      reason: 'Nobody is there',
    });
    assert.equal(response.statusCode, 404);
  });

  it('moves a case through acknowledged, resolved and closed, and counts a reopening', async () => {
    const opened = await openAsAgent();
    const url = `/api/v1/cases/${opened.case.id}/status`;
    const acknowledged = await asAgent.request('POST', url, { status: 'acknowledged' });
    assert.equal(acknowledged.json().case.status, 'acknowledged');
    assert.ok(acknowledged.json().case.acknowledgedAt);
    const resolved = await asAgent.request('POST', url, {
      status: 'resolved',
      resolution: RESOLUTION,
      note: 'Refunded the second charge',
    });
    assert.ok(resolved.json().case.resolvedAt);
    const closed = await asAgent.request('POST', url, { status: 'closed' });
    assert.equal(closed.json().case.status, 'closed');
    const reopened = await asAgent.request('POST', url, { status: 'open', note: 'Charged a third time' });
    assert.equal(reopened.json().case.status, 'open');
    assert.equal(reopened.json().case.reopenCount, 1);
    assert.equal(reopened.json().case.closedAt, null);
    const events = (await asAgent.request('GET', `/api/v1/cases/${opened.case.id}/events`)).json().events;
    const changes = events.filter((e: { kind: string }) => e.kind === 'status_changed');
    assert.deepEqual(
      changes.map((e: { data: { to: string } }) => e.data.to),
      ['acknowledged', 'resolved', 'closed', 'open'],
    );
    assert.equal(changes[1].body, 'Refunded the second charge');
  });

  it('refuses an impossible status change with 409 and changes nothing', async () => {
    const opened = await openAsAgent();
    const response = await asAgent.request('POST', `/api/v1/cases/${opened.case.id}/status`, {
      status: 'closed',
    });
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().code, 'INVALID_STATUS_TRANSITION');
    const after = (await asAgent.request('GET', `/api/v1/cases/${opened.case.id}`)).json();
    assert.equal(after.case.status, 'open');
  });

  it('refuses a status change by an agent who does not own the case', async () => {
    const opened = await openAsAgent();
    const response = await asColleague.request('POST', `/api/v1/cases/${opened.case.id}/status`, {
      status: 'acknowledged',
    });
    assert.equal(response.statusCode, 403);
  });

  it('returns only the timeline events after a given id', async () => {
    const opened = await openAsAgent();
    const all = (await asAgent.request('GET', `/api/v1/cases/${opened.case.id}/events`)).json().events;
    await asAgent.request('POST', `/api/v1/cases/${opened.case.id}/notes`, { body: 'Courier called back' });
    const newer = (
      await asAgent.request('GET', `/api/v1/cases/${opened.case.id}/events?afterId=${all.at(-1).id}`)
    ).json().events;
    assert.deepEqual(
      newer.map((e: { kind: string; body: string }) => [e.kind, e.body]),
      [['note', 'Courier called back']],
    );
  });

  it('adds a note anyone on the team can write, kept as untrusted text', async () => {
    const opened = await openAsAgent();
    const body = '<script>alert(1)</script> Called the courier';
    const response = await asColleague.request('POST', `/api/v1/cases/${opened.case.id}/notes`, { body });
    assert.equal(response.statusCode, 201);
    assert.equal(response.json().event.body, body);
    assert.equal(response.json().event.actorUserId, colleague.id);
  });

  it('lists the inbox by severity, then longest waiting, acknowledged or not', async () => {
    const t0 = Date.now();
    const customer = await buildCustomer(t.ctx);
    const mk = async (severity: 'critical' | 'low' | 'normal', minutesAgo: number, acknowledge: boolean) => {
      const now = () => new Date(t0 - minutesAgo * 60_000);
      const c = await buildCase(
        { ...t.ctx, now },
        {
          customerId: customer.id,
          severity,
          ownerId: agent.id,
          title: `${severity}-${minutesAgo}-${acknowledge}`,
        },
      );
      if (acknowledge)
        await asAgent.request('POST', `/api/v1/cases/${c.id}/status`, { status: 'acknowledged' });
      return c.id;
    };
    const ackCritical = await mk('critical', 500, true);
    const openLowOld = await mk('low', 300, false);
    const openCriticalNew = await mk('critical', 1, false);
    const openLowNew = await mk('low', 2, false);
    const list = (await asAgent.request('GET', `/api/v1/cases?customerId=${customer.id}`)).json().cases;
    assert.deepEqual(
      list.map((item: { case: { id: string } }) => item.case.id),
      [ackCritical, openCriticalNew, openLowOld, openLowNew],
    );
    const mine = (
      await asAgent.request('GET', `/api/v1/cases?customerId=${customer.id}&status=acknowledged`)
    ).json().cases;
    assert.equal(mine.length, 1);
  });

  it('answers 404 for an unknown case and 400 for a malformed id', async () => {
    const unknown = await asAgent.request('GET', '/api/v1/cases/00000000-0000-4000-8000-000000000000');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'NOT_FOUND');
    const malformed = await asAgent.request('GET', '/api/v1/cases/forty-two');
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json().errors[0].field, 'params.id');
  });

  it('refuses a case with neither customer nor customerId, and one with both', async () => {
    const neither = await asAgent.request('POST', '/api/v1/cases', { title: 'x', story: 'y' });
    assert.equal(neither.statusCode, 400);
    const customer = await buildCustomer(t.ctx);
    const both = await asAgent.request('POST', '/api/v1/cases', {
      title: 'x',
      story: 'y',
      customerId: customer.id,
      customer: { name: 'Z' },
    });
    assert.equal(both.statusCode, 400);
  });

  it('keeps the timeline append-only even against direct SQL', async () => {
    const opened = await openAsAgent();
    await assert.rejects(
      sql`UPDATE case_events SET body = 'rewritten' WHERE case_id = ${opened.case.id}`.execute(t.ctx.db),
      /append-only/,
    );
    await assert.rejects(
      sql`DELETE FROM case_events WHERE case_id = ${opened.case.id}`.execute(t.ctx.db),
      /append-only/,
    );
  });

  it('records who opened, handed off and changed cases in the audit log, readable by admins only', async () => {
    const opened = await openAsAgent();
    await asAgent.request('POST', `/api/v1/cases/${opened.case.id}/handoff`, {
      toUserId: colleague.id,
      reason: 'Billing specialist',
    });
    const admin = await buildUser(t.ctx, { role: 'admin' });
    const asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
    const entries = (await asAdmin.request('GET', '/api/v1/audit?limit=500')).json().entries;
    const forCase = entries.filter((e: { subjectId: string }) => e.subjectId === opened.case.id);
    assert.deepEqual(
      forCase.map((e: { action: string; actorUserId: string }) => [e.action, e.actorUserId]),
      [
        ['case.handed_off', agent.id],
        ['case.opened', agent.id],
      ],
    );
    assert.equal((await asAgent.request('GET', '/api/v1/audit')).statusCode, 403);
  });
});
