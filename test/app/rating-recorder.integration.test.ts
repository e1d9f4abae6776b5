import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { RatingRecorder } from '../../src/app/rating-clicks/rating-recorder.ts';
import type { LiveMessage } from '../../src/core/live/live-message.ts';
import { LIVE_CHANNEL, listenLive } from '../../src/store/live.store.ts';
import { buildRatingRequest } from '../support/factories.ts';
import { recoveryJobCount } from '../support/jobs.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('group commit of rating clicks', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('answers every click only with a durable row, writing many clicks per transaction under load', async () => {
    const requests = await Promise.all(Array.from({ length: 20 }, () => buildRatingRequest(t.ctx)));
    const recorder = new RatingRecorder(t.ctx);
    const outcomes = await Promise.all(
      Array.from({ length: 2000 }, (_, i) => {
        const { request } = requests[i % requests.length]!;
        return recorder.record({ key: request.key, score: 1 + (i % 4), source: 'page' });
      }),
    );
    assert.ok(outcomes.every((o) => o.recorded));
    await recorder.drain();
    // Each row's xmin is the transaction that wrote it: the batches, counted exactly (the statistics
    // views lag by up to a second, so they cannot tell).
    const { rows } = await sql<{ answers: string; transactions: string }>`
      SELECT count(*) AS answers, count(DISTINCT xmin::text) AS transactions FROM rating_answers
      WHERE request_id = ANY(${requests.map(({ request }) => request.id)}::uuid[])
    `.execute(t.ctx.db);
    assert.equal(Number(rows[0]?.answers), 2000, 'every answered click is a row');
    const transactions = Number(rows[0]?.transactions);
    assert.ok(transactions < 200, `2000 clicks took ${transactions} transactions`);
  });

  it('refuses clicks on unknown requests without failing the rest of their batch', async () => {
    const { request } = await buildRatingRequest(t.ctx);
    const recorder = new RatingRecorder(t.ctx);
    const [good, unknown] = await Promise.all([
      recorder.record({ key: request.key, score: 3, source: 'page' }),
      recorder.record({ key: 'B'.repeat(22), score: 3, source: 'page' }),
    ]);
    assert.equal(good.recorded, true);
    assert.equal(unknown.recorded, false);
  });

  it('queues one recovery check per negatively answered request', async () => {
    const { request } = await buildRatingRequest(t.ctx);
    const recorder = new RatingRecorder(t.ctx);
    await Promise.all([1, 2, 1].map((score) => recorder.record({ key: request.key, score, source: 'page' })));
    // The batch notes the check as due; the recorder's relay queues it (drain waits for that).
    await recorder.drain();
    assert.equal(await recoveryJobCount(t.ctx.db, [request.id]), 1);
  });

  it('queues no job for a batch of positive answers, and one per request for a batch of negative ones', async () => {
    const recorder = new RatingRecorder(t.ctx);
    const happy = await Promise.all(Array.from({ length: 5 }, () => buildRatingRequest(t.ctx)));
    const happyOutcomes = await Promise.all(
      happy.map(({ request }) => recorder.record({ key: request.key, score: 4, source: 'page' })),
    );
    assert.ok(happyOutcomes.every((o) => o.recorded && !o.checkDue));
    await recorder.drain();
    assert.equal(
      await recoveryJobCount(
        t.ctx.db,
        happy.map(({ request }) => request.id),
      ),
      0,
    );

    const unhappy = await Promise.all(Array.from({ length: 5 }, () => buildRatingRequest(t.ctx)));
    const unhappyOutcomes = await Promise.all(
      unhappy.flatMap(({ request }) => [
        recorder.record({ key: request.key, score: 1, source: 'page' }),
        recorder.record({ key: request.key, score: 2, source: 'button' }),
      ]),
    );
    assert.ok(unhappyOutcomes.every((o) => o.recorded && o.checkDue));
    await recorder.drain();
    assert.equal(
      await recoveryJobCount(
        t.ctx.db,
        unhappy.map(({ request }) => request.id),
      ),
      5,
    );
  });

  it("refuses a score off the survey's scale and a click on an expired request, recording the rest", async () => {
    const recorder = new RatingRecorder(t.ctx);
    const live = await buildRatingRequest(t.ctx);
    const offScale = await buildRatingRequest(t.ctx);
    const expired = await buildRatingRequest(t.ctx);
    await sql`UPDATE rating_requests SET expires_at = now() - interval '1 minute' WHERE id = ${expired.request.id}`.execute(
      t.ctx.db,
    );
    const [a, b, c] = await Promise.all([
      recorder.record({ key: live.request.key, score: 2, source: 'page' }),
      recorder.record({ key: offScale.request.key, score: 9, source: 'page' }),
      recorder.record({ key: expired.request.key, score: 1, source: 'page' }),
    ]);
    assert.equal(a.recorded, true);
    assert.equal(b.recorded, false);
    assert.equal(c.recorded, false);
    await recorder.drain();
    const answers = await sql<{ request_id: string }>`
      SELECT request_id FROM rating_answers WHERE request_id IN (${live.request.id}, ${offScale.request.id}, ${expired.request.id})
    `.execute(t.ctx.db);
    assert.deepEqual(
      answers.rows.map((row) => row.request_id),
      [live.request.id],
    );
  });

  it('keeps answered requests: deleting or truncating rating requests is refused and changes nothing', async () => {
    const { request } = await buildRatingRequest(t.ctx);
    const recorder = new RatingRecorder(t.ctx);
    assert.equal((await recorder.record({ key: request.key, score: 2, source: 'page' })).recorded, true);
    await recorder.drain();
    await assert.rejects(
      sql`DELETE FROM rating_requests WHERE id = ${request.id}`.execute(t.ctx.db),
      /rating_requests are history, never deleted: DELETE/,
    );
    await assert.rejects(sql`TRUNCATE rating_requests CASCADE`.execute(t.ctx.db), /never deleted: TRUNCATE/);
    const { rows } = await sql<{ requests: number; answers: number }>`
      SELECT (SELECT count(*)::int FROM rating_requests WHERE id = ${request.id}) AS requests,
             (SELECT count(*)::int FROM rating_answers WHERE request_id = ${request.id}) AS answers
    `.execute(t.ctx.db);
    assert.deepEqual(rows[0], { requests: 1, answers: 1 });
  });

  it('tells every listening console once a click is recorded', async () => {
    const { request } = await buildRatingRequest(t.ctx);
    const heard: LiveMessage[] = [];
    let markerArrived = () => {};
    const marker = new Promise<void>((resolve) => {
      markerArrived = resolve;
    });
    const listener = await listenLive(t.database.connectionString, {
      onMessage: (message) => {
        heard.push(message);
        if (message.type === 'case.changed') markerArrived();
      },
    });
    try {
      // This file's database has no other writer, so a message now is ours; a refused click sends none.
      const refused = await new RatingRecorder(t.ctx).record({
        key: 'C'.repeat(22),
        score: 4,
        source: 'page',
      });
      assert.equal(refused.recorded, false);
      const outcome = await new RatingRecorder(t.ctx).record({ key: request.key, score: 4, source: 'page' });
      assert.equal(outcome.recorded, true);
      // NOTIFY is delivered in commit order: once a later marker arrives, ours has too (or never will).
      await sql`NOTIFY ${sql.raw(LIVE_CHANNEL)}, '{"type":"case.changed","caseId":"marker"}'`.execute(
        t.ctx.db,
      );
      await marker;
      assert.deepEqual(heard.slice(0, 2), [
        { type: 'rating.recorded' },
        { type: 'case.changed', caseId: 'marker' },
      ]);
    } finally {
      await listener.close();
    }
  });
});
