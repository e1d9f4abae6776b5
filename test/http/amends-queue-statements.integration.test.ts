import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Kysely, PostgresDialect } from 'kysely';
import { beyondApproverAuthority } from '../../src/app/amends/approver-authority.ts';
import type { Actor, User } from '../../src/core/team/user.ts';
import { presentGesture } from '../../src/http/presenters/amends.presenter.ts';
import { listPendingGestures } from '../../src/store/amend-gesture.store.ts';
import type { Database } from '../../src/store/schema.ts';
import { buildCase, buildTeam, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

type Queue = { gestures: { id: string }[]; beyondYourAuthority: Record<string, string> };

describe('the amends approval queue reads in a fixed number of statements', () => {
  let database: TestDatabase;
  let t: TestApp;
  /** The SQL of each statement run on behalf of the request in progress (by async context). */
  const statementsOfRequest = new AsyncLocalStorage<string[]>();
  let agentClient: Client;
  let supervisor: User;
  let supervisorClient: Client;
  let adminClient: Client;
  let agentId: string;
  let typeId: (kind: string) => string;
  /** The case the supervisor already approved €60 on: a further refund there goes over per case. */
  let approvedCaseId: string;

  before(async () => {
    database = await createTestDatabase();
    // The app's own handle, with Kysely's log hook counting every statement it runs.
    const counted = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: database.pool }),
      log: (event) => {
        if (event.level === 'query') statementsOfRequest.getStore()?.push(event.query.sql);
      },
    });
    t = await startTestApp({ database: { ...database, db: counted } });
    const team = await buildTeam(t.ctx);
    const agent = await buildUser(t.ctx, { role: 'agent', teamIds: [team.id] });
    agentId = agent.id;
    agentClient = await signIn(t.app, agent.email, TEST_PASSWORD);
    supervisor = await buildUser(t.ctx, { role: 'supervisor' });
    supervisorClient = await signIn(t.app, supervisor.email, TEST_PASSWORD);
    const admin = await buildUser(t.ctx, { role: 'admin' });
    adminClient = await signIn(t.app, admin.email, TEST_PASSWORD);
    const catalogue = (await agentClient.request('GET', '/api/v1/amends/catalogue')).json().catalogue as {
      id: string;
      kind: string;
    }[];
    typeId = (kind) => catalogue.find((entry) => entry.kind === kind)!.id;
    const limit = (role: string, currency: string, amounts: Record<string, number | null>) => ({
      role,
      gestureTypeId: typeId('refund'),
      currency,
      perGestureMinor: null,
      perCaseMinor: null,
      perAgentMonthMinor: null,
      ...amounts,
    });
    const limits = await adminClient.request('PUT', '/api/v1/settings/amends/limits', {
      limits: [
        limit('agent', 'EUR', { perGestureMinor: 1000 }),
        limit('agent', 'USD', { perGestureMinor: 1000 }),
        limit('supervisor', 'EUR', {
          perGestureMinor: 10000,
          perCaseMinor: 12000,
          perAgentMonthMinor: 15000,
        }),
      ],
    });
    assert.equal(limits.statusCode, 204, limits.body);
    approvedCaseId = (await buildCase(t.ctx, { ownerId: agentId })).id;
    const first = await offer(approvedCaseId, {
      gestureTypeId: typeId('refund'),
      amountMinor: 6000,
      currency: 'EUR',
    });
    const approved = await supervisorClient.request('POST', `/api/v1/amends/${first}/approve`, {});
    assert.equal(approved.statusCode, 200, approved.body);
  });
  after(async () => {
    await t?.close();
    await database?.drop();
  });

  async function offer(caseId: string, body: Record<string, unknown>): Promise<string> {
    const response = await agentClient.request('POST', `/api/v1/cases/${caseId}/amends`, body, {
      'idempotency-key': randomUUID(),
    });
    assert.equal(response.statusCode, 202, response.body);
    return response.json().gesture.id;
  }

  /**
   * Pending requests of every shape the queue tells apart, in turn: over the supervisor's limit on
   * the case, over every one of their limits, within them, over it for the month, in a
   * currency they have no limit for, and a gesture without money. The first shape is always on the
   * same case: the queue meets one case, type and currency many times.
   */
  const SHAPES: ((caseId: string) => [string, Record<string, unknown>])[] = [
    () => [approvedCaseId, { gestureTypeId: typeId('refund'), amountMinor: 7000, currency: 'EUR' }],
    (caseId) => [caseId, { gestureTypeId: typeId('refund'), amountMinor: 15000, currency: 'EUR' }],
    (caseId) => [caseId, { gestureTypeId: typeId('refund'), amountMinor: 9000, currency: 'EUR' }],
    (caseId) => [caseId, { gestureTypeId: typeId('refund'), amountMinor: 9500, currency: 'EUR' }],
    (caseId) => [caseId, { gestureTypeId: typeId('refund'), amountMinor: 5000, currency: 'USD' }],
    (caseId) => [caseId, { gestureTypeId: typeId('replacement') }],
  ];
  let made = 0;
  async function addPending(count: number): Promise<void> {
    for (let i = 0; i < count; i++, made++) {
      const [onCase, body] = SHAPES[made % SHAPES.length]!((await buildCase(t.ctx, { ownerId: agentId })).id);
      await offer(onCase, body);
    }
  }

  async function queueOf(client: Client): Promise<{ queue: Queue; statements: string[] }> {
    const statements: string[] = [];
    const response = await statementsOfRequest.run(statements, () =>
      client.request('GET', '/api/v1/amends/pending'),
    );
    assert.equal(response.statusCode, 200, response.body);
    return { queue: response.json(), statements };
  }

  /** The queue as it must read: every pending request, oldest first, each judged as its approval would be. */
  async function expectedQueue(actor: Actor): Promise<Queue> {
    const pending = await listPendingGestures(t.ctx.db);
    const beyondYourAuthority: Record<string, string> = {};
    for (const gesture of pending) {
      const beyond = await beyondApproverAuthority(t.ctx.db, actor, gesture, t.ctx.now());
      if (beyond !== undefined) beyondYourAuthority[gesture.id] = beyond;
    }
    return { gestures: JSON.parse(JSON.stringify(pending.map(presentGesture))), beyondYourAuthority };
  }

  it('runs the same statements for 3 pending requests as for 30, and answers as each approval would', async () => {
    const supervisorActor: Actor = { userId: supervisor.id, role: 'supervisor', via: 'session' };
    await addPending(3);
    const few = await queueOf(supervisorClient);
    assert.equal(few.queue.gestures.length, 3);
    assert.deepEqual(few.queue, await expectedQueue(supervisorActor));
    const fewForAdmin = await queueOf(adminClient);

    await addPending(27);
    const many = await queueOf(supervisorClient);
    assert.equal(many.queue.gestures.length, 30);
    assert.deepEqual(many.queue, await expectedQueue(supervisorActor));
    const reasons = Object.values(many.queue.beyondYourAuthority);
    assert.equal(reasons.filter((reason) => /for one gesture/.test(reason)).length, 5);
    assert.equal(reasons.filter((reason) => /for one case/.test(reason)).length, 10);
    assert.equal(reasons.filter((reason) => /this month/.test(reason)).length, 10);
    assert.equal(
      reasons.length,
      15,
      'the rest, within their authority or beyond any limit of theirs, may be approved',
    );
    assert.equal(
      many.queue.beyondYourAuthority[many.queue.gestures[1]!.id],
      'Above your own authority: €150.00 is above the €100.00 a supervisor may approve for one gesture. The case would get €150.00 in all, above the €120.00 a supervisor may approve for one case. You would have authorised €210.00 this month, above the €150.00 a supervisor may a month. An admin approves it; it stays in the queue.',
    );

    assert.deepEqual(many.statements, few.statements);
    // Beside those that tell who asks: the requests, their limits, their spend.
    const queueStatements = many.statements.filter((statement) => /\bamend_/.test(statement));
    assert.equal(queueStatements.length, 3, queueStatements.join('\n'));

    const manyForAdmin = await queueOf(adminClient);
    assert.equal(manyForAdmin.queue.gestures.length, 30);
    assert.deepEqual(manyForAdmin.queue.beyondYourAuthority, {});
    assert.deepEqual(manyForAdmin.statements, fewForAdmin.statements);
  });
});
