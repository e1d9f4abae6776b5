import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildRatingRequest } from '../../../test/support/factories.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { RatingRecorder } from './rating-recorder.ts';

describe('group commit of rating clicks', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('answers every click only with a durable row, writing many clicks per transaction under load', async () => {
    const requests = await Promise.all(Array.from({ length: 20 }, () => buildRatingRequest(t.ctx)));
    const recorder = new RatingRecorder(t.ctx);
    const before = Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM rating_answers`.execute(t.ctx.db)).rows[0]?.n,
    );
    const xactBefore = Number(
      (
        await sql<{
          n: string;
        }>`SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()`.execute(t.ctx.db)
      ).rows[0]?.n,
    );
    const clicks = Array.from({ length: 2000 }, (_, i) => {
      const { request } = requests[i % requests.length]!;
      return recorder.record({ key: request.key, score: 1 + (i % 4), source: 'page' });
    });
    const outcomes = await Promise.all(clicks);
    assert.ok(outcomes.every((o) => o.recorded));
    const after = Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM rating_answers`.execute(t.ctx.db)).rows[0]?.n,
    );
    assert.equal(after - before, 2000, 'every answered click is a row');
    const xactAfter = Number(
      (
        await sql<{
          n: string;
        }>`SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()`.execute(t.ctx.db)
      ).rows[0]?.n,
    );
    assert.ok(xactAfter - xactBefore < 200, `2000 clicks took ${xactAfter - xactBefore} commits`);
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
    const jobs = await sql<{
      n: string;
    }>`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE key = ${`rating-recovery:${request.id}`}`.execute(
      t.ctx.db,
    );
    assert.equal(Number(jobs.rows[0]?.n), 1);
  });
});
