import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { makeWorkerUtils } from 'graphile-worker';
import { createApiToken } from '../../src/app/auth/create-api-token.ts';
import { askForHelp } from '../../src/app/tasks/ask-for-help.ts';
import { listGestureTypes, replaceAuthorityLimits } from '../../src/store/amend-catalogue.store.ts';
import type { Database } from '../../src/store/schema.ts';
import { buildSurvey } from '../support/blasts.ts';
import { buildCase, buildCustomer, buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { fetchOpenApi, type OpenApiDocument } from '../support/openapi.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

type Call = {
  url: string;
  /** A body the route accepts, and another it accepts too (same key + this = another request). */
  body: (n: number) => unknown;
  contentType?: string;
  /** The table one creation adds a row to. */
  table: keyof Database;
};

/**
 * A token and a password-reset link are shown once: keeping the answer to replay it would store the
 * secret it carries.
 */
const NOT_IDEMPOTENT = new Set(['createApiToken', 'createPasswordResetLink']);

describe('Idempotency-Key on every call that creates', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let token: string;
  let calls: Record<string, Call>;
  before(async () => {
    t = await startTestApp();
    doc = await fetchOpenApi(t.app);
    const admin = await buildUser(t.ctx, { role: 'admin' });
    ({ secret: token } = await createApiToken(
      t.ctx,
      { userId: admin.id, role: 'admin', via: 'session' },
      { name: 'idempotency' },
    ));
    const customer = await buildCustomer(t.ctx);
    const survey = await buildSurvey(t.ctx);
    const opened = await buildCase(t.ctx, { customerId: customer.id });
    const helper = await buildUser(t.ctx, { role: 'agent' });
    const asked = await askForHelp(t.ctx, { userId: admin.id, role: 'admin', via: 'session' }, opened.id, {
      what: 'Check the stock',
      assigneeUserId: helper.id,
    });
    // Within the admin's authority, an offer of amends is issued at once (201), not asked for (202).
    const refund = (await listGestureTypes(t.ctx.db)).find((type) => type.kind === 'refund')!;
    await replaceAuthorityLimits(
      t.ctx.db,
      [
        {
          role: 'admin',
          gestureTypeId: refund.id,
          currency: 'EUR',
          perGestureMinor: undefined,
          perCaseMinor: undefined,
          perAgentMonthMinor: undefined,
        },
      ],
      new Date(),
    );
    // One valid request per creating route, keyed by operationId.
    calls = {
      openCase: {
        url: '/api/v1/cases',
        body: (n) => ({ customerId: customer.id, title: `Broken vase ${n}`, story: 'It arrived in pieces.' }),
        table: 'cases',
      },
      addCaseNote: {
        url: `/api/v1/cases/${opened.id}/notes`,
        body: (n) => ({ body: `Called the customer back (${n}).` }),
        table: 'case_events',
      },
      sendCaseMessage: {
        url: `/api/v1/cases/${opened.id}/messages`,
        body: (n) => ({ text: `The replacement vase leaves today (${n}).` }),
        table: 'outbound_emails',
      },
      makePromise: {
        url: `/api/v1/cases/${opened.id}/promises`,
        body: (n) => ({
          what: `send the replacement vase (${n})`,
          dueAt: new Date(Date.now() + 86_400_000).toISOString(),
          confidence: 'certain',
          customerVisible: true,
        }),
        table: 'promises',
      },
      askForHelp: {
        url: `/api/v1/cases/${opened.id}/tasks`,
        body: (n) => ({ what: `Check the warehouse (${n})`, assigneeUserId: helper.id }),
        table: 'case_tasks',
      },
      commentOnTask: {
        url: `/api/v1/tasks/${asked.id}/comments`,
        body: (n) => ({ body: `In stock? (${n})` }),
        table: 'case_task_comments',
      },
      upsertCustomer: {
        url: '/api/v1/customers',
        body: (n) => ({ name: 'Grace', emails: [`grace-${n}-${randomUUID()}@example.test`] }),
        table: 'customers',
      },
      createRatingRequest: {
        url: '/api/v1/rating-requests',
        body: (n) => ({ surveyId: survey.id, customerId: customer.id, touchpointRef: `order ${n}` }),
        table: 'rating_requests',
      },
      createRatingSnippet: {
        url: '/api/v1/rating-requests/snippet',
        body: (n) => ({ surveyId: survey.id, customerId: customer.id, touchpointRef: `ticket ${n}` }),
        table: 'rating_requests',
      },
      startBlast: {
        url: '/api/v1/blasts',
        body: (n) => ({
          surveyId: survey.id,
          recipients: [{ email: `list-${n}-${randomUUID()}@example.test` }],
        }),
        table: 'blasts',
      },
      startBlastCsv: {
        url: `/api/v1/blasts/csv?surveyId=${survey.id}`,
        body: (n) => `email\ncsv-${n}-${randomUUID()}@example.test\n`,
        contentType: 'text/csv',
        table: 'blasts',
      },
      createSurvey: {
        url: '/api/v1/surveys',
        body: (n) => ({ name: `Survey ${n}`, touchpointType: 'delivery', question: 'How was it?' }),
        table: 'surveys',
      },
      createTeam: {
        url: '/api/v1/teams',
        body: (n) => ({ name: `Team ${n} ${randomUUID()}` }),
        table: 'teams',
      },
      requestAmends: {
        url: `/api/v1/cases/${opened.id}/amends`,
        body: (n) => ({ gestureTypeId: refund.id, amountMinor: 100 * n, currency: 'EUR' }),
        table: 'amend_gestures',
      },
      createGestureType: {
        url: '/api/v1/settings/amends/catalogue',
        body: (n) => ({
          kind: 'custom',
          name: `Flowers ${n} ${randomUUID().slice(0, 8)}`,
          carriesMoney: false,
          usesCodePool: false,
          defaultAmountMinor: null,
          defaultCurrency: null,
          active: true,
        }),
        table: 'amend_gesture_types',
      },
      createIssueType: {
        url: '/api/v1/settings/issue-types',
        body: (n) => ({
          name: `Flooded basement ${n} ${randomUUID().slice(0, 8)}`,
          needs: [{ label: 'Heating' }],
        }),
        table: 'issue_types',
      },
      createUser: {
        url: '/api/v1/users',
        body: (n) => ({
          email: `new-${n}-${randomUUID()}@example.test`,
          name: `New ${n}`,
          role: 'agent',
          password: 'a long enough password',
        }),
        table: 'users',
      },
    };
  });
  after(() => t.close());

  const post = (call: Call, body: unknown, key?: string) =>
    t.app.inject({
      method: 'POST',
      url: call.url,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': call.contentType ?? 'application/json',
        ...(key !== undefined && { 'idempotency-key': key }),
      },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const rows = async (table: keyof Database) =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const creatingOperations = () =>
    Object.values(doc.paths)
      .flatMap((methods) => (methods.post ? [methods.post] : []))
      .filter((operation) => operation.responses?.['201'] && !NOT_IDEMPOTENT.has(operation.operationId!));

  it('documents the header on exactly the POSTs that answer 201 Created', () => {
    const documented = Object.values(doc.paths)
      .flatMap((methods) => Object.values(methods))
      .filter((operation) =>
        ((operation as { parameters?: { in: string; name: string }[] }).parameters ?? []).some(
          (parameter) => parameter.in === 'header' && parameter.name === 'idempotency-key',
        ),
      )
      .map((operation) => operation.operationId)
      .sort();
    assert.deepEqual(
      documented,
      creatingOperations()
        .map((operation) => operation.operationId)
        .sort(),
    );
    assert.deepEqual(
      documented,
      Object.keys(calls).sort(),
      'every creating route has a request in this test',
    );
  });

  it('answers a retry with the same key and request as the first time, creating nothing new', async () => {
    for (const [operationId, call] of Object.entries(calls)) {
      const key = randomUUID();
      const body = call.body(1);
      const first = await post(call, body, key);
      assert.equal(first.statusCode, 201, `${operationId}: ${first.body}`);
      const created = await rows(call.table);
      const again = await post(call, body, key);
      assert.equal(again.statusCode, 201, `${operationId} replay: ${again.body}`);
      assert.equal(again.body, first.body, operationId);
      assert.equal(again.headers['idempotent-replayed'], 'true', operationId);
      assert.equal(await rows(call.table), created, `${operationId} created again`);
    }
  });

  it('refuses the same key with another request with 422, creating nothing', async () => {
    for (const [operationId, call] of Object.entries(calls)) {
      const key = randomUUID();
      assert.equal((await post(call, call.body(2), key)).statusCode, 201, operationId);
      const before = await rows(call.table);
      const other = await post(call, call.body(3), key);
      assert.equal(other.statusCode, 422, `${operationId}: ${other.body}`);
      assert.equal(other.json().code, 'IDEMPOTENCY_KEY_REUSED', operationId);
      assert.equal(await rows(call.table), before, `${operationId} created with a reused key`);
    }
  });

  it('creates once when two requests with the same key arrive together', async () => {
    const call = calls.openCase!;
    const key = randomUUID();
    const before = await rows('cases');
    const body = call.body(4);
    const answers = await Promise.all([post(call, body, key), post(call, body, key), post(call, body, key)]);
    assert.equal(await rows('cases'), before + 1);
    const statuses = answers.map((answer) => answer.statusCode).sort();
    assert.ok(statuses.includes(201), statuses.join());
    for (const answer of answers) {
      if (answer.statusCode === 409) assert.equal(answer.json().code, 'IDEMPOTENCY_KEY_IN_PROGRESS');
      else assert.equal(answer.statusCode, 201, answer.body);
    }
  });

  it('refuses a malformed key with 400 and creates nothing', async () => {
    const call = calls.createTeam!;
    const before = await rows('teams');
    for (const key of ['', 'has a space', 'x'.repeat(256), 'ünïcode']) {
      const answer = await post(call, call.body(5), key);
      assert.equal(answer.statusCode, 400, JSON.stringify(key));
      assert.equal(answer.json().errors[0].field, 'headers.idempotency-key');
    }
    assert.equal(await rows('teams'), before);
  });

  it('lets a refused request be fixed and sent again under its key', async () => {
    const call = calls.openCase!;
    const key = randomUUID();
    const refused = await post(
      call,
      { customerId: randomUUID(), title: 'Lost parcel', story: 'Never came.' },
      key,
    );
    assert.equal(refused.statusCode, 404);
    const fixed = await post(call, call.body(6), key);
    assert.equal(fixed.statusCode, 201, fixed.body);
  });

  it('keeps keys for a day, then the hourly purge forgets them', async () => {
    const call = calls.createTeam!;
    const key = randomUUID();
    const body = call.body(7);
    assert.equal((await post(call, body, key)).statusCode, 201);
    const utils = await makeWorkerUtils({ connectionString: t.database.connectionString });
    try {
      await utils.addJob('purge-idempotency-keys', {});
      const later = new Date(Date.now() + 23 * 60 * 60 * 1000);
      await runJobs({ ctx: { ...t.ctx, now: () => later }, database: t.database });
      assert.equal((await post(call, body, key)).headers['idempotent-replayed'], 'true');
      await utils.addJob('purge-idempotency-keys', {});
      const dayAfter = new Date(Date.now() + 25 * 60 * 60 * 1000);
      await runJobs({ ctx: { ...t.ctx, now: () => dayAfter }, database: t.database });
    } finally {
      await utils.release();
    }
    const keys = await t.ctx.db.selectFrom('idempotency_keys').select('key').where('key', '=', key).execute();
    assert.deepEqual(keys, []);
  });
});
