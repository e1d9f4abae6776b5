import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { listFeedback } from '../../src/app/feedback/list-feedback.ts';
import { measureHappiness } from '../../src/app/feedback/measure-happiness.ts';
import { relayDueRecoveryChecks } from '../../src/store/recovery-check.store.ts';
import { caseIdsOf, confirmClick } from '../support/customer-pages.ts';
import { buildRatingRequest, buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const DAY = 24 * 3600 * 1000;

describe('a scanner that runs scripts and confirms every answer of a mail', () => {
  let t: TestApp;
  let clock = Date.now();

  before(async () => {
    t = await startTestApp({ now: () => new Date(clock) });
    await buildUser(t.ctx, { name: 'Owen Owner' });
  });
  after(() => t.close());

  const requestRow = (id: string) =>
    t.ctx.db
      .selectFrom('rating_requests')
      .select(['last_score', 'first_answered_at', 'last_answered_at', 'expires_at', 'created_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const setAside = async (id: string) =>
    (
      await t.ctx.db
        .selectFrom('rating_answers')
        .select(['score', 'set_aside_at'])
        .where('request_id', '=', id)
        .orderBy('id')
        .execute()
    ).map((row) => [row.score, row.set_aside_at !== null]);
  const shownRequests = async () =>
    (await listFeedback(t.ctx, { limit: 100 })).entries.map((e) => e.requestId);

  it('records each click at once, then sets the whole run aside: no answer counts and no case opens', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    const happinessBefore = (await measureHappiness(t.ctx, { groupBy: 'survey', period: 'day' })).overall;
    for (const score of [4, 3, 2, 1]) {
      await confirmClick(t, linkFor(score));
      clock += 300;
    }
    // Each click answered at once, as for a person; the check is due, not done.
    assert.equal((await requestRow(request.id)).last_score, 1);
    await runJobs(t);

    assert.deepEqual(await caseIdsOf(t.ctx.db, request.customerId), []);
    assert.deepEqual(await setAside(request.id), [
      [4, true],
      [3, true],
      [2, true],
      [1, true],
    ]);
    const row = await requestRow(request.id);
    assert.equal(row.last_score, null);
    assert.equal(row.first_answered_at, null);
    assert.equal(row.last_answered_at, null);
    assert.equal(row.expires_at.getTime(), row.created_at.getTime() + 60 * DAY, 'the links work as before');
    assert.ok(!(await shownRequests()).includes(request.id), 'not in the feedback monitor');
    const happiness = (await measureHappiness(t.ctx, { groupBy: 'survey', period: 'day' })).overall;
    assert.deepEqual(happiness, happinessBefore, 'not in the happiness figures');

    // The customer's own click, later, counts and opens the case.
    clock += 2 * 3600_000;
    await confirmClick(t, linkFor(1));
    await runJobs(t);
    assert.equal((await caseIdsOf(t.ctx.db, request.customerId)).length, 1);
    assert.equal((await requestRow(request.id)).last_score, 1);
    assert.ok((await shownRequests()).includes(request.id));
  });

  it('notes a run of positive clicks for a check too, so its answers do not count either', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx, { kind: 'nps' });
    for (const score of [10, 9, 8]) await confirmClick(t, linkFor(score));
    await runJobs(t);
    assert.deepEqual(
      (await setAside(request.id)).map(([, aside]) => aside),
      [true, true, true],
    );
    assert.equal((await requestRow(request.id)).last_score, null);
  });

  it('holds the check until a run is over: each further click of the run moves it later', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    const runAt = async () => {
      // In seconds to the microsecond: two relays a millisecond apart are still told apart.
      const { rows } = await sql<{ at: number; wait: number }>`
        SELECT extract(epoch FROM run_at)::float8 AS at, extract(epoch FROM run_at - now())::float8 AS wait
        FROM graphile_worker._private_jobs
        WHERE key = ${`rating-recovery:${request.id}`}`.execute(t.ctx.db);
      return rows[0];
    };
    // One hold for the whole run: whichever relays a click, the app's own (soon after it, perhaps
    // after this test's own relay on a busy machine) or this one, holds the check as long.
    t.ctx.recoveryHoldMs = 60_000;
    try {
      await confirmClick(t, linkFor(1));
      await relayDueRecoveryChecks(t.ctx.db, 60_000);
      const first = await runAt();
      assert.ok(first && first.wait > 55, `held for a minute, not ${first?.wait} s`);
      await confirmClick(t, linkFor(4));
      await relayDueRecoveryChecks(t.ctx.db, 60_000);
      const second = await runAt();
      assert.ok(
        second && second.at > first.at && second.wait > 55,
        `moved later: ${first.at} → ${second?.at}`,
      );
    } finally {
      t.ctx.recoveryHoldMs = 0;
    }
    // A single positive click far from any other leaves no check due, held or not.
    const happy = await buildRatingRequest(t.ctx);
    await confirmClick(t, happy.linkFor(4));
    const { rows } = await sql<{ n: number }>`
      SELECT (SELECT count(*) FROM recovery_checks_due WHERE request_id = ${happy.request.id})::int
           + (SELECT count(*) FROM graphile_worker._private_jobs WHERE key = ${`rating-recovery:${happy.request.id}`})::int AS n
    `.execute(t.ctx.db);
    assert.equal(rows[0]?.n, 0);
    await runJobs(t);
  });

  it('keeps a person’s quick change of mind (two scores): the latest one counts and opens the case', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    await confirmClick(t, linkFor(4));
    clock += 3000;
    await confirmClick(t, linkFor(1));
    await runJobs(t);
    assert.deepEqual(await setAside(request.id), [
      [4, false],
      [1, false],
    ]);
    assert.equal((await requestRow(request.id)).last_score, 1);
    assert.equal((await caseIdsOf(t.ctx.db, request.customerId)).length, 1);
  });

  it('keeps a person’s earlier answer when a run comes later, and the case follows that answer', async () => {
    const { request, linkFor } = await buildRatingRequest(t.ctx);
    await confirmClick(t, linkFor(3));
    await runJobs(t);
    clock += DAY;
    const answeredAt = (await requestRow(request.id)).first_answered_at;
    for (const score of [4, 3, 2, 1]) await confirmClick(t, linkFor(score));
    await runJobs(t);
    const row = await requestRow(request.id);
    assert.equal(row.last_score, 3);
    assert.deepEqual(row.first_answered_at, answeredAt);
    assert.deepEqual(row.last_answered_at, answeredAt);
    assert.deepEqual(await caseIdsOf(t.ctx.db, request.customerId), []);
  });
});
