import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { listCaseAmends } from '../../src/app/amends/list-case-amends.ts';
import type { User } from '../../src/core/team/user.ts';
import { buildCase, buildTeam, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Gesture = {
  id: string;
  state: string;
  amountMinor: number | null;
  code: string | null;
  reference: string | null;
};

describe('amends over HTTP: limits, approvals, bad input, double clicks, code pools', () => {
  let t: TestApp;
  let agent: User;
  let agentClient: Client;
  let supervisor: User;
  let supervisorClient: Client;
  let otherSupervisorClient: Client;
  let adminClient: Client;
  let catalogue: { id: string; kind: string; name: string }[];
  let team: { id: string };
  const typeId = (kind: string) => catalogue.find((entry) => entry.kind === kind)!.id;

  before(async () => {
    t = await startTestApp();
    team = await buildTeam(t.ctx);
    agent = await buildUser(t.ctx, { role: 'agent', name: 'Ada Agent', teamIds: [team.id] });
    agentClient = await signIn(t.app, agent.email, TEST_PASSWORD);
    supervisor = await buildUser(t.ctx, { role: 'supervisor', name: 'Sam Super' });
    supervisorClient = await signIn(t.app, supervisor.email, TEST_PASSWORD);
    const other = await buildUser(t.ctx, { role: 'supervisor', name: 'Olga Other' });
    otherSupervisorClient = await signIn(t.app, other.email, TEST_PASSWORD);
    const admin = await buildUser(t.ctx, { role: 'admin' });
    adminClient = await signIn(t.app, admin.email, TEST_PASSWORD);
    catalogue = (await agentClient.request('GET', '/api/v1/amends/catalogue')).json().catalogue;
    const limits = await adminClient.request('PUT', '/api/v1/settings/amends/limits', {
      limits: [
        {
          role: 'agent',
          gestureTypeId: typeId('refund'),
          currency: 'EUR',
          perGestureMinor: 5000,
          perCaseMinor: 8000,
          perAgentMonthMinor: null,
        },
        {
          role: 'agent',
          gestureTypeId: typeId('coupon'),
          currency: 'EUR',
          perGestureMinor: 2000,
          perCaseMinor: null,
          perAgentMonthMinor: null,
        },
        {
          role: 'agent',
          gestureTypeId: typeId('account_credit'),
          currency: 'EUR',
          perGestureMinor: null,
          perCaseMinor: null,
          perAgentMonthMinor: 3000,
        },
        {
          role: 'supervisor',
          gestureTypeId: typeId('refund'),
          currency: 'EUR',
          perGestureMinor: 10000,
          perCaseMinor: null,
          perAgentMonthMinor: null,
        },
      ],
    });
    assert.equal(limits.statusCode, 204, limits.body);
  });
  after(() => t.close());

  let caseId: string;
  beforeEach(async () => {
    caseId = (await buildCase(t.ctx, { ownerId: agent.id })).id;
  });

  const offer = (
    client: Client,
    body: Record<string, unknown>,
    key: string = randomUUID(),
    onCase = caseId,
  ) => client.request('POST', `/api/v1/cases/${onCase}/amends`, body, { 'idempotency-key': key });
  const gesturesOn = (id = caseId) =>
    t.ctx.db.selectFrom('amend_gestures').selectAll().where('case_id', '=', id).execute();
  const eventKinds = async (id = caseId) =>
    (
      await t.ctx.db
        .selectFrom('case_events')
        .select('kind')
        .where('case_id', '=', id)
        .orderBy('id')
        .execute()
    )
      .map((event) => event.kind)
      .filter((kind) => kind.startsWith('amends_'));

  it('issues a refund within the limit at once — exactly at it too — and leaves it approved to issue by hand without a webhook', async () => {
    const response = await offer(agentClient, {
      gestureTypeId: typeId('refund'),
      amountMinor: 5000,
      currency: 'EUR',
    });
    assert.equal(response.statusCode, 201, response.body);
    const { gesture } = response.json() as { gesture: Gesture };
    assert.equal(gesture.state, 'approved', 'no webhook: waits to be issued by hand');
    const byHand = await agentClient.request('POST', `/api/v1/amends/${gesture.id}/issued-by-hand`, {
      reference: 'RF-1001',
    });
    assert.equal(byHand.statusCode, 200, byHand.body);
    assert.equal(byHand.json().gesture.state, 'issued');
    assert.equal(byHand.json().gesture.reference, 'RF-1001');
    assert.deepEqual(await eventKinds(), ['amends_issued']);
    const detail = (await agentClient.request('GET', `/api/v1/cases/${caseId}`)).json();
    assert.equal(detail.amendsOnCase, 1, 'the resolve flow knows a gesture was made');
    const again = await agentClient.request('POST', `/api/v1/amends/${gesture.id}/issued-by-hand`, {
      reference: 'X',
    });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'GESTURE_NOT_AWAITING_ISSUE');
  });

  it('turns a refund over the limit into a request: supervisors are mailed, nobody approves their own, another approves, the timeline tells it', async () => {
    const asked = await offer(agentClient, {
      gestureTypeId: typeId('refund'),
      amountMinor: 8000,
      currency: 'EUR',
      reason: 'Second broken vase',
    });
    assert.equal(asked.statusCode, 202, asked.body);
    const { gesture, reasons } = asked.json() as { gesture: Gesture; reasons: string[] };
    assert.equal(gesture.state, 'pending_approval');
    assert.ok(
      reasons.some((reason) => /one gesture/.test(reason)),
      reasons.join(),
    );
    const mails = await t.ctx.db
      .selectFrom('outbound_emails')
      .selectAll()
      .where('kind', '=', 'amends-approval')
      .where('case_id', '=', caseId)
      .execute();
    assert.equal(mails.length, 3, 'both supervisors and the admin are asked');
    assert.match(mails[0]?.subject ?? '', /Approval asked: Refund of €80\.00 on case #\d+/);

    const byAgent = await agentClient.request('POST', `/api/v1/amends/${gesture.id}/approve`, {});
    assert.equal(byAgent.statusCode, 403);
    const queue = (await supervisorClient.request('GET', '/api/v1/amends/pending')).json()
      .gestures as Gesture[];
    assert.ok(queue.some((entry) => entry.id === gesture.id));

    const approved = await otherSupervisorClient.request('POST', `/api/v1/amends/${gesture.id}/approve`, {
      reason: 'Fair',
    });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().gesture.state, 'approved');
    const twice = await supervisorClient.request('POST', `/api/v1/amends/${gesture.id}/decline`, {
      reason: 'No',
    });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'GESTURE_NOT_PENDING');
    assert.deepEqual(await eventKinds(), ['amends_requested', 'amends_approved']);
    assert.deepEqual(
      await listCaseAmends(t.ctx, caseId),
      [],
      'approved is not yet given: messages name none',
    );
    await agentClient.request('POST', `/api/v1/amends/${gesture.id}/issued-by-hand`, { reference: 'RF-2' });
    const made = await listCaseAmends(t.ctx, caseId);
    assert.equal(made.length, 1);
    assert.deepEqual(
      { ...made[0], issuedAt: undefined },
      {
        kind: 'refund',
        label: 'Refund',
        amountMinor: 8000,
        currency: 'EUR',
        issuedAt: undefined,
      },
    );

    // The approval mails go through the outbox like any other (held there without SMTP).
    await runJobs(t);
    const sent = await t.ctx.db
      .selectFrom('outbound_emails')
      .select('status')
      .where('kind', '=', 'amends-approval')
      .where('case_id', '=', caseId)
      .execute();
    assert.deepEqual(
      sent.map((mail) => mail.status),
      ['held', 'held', 'held'],
    );
  });

  it("refuses a supervisor's approval of their own request, and a decline without a reason", async () => {
    const supervisorsCase = (await buildCase(t.ctx, { ownerId: supervisor.id })).id;
    const asked = await offer(
      supervisorClient,
      { gestureTypeId: typeId('refund'), amountMinor: 12000, currency: 'EUR' },
      randomUUID(),
      supervisorsCase,
    );
    assert.equal(asked.statusCode, 202, asked.body);
    const id = asked.json().gesture.id;
    const own = await supervisorClient.request('POST', `/api/v1/amends/${id}/approve`, {});
    assert.equal(own.statusCode, 403);
    assert.match(own.json().detail, /own request/);
    const bare = await otherSupervisorClient.request('POST', `/api/v1/amends/${id}/decline`, {});
    assert.equal(bare.statusCode, 400);
    assert.equal(bare.json().code, 'VALIDATION_FAILED');
    const row = await t.ctx.db
      .selectFrom('amend_gestures')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.state, 'pending_approval', 'nothing changed');
    const declined = await otherSupervisorClient.request('POST', `/api/v1/amends/${id}/decline`, {
      reason: 'Already refunded by the carrier',
    });
    assert.equal(declined.json().gesture.state, 'declined');
    assert.deepEqual(await eventKinds(supervisorsCase), ['amends_requested', 'amends_declined']);
  });

  it("refuses an approval above the approver's own authority, changing nothing, and leaves it for an admin", async () => {
    const asked = await offer(agentClient, {
      gestureTypeId: typeId('refund'),
      amountMinor: 15000,
      currency: 'EUR',
      reason: 'Third broken vase',
    });
    assert.equal(asked.statusCode, 202, asked.body);
    const id = asked.json().gesture.id;
    const before = await eventKinds();

    const bySupervisor = await otherSupervisorClient.request('POST', `/api/v1/amends/${id}/approve`, {
      reason: 'Fair',
    });
    assert.equal(bySupervisor.statusCode, 403, bySupervisor.body);
    assert.equal(
      bySupervisor.json().detail,
      'Above your own authority: €150.00 is above the €100.00 a supervisor may approve for one gesture. An admin approves it; it stays in the queue.',
    );
    const row = await t.ctx.db
      .selectFrom('amend_gestures')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.state, row.decided_by], ['pending_approval', null], 'nothing changed');
    assert.deepEqual(await eventKinds(), before, 'nothing on the timeline');
    const queue = (await supervisorClient.request('GET', '/api/v1/amends/pending')).json()
      .gestures as Gesture[];
    assert.ok(
      queue.some((entry) => entry.id === id),
      'still waiting in the queue',
    );
    // The queue says so beforehand, to that supervisor, and not to an admin.
    const seen = (await otherSupervisorClient.request('GET', '/api/v1/amends/pending')).json();
    assert.equal(seen.beyondYourAuthority[id], bySupervisor.json().detail);
    const seenByAdmin = (await adminClient.request('GET', '/api/v1/amends/pending')).json();
    assert.deepEqual(seenByAdmin.beyondYourAuthority, {});

    // A supervisor may still decline it; here the admin approves it instead.
    const byAdmin = await adminClient.request('POST', `/api/v1/amends/${id}/approve`, { reason: 'Fair' });
    assert.equal(byAdmin.statusCode, 200, byAdmin.body);
    assert.equal(byAdmin.json().gesture.state, 'approved');
  });

  it("counts a supervisor's approvals against their own authority on the case", async () => {
    // €60 then €50 on one case: each is under the supervisor's €100 a gesture, but with a €100 a
    // case for supervisors, the second would bring the case to €110: not theirs to approve.
    type Limit = { role: string; gestureTypeId: string; perCaseMinor: number | null };
    const original = (await adminClient.request('GET', '/api/v1/settings/amends')).json().limits as Limit[];
    const saved = await adminClient.request('PUT', '/api/v1/settings/amends/limits', {
      limits: original.map((limit) =>
        limit.role === 'supervisor' && limit.gestureTypeId === typeId('refund')
          ? { ...limit, perCaseMinor: 10000 }
          : limit,
      ),
    });
    assert.equal(saved.statusCode, 204, saved.body);
    try {
      const ask = async (amountMinor: number) =>
        (await offer(agentClient, { gestureTypeId: typeId('refund'), amountMinor, currency: 'EUR' })).json()
          .gesture.id as string;
      const first = await ask(6000);
      const approvedFirst = await otherSupervisorClient.request(
        'POST',
        `/api/v1/amends/${first}/approve`,
        {},
      );
      assert.equal(approvedFirst.statusCode, 200, approvedFirst.body);
      const second = await ask(5000);
      const refused = await otherSupervisorClient.request('POST', `/api/v1/amends/${second}/approve`, {});
      assert.equal(refused.statusCode, 403, refused.body);
      assert.match(
        refused.json().detail,
        /The case would get €110\.00 in all, above the €100\.00 a supervisor may approve for one case\./,
      );
    } finally {
      const restored = await adminClient.request('PUT', '/api/v1/settings/amends/limits', {
        limits: original,
      });
      assert.equal(restored.statusCode, 204, restored.body);
    }
  });

  it('refuses bad amounts and currencies with a sentence naming the field, and makes no gesture', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ amountMinor: -500, currency: 'EUR' }, 'amountMinor'],
      [{ amountMinor: 0, currency: 'EUR' }, 'amountMinor'],
      [{ amountMinor: 12.5, currency: 'EUR' }, 'amountMinor'],
      [{ amountMinor: '1250', currency: 'EUR' }, 'amountMinor'],
      [{ amountMinor: 1e15, currency: 'EUR' }, 'amountMinor'],
      [{ amountMinor: 500, currency: 'XQQ' }, 'currency'],
      [{ amountMinor: 500, currency: 'eur' }, 'currency'],
      [{ amountMinor: 500 }, 'currency'],
      [{ currency: 'EUR' }, 'amountMinor'],
    ];
    for (const [money, field] of bad) {
      const response = await offer(agentClient, { gestureTypeId: typeId('refund'), ...money });
      assert.equal(response.statusCode, 400, `${JSON.stringify(money)}: ${response.body}`);
      const problem = response.json();
      assert.equal(problem.code, 'VALIDATION_FAILED');
      assert.match(JSON.stringify(problem), new RegExp(field), JSON.stringify(money));
    }
    const things = await offer(agentClient, {
      gestureTypeId: typeId('replacement'),
      amountMinor: 100,
      currency: 'EUR',
    });
    assert.equal(things.statusCode, 400);
    const noKey = await agentClient.request('POST', `/api/v1/cases/${caseId}/amends`, {
      gestureTypeId: typeId('refund'),
      amountMinor: 100,
      currency: 'EUR',
    });
    assert.equal(noKey.statusCode, 400);
    assert.match(noKey.json().detail, /Idempotency-Key/);
    assert.equal((await gesturesOn()).length, 0);
    assert.deepEqual(await eventKinds(), []);
  });

  it('asks approval for a currency the role has no limit in (limits are per currency, never converted)', async () => {
    const response = await offer(agentClient, {
      gestureTypeId: typeId('refund'),
      amountMinor: 100,
      currency: 'GBP',
    });
    assert.equal(response.statusCode, 202, response.body);
    assert.match(response.json().reasons[0], /no authority of their own for Refund in GBP/);
  });

  it('makes one gesture of 20 concurrent clicks with one key', async () => {
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        offer(agentClient, { gestureTypeId: typeId('refund'), amountMinor: 1000, currency: 'EUR' }, key),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    assert.ok(
      statuses.every((status) => status === 201 || status === 409),
      statuses.join(),
    );
    assert.ok(statuses.includes(201));
    assert.equal((await gesturesOn()).length, 1);
  });

  it('lets 20 concurrent offers with different keys together stay within the per-case limit', async () => {
    // 8000 per case, 3000 each: two fit, the rest must ask (the case row serialises the decisions).
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        offer(agentClient, { gestureTypeId: typeId('refund'), amountMinor: 3000, currency: 'EUR' }),
      ),
    );
    const rows = await gesturesOn();
    assert.equal(rows.length, 20);
    assert.equal(rows.filter((row) => row.state === 'approved').length, 2);
    assert.equal(rows.filter((row) => row.state === 'pending_approval').length, 18);
    assert.equal(responses.filter((response) => response.statusCode === 201).length, 2);
  });

  it('hands each pool code out once under concurrent issue, and refuses cleanly when the pool is empty', async () => {
    const bad = await adminClient.request(
      'POST',
      `/api/v1/settings/amends/catalogue/${typeId('refund')}/codes`,
      {
        text: 'A1',
      },
    );
    assert.equal(bad.statusCode, 400, 'refunds use no pool');
    const upload = await adminClient.request(
      'POST',
      `/api/v1/settings/amends/catalogue/${typeId('coupon')}/codes`,
      {
        text: 'code\nSORRY-1\nSORRY-2\nSORRY-3\nSORRY-2\n\nSORRY-4,extra column\nSORRY-5\n',
      },
    );
    assert.equal(upload.statusCode, 200, upload.body);
    assert.deepEqual(upload.json(), { added: 5, skipped: 0 });
    const cases = await Promise.all(Array.from({ length: 8 }, () => buildCase(t.ctx, { ownerId: agent.id })));
    const responses = await Promise.all(
      cases.map((found) =>
        offer(
          agentClient,
          { gestureTypeId: typeId('coupon'), amountMinor: 1500, currency: 'EUR' },
          randomUUID(),
          found.id,
        ),
      ),
    );
    const issued = responses
      .filter((response) => response.statusCode === 201)
      .map((response) => response.json().gesture);
    const exhausted = responses.filter((response) => response.statusCode === 409);
    assert.equal(issued.length, 5);
    assert.equal(exhausted.length, 3);
    assert.ok(exhausted.every((response) => response.json().code === 'CODE_POOL_EXHAUSTED'));
    assert.deepEqual(new Set(issued.map((gesture: Gesture) => gesture.code)).size, 5, 'five different codes');
    assert.ok(
      issued.every((gesture: Gesture) => gesture.state === 'issued' && gesture.reference === gesture.code),
    );
    const rows = await t.ctx.db
      .selectFrom('amend_gestures')
      .select('id')
      .where(
        'case_id',
        'in',
        cases.map((found) => found.id),
      )
      .execute();
    assert.equal(rows.length, 5, 'a refused offer leaves no gesture behind');
    const settings = (await adminClient.request('GET', '/api/v1/settings/amends')).json();
    assert.deepEqual(
      settings.pools.find((pool: { gestureTypeId: string }) => pool.gestureTypeId === typeId('coupon')),
      { gestureTypeId: typeId('coupon'), total: 5, unused: 0 },
    );
  });

  it("keeps one person's monthly limit across 10 concurrent offers on 10 cases", async () => {
    const cases = await Promise.all(
      Array.from({ length: 10 }, () => buildCase(t.ctx, { ownerId: agent.id })),
    );
    await Promise.all(
      cases.map((found) =>
        offer(
          agentClient,
          { gestureTypeId: typeId('account_credit'), amountMinor: 1000, currency: 'EUR' },
          randomUUID(),
          found.id,
        ),
      ),
    );
    const rows = await t.ctx.db
      .selectFrom('amend_gestures')
      .select('state')
      .where(
        'case_id',
        'in',
        cases.map((found) => found.id),
      )
      .execute();
    assert.equal(rows.filter((row) => row.state === 'approved').length, 3, '3000 a month: three of 1000');
    assert.equal(rows.filter((row) => row.state === 'pending_approval').length, 7);
  });

  it("asks approval past the case's team budget for the month, in its currency", async () => {
    const saved = await adminClient.request('PUT', '/api/v1/settings/amends/budgets', {
      budgets: [{ teamId: team.id, currency: 'EUR', monthlyMinor: 1000 }],
    });
    assert.equal(saved.statusCode, 204, saved.body);
    const bad = await adminClient.request('PUT', '/api/v1/settings/amends/budgets', {
      budgets: [{ teamId: team.id, currency: 'EUR', monthlyMinor: -1 }],
    });
    assert.equal(bad.statusCode, 400);
    const teamCase = (await buildCase(t.ctx, { ownerId: agent.id, teamId: team.id })).id;
    const within = await offer(
      agentClient,
      { gestureTypeId: typeId('refund'), amountMinor: 1000, currency: 'EUR' },
      randomUUID(),
      teamCase,
    );
    assert.equal(within.statusCode, 201, 'exactly the budget');
    const over = await offer(
      agentClient,
      { gestureTypeId: typeId('refund'), amountMinor: 1, currency: 'EUR' },
      randomUUID(),
      teamCase,
    );
    assert.equal(over.statusCode, 202, over.body);
    assert.match(
      over.json().reasons.join(),
      /team would spend €10\.01 this month, above its budget of €10\.00/,
    );
    const gbp = await offer(
      agentClient,
      { gestureTypeId: typeId('refund'), amountMinor: 1, currency: 'GBP' },
      randomUUID(),
      teamCase,
    );
    assert.doesNotMatch(gbp.json().reasons.join(), /budget/, 'a EUR budget says nothing about GBP');
  });

  it('tells the person what they may still give on the case without approval', async () => {
    type Room = { gestureTypeId: string; currency: string | null; leftMinor: number | null };
    const roomOf = async (client: Client) => {
      const response = await client.request('GET', `/api/v1/cases/${caseId}/amends/room`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().room as Room[];
    };
    const leftFor = (room: Room[], kind: string) =>
      room.find((entry) => entry.gestureTypeId === typeId(kind) && entry.currency === 'EUR')?.leftMinor;
    const fresh = await roomOf(agentClient);
    assert.equal(leftFor(fresh, 'refund'), 5000, 'per gesture binds first');
    assert.equal(leftFor(fresh, 'coupon'), 2000);
    assert.equal(leftFor(fresh, 'replacement'), undefined, 'no limit row: not listed, needs approval');
    const given = await offer(agentClient, {
      gestureTypeId: typeId('refund'),
      amountMinor: 5000,
      currency: 'EUR',
    });
    assert.equal(given.statusCode, 201, given.body);
    assert.equal(
      leftFor(await roomOf(agentClient), 'refund'),
      3000,
      'the case has €30.00 left of its €80.00',
    );
    assert.equal(leftFor(await roomOf(supervisorClient), 'refund'), 10000, "a supervisor's own limits");
    const unknown = await agentClient.request(
      'GET',
      '/api/v1/cases/00000000-0000-4000-8000-000000000000/amends/room',
    );
    assert.equal(unknown.statusCode, 404);
  });

  it('shows spend against limits and budgets, per currency', async () => {
    const spend = await agentClient.request('GET', '/api/v1/amends/spend');
    assert.equal(spend.statusCode, 200, spend.body);
    const body = spend.json();
    assert.ok(body.ownLimits.every((limit: { role: string }) => limit.role === 'agent'));
    assert.ok(
      body.spend.every(
        (line: { scope: string; id: string }) => line.scope === 'team' || line.id === agent.id,
      ),
    );
    assert.ok(
      body.spend.some(
        (line: { scope: string; currency: string }) => line.scope === 'agent' && line.currency === 'EUR',
      ),
    );
  });
});
