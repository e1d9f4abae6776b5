import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signRatingToken } from '../../src/core/rating/rating-link.ts';
import { buildSurvey, prepareNow, unsubscribeTokenOf } from '../support/blasts.ts';
import { confirmClick, postForm } from '../support/customer-pages.ts';
import { buildCase, buildCustomer, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('a customer’s story over the API', () => {
  let t: TestApp;
  let asAgent: Client;

  before(async () => {
    t = await startTestApp();
    asAgent = await signIn(t.app, (await buildUser(t.ctx, { role: 'agent' })).email, TEST_PASSWORD);
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

  it('tells an empty story for a customer nothing has happened to yet', async () => {
    const customer = await buildCustomer(t.ctx, { name: 'Quiet Customer' });
    const story = (await asAgent.request('GET', `/api/v1/customers/${customer.id}/story`)).json();
    assert.equal(story.customer.id, customer.id);
    assert.deepEqual([story.cases, story.ratings, story.blasts, story.unsubscribes], [[], [], [], []]);
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
