import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { queueRowJobs, RECOVERY_CHECK, SEND_EMAIL } from '../../src/store/job.store.ts';
import { answerScores, caseIdsOf, confirmClick, postForm } from '../support/customer-pages.ts';
import { buildCustomer, buildRatingRequest, buildUser } from '../support/factories.ts';
import { queuedJobCount, recoveryJobCount, runJobs } from '../support/jobs.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const DAY = 24 * 3600 * 1000;

describe('rating links and pages', () => {
  let t: TestApp;
  let clock = Date.now();
  const count = async (table: 'rating_answers' | 'rating_comments', requestId: string) =>
    Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE request_id = ${requestId}`.execute(t.ctx.db)
      ).rows[0]?.n,
    );
  /** Without `source: 'page'`: the confirm page's button, as with scripts off. */
  const post = (url: string, form: Record<string, string> = {}) => postForm(t, url, form);

  before(async () => {
    t = await startTestApp({ now: () => new Date(clock) });
    await buildUser(t.ctx, { name: 'Owen Owner' });
  });
  after(() => t.close());

  it('records nothing when a mail scanner opens all four links, and shows a confirm page that works without scripts', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    for (const score of [4, 3, 2, 1]) {
      const response = await t.app.inject({ method: 'GET', url: linkFor(score) });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /<form id="confirm-rating" method="post"/);
      assert.match(response.body, /<button type="submit">Record my answer<\/button>/);
      assert.match(response.body, /<script src="\/assets\/confirm-rating.js" defer>/);
    }
    assert.equal(await count('rating_answers', request.id), 0);
  });

  it('sends the security headers on customer pages and on the answer to a click', async () => {
    const { linkFor } = await buildRatingRequest(t.ctx);
    for (const response of [await t.app.inject({ method: 'GET', url: linkFor(4) }), await post(linkFor(4))]) {
      const csp = String(response.headers['content-security-policy']);
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /object-src 'none'/);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['x-frame-options'], 'SAMEORIGIN');
      assert.equal(response.headers['referrer-policy'], 'no-referrer');
      assert.match(String(response.headers['strict-transport-security']), /max-age=\d+/);
    }
  });

  it('records a confirmed click, then thanks a happy customer and asks for an optional comment', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    const confirmed = await post(linkFor(4), { source: 'page' });
    assert.equal(confirmed.statusCode, 303);
    assert.equal(await count('rating_answers', request.id), 1);
    const thanks = await t.app.inject({ method: 'GET', url: String(confirmed.headers.location) });
    assert.equal(thanks.statusCode, 200);
    assert.match(thanks.body, /Thank you for your answer!/);
    assert.match(thanks.body, /Excellent/);
    assert.match(thanks.body, /optional/);
  });

  it('apologises and asks what happened after a red or amber answer', async () => {
    const { linkFor } = await buildRatingRequest(t.ctx);
    const confirmed = await post(linkFor(2));
    const sorry = await t.app.inject({ method: 'GET', url: String(confirmed.headers.location) });
    assert.match(sorry.body, /We are sorry/);
    assert.match(sorry.body, /What happened\?/);
  });

  it('lets a later click within 7 days change the rating, keeping the history, then says the link has expired', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    await post(linkFor(2));
    clock += 6 * DAY;
    assert.equal((await post(linkFor(3))).statusCode, 303);
    assert.deepEqual(await answerScores(t.ctx.db, request.id), [2, 3]);
    const current = await t.ctx.db
      .selectFrom('rating_requests')
      .select('last_score')
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    assert.equal(current.last_score, 3);
    clock += 2 * DAY;
    const late = await post(linkFor(4));
    assert.equal(late.statusCode, 410);
    assert.match(late.body, /This link has expired/);
    assert.equal((await t.app.inject({ method: 'GET', url: linkFor(4) })).statusCode, 410);
    assert.equal(await count('rating_answers', request.id), 2);
  });

  it('refuses a tampered, unknown or out-of-range link with a friendly page and records nothing', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    const good = linkFor(3);
    const tamperedScore = good.replace(/\.3\./, '.4.');
    const unknownKey = linkFor(3).replace(request.key, 'A'.repeat(22));
    for (const url of [tamperedScore, unknownKey, '/r/not-a-token', linkFor(9)]) {
      const opened = await t.app.inject({ method: 'GET', url });
      assert.equal(opened.statusCode, 404, url);
      assert.match(opened.body, /We do not recognise this link/);
      assert.equal((await post(url)).statusCode, 404, url);
    }
    assert.equal(await count('rating_answers', request.id), 0);
  });

  it('keeps a comment as text and renders it escaped, and hands back an over-long one without losing it', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    const commentUrl = String((await post(linkFor(3))).headers.location);
    const long = `<b>${'x'.repeat(5001)}</b>`;
    const refused = await post(commentUrl, { comment: long });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /longer than we can take/);
    assert.ok(
      refused.body.includes(`&lt;b&gt;${'x'.repeat(5001)}&lt;/b&gt;`),
      'the draft comes back, escaped',
    );
    assert.equal(await count('rating_comments', request.id), 0);
    const saved = await post(commentUrl, { comment: '<script>alert(1)</script> Courier was lovely' });
    assert.equal(saved.statusCode, 303);
    assert.equal(await count('rating_comments', request.id), 1);
    const stored = await t.ctx.db
      .selectFrom('rating_comments')
      .select('body')
      .where('request_id', '=', request.id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.body, '<script>alert(1)</script> Courier was lovely');
  });

  it('opens one recovery case for a negative rating, and attaches later feedback on the same touchpoint to it', async () => {
    const customer = await buildCustomer(t.ctx, { name: 'Rita Red' });
    await t.ctx.db
      .updateTable('customers')
      .set({ attributes: JSON.stringify({ lifetimeValue: 4200 }) })
      .where('id', '=', customer.id)
      .execute();
    const first = await buildRatingRequest(t.ctx, { customerId: customer.id, touchpointRef: '4471' });
    const commentUrl = String((await post(first.linkFor(1))).headers.location);
    await post(commentUrl, { comment: 'The parcel was soaked and the vase is broken.' });
    await runJobs(t);
    const cases = await t.ctx.db
      .selectFrom('cases')
      .selectAll()
      .where('customer_id', '=', customer.id)
      .execute();
    assert.equal(cases.length, 1);
    const opened = cases[0]!;
    assert.equal(opened.severity, 'critical', 'worst score for a high-value customer');
    assert.equal(opened.channel, 'rating');
    assert.deepEqual([opened.touchpoint_type, opened.touchpoint_ref], ['delivery', '4471']);
    assert.equal(opened.story, 'The parcel was soaked and the vase is broken.');
    const events = await t.ctx.db
      .selectFrom('case_events')
      .select(['kind', 'body', 'data'])
      .where('case_id', '=', opened.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      events.map((e) => [e.kind, (e.data as { type?: string }).type ?? null]),
      [
        ['created', null],
        ['assigned', null],
        ['feedback', 'rating'],
        ['feedback', 'comment'],
      ],
    );

    // The same customer rates the same touchpoint again through another request: no second case.
    const second = await buildRatingRequest(t.ctx, { customerId: customer.id, touchpointRef: '4471' });
    await post(second.linkFor(2));
    await runJobs(t);
    // The checks of both requests run again, as retried jobs would.
    const requests = [first.request.id, second.request.id];
    await queueRowJobs(t.ctx.db, RECOVERY_CHECK, requests);
    assert.equal(await recoveryJobCount(t.ctx.db, requests), 2);
    await runJobs(t);
    assert.equal(await recoveryJobCount(t.ctx.db, requests), 0, 'both checks ran again');
    assert.deepEqual(await caseIdsOf(t.ctx.db, customer.id), [opened.id]);
    const feedback = await t.ctx.db
      .selectFrom('case_events')
      .select('id')
      .where('case_id', '=', opened.id)
      .where('kind', '=', 'feedback')
      .execute();
    assert.equal(feedback.length, 3, 'the second rating joined the first case, once');
  });

  it("puts a changed mind on the case: red, then gold on the same link, is the case's next event", async () => {
    const customer = await buildCustomer(t.ctx);
    const { linkFor } = await buildRatingRequest(t.ctx, { customerId: customer.id });
    await post(linkFor(1));
    await runJobs(t);
    const [caseId] = await caseIdsOf(t.ctx.db, customer.id);
    assert.ok(caseId, 'the red answer opened a case');
    clock += 3600_000;
    await post(linkFor(4));
    await runJobs(t);
    const ratings = await t.ctx.db
      .selectFrom('case_events')
      .select('data')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'feedback')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      ratings.map((e) => {
        const data = e.data as { type: string; score?: number; to?: { score: number } };
        return [data.type, data.score ?? data.to?.score];
      }),
      [
        ['rating', 1],
        ['rating', 4],
        ['changed_mind', 4],
      ],
    );
  });

  it('opens no case for a happy answer', async () => {
    const customer = await buildCustomer(t.ctx);
    const { linkFor } = await buildRatingRequest(t.ctx, { customerId: customer.id });
    const commentUrl = String((await post(linkFor(4))).headers.location);
    await post(commentUrl, { comment: 'Lovely, thank you!' });
    await runJobs(t);
    assert.deepEqual(await caseIdsOf(t.ctx.db, customer.id), []);
  });

  it("emails the new case's owner once, through the outbox, with the customer's words kept harmless", async () => {
    const customer = await buildCustomer(t.ctx, { name: 'Mallory <b>Mean</b>' });
    const { request, linkFor } = await buildRatingRequest(t.ctx, {
      customerId: customer.id,
      touchpointRef: '<img src=x onerror=alert(1)>\r\nBcc: x@evil.test',
    });
    const commentUrl = String((await post(linkFor(1))).headers.location);
    await post(commentUrl, { comment: '<script>alert("owned")</script> and it arrived broken' });
    await runJobs(t);
    const opened = await t.ctx.db
      .selectFrom('cases')
      .innerJoin('users', 'users.id', 'cases.owner_id')
      .select(['cases.id', 'cases.number', 'users.email'])
      .where('cases.customer_id', '=', customer.id)
      .executeTakeFirstOrThrow();
    const alerts = () =>
      t.ctx.db.selectFrom('outbound_emails').selectAll().where('case_id', '=', opened.id).execute();
    const [sent] = await alerts();
    assert.ok(sent, 'the new case sent an alert');

    // The check and the alert's send run again, as retried jobs would.
    await queueRowJobs(t.ctx.db, RECOVERY_CHECK, [request.id]);
    await queueRowJobs(t.ctx.db, SEND_EMAIL, [sent.id]);
    assert.equal(await recoveryJobCount(t.ctx.db, [request.id]), 1);
    assert.equal(await queuedJobCount(t.ctx.db, SEND_EMAIL, [sent.id]), 1);
    await runJobs(t);
    assert.equal(await recoveryJobCount(t.ctx.db, [request.id]), 0, 'the check ran again');
    assert.equal(await queuedJobCount(t.ctx.db, SEND_EMAIL, [sent.id]), 0, 'the send ran again');
    const emails = await alerts();
    assert.equal(emails.length, 1, 'one alert, however often the jobs run');
    const alert = emails[0]!;
    assert.equal(alert.attempts, 1, 'sent once: the second send found it already held');
    assert.equal(alert.kind, 'case-alert');
    assert.equal(alert.to_address, opened.email);
    assert.equal(alert.status, 'held', 'no SMTP server in tests: kept in the local outbox');
    assert.match(alert.subject ?? '', new RegExp(`^\\[high\\] Case ${opened.number}: `));
    assert.doesNotMatch(alert.subject ?? '', /[\r\n]/);
    assert.match(alert.text_body ?? '', new RegExp(`Open the case: http://amends\\.test/cases/${opened.id}`));
    assert.match(alert.text_body ?? '', /> <script>alert\("owned"\)<\/script> and it arrived broken/);
    const html = alert.html_body ?? '';
    assert.ok(!html.includes('<script>') && !html.includes('<img') && !html.includes('<b>'), html);
    assert.match(html, /&lt;script&gt;alert\(&quot;owned&quot;\)&lt;\/script&gt;/);
    assert.match(html, new RegExp(`href="http://amends\\.test/cases/${opened.id}"`));
  });
});

describe('negative feedback when nobody is available', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('still opens the case, for the least busy supervisor or admin to hand on', async () => {
    const away = { available: false };
    const agent = await buildUser(t.ctx, { name: 'Away Agent' });
    const lead = await buildUser(t.ctx, { name: 'Away Lead', role: 'supervisor' });
    await t.ctx.db.updateTable('users').set(away).where('id', 'in', [agent.id, lead.id]).execute();
    const customer = await buildCustomer(t.ctx);
    const { linkFor } = await buildRatingRequest(t.ctx, { customerId: customer.id });
    await confirmClick(t, linkFor(1));
    await runJobs(t);
    const opened = await t.ctx.db
      .selectFrom('cases')
      .innerJoin('case_events', 'case_events.case_id', 'cases.id')
      .select(['cases.owner_id', 'case_events.data'])
      .where('cases.customer_id', '=', customer.id)
      .where('case_events.kind', '=', 'assigned')
      .execute();
    assert.deepEqual(opened, [{ owner_id: lead.id, data: { ownerId: lead.id, rule: 'stand_in_lead' } }]);
  });
});

describe('rating page rate limit', () => {
  let t: TestApp;
  before(async () => {
    // As behind a load balancer at 10.0.0.2: customers are told apart by X-Forwarded-For.
    t = await startTestApp({ clicksPerMinute: 3, trustProxy: '127.0.0.1,10.0.0.2' });
  });
  after(() => t.close());

  // Through the balancer, for one customer address.
  const click = (url: string, customer: string) =>
    postForm(
      t,
      url,
      { source: 'page' },
      { remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': customer } },
    );

  it('answers a burst of clicks from one customer address with a polite 429 page that records nothing', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    const statuses: number[] = [];
    for (const score of [4, 3, 2]) statuses.push((await click(linkFor(score), '203.0.113.9')).statusCode);
    const limited = await click(linkFor(1), '203.0.113.9');
    statuses.push(limited.statusCode);
    assert.deepEqual(statuses, [303, 303, 303, 429]);
    assert.match(limited.body, /Please wait a moment/);
    assert.deepEqual(
      await answerScores(t.ctx.db, request.id),
      [4, 3, 2],
      'the limited click was not recorded',
    );

    // Another customer behind the same balancer is not limited by the first one's burst.
    const other = await buildRatingRequest(t.ctx);
    assert.equal((await click(other.linkFor(4), '198.51.100.4')).statusCode, 303);
  });
});
