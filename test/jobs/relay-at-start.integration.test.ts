import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { after, before, describe, it } from 'node:test';
import type { WorkerEvents } from 'graphile-worker';
import { sql } from 'kysely';
import { startWorker, type Worker } from '../../src/jobs/worker.ts';
import { RECOVERY_CHECK } from '../../src/store/job.store.ts';
import { recordClicks } from '../../src/store/rating-answer.store.ts';
import { buildRatingRequest, buildUser } from '../support/factories.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('recovery checks a crashed process left noted but not queued', () => {
  let t: TestApp;
  let worker: Worker | undefined;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => {
    await worker?.stop();
    await t.close();
  });

  it('are queued when the worker starts, not at the next minute of its cron, and then run', async () => {
    await buildUser(t.ctx, { role: 'admin' }); // someone to own the case the check opens
    // A negative click recorded by a batch whose process died before its relay ran.
    const { request } = await buildRatingRequest(t.ctx);
    const now = t.ctx.now();
    const [outcome] = await recordClicks(t.ctx.pool, [{ key: request.key, score: 1, source: 'page' }], {
      now,
      changeUntil: new Date(now.getTime() + 3600_000),
      runSince: new Date(now.getTime() - 10_000),
    });
    assert.ok(outcome?.recorded && outcome.checkDue, 'the click was noted as due its recovery check');

    const events = new EventEmitter() as WorkerEvents;
    const checked = new Promise<void>((resolve) =>
      events.on('job:success', ({ job }) => {
        if (
          job.task_identifier === RECOVERY_CHECK.task &&
          job.key === `${RECOVERY_CHECK.keyPrefix}:${request.id}`
        )
          resolve();
      }),
    );
    worker = await startWorker(t.ctx, { events });
    const due = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM recovery_checks_due WHERE request_id = ${request.id}`.execute(t.ctx.db);
    assert.equal(due.rows[0]?.n, 0, 'the note became a job as the worker started');
    await checked;
    const cases = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM cases WHERE customer_id = ${request.customerId}`.execute(t.ctx.db);
    assert.equal(cases.rows[0]?.n, 1, 'the negative rating has its case');
  });
});
