import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signRequestToken } from '../../src/core/rating/rating-link.ts';
import { REQUESTS_PER_LINK_PER_MINUTE } from '../../src/pages/page-budget.ts';
import { answerScores, postForm } from '../support/customer-pages.ts';
import { buildRatingRequest, buildUser } from '../support/factories.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const path = (link: string) => link.replace(/^https?:\/\/[^/]+/, '');

describe('one budget for all customer pages, per address', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ clicksPerMinute: 4 });
    await buildUser(t.ctx);
  });
  after(() => t.close());

  it('counts clicks, comment pages, comments and unsubscribe pages from one address together', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    const from = { remoteAddress: '203.0.113.7' };
    const click = await postForm(t, path(linkFor(2)), { source: 'page' }, from);
    assert.equal(click.statusCode, 303);
    const commentUrl = String(click.headers.location);
    const page = await t.app.inject({ method: 'GET', url: commentUrl, remoteAddress: from.remoteAddress });
    assert.equal(page.statusCode, 200);
    assert.equal((await postForm(t, commentUrl, { comment: 'Soaked.' }, from)).statusCode, 303);
    const unsubscribe = `/u/${signRequestToken(t.ctx.linkSecret, 'unsubscribe', 'no-such-key')}`;
    assert.equal(
      (await t.app.inject({ method: 'GET', url: unsubscribe, remoteAddress: from.remoteAddress })).statusCode,
      404,
    );

    // Four requests spent on four different routes: the fifth, a click, waits.
    const limited = await postForm(t, path(linkFor(1)), { source: 'page' }, from);
    assert.equal(limited.statusCode, 429);
    assert.match(limited.body, /Please wait a moment/);
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.deepEqual(await answerScores(t.ctx.db, request.id), [2]);

    // Another address has its own budget.
    assert.equal(
      (await postForm(t, path(linkFor(1)), { source: 'page' }, { remoteAddress: '198.51.100.1' })).statusCode,
      303,
    );
  });
});

describe('one budget per link, from any address', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ clicksPerMinute: 1000 });
    await buildUser(t.ctx);
  });
  after(() => t.close());

  it(`records at most ${REQUESTS_PER_LINK_PER_MINUTE} clicks a minute on one rating request, however many addresses send them`, async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    const statuses: number[] = [];
    for (let i = 0; i <= REQUESTS_PER_LINK_PER_MINUTE; i++) {
      const response = await postForm(
        t,
        path(linkFor((i % 4) + 1)),
        { source: 'page' },
        { remoteAddress: `203.0.113.${i + 1}` },
      );
      statuses.push(response.statusCode);
    }
    assert.deepEqual(statuses, [...Array(REQUESTS_PER_LINK_PER_MINUTE).fill(303), 429]);
    assert.equal((await answerScores(t.ctx.db, request.id)).length, REQUESTS_PER_LINK_PER_MINUTE);

    // The request's comment page shares its budget; another request's links do not.
    const comment = `/rating/${signRequestToken(t.ctx.linkSecret, 'comment', request.key)}`;
    assert.equal(
      (await t.app.inject({ method: 'GET', url: comment, remoteAddress: '198.51.100.9' })).statusCode,
      429,
    );
    const other = await buildRatingRequest(t.ctx);
    assert.equal(
      (await postForm(t, path(other.linkFor(4)), { source: 'page' }, { remoteAddress: '203.0.113.1' }))
        .statusCode,
      303,
    );
  });
});
