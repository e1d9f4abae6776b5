import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signRequestToken } from '../../src/core/rating/rating-link.ts';
import { buildSurvey, emailsOfBlast, prepareNow, unsubscribeTokenOf } from '../support/blasts.ts';
import { buildRatingRequest, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('unsubscribe links', () => {
  let t: TestApp;
  let supervisor: Client;
  let surveyId: string;
  const blast = async (emails: string[]) => {
    const response = await supervisor.request('POST', '/api/v1/blasts', {
      surveyId,
      recipients: emails.map((email) => ({ email })),
    });
    assert.equal(response.statusCode, 201, response.body);
    return prepareNow(t, response.json().blast.id);
  };
  const suppressionOf = (email: string) =>
    t.ctx.db.selectFrom('email_suppressions').selectAll().where('email', '=', email).executeTakeFirst();

  before(async () => {
    t = await startTestApp();
    const person = await buildUser(t.ctx, { role: 'supervisor' });
    supervisor = await signIn(t.app, person.email, TEST_PASSWORD);
    surveyId = (await buildSurvey(t.ctx)).id;
  });
  after(() => t.close());

  it('unsubscribes nothing when the link is only opened (mail scanners fetch every link)', async () => {
    await blast(['ann@example.test']);
    const token = await unsubscribeTokenOf(t, 'ann@example.test');
    for (let i = 0; i < 3; i++) {
      const page = await t.app.inject({ method: 'GET', url: `/u/${token}` });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Stop survey emails\?/);
      assert.match(page.body, /ann@example\.test/);
      assert.match(page.body, new RegExp(`<form method="post" action="/u/${token}">`));
      assert.match(page.body, /<button type="submit">Unsubscribe<\/button>/);
      assert.equal(page.headers['cache-control'], 'no-store');
    }
    assert.equal(await suppressionOf('ann@example.test'), undefined);
  });

  it('unsubscribes with the page button, and the next blast skips the address and counts it', async () => {
    await blast(['bob@example.test']);
    const token = await unsubscribeTokenOf(t, 'bob@example.test');
    const done = await t.app.inject({
      method: 'POST',
      url: `/u/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    assert.equal(done.statusCode, 200);
    assert.match(done.body, /You are unsubscribed/);
    const entry = await suppressionOf('bob@example.test');
    assert.equal(entry?.reason, 'unsubscribed');
    assert.equal(entry?.detail, 'page');

    const next = await blast(['bob@example.test', 'cy@example.test']);
    assert.equal(next.queued, 1);
    assert.equal(next.skippedSuppressed, 1);
    assert.deepEqual([...(await emailsOfBlast(t, next.id)).keys()], ['cy@example.test']);

    const again = await t.app.inject({ method: 'GET', url: `/u/${token}` });
    assert.match(again.body, /You are unsubscribed/, 'opening the link later says so, without a button');
    assert.doesNotMatch(again.body, /<button/);
  });

  it('unsubscribes with the RFC 8058 one-click POST, form-encoded or multipart', async () => {
    await blast(['dee@example.test', 'eli@example.test']);
    const formEncoded = await t.app.inject({
      method: 'POST',
      url: `/u/${await unsubscribeTokenOf(t, 'dee@example.test')}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    assert.equal(formEncoded.statusCode, 200);
    const boundary = 'amends-test-boundary';
    const multipart = await t.app.inject({
      method: 'POST',
      url: `/u/${await unsubscribeTokenOf(t, 'eli@example.test')}`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    assert.equal(multipart.statusCode, 200);
    for (const email of ['dee@example.test', 'eli@example.test']) {
      const entry = await suppressionOf(email);
      assert.equal(entry?.reason, 'unsubscribed');
      assert.equal(entry?.detail, 'one-click');
    }
    const next = await blast(['dee@example.test', 'eli@example.test', 'fay@example.test']);
    assert.equal(next.skippedSuppressed, 2);
    assert.equal(next.queued, 1);
  });

  it('answers a made-up, tampered or rating-only token with a friendly 404 page that changes nothing', async () => {
    await blast(['gil@example.test']);
    const good = await unsubscribeTokenOf(t, 'gil@example.test');
    const { request } = await buildRatingRequest(t.ctx);
    const tokens = [
      'nonsense',
      `${good.slice(0, -2)}xx`,
      // A real request's key, signed for comments, not for unsubscribing.
      signRequestToken(t.ctx.linkSecret, 'comment', request.key),
      // Signed correctly, but no email was ever sent for this request.
      signRequestToken(t.ctx.linkSecret, 'unsubscribe', request.key),
    ];
    for (const token of tokens) {
      for (const method of ['GET', 'POST'] as const) {
        const response = await t.app.inject({ method, url: `/u/${encodeURIComponent(token)}` });
        assert.equal(response.statusCode, 404, `${method} ${token}`);
        assert.match(response.headers['content-type'] ?? '', /text\/html/);
        assert.match(response.body, /We do not recognise this link/);
      }
    }
    assert.equal(await suppressionOf('gil@example.test'), undefined);
  });
});
