import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signRequestToken } from '../../src/core/rating/rating-link.ts';
import { confirmClick, postForm } from '../support/customer-pages.ts';
import { buildRatingRequest, buildUser } from '../support/factories.ts';
import { countRowsOfEveryTable } from '../support/row-counts.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('the customer pages and text PostgreSQL cannot store', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    await buildUser(t.ctx);
  });
  after(() => t.close());

  it('keeps a comment with a NUL in it, the NUL shown as U+FFFD, instead of losing it behind an error page', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    const commentUrl = await confirmClick(t, linkFor(1));
    const sent = await postForm(t, commentUrl, { comment: 'The box\u0000 was soaked through' });
    assert.equal(sent.statusCode, 303, sent.body);
    const saved = await t.ctx.db
      .selectFrom('rating_comments')
      .select('body')
      .where('request_id', '=', request.id)
      .execute();
    assert.deepEqual(
      saved.map((row) => row.body),
      ['The box\ufffd was soaked through'],
    );
  });

  it('answers a NUL in any link with the invalid-link page, never an error page, and writes nothing', async () => {
    const { linkFor } = await buildRatingRequest(t.ctx);
    const comment = signRequestToken(t.ctx.linkSecret, 'comment', 'no-such-key');
    const before = await countRowsOfEveryTable(t.ctx.db);
    const links = [
      `${linkFor(3).replace(/^https?:\/\/[^/]+/, '')}%00`,
      '/r/%00',
      `/rating/${comment}%00`,
      '/rating/%00',
      '/u/%00',
      `/u/${signRequestToken(t.ctx.linkSecret, 'unsubscribe', 'a\u0000b')}`,
    ];
    for (const url of links) {
      for (const method of ['GET', 'POST'] as const) {
        const response =
          method === 'GET'
            ? await t.app.inject({ method, url })
            : await postForm(t, url, { comment: 'x\u0000', source: 'page\u0000' });
        assert.equal(response.statusCode, 404, `${method} ${url} → ${response.statusCode}`);
        assert.match(response.body, /<html/);
      }
    }
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before);
  });
});
