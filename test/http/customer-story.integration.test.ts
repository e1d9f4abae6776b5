import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { signRatingToken } from '../../src/core/rating/rating-link.ts';
import { listGestureTypes, replaceAuthorityLimits } from '../../src/store/amend-catalogue.store.ts';
import { buildSurvey, prepareNow, unsubscribeTokenOf } from '../support/blasts.ts';
import { confirmClick, postForm } from '../support/customer-pages.ts';
import { buildCase, buildCustomer, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('a customer’s story over the API', () => {
  let t: TestApp;
  let asAgent: Client;
  let agentId: string;

  before(async () => {
    t = await startTestApp();
    const agent = await buildUser(t.ctx, { role: 'agent' });
    agentId = agent.id;
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
  });
  after(() => t.close());

  it('tells their cases, each answer and comment, the blasts that mailed them and their unsubscribe', async () => {
    const supervisor = await signIn(
      t.app,
      (await buildUser(t.ctx, { role: 'supervisor' })).email,
      TEST_PASSWORD,
    );
    const survey = await buildSurvey(t.ctx);
    const started = await supervisor.request('POST', '/api/v1/blasts', {
      surveyId: survey.id,
      name: 'November deliveries',
      recipients: [
        { email: 'mia@example.test', name: 'Mia Story', touchpointRef: 'order-77' },
        { email: 'other@example.test', name: 'Someone Else' },
      ],
    });
    assert.equal(started.statusCode, 201, started.body);
    await prepareNow(t, started.json().blast.id);
    const customer = (await asAgent.request('GET', '/api/v1/customers?q=mia@example')).json().customers[0];
    const request = await t.ctx.db
      .selectFrom('rating_requests')
      .select(['id', 'key'])
      .where('customer_id', '=', customer.id)
      .executeTakeFirstOrThrow();
    // She answers 4, changes her mind to 1, and says why.
    await confirmClick(t, `/r/${signRatingToken(t.ctx.linkSecret, { key: request.key, score: 4 })}`);
    const commentPage = await confirmClick(
      t,
      `/r/${signRatingToken(t.ctx.linkSecret, { key: request.key, score: 1 })}`,
    );
    await postForm(t, commentPage, { comment: 'The box was <b>soaked</b>.' });
    await postForm(t, `/u/${await unsubscribeTokenOf(t, 'mia@example.test')}`);
    const opened = await buildCase(t.ctx, { customerId: customer.id, title: 'Soaked parcel' });

    const response = await asAgent.request('GET', `/api/v1/customers/${customer.id}/story`);
    assert.equal(response.statusCode, 200, response.body);
    const story = response.json();
    assert.equal(story.customer.name, 'Mia Story');
    assert.deepEqual(
      story.cases.map((c: { id: string; title: string; status: string }) => [c.id, c.title, c.status]),
      [[opened.id, 'Soaked parcel', 'open']],
    );
    assert.equal(story.ratings.length, 1);
    const [rating] = story.ratings;
    assert.equal(rating.requestId, request.id);
    assert.equal(rating.surveyName, survey.name);
    assert.deepEqual(rating.touchpoint, { type: 'delivery', ref: 'order-77' });
    assert.deepEqual(
      rating.answers.map((a: { score: number; label: string }) => [a.score, a.label]),
      [
        [4, survey.scale.find((p) => p.score === 4)?.label],
        [1, survey.scale.find((p) => p.score === 1)?.label],
      ],
    );
    // Customer text comes back as they wrote it; the console escapes it when it shows it.
    assert.deepEqual(
      rating.comments.map((c: { body: string }) => c.body),
      ['The box was <b>soaked</b>.'],
    );
    assert.deepEqual(
      story.blasts.map((b: { blastId: string; name: string; to: string }) => [b.blastId, b.name, b.to]),
      [[started.json().blast.id, 'November deliveries', 'mia@example.test']],
    );
    assert.deepEqual(
      story.unsubscribes.map((u: { email: string; reason: string }) => [u.email, u.reason]),
      [['mia@example.test', 'unsubscribed']],
    );
  });

  it('tells every gesture made on their cases, in any state, with its case, and nobody else’s', async () => {
    const refund = (await listGestureTypes(t.ctx.db)).find((type) => type.kind === 'refund')!;
    await replaceAuthorityLimits(
      t.ctx.db,
      [
        {
          role: 'agent',
          gestureTypeId: refund.id,
          currency: 'EUR',
          perGestureMinor: 5000,
          perCaseMinor: undefined,
          perAgentMonthMinor: undefined,
        },
      ],
      new Date(),
    );
    const customer = await buildCustomer(t.ctx, { name: 'Gus Gesture' });
    const first = await buildCase(t.ctx, { customerId: customer.id, ownerId: agentId, title: 'Cracked lid' });
    const second = await buildCase(t.ctx, { customerId: customer.id, ownerId: agentId, title: 'Late again' });
    const someoneElses = await buildCase(t.ctx, { ownerId: agentId, title: 'Not Gus' });
    const offer = (caseId: string, amountMinor: number) =>
      asAgent.request(
        'POST',
        `/api/v1/cases/${caseId}/amends`,
        { gestureTypeId: refund.id, amountMinor, currency: 'EUR' },
        { 'idempotency-key': randomUUID() },
      );
    const given = await offer(first.id, 1250);
    assert.equal(given.statusCode, 201, given.body);
    const issued = await asAgent.request('POST', `/api/v1/amends/${given.json().gesture.id}/issued-by-hand`, {
      reference: 'RF-7',
    });
    assert.equal(issued.statusCode, 200, issued.body);
    const asked = await offer(second.id, 9000);
    assert.equal(asked.statusCode, 202, asked.body);
    assert.equal((await offer(someoneElses.id, 500)).statusCode, 201);

    const response = await asAgent.request('GET', `/api/v1/customers/${customer.id}/story`);
    assert.equal(response.statusCode, 200, response.body);
    const amends = response.json().amends;
    assert.deepEqual(
      amends.map((a: Record<string, unknown>) => [
        a.caseId,
        a.caseNumber,
        a.kind,
        a.amountMinor,
        a.currency,
        a.state,
        a.issuedAt !== null,
      ]),
      [
        [second.id, second.number, 'refund', 9000, 'EUR', 'pending_approval', false],
        [first.id, first.number, 'refund', 1250, 'EUR', 'issued', true],
      ],
      'newest first, the one waiting for approval too, and no other customer’s',
    );
  });

  it('tells an empty story for a customer nothing has happened to yet', async () => {
    const customer = await buildCustomer(t.ctx, { name: 'Quiet Customer' });
    const story = (await asAgent.request('GET', `/api/v1/customers/${customer.id}/story`)).json();
    assert.equal(story.customer.id, customer.id);
    assert.deepEqual(
      [story.cases, story.amends, story.ratings, story.blasts, story.unsubscribes],
      [[], [], [], [], []],
    );
  });

  it('answers 404 with a sentence for a customer that does not exist', async () => {
    const response = await asAgent.request(
      'GET',
      '/api/v1/customers/00000000-0000-4000-8000-000000000000/story',
    );
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().code, 'NOT_FOUND');
    assert.equal(response.json().detail, 'No customer has that id.');
  });
});
